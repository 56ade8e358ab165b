// The reading view's columns: each article's highlighted text, drawn a slice
// at a time so a 4 MB article never holds the main thread for seconds, plus
// what works on the drawn text (linked sentences on hover, stepping through
// differences, jumping to a sentence).
//
// Why it is built this way:
// - Segments arrive packed in typed arrays, written once by the core
//   (Workspace.highlight, src/wasm/packed.rs): a 4 MB article has a few
//   hundred thousand segments, and receiving them as objects from the
//   worker cost the main thread seconds in one task.
// - The text is cut into blocks at line ends, one <div class="para"> per
//   paragraph, styled `content-visibility: auto`, so the browser lays out only
//   the paragraphs near the viewport; one block of 4 MB made every layout
//   (and every layer toggle) walk all of it.
// - Drawing yields to the event loop after each slice of about
//   SLICE_MS, round-robin over the columns, so the first screen of every
//   column appears at once and the page keeps answering input meanwhile.
// - Each column keeps an index of its sentence spans and difference stops as
//   it draws them, so hover, n/p and jumps are lookups instead of
//   querySelectorAll over a million nodes.
// Article text still only reaches the DOM as text nodes.
import { el, articleLabel, DIFFERENCE_LAYERS } from './render.js';

/**
 * Numbers per segment in the packed cells: start, end, layer mask, sentence
 * (-1 for none), end of its refs (a running count). The core's CELLS in
 * src/wasm/packed.rs; a test there holds the two equal.
 */
export const CELLS = 5;

/** Main-thread time one drawing slice may take before it yields. */
const SLICE_MS = 12;
/** Paragraph blocks per section (see ColumnJob.currentBlock). */
const SECTION_PARAGRAPHS = 64;
/** Sections that join the page as soon as they are started: about the first screen. */
const EAGER_SECTIONS = 1;
/** A guess at characters per line of a column, for the height of sections not laid out yet. */
const CHARS_PER_LINE = 60;
/** Plain text is appended in pieces of at most this many characters, so a slice can stop inside a long stretch without highlights. */
const PLAIN_PIECE = 16384;

/** column element → its drawing job (index of sentences and stops). */
const jobsByColumn = new WeakMap();
/** parsed item → { segments, job }: a column drawn once is reused while its segments stay the same. */
const jobsByItem = new WeakMap();
/** container → the drawing under way in it. */
const drawings = new WeakMap();
/** container → the node of the current difference, and the nodes lit or flashed. */
const current = new WeakMap();
const flashed = new WeakMap();

/**
 * Waits for a new task, so input, timers and rendering get their turn. A
 * timer, not scheduler.yield() or a MessageChannel: those come back ahead
 * of the page's other timers, which then starve until drawing ends.
 */
function yieldToBrowser() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * One article's column, drawn incrementally. `step(deadline)` draws until
 * the deadline or the end; state between steps is the position in the
 * packed segments (and within a long plain stretch).
 */
class ColumnJob {
  constructor(parsed, i) {
    const item = parsed[i];
    this.article = i;
    this.text = item.article.text;
    const segments = item.segments;
    this.packed = segments && segments.cells ? segments : null;
    this.count = this.packed ? this.packed.count : 0;
    this.next = 0;
    // Without segments (not highlighted yet, or highlighting failed) the
    // plain text is drawn meanwhile, in the same paragraph blocks.
    this.plain = this.packed ? null : { pos: 0, end: this.text.length };
    this.total = this.text.length;
    this.drawn = 0;
    this.sentences = new Map();
    this.stops = [];
    this.previousDifference = null;
    this.classes = new Map();
    this.titles = new Map();
    this.labelOf = (a) => articleLabel(parsed[a], a);
    this.body = el('div', { class: 'article-text' });
    this.block = null;
    this.section = null;
    this.sections = 0;
    this.sectionParagraphs = 0;
    this.sectionChars = 0;
    this.note = el('p', { class: 'drawing-note', role: 'status' });
    const heading = articleLabel(item, i);
    this.column = el('article', { class: 'column', 'data-article': String(i), 'aria-label': heading }, el('h3', { text: heading }), this.body);
    jobsByColumn.set(this.column, this);
    this.done = false;
    this.finishIfEmpty();
  }

  finishIfEmpty() {
    if (this.count === 0 && (!this.plain || this.plain.pos >= this.plain.end)) this.finish();
  }

  finish() {
    this.closeSection();
    this.done = true;
    this.drawn = this.total;
    this.note.remove();
    this.column.removeAttribute('aria-busy');
  }

  /**
   * The block that text goes into now, started on demand. Paragraph blocks
   * are grouped SECTION_PARAGRAPHS to a section: appending to the text makes
   * the browser lay out its parent's children again, and under one parent of
   * 20,000 paragraphs that made each frame slower than the last.
   */
  currentBlock() {
    if (!this.block) {
      if (!this.section || this.sectionParagraphs >= SECTION_PARAGRAPHS) {
        this.closeSection();
        this.section = document.createElement('div');
        this.section.className = 'section';
        this.sectionParagraphs = 0;
        this.sectionChars = 0;
        this.sections += 1;
        // Past the first screen a section joins the page only once it is
        // full, so the browser styles and lays it out once, not once per
        // slice as it fills.
        if (this.sections <= EAGER_SECTIONS) this.body.append(this.section);
      }
      this.block = document.createElement('div');
      this.block.className = 'para';
      this.section.append(this.block);
      this.sectionParagraphs += 1;
    }
    return this.block;
  }

  /**
   * Gives a finished section an estimate of its height in lines, which the
   * browser uses until it first lays the section out (content-visibility),
   * so the scrollbar is about right from the start.
   */
  closeSection() {
    if (!this.section) return;
    const lines = Math.ceil(this.sectionChars / CHARS_PER_LINE) + this.sectionParagraphs * 2;
    this.section.style.setProperty('--lines', String(lines));
    if (!this.section.isConnected) this.body.append(this.section);
  }

  /** Appends text[start, end) as text; a line end inside it closes the block after it. */
  appendPlain(start, end) {
    const piece = this.text.slice(start, end);
    this.sectionChars += piece.length;
    const nl = piece.lastIndexOf('\n');
    if (nl < 0) {
      this.currentBlock().append(piece);
      return;
    }
    this.currentBlock().append(nl === piece.length - 1 ? piece : piece.slice(0, nl + 1));
    this.block = null;
    if (nl < piece.length - 1) this.currentBlock().append(piece.slice(nl + 1));
  }

  /** The class attribute for a layer mask (plus the stop class), computed once per distinct mask. */
  classFor(mask, stop) {
    const key = stop ? -1 - mask : mask;
    let cls = this.classes.get(key);
    if (cls === undefined) {
      const names = [];
      this.packed.layers.forEach((layer, bit) => {
        if (mask & (1 << bit)) names.push(`px-${layer}`);
      });
      if (stop) names.push('diff-stop');
      cls = names.join(' ');
      this.classes.set(key, cls);
    }
    return cls;
  }

  titleFor(refs, from, to) {
    const key = [];
    for (let r = from; r < to; r += 2) key.push(`${refs[r]}:${refs[r + 1]}`);
    const dataRefs = key.join(' ');
    let title = this.titles.get(dataRefs);
    if (title === undefined) {
      const labels = new Set();
      for (let r = from; r < to; r += 2) labels.add(this.labelOf(refs[r]));
      title = `Also in ${[...labels].join(', ')}`;
      this.titles.set(dataRefs, title);
    }
    return [dataRefs, title];
  }

  /** Draws until `deadline` (performance.now()) or the end; returns whether the column is complete. */
  step(deadline) {
    if (this.done) return true;
    let checks = 0;
    if (this.plain) {
      while (this.plain.pos < this.plain.end) {
        const to = Math.min(this.plain.end, this.plain.pos + PLAIN_PIECE);
        this.appendPlain(this.plain.pos, to);
        this.plain.pos = to;
        this.drawn = to;
        if (performance.now() > deadline) break;
      }
      if (this.plain.pos >= this.plain.end) this.finish();
      return this.done;
    }
    const { cells, refs, layers } = this.packed;
    const stopBits = DIFFERENCE_LAYERS.map((layer) => layers.indexOf(layer)).map((bit) => (bit < 0 ? 0 : 1 << bit));
    const articleAttr = String(this.article);
    while (this.next < this.count) {
      const k = this.next;
      const at = k * CELLS;
      const start = cells[at];
      const end = cells[at + 1];
      const mask = cells[at + 2];
      const sentence = cells[at + 3];
      const refsTo = cells[at + 4] * 2;
      const refsFrom = k ? cells[at - CELLS + 4] * 2 : 0;
      if (mask === 0 && sentence < 0) {
        // A long stretch without highlights is appended piecewise.
        if (this.plainInSegment === undefined) this.plainInSegment = start;
        const to = Math.min(end, this.plainInSegment + PLAIN_PIECE);
        this.appendPlain(this.plainInSegment, to);
        if (to < end) {
          this.plainInSegment = to;
          this.drawn = to;
          if (performance.now() > deadline) return false;
          continue;
        }
        this.plainInSegment = undefined;
        this.previousDifference = null;
      } else {
        const span = document.createElement('span');
        span.textContent = this.text.slice(start, end);
        span.setAttribute('data-article', articleAttr);
        let stop = null;
        const difference = stopBits.findIndex((bit) => bit && mask & bit);
        const key = difference < 0 ? null : `${difference}:${sentence}`;
        if (key !== null && key !== this.previousDifference) stop = DIFFERENCE_LAYERS[difference];
        this.previousDifference = key;
        const cls = this.classFor(mask, stop !== null);
        if (cls) span.className = cls;
        if (sentence >= 0) {
          span.setAttribute('data-sentence', String(sentence));
          let list = this.sentences.get(sentence);
          if (!list) this.sentences.set(sentence, (list = []));
          list.push(span);
        }
        if (refsTo > refsFrom) {
          const [dataRefs, title] = this.titleFor(refs, refsFrom, refsTo);
          span.setAttribute('data-refs', dataRefs);
          span.title = title;
        }
        if (stop) {
          span.setAttribute('data-stop', stop);
          span.tabIndex = -1;
          this.stops.push(span);
        }
        this.currentBlock().append(span);
        this.sectionChars += end - start;
      }
      this.next = k + 1;
      this.drawn = end;
      // Reading the clock costs more than drawing a span; look every few.
      if (++checks % 32 === 0 && performance.now() > deadline) break;
    }
    if (this.next >= this.count) this.finish();
    return this.done;
  }

  /** The spans of sentence `sentence`, drawn so far. */
  spansOf(sentence) {
    return this.sentences.get(sentence) ?? [];
  }
}

/** The job behind a parsed item's column: reused while the item's segments stay the same. */
function jobFor(parsed, i) {
  const item = parsed[i];
  const cached = jobsByItem.get(item);
  if (cached && cached.segments === item.segments) return cached.job;
  const job = new ColumnJob(parsed, i);
  jobsByItem.set(item, { segments: item.segments, job });
  return job;
}

/**
 * Shows the columns of `shown` (indices into `parsed`) in `container` and
 * draws them a slice at a time. Replaces (and stops) a drawing already under
 * way there; columns drawn before for the same segments are reused as they
 * are. `onProgress(drawn, total)` counts characters. Returns
 * { done: Promise<boolean> (false when replaced), cancel() }.
 * The first slice is drawn before returning, so short articles are complete
 * at once.
 */
export function drawColumns(container, parsed, shown, { onProgress = () => {} } = {}) {
  drawings.get(container)?.cancel();
  const jobs = shown.map((i) => jobFor(parsed, i));
  container.replaceChildren(...jobs.map((job) => job.column));
  current.delete(container);
  const drawing = { cancelled: false, cancel: () => (drawing.cancelled = true) };
  drawings.set(container, drawing);
  const total = jobs.reduce((sum, job) => sum + job.total, 0);
  const slice = () => {
    const pending = jobs.filter((job) => !job.done);
    const share = SLICE_MS / Math.max(1, pending.length);
    for (const job of pending) {
      job.step(performance.now() + share);
      if (!job.done) {
        job.column.setAttribute('aria-busy', 'true');
        job.note.textContent = `Still drawing this article: ${Math.floor((100 * job.drawn) / Math.max(1, job.total))}%`;
        if (!job.note.isConnected) job.column.append(job.note);
      }
    }
    onProgress(jobs.reduce((sum, job) => sum + job.drawn, 0), total);
    return jobs.every((job) => job.done);
  };
  drawing.done = (async () => {
    if (slice()) return true;
    for (;;) {
      await yieldToBrowser();
      if (drawing.cancelled) return false;
      if (slice()) break;
    }
    if (drawings.get(container) === drawing) drawings.delete(container);
    return true;
  })();
  return drawing;
}

/** Resolves once the drawing under way in `container` (if any) is complete or replaced. */
export function drawn(container) {
  return drawings.get(container)?.done ?? Promise.resolve(true);
}

function jobsIn(container) {
  const jobs = [];
  for (const column of container.children) {
    const job = jobsByColumn.get(column);
    if (job) jobs.push(job);
  }
  return jobs;
}

/** The drawn spans of `article`'s sentence `sentence` in `container`. */
function sentenceSpans(container, article, sentence) {
  const out = [];
  for (const job of jobsIn(container)) if (job.article === article) out.push(...job.spansOf(sentence));
  return out;
}

/**
 * Links aligned sentences across columns while one is hovered or focused.
 * Installed once on the columns' container.
 */
export function linkAlignedSentences(container) {
  let lit = [];
  let litFor = null;
  const clear = () => {
    for (const node of lit) node.classList.remove('linked', 'linked-source');
    lit = [];
    litFor = null;
  };
  const light = (event) => {
    const span = event.target.closest?.('[data-refs]');
    if (span && span === litFor) return;
    clear();
    if (!span || !container.contains(span)) return;
    litFor = span;
    for (const ref of span.dataset.refs.split(' ')) {
      const [article, sentence] = ref.split(':').map(Number);
      for (const node of sentenceSpans(container, article, sentence)) {
        node.classList.add('linked');
        lit.push(node);
      }
    }
    for (const node of sentenceSpans(container, Number(span.dataset.article), Number(span.dataset.sentence))) {
      node.classList.add('linked-source');
      lit.push(node);
    }
  };
  container.addEventListener('mouseover', light);
  container.addEventListener('focusin', light);
  container.addEventListener('mouseleave', clear);
  container.addEventListener('focusout', clear);
}

/** Focuses the next (or previous) visible difference after the current one. */
export function stepDifference(container, direction, hidden) {
  // Stops in a section still being drawn off the page are left for later.
  const stops = jobsIn(container).flatMap((job) => job.stops).filter((n) => !hidden.has(n.dataset.stop) && n.isConnected);
  if (!stops.length) return null;
  const now = current.get(container);
  let at = now ? stops.indexOf(now) : -1;
  at = at < 0 ? (direction > 0 ? 0 : stops.length - 1) : (at + direction + stops.length) % stops.length;
  now?.classList.remove('current');
  const next = stops[at];
  current.set(container, next);
  next.classList.add('current');
  next.focus({ preventScroll: true });
  next.scrollIntoView({ block: 'center', behavior: 'instant' });
  return { node: next, index: at, count: stops.length };
}

/** Scrolls to an article's sentence and marks it; null when that sentence is not drawn. */
export function flashSentence(container, article, sentence) {
  for (const node of flashed.get(container) ?? []) node.classList.remove('flash');
  const spans = sentenceSpans(container, Number(article), Number(sentence));
  flashed.set(container, spans);
  if (!spans.length) return null;
  for (const node of spans) node.classList.add('flash');
  const target = spans.find((n) => n.classList.contains('px-discrepancy')) ?? spans[0];
  target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center', behavior: 'instant' });
  return target;
}

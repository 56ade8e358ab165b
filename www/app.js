// The Parallax page: collects articles, has the engine analyse them off the
// main thread, and shows the findings. The user's inputs are kept in
// IndexedDB and the settings in localStorage (see store.js), so a reload
// loses nothing; results are recomputed.
import { Cancelled } from './engine.js';
import { engine, engineReady, stored, loadDemo as fetchDemo, bootTimes } from './boot.js';
import { Saver } from './store.js';
import {
  LAYERS, el, renderCard, renderGroups, renderDiscrepancies, renderAgreements, renderSharedQuotes,
  renderSources, renderWording, articleLabel, articleHeadline, bodyText, renderDiff, assignLabels,
  renderStoryList, renderStoryPicker, markStory, storyFacts,
} from './render.js';
import { renderSimilarity, repaintHeatmaps } from './heatmap.js';
import { findStories, scopeComparison, resolveStory, centralArticle, bySimilarityTo, UNMATCHED } from './stories.js';
import { drawColumns, linkAlignedSentences, stepDifference, flashSentence } from './columns.js';
import { sessionJson, readSession, discrepanciesCsv, markdownReport } from './exporters.js';

/**
 * With at most this many articles in view (the open story's, or all), each
 * can be shown side by side, chosen with a checkbox; with more, the most
 * central article is the anchor column and the others are stepped through
 * beside it, one at a time.
 */
const SHOW_ALL_UP_TO = 8;
/** A story's label (its central article's headline) is shortened to this many characters. */
const STORY_LABEL_CHARS = 100;
/** Per-article findings (sources, wording) drawn at once; the rest on request. */
const PER_ARTICLE_UP_TO = 24;
const SEPARATOR = /^[ \t]*===+[ \t]*$/m;

const $ = (id) => document.getElementById(id);
const timings = (window.__parallaxTimings = { ready: null, runs: [], saves: [], stories: [] });

/** Inputs as the user gave them: { id, name, text } or { id, name, base64 } for bytes that are not UTF-8. */
let entries = [];
/** `story`: the last story opened, { key, ids }, to find it again when an edit changes its key. */
let settings = { hidden: [], shown: null, theme: 'auto', story: null };
/** The latest finished analysis, or null. */
let result = null;
let entryCounter = 0;
/** Set after each save when some inputs will not survive a reload; shown after each run. */
let saveNotice = '';
/** The entries that will not survive a reload, by id, with why; each card says so. */
let unsaved = new Map();
/** Where inputs and settings are kept (store.js), and what keeps it in step with `entries`. */
let store = null;
let saver = null;
/** Counts analyses, so a superseded run does not touch the page. */
let runCounter = 0;
/** The latest drawing of the reading view's columns (columns.js drawColumns), or null. */
let reading = null;
/** The open story (stories.js), or null for all articles; the address says which (#event=key). */
let story = null;
/** Why the address's story could not be opened, shown in the story bar until another is chosen. */
let addressNote = '';
/** entry id → { item, node }: the card last drawn for it (see renderCards). */
const cardCache = new Map();
/** Past SHOW_ALL_UP_TO articles in view: the id of the article beside the anchor column. */
let companion = null;

/** When each step of the first screen was reached (boot.js), and more that this module adds. */
const boot = (timings.boot = bootTimes);
timings.engineStart = engine.startTimes;
boot.app = performance.now();

function newId() {
  entryCounter += 1;
  return `a${Date.now().toString(36)}${entryCounter.toString(36)}`;
}

function setStatus(message, kind = 'info') {
  const status = $('status');
  status.textContent = message;
  status.className = kind;
}

// ---------------------------------------------------------------- persistence

/**
 * Has the inputs saved shortly (see Saver: a burst of changes is one write,
 * and only what changed is written) and the settings saved now.
 */
function save() {
  saveSettings();
  if (!saver) return;
  document.body.dataset.saved = 'pending';
  saver.schedule();
}

function saveSettings() {
  const problem = store?.saveSettings(settings);
  if (problem) setStatus(`Your settings could not be saved in this browser (${problem}); they will be reset on reload.`, 'error');
}

/** After each write: the cards of inputs that will not survive a reload say so, and so does the status line. */
function saved(report) {
  timings.saves.push({ ms: report.ms, characters: report.characters, mode: report.mode, unsaved: report.unsaved.size });
  const before = unsaved;
  unsaved = report.unsaved;
  const lost = entries.filter((e) => unsaved.has(e.id));
  saveNotice = lost.length
    ? `Not saved in this browser, so lost on reload: ${lost.map((e) => e.name).join(', ')} (see ${lost.length === 1 ? 'its card' : 'their cards'}). Export a JSON session to keep ${lost.length === 1 ? 'it' : 'them'}.`
    : '';
  if (report.problems.length) saveNotice = [saveNotice, ...report.problems].filter(Boolean).join(' ');
  if (!saver.pending) document.body.dataset.saved = lost.length || report.problems.length ? 'partial' : 'saved';
  const changedIds = before.size !== unsaved.size || [...unsaved.keys()].some((id) => !before.has(id));
  if (changedIds) renderCards();
  if (saveNotice && (changedIds || report.problems.length)) setStatus(saveNotice, 'error');
}

// ---------------------------------------------------------------- analysis

function parsedItems() {
  if (!result) return [];
  return result.parsed;
}

/** Runs the analysis; `notice` (what the user just did) leads the status line. */
async function analyse(notice = '') {
  const inputs = entries.map(({ id, name, text, base64 }) => ({ id, name, text, base64 }));
  renderCards();
  if (!inputs.length) {
    result = null;
    renderResults();
    return;
  }
  const started = performance.now();
  const run = ++runCounter;
  const box = $('progress-box');
  document.body.dataset.state = 'running';
  $('cancel').hidden = false;
  const showTimer = setTimeout(() => (box.hidden = false), 150);
  $('progress').value = 0;
  try {
    // Highlight now only what the reading view will show first; with many
    // articles that depends on the stories found, so nothing yet.
    const highlightNow = { ids: settings.shown ?? [], first: inputs.length <= SHOW_ALL_UP_TO ? inputs.length : 0 };
    const out = await engine.run(inputs, (done, total, stage) => {
      $('progress').max = total;
      $('progress').value = done;
      $('progress-label').textContent =
        stage === 'parsing' ? `Reading articles: ${done} of ${total - 2}` : stage === 'comparing' ? `Comparing ${total - 2} articles…` : stage === 'highlighting' ? 'Highlighting…' : 'Done';
    }, highlightNow);
    if (run !== runCounter) return; // superseded while finishing
    const byId = new Map(out.entries.map((e) => [e.id, e]));
    const parsed = [];
    let h = 0;
    for (const entry of entries) {
      const r = byId.get(entry.id);
      if (r?.article) parsed.push({ entry, name: entry.name, article: r.article, segments: out.highlights[h++] });
    }
    assignLabels(parsed);
    const stories = findStories(parsed, out.comparison, (i) => articleHeadline(parsed[i], STORY_LABEL_CHARS));
    result = { byId, parsed, comparison: out.comparison, compareError: out.compareError, run: out.run, stories, scoped: new Map(), views: new Map(), plans: new Map() };
    const analysed = performance.now();
    boot.analysed ??= analysed;
    document.body.dataset.state = 'rendering';
    await renderResults();
    boot.drawn ??= performance.now();
    if (run !== runCounter) return;
    // Long articles are drawn a slice at a time (columns.js); the run is
    // done once every shown column is complete.
    const firstScreen = performance.now();
    await readingDrawn();
    if (run !== runCounter) return;
    const rendered = performance.now();
    const failed = out.entries.filter((e) => e.error).length;
    const ms = rendered - started;
    timings.runs.push({ articles: inputs.length, ms, analysis: analysed - started, render: rendered - analysed, firstScreen: firstScreen - analysed, storyList: timings.storyListAt - analysed, storyListShown: timings.storyListShownAt - analysed, analysedAt: analysed, sinceInput: rendered - (timings.inputAt ?? started), ...out.times });
    timings.inputAt = null;
    const lead = [notice, saveNotice].filter(Boolean).map((t) => `${t} `).join('');
    if (out.compareError) setStatus(`${lead}Comparison failed: ${out.compareError}`, 'error');
    else if (failed) setStatus(`${lead}${failed} of ${inputs.length} articles could not be read; see their cards.`, 'error');
    else setStatus(`${lead}Analysed ${inputs.length} article${inputs.length === 1 ? '' : 's'} in ${Math.round(ms)} ms.`, saveNotice ? 'error' : 'info');
    document.body.dataset.state = 'done';
  } catch (e) {
    if (run !== runCounter) return; // a newer run replaced this one
    if (e instanceof Cancelled) {
      setStatus('Cancelled. Your articles are kept; change them or press "Add" to run again.');
      document.body.dataset.state = 'cancelled';
    } else {
      setStatus(`Analysis failed: ${e.message}. Your articles are kept: add, edit or remove one, or reload the page, to run it again.`, 'error');
      document.body.dataset.state = 'failed';
    }
  } finally {
    clearTimeout(showTimer);
    if (run === runCounter) box.hidden = true;
    $('engine-mode').textContent = engine.mode ? `running in a ${engine.mode === 'worker' ? 'Web Worker' : 'main-thread fallback'}` : '';
    if (engine.version) $('version').textContent = engine.version;
  }
}

function changed(notice = '') {
  save();
  if (notice) setStatus(notice);
  analyse(notice);
}

// ---------------------------------------------------------------- rendering

function renderCards() {
  const list = $('cards');
  const actions = {
    onEdit: (entry, text) => {
      if (!text.trim()) {
        setStatus('An article cannot be empty: remove it instead.', 'error');
        return;
      }
      entry.text = text;
      delete entry.base64;
      changed(`Updated ${entry.name}.`);
    },
    onRemove: (entry) => {
      entries = entries.filter((e) => e !== entry);
      changed(`Removed ${entry.name}.`);
    },
  };
  // Every input has its card in the list; with a story open, the others are
  // hidden (inputs not compared yet, or that failed, stay shown). Hiding and
  // showing a thousand cards costs the browser far less than taking them
  // out of the document and putting them back.
  const inStory = story ? new Set(story.articles.map((i) => result.parsed[i].entry.id)) : null;
  const nodes = entries.map((entry) => {
    const r = result?.byId.get(entry.id);
    const item = { entry, article: r?.article ?? null, error: r?.error ?? null, unsaved: unsaved.get(entry.id) ?? null };
    // A card is rebuilt only when what it shows changed.
    const cached = cardCache.get(entry.id);
    if (cached && ['entry', 'article', 'error', 'unsaved'].every((k) => cached.item[k] === item[k])) return cached.node;
    const node = renderCard(item, 0, actions);
    cardCache.set(entry.id, { item, node });
    return node;
  });
  if (nodes.length !== list.children.length || nodes.some((node, k) => list.children[k] !== node)) list.replaceChildren(...nodes);
  let shown = 0;
  entries.forEach((entry, k) => {
    const hide = Boolean(inStory) && !inStory.has(entry.id) && Boolean(result.byId.get(entry.id)?.article);
    if (nodes[k].hidden !== hide) nodes[k].hidden = hide;
    if (!hide) shown += 1;
  });
  const ids = new Set(entries.map((e) => e.id));
  for (const id of cardCache.keys()) if (!ids.has(id)) cardCache.delete(id);
  $('cards-scope').hidden = !inStory;
  $('cards-scope').textContent = inStory ? `The ${shown} of ${entries.length} articles in this story; choose "All articles" for every card.` : '';
  // Past a dozen cards the list scrolls on its own, so the findings stay near.
  const many = shown > 12;
  list.classList.toggle('many', many);
  if (many) list.tabIndex = 0;
  else list.removeAttribute('tabindex');
  $('no-articles').hidden = entries.length > 0;
  for (const id of ['export-json', 'export-md', 'export-csv']) $(id).disabled = !result?.parsed.length;
}

// ---------------------------------------------------------------- stories

/** A link that opens a story: the address says which, so it can be shared or reloaded. */
function storyLink(s) {
  return el('a', { href: `#event=${s.key}`, text: s.label, class: 'story-link' });
}

/**
 * The story the address names (#event=key) in the current analysis, or
 * null. A key that is gone (an edit changed the story's articles) finds the
 * story sharing most of the articles last opened, and the address follows.
 */
function storyFromAddress() {
  addressNote = '';
  const stories = result?.stories;
  const key = decodeURIComponent(location.hash.match(/^#event=(.+)$/)?.[1] ?? '');
  if (!key || !stories?.many) return null;
  const found = resolveStory(stories, key, { parsed: result.parsed, remembered: settings.story });
  if (!found) {
    addressNote = `No story among these articles matches the address (#event=${key}); showing all articles.`;
    return null;
  }
  if (found.key !== key) history.replaceState(null, '', `#event=${found.key}`);
  return found;
}

/** Opens the story of `key` (null: all articles), putting it in the address. */
function goToStory(key) {
  const hash = key ? `#event=${key}` : '';
  if (location.hash !== hash) history.pushState(null, '', hash || `${location.pathname}${location.search}`);
  followAddress();
}

/** After the address changed (a link, back and forward, the picker): shows the story it names. */
function followAddress() {
  // Only #event=… (or nothing) names a story; the section links keep the address (see wire).
  if (!result || (location.hash && !location.hash.startsWith('#event='))) return;
  const next = storyFromAddress();
  if (next === story && !addressNote) return;
  openStory(next);
}

/** Scopes every view to `next` (null: all articles) and times it for the benchmark. */
async function openStory(next) {
  const started = performance.now();
  story = next;
  companion = null;
  settings.story = next ? { key: next.key, ids: next.articles.map((i) => result.parsed[i].entry.id) } : settings.story;
  // Written after the story is on screen (localStorage writes block).
  setTimeout(saveSettings, 0);
  document.body.dataset.state = 'rendering';
  renderScope();
  const rendered = performance.now();
  const current = result;
  await readingDrawn();
  if (result !== current || story !== next) return;
  document.body.dataset.state = 'done';
  timings.stories.push({ key: next?.key ?? null, articles: next?.articles.length ?? result.parsed.length, render: rendered - started, ms: performance.now() - started });
}

/** The story bar (picker, facts, "All articles") and the story list's mark. */
function renderStoryBar() {
  const stories = result?.stories;
  const many = Boolean(stories?.many);
  $('story-bar').hidden = !many;
  document.documentElement.classList.toggle('story-bar-shown', many);
  document.body.dataset.story = story?.key ?? '';
  if (!many) return;
  const picker = $('story-picker');
  if (picker.dataset.run !== String(result.run)) {
    picker.replaceWith(renderStoryPicker(stories, story?.key, 'story-picker', result.parsed.length));
    $('story-picker').dataset.run = String(result.run);
    $('story-picker').addEventListener('change', (ev) => goToStory(ev.target.value || null));
  } else picker.value = story?.key ?? '';
  $('story-facts').textContent = addressNote || (story ? storyFacts(story) : `${stories.count} stories; choose one to see only its articles.`);
  $('story-facts').classList.toggle('error', Boolean(addressNote));
  markStory($('stories'), story?.key ?? null);
}

/** The comparison as the open story sees it (cached per analysis). */
function scopedComparison() {
  if (!story) return result.comparison;
  let scoped = result.scoped.get(story.key);
  if (!scoped) result.scoped.set(story.key, (scoped = scopeComparison(result.comparison, story.articles)));
  return scoped;
}

/**
 * The articles of the similarity view in order, and the stories' runs in it
 * ({ from, to, thread }): the open story's articles (the central one first,
 * then by likeness to it), or every story's in list order, a thread's
 * events first and then the rest of the thread.
 */
function similarityOrder(parsed, comparison) {
  const stories = result.stories;
  if (story) return { order: [story.central, ...bySimilarityTo(comparison.similarity, story.central, story.articles)], blocks: [] };
  if (!stories.many) return { order: parsed.map((_, i) => i), blocks: [] };
  const order = [];
  const blocks = [];
  const seen = new Set();
  const add = (articles) => {
    for (const i of articles) {
      if (seen.has(i)) continue;
      seen.add(i);
      order.push(i);
    }
  };
  for (const s of stories.stories) {
    const from = order.length;
    for (const c of s.children) {
      const start = order.length;
      add(c.articles);
      blocks.push({ from: start, to: order.length, thread: false });
    }
    add(s.articles);
    if (s.kind !== UNMATCHED) blocks.push({ from, to: order.length, thread: s.kind === 'thread' });
  }
  add(parsed.map((_, i) => i));
  return { order, blocks };
}

// ---------------------------------------------------------------- rendering

/** The articles in view: the open story's, or all. */
function scopeArticles(parsed) {
  return story ? story.articles : parsed.map((_, i) => i);
}

/**
 * Shows a finished analysis. With several stories the story list goes on
 * screen first, and the findings and columns follow a frame later, so a
 * thousand articles' cards and findings do not hold back the list.
 */
async function renderResults() {
  const current = result;
  const parsed = parsedItems();
  const comparison = result?.comparison ?? null;
  $('comparison-overview').hidden = !comparison;
  $('findings').hidden = !comparison;
  $('reading').hidden = parsed.length === 0;
  story = result ? storyFromAddress() : null;
  companion = null;
  const many = Boolean(result?.stories.many);
  $('stories-box').hidden = !many;
  $('groups-box').hidden = many;
  timings.views = {};
  if (comparison) {
    const t = performance.now();
    if (many) $('stories').replaceChildren(renderStoryList(result.stories, storyLink));
    else {
      $('stories').replaceChildren();
      $('groups').replaceChildren(renderGroups(parsed, comparison));
    }
    timings.storyListAt = performance.now();
    timings.storyListShownAt = NaN;
    timings.views.stories = timings.storyListAt - t;
    if (many) {
      // A timer set in the frame's callback runs once that frame is painted.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      timings.storyListShownAt = performance.now();
      if (result !== current) return;
    }
  }
  renderScope();
}

/** Every view of the articles in scope: cards, similarity, findings, side by side. */
function renderScope() {
  const parsed = parsedItems();
  const comparison = result?.comparison ? scopedComparison() : null;
  renderStoryBar();
  // How long each view took to build, for the benchmarks (bench/page/).
  const views = (timings.views ??= {});
  // The findings of a scope are built once per analysis and kept: going
  // back to all articles, or to a story seen before, moves them back in
  // (with the groups the reader opened still open).
  const scopeKey = story?.key ?? '';
  if (result && !result.views.has(scopeKey)) result.views.set(scopeKey, new Map());
  const kept = result?.views.get(scopeKey);
  const all = result?.views.get('');
  const timed = (id, render) => {
    const t = performance.now();
    if (!kept.has(id)) kept.set(id, render());
    showOnly($(id), kept.get(id), all?.get(id));
    views[id] = performance.now() - t;
  };
  let t = performance.now();
  renderCards();
  views.cards = performance.now() - t;
  if (comparison) {
    const view = result.stories.many ? { stories: result.stories, grouped: !story, storyLink } : null;
    const limit = story ? Infinity : PER_ARTICLE_UP_TO;
    const { order, blocks } = similarityOrder(parsed, comparison);
    timed('similarity', () => renderSimilarity(parsed, comparison, order, blocks, (i) => articleLabel(parsed[i], i)));
    timed('discrepancies', () => renderDiscrepancies(parsed, comparison, jumpTo, view));
    timed('agreements', () => renderAgreements(parsed, comparison, view));
    timed('shared-quotes', () => renderSharedQuotes(parsed, comparison, view));
    timed('sources', () => renderSources(parsed, comparison, limit));
    timed('wording', () => renderWording(parsed, comparison, limit));
  }
  t = performance.now();
  renderReading();
  views.columns = performance.now() - t;
}

/**
 * Shows `node` alone in `container`. The "All articles" view (`all`) is
 * hidden rather than taken out while a story is open: putting a thousand
 * articles' findings back into the document costs more than showing them.
 */
function showOnly(container, node, all) {
  for (const child of [...container.children]) {
    if (child === node || child === all) continue;
    child.remove();
  }
  if (node.parentNode !== container) container.append(node);
  node.hidden = false;
  if (all && all !== node && all.parentNode === container) all.hidden = true;
}

/**
 * Fetches the segments of articles not highlighted yet; resolves once they
 * are in (or the analysis they belong to was replaced).
 */
async function ensureHighlighted(indices) {
  const current = result;
  const missing = indices.filter((i) => current?.parsed[i] && current.parsed[i].segments === undefined);
  if (!missing.length) return;
  for (const i of missing) current.parsed[i].segments = 'pending';
  try {
    const got = await engine.highlight(current.run, missing);
    for (const i of missing) current.parsed[i].segments = got[i] ?? null;
  } catch (e) {
    for (const i of missing) if (current.parsed[i].segments === 'pending') current.parsed[i].segments = undefined;
    if (!(e instanceof Cancelled)) setStatus(`Highlighting failed: ${e.message}`, 'error');
  }
}

/** Resolves once the reading view's columns are completely drawn (following any drawing that replaced the one under way). */
async function readingDrawn() {
  for (;;) {
    const drawing = reading;
    if (!drawing || (await drawing.done) || reading === drawing) return;
  }
}

/** Shows how far drawing long columns has got, in the progress box the analysis uses. */
function drawingProgress(done, total) {
  if (done >= total || document.body.dataset.state === 'running') return;
  $('progress-box').hidden = false;
  $('cancel').hidden = true;
  $('progress').max = total;
  $('progress').value = done;
  $('progress-label').textContent = `Drawing the articles: ${Math.floor((100 * done) / total)}%`;
}

/**
 * Which columns the reading view shows. Up to SHOW_ALL_UP_TO articles in
 * view: those ticked (all by default). Past that, `stepping`: the anchor
 * (the most central article) and, beside it, one of the others, in order of
 * likeness to the anchor.
 */
function readingPlan(parsed) {
  const scope = scopeArticles(parsed);
  if (scope.length <= SHOW_ALL_UP_TO) {
    const wanted = settings.shown ? scope.filter((i) => settings.shown.includes(parsed[i].entry.id)) : [];
    return { stepping: false, scope, shown: wanted.length ? wanted : scope };
  }
  // The anchor and the order of the others, once per scope and analysis (O(n²) for all articles).
  const key = story?.key ?? '';
  let order = result.plans.get(key);
  if (!order) {
    const similarity = result.comparison?.similarity ?? [];
    const anchor = centralArticle(similarity, scope);
    result.plans.set(key, (order = { anchor, others: bySimilarityTo(similarity, anchor, scope) }));
  }
  const { anchor, others } = order;
  const at = Math.max(0, others.findIndex((i) => parsed[i].entry.id === companion));
  return { stepping: true, scope, anchor, others, at, shown: [anchor, others[at]] };
}

function renderReading() {
  const parsed = parsedItems();
  const plan = readingPlan(parsed);
  const { shown } = plan;
  if (shown.some((i) => parsed[i].segments === undefined)) {
    const current = result;
    ensureHighlighted(shown).then(() => {
      if (result === current) renderReading();
    });
  }
  const focused = document.activeElement?.id;
  const controls = plan.stepping ? articleStepper(parsed, plan) : articleChecks(parsed, plan);
  if (controls.some((n, k) => $('shown').children[k] !== n) || $('shown').children.length !== controls.length) $('shown').replaceChildren(...controls);
  $('shown').className = plan.stepping ? 'stepping' : 'checks';
  $('shown').closest('fieldset').classList.toggle('wide', plan.stepping);
  if (focused && $('shown').contains($(focused))) $(focused).focus();
  applyLayers();
  const drawing = drawColumns($('columns'), parsed, shown, { onProgress: drawingProgress });
  reading = drawing;
  drawing.done.then((complete) => {
    if (!complete || reading !== drawing) return;
    $('cancel').hidden = false;
    if (document.body.dataset.state !== 'running') $('progress-box').hidden = true;
  });
  renderDiffPickers(parsed, plan);
}

/** A checkbox per article in view (up to SHOW_ALL_UP_TO). */
function articleChecks(parsed, plan) {
  return plan.scope.map((i) => {
    const item = parsed[i];
    const id = `show-${item.entry.id}`;
    const box = el('input', { type: 'checkbox', id, checked: plan.shown.includes(i) });
    box.addEventListener('change', () => {
      const now = new Set(readingPlan(parsed).shown.map((k) => parsed[k].entry.id));
      if (box.checked) now.add(item.entry.id);
      else now.delete(item.entry.id);
      settings.shown = parsed.filter((p) => now.has(p.entry.id)).map((p) => p.entry.id);
      saveSettings();
      renderReading();
    });
    return el('span', { class: 'check' }, box, el('label', { for: id, text: articleLabel(item, i) }));
  });
}

/**
 * The anchor, and previous / next (Shift+P / Shift+N) and a list to choose
 * the article beside it. Built once per scope (a list of 1,000 options
 * costs the browser tens of milliseconds to lay out); a step only changes
 * the choice and the position.
 */
function articleStepper(parsed, plan) {
  const { anchor, others, at } = plan;
  const order = result.plans.get(story?.key ?? '');
  if (!order.controls) {
    const prev = el('button', { type: 'button', id: 'prev-article', class: 'secondary', text: 'Previous article', 'aria-keyshortcuts': 'Shift+P' });
    const next = el('button', { type: 'button', id: 'next-article', class: 'secondary', text: 'Next article', 'aria-keyshortcuts': 'Shift+N' });
    prev.addEventListener('click', () => stepArticle(-1));
    next.addEventListener('click', () => stepArticle(1));
    const select = el('select', { id: 'companion' }, others.map((i, k) => el('option', { value: parsed[i].entry.id, text: `${k + 1}. ${articleLabel(parsed[i], i)}` })));
    select.addEventListener('change', () => {
      companion = select.value;
      renderReading();
    });
    const position = el('p', { id: 'article-position', class: 'note', 'aria-live': 'polite' });
    order.controls = { select, position, nodes: [
      el('p', { class: 'anchor-note' }, 'Anchor: ', el('strong', { text: articleLabel(parsed[anchor], anchor) }), `, the article most like the other ${others.length}.`),
      el('div', { class: 'actions stepper' }, prev, el('label', { for: 'companion', text: 'Beside it' }), select, next),
      position,
    ] };
  }
  const { select, position, nodes } = order.controls;
  select.value = parsed[others[at]].entry.id;
  position.textContent = `Article ${at + 1} of ${others.length} beside the anchor, most alike first. Keys: Shift+N next, Shift+P previous.`;
  return nodes;
}

/** Shows the next (or previous) article beside the anchor; does nothing with checkboxes in view. */
function stepArticle(direction) {
  const parsed = parsedItems();
  const plan = readingPlan(parsed);
  if (!plan.stepping) return false;
  const at = (plan.at + direction + plan.others.length) % plan.others.length;
  companion = parsed[plan.others[at]].entry.id;
  renderReading();
  return true;
}

/** The word diff's two lists: the articles in view, rebuilt only when the view (or the analysis) changes. */
function renderDiffPickers(parsed, plan) {
  const { scope, shown } = plan;
  const view = `${result?.run}:${story?.key ?? ''}`;
  for (const [id, pick] of [['diff-a', shown[0] ?? scope[0] ?? 0], ['diff-b', shown[1] ?? scope[1] ?? scope[0] ?? 0]]) {
    const select = $(id);
    const previous = select.value;
    if (select.dataset.view !== view) {
      // The options of each view are built once per analysis and moved back in.
      const key = `${id}:${story?.key ?? ''}`;
      if (!result?.plans.has(key)) result?.plans.set(key, scope.map((i) => el('option', { value: String(i), text: articleLabel(parsed[i], i) })));
      select.replaceChildren(...(result?.plans.get(key) ?? []));
      select.classList.toggle('long', scope.length > SHOW_ALL_UP_TO);
      select.dataset.view = view;
      $('diff').replaceChildren();
    }
    select.value = previous && scope.includes(Number(previous)) ? previous : String(pick);
  }
}

async function showDiff() {
  const parsed = parsedItems();
  const [a, b] = [Number($('diff-a').value), Number($('diff-b').value)];
  if (!parsed[a] || !parsed[b]) return;
  try {
    const result = await engine.diff(bodyText(parsed[a].article), bodyText(parsed[b].article));
    $('diff').replaceChildren(renderDiff(result, articleLabel(parsed[a], a), articleLabel(parsed[b], b)));
  } catch (e) {
    setStatus(`The word diff failed: ${e.message}`, 'error');
  }
}

function renderLayerToggles() {
  $('layers').replaceChildren(...LAYERS.map(([layer, name, meaning]) => {
    const id = `layer-${layer}`;
    const box = el('input', { type: 'checkbox', id, checked: !settings.hidden.includes(layer), 'data-layer': layer });
    box.addEventListener('change', () => {
      settings.hidden = LAYERS.map(([l]) => l).filter((l) => !$(`layer-${l}`).checked);
      saveSettings();
      applyLayers();
    });
    return el('span', { class: 'check' }, box, el('label', { for: id, title: meaning }, el('span', { class: `swatch px-${layer}`, text: name })));
  }));
}

function applyLayers() {
  const columns = $('columns');
  for (const [layer] of LAYERS) columns.classList.toggle(`hide-${layer}`, settings.hidden.includes(layer));
}

/**
 * Shows an article's sentence in the reading view, adding its column if
 * needed (or, past SHOW_ALL_UP_TO articles, putting it beside the anchor).
 */
async function jumpTo(article, sentence) {
  const parsed = parsedItems();
  if (sentence == null || !parsed[article]) return;
  await ensureHighlighted([article]);
  if (parsedItems() !== parsed) return;
  const plan = readingPlan(parsed);
  if (plan.stepping) {
    if (article !== plan.anchor) companion = parsed[article].entry.id;
  } else if (!plan.shown.includes(article)) {
    settings.shown = [...plan.shown, article].sort((x, y) => x - y).map((i) => parsed[i].entry.id);
    saveSettings();
  }
  renderReading();
  if (settings.hidden.includes('discrepancy')) {
    settings.hidden = settings.hidden.filter((l) => l !== 'discrepancy');
    $('layer-discrepancy').checked = true;
    saveSettings();
    applyLayers();
  }
  // A long column may still be drawing; its sentence exists once it is drawn.
  await readingDrawn();
  if (parsedItems() !== parsed) return;
  flashSentence($('columns'), article, sentence);
}

function step(direction) {
  const found = stepDifference($('columns'), direction, new Set(settings.hidden));
  $('diff-position').textContent = found ? `Difference ${found.index + 1} of ${found.count}` : 'No differences shown.';
}

// ---------------------------------------------------------------- input

function addTexts(items, notice) {
  timings.inputAt = performance.now();
  const added = items.filter((i) => (i.text ?? i.base64 ?? '').trim() !== '').map((i) => ({ id: newId(), ...i }));
  entries.push(...added);
  changed(notice(added.length));
  return added.length;
}

function toBase64(bytes) {
  let raw = '';
  for (let i = 0; i < bytes.length; i += 0x8000) raw += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(raw);
}

/** Reads dropped or chosen files; bytes that are not UTF-8 are kept as bytes for the parser to decode. */
async function readFiles(fileList) {
  const all = [...fileList];
  const files = all.filter((f) => /\.(txt|html?)$/i.test(f.name) || /^text\/(plain|html)/.test(f.type));
  const items = [];
  const unreadable = [];
  // Reading files is asynchronous: until the analysis starts, the page is
  // not 'done' with what the user just gave it (scripts and tests that wait
  // on data-state would otherwise see the previous run's result).
  const before = document.body.dataset.state;
  if (files.length) document.body.dataset.state = 'reading';
  for (const file of files) {
    let bytes;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      unreadable.push(file.name); // moved or deleted since it was chosen
      continue;
    }
    try {
      items.push({ name: file.name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) });
    } catch {
      items.push({ name: file.name, base64: toBase64(bytes) });
    }
  }
  const skipped = all.length - files.length;
  const added = addTexts(items, (n) => `Added ${n} file${n === 1 ? '' : 's'}.` +
    (skipped ? ` Skipped ${skipped} that ${skipped === 1 ? 'is' : 'are'} not .txt or .html.` : '') +
    (unreadable.length ? ` Could not read ${unreadable.join(', ')}: choose ${unreadable.length === 1 ? 'it' : 'them'} again.` : ''));
  if (!added && document.body.dataset.state === 'reading') document.body.dataset.state = before;
}

async function loadDemo() {
  setStatus('Loading the demo articles…');
  try {
    const demo = await fetchDemo();
    entries = [];
    settings.shown = null;
    addTexts(demo, (n) => `Loaded ${n} demo articles: fictional outlets on one fictional event.`);
  } catch (e) {
    setStatus(`The demo could not be loaded: ${e.message}`, 'error');
  }
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function exportSession() {
  return { entries, settings, parsed: parsedItems(), comparison: result?.comparison ?? null, version: engine.version,
    failed: entries.filter((e) => result?.byId.get(e.id)?.error).map((e) => ({ name: e.name, error: result.byId.get(e.id).error })) };
}

/** The similarity picture is drawn in the scheme's colours: repaint it, and forget kept pictures drawn in the old ones. */
function schemeChanged() {
  repaintHeatmaps(document);
  for (const kept of result?.views.values() ?? []) if (kept.get('similarity') && !kept.get('similarity').isConnected) kept.delete('similarity');
}

function applyTheme() {
  if (settings.theme === 'light' || settings.theme === 'dark') document.documentElement.dataset.theme = settings.theme;
  else delete document.documentElement.dataset.theme;
  $('theme').value = settings.theme ?? 'auto';
  schemeChanged();
}

function wire() {
  $('add-pasted').addEventListener('click', () => {
    const text = $('paste').value;
    if (!text.trim()) {
      setStatus('The paste box is empty: paste an article first.', 'error');
      $('paste').focus();
      return;
    }
    const parts = text.split(SEPARATOR).filter((p) => p.trim());
    $('paste').value = '';
    addTexts(parts.map((p, k) => ({ name: `Pasted article ${entries.length + k + 1}`, text: p.replace(/^\r?\n/, '') })), (n) => `Added ${n} pasted article${n === 1 ? '' : 's'}.`);
  });
  $('files').addEventListener('change', async (ev) => {
    await readFiles(ev.target.files);
    ev.target.value = '';
  });
  $('demo').addEventListener('click', loadDemo);
  $('reset').addEventListener('click', async () => {
    if (entries.length && !confirm('Remove all articles and reset every setting?')) return;
    entries = [];
    settings = { hidden: [], shown: null, theme: 'auto', story: null };
    result = null;
    story = null;
    if (location.hash) history.replaceState(null, '', `${location.pathname}${location.search}`);
    unsaved = new Map();
    saveNotice = '';
    engine.cancel();
    applyTheme();
    renderLayerToggles();
    renderCards();
    renderResults();
    document.body.dataset.saved = 'pending';
    // Let a write under way finish (it now deletes everything), then clear
    // whatever is left, such as records another tab wrote.
    await saver.flush();
    const problems = await store.clear();
    saver.reset();
    document.body.dataset.saved = problems.length ? 'partial' : 'saved';
    if (problems.length) setStatus(`Reset, but the stored copy could not be cleared (${problems.join('; ')}); it may come back on reload.`, 'error');
    else setStatus('Everything was reset.');
  });
  $('cancel').addEventListener('click', () => engine.cancel());
  $('theme').addEventListener('change', () => {
    settings.theme = $('theme').value;
    applyTheme();
    saveSettings();
  });
  const drop = $('drop');
  for (const type of ['dragenter', 'dragover']) {
    drop.addEventListener(type, (ev) => {
      ev.preventDefault();
      drop.classList.add('over');
    });
  }
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (ev) => {
    ev.preventDefault();
    drop.classList.remove('over');
    readFiles(ev.dataTransfer.files);
  });
  drop.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      $('files').click();
    }
  });
  // A file dropped beside the drop zone would otherwise replace the page.
  document.addEventListener('dragover', (ev) => ev.preventDefault());
  document.addEventListener('drop', (ev) => ev.preventDefault());

  $('export-json').addEventListener('click', () => download('parallax-session.json', 'application/json', sessionJson(exportSession())));
  $('export-md').addEventListener('click', () => download('parallax-report.md', 'text/markdown', markdownReport(exportSession())));
  $('export-csv').addEventListener('click', () => download('parallax-discrepancies.csv', 'text/csv', discrepanciesCsv(exportSession())));
  $('import').addEventListener('change', async (ev) => {
    const file = ev.target.files[0];
    ev.target.value = '';
    if (!file) return;
    try {
      const session = readSession(await file.text());
      entries = session.entries.map((e) => ({ id: newId(), ...e }));
      settings = { hidden: [], shown: null, theme: 'auto', ...session.settings };
      // Shown columns refer to the exported ids; map them onto the new ones.
      settings.shown = null;
      applyTheme();
      renderLayerToggles();
      changed(`Imported ${entries.length} article${entries.length === 1 ? '' : 's'} from ${file.name}.`);
    } catch (e) {
      setStatus(e.message, 'error');
    }
  });

  $('diff-run').addEventListener('click', showDiff);
  $('prev-diff').addEventListener('click', () => step(-1));
  $('next-diff').addEventListener('click', () => step(1));
  document.addEventListener('keydown', (ev) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || ev.target.closest?.('input, textarea, select, [contenteditable]')) return;
    if (ev.key === 'n' || ev.key === 'j') step(1);
    else if (ev.key === 'p' || ev.key === 'k') step(-1);
    else if (ev.key === 'N' && stepArticle(1)) $('next-article')?.focus();
    else if (ev.key === 'P' && stepArticle(-1)) $('prev-article')?.focus();
    else return;
    ev.preventDefault();
  });
  linkAlignedSentences($('columns'));
  wireStories();
}

/** The story bar, the address and the section links (which must not replace the address's story). */
function wireStories() {
  // The skip link and the section links move focus and scroll without
  // touching the address, which holds the open story (#event=…).
  for (const link of document.querySelectorAll('a.skip, nav.site a[href^="#"]')) {
    link.addEventListener('click', (ev) => {
      const target = document.getElementById(link.hash.slice(1));
      if (!target) return;
      ev.preventDefault();
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
    });
  }
  addEventListener('hashchange', followAddress);
  addEventListener('popstate', followAddress);
  $('all-articles').addEventListener('click', () => goToStory(null));
  // The similarity picture is drawn in the scheme's colours: repaint it when they change.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', schemeChanged);
}

/** Opens the store, restores the last visit's inputs and settings, and analyses them. */
async function start() {
  let loaded;
  ({ store, loaded } = await stored);
  entries = loaded.entries;
  settings = { ...settings, ...(loaded.settings ?? {}) };
  saver = new Saver(store, () => entries, saved);
  document.body.dataset.storage = store.mode;
  wire();
  // A page being closed or hidden writes what is pending at once.
  addEventListener('pagehide', () => saver.pending && saver.flush());
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && saver.pending && saver.flush());
  applyTheme();
  renderLayerToggles();
  renderCards();
  document.body.dataset.ready = 'true';
  document.body.dataset.saved = 'saved';
  timings.ready = performance.now();
  boot.ready = timings.ready;
  engineReady.then((mode) => {
    $('engine-mode').textContent = `running in a ${mode === 'worker' ? 'Web Worker' : 'main-thread fallback'}`;
    $('version').textContent = engine.version ?? '';
    document.body.dataset.engine = mode;
  }, (e) => setStatus(`The analysis engine could not start: ${e.message}. Reload the page to try again.`, 'error'));
  // Moves what an older version (or a fallback) left in localStorage into IndexedDB.
  if (store.db && loaded.local.length) document.body.dataset.saved = 'pending';
  saver.adopt(loaded);
  const storageNote = store.mode === 'indexeddb' ? '' : ` This browser does not let the page use IndexedDB (${store.reason}), so articles are kept in localStorage, which holds only a few MB.`;
  if (loaded.problems.length) setStatus(`${loaded.problems.join(' ')}${storageNote}`, 'error');
  if (entries.length) {
    const notice = `Restored ${entries.length} article${entries.length === 1 ? '' : 's'} from your last visit.${storageNote}`;
    setStatus(notice);
    analyse(notice);
  } else if (new URLSearchParams(location.search).has('demo')) {
    loadDemo();
  } else if (storageNote) setStatus(storageNote.trim());
}

start();

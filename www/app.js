// The Parallax page: reads articles, calls the wasm core, shows the result.
// Article text is untrusted: it only ever reaches the DOM through
// textContent, never through innerHTML, so nothing in it can run.
import init, { parse, compare, highlight, version } from '../pkg/parallax.js';

const $ = (id) => document.getElementById(id);

/** Each entry: { name, input, article, error }. */
let entries = [];

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('data-')) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

function setStatus(message, isError = false) {
  const status = $('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
}

/** Parses one input; a failure is kept beside the article, never thrown. */
function addEntry(name, input) {
  const entry = { name, input, article: null, error: null };
  try {
    entry.article = parse(input, { format: 'auto', fileName: name, id: `${entries.length}:${name}` });
  } catch (e) {
    entry.error = e instanceof Error ? e.message : String(e);
  }
  entries.push(entry);
  return entry;
}

async function readFiles(fileList) {
  const files = [...fileList].filter((f) => /\.(txt|html?)$/i.test(f.name) || /^text\/(plain|html)/.test(f.type));
  const skipped = fileList.length - files.length;
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const entry = { name: file.name, input: null, article: null, error: null };
    try {
      entry.article = parse(bytes, { format: 'auto', fileName: file.name, id: `${entries.length}:${file.name}` });
      entry.input = entry.article.text;
    } catch (e) {
      entry.error = e instanceof Error ? e.message : String(e);
    }
    entries.push(entry);
  }
  setStatus(`Added ${files.length} file${files.length === 1 ? '' : 's'}.` + (skipped ? ` Skipped ${skipped} that are not .txt or .html.` : ''));
  render();
}

async function loadDemo() {
  setStatus('Loading the demo articles…');
  try {
    const list = await (await fetch('demo/index.json')).json();
    entries = [];
    for (const item of list) {
      const response = await fetch(`demo/${item.file}`);
      if (!response.ok) throw new Error(`demo/${item.file}: ${response.status}`);
      addEntry(item.file, await response.text());
    }
    setStatus(`Loaded ${list.length} demo articles: four fictional outlets on one fictional event.`);
  } catch (e) {
    setStatus(`The demo could not be loaded: ${e.message}`, true);
  }
  render();
}

function render() {
  renderCards();
  const parsed = entries.filter((e) => e.article);
  let comparison = null;
  if (parsed.length >= 2) {
    try {
      comparison = compare(parsed.map((e) => e.article));
    } catch (e) {
      setStatus(`Comparison failed: ${e.message}`, true);
    }
  }
  renderComparison(parsed, comparison);
  renderColumns(parsed, comparison);
}

function renderCards() {
  const list = $('cards');
  list.replaceChildren();
  entries.forEach((entry, i) => {
    const card = el('li', { class: 'card' + (entry.error ? ' failed' : '') });
    const a = entry.article;
    card.append(el('h3', { text: a?.title?.text ?? entry.name }));
    if (a) {
      const facts = [
        ['Outlet', a.outlet?.text ?? 'not stated'],
        ['Byline', a.bylines.map((b) => b.text).join(', ') || 'none'],
        ['Published', a.published?.iso ?? 'not stated'],
        ['Words', String(a.wordCount)],
        ['Sentences', String(a.sentences.length)],
        ['Removed lines', String(a.removed.length)],
      ];
      const dl = el('dl');
      for (const [k, v] of facts) dl.append(el('dt', { text: k }), el('dd', { text: v }));
      card.append(dl);
      for (const w of a.warnings) card.append(el('p', { class: 'warning', text: w }));
    } else {
      card.append(el('p', { class: 'error', role: 'alert', text: entry.error }));
    }
    const remove = el('button', { type: 'button', class: 'secondary', text: 'Remove' });
    remove.setAttribute('aria-label', `Remove ${a?.title?.text ?? entry.name}`);
    remove.addEventListener('click', () => {
      entries.splice(i, 1);
      render();
    });
    card.append(remove);
    list.append(card);
  });
}

function label(article, i) {
  return article.outlet?.text ?? article.title?.text?.slice(0, 40) ?? `Article ${i + 1}`;
}

function renderComparison(parsed, comparison) {
  $('comparison').hidden = !comparison;
  if (!comparison) return;
  const table = el('table', { class: 'heatmap' });
  table.append(el('caption', { text: 'Document similarity (TF-IDF cosine, 0 to 1)' }));
  const head = el('tr', {}, el('th', { scope: 'col', text: '' }));
  parsed.forEach((e, i) => head.append(el('th', { scope: 'col', text: label(e.article, i) })));
  table.append(el('thead', {}, head));
  const body = el('tbody');
  comparison.similarity.forEach((row, i) => {
    const tr = el('tr', {}, el('th', { scope: 'row', text: label(parsed[i].article, i) }));
    for (const v of row) {
      const td = el('td', { text: v.toFixed(2) });
      td.style.setProperty('--v', v.toFixed(3));
      tr.append(td);
    }
    body.append(tr);
  });
  table.append(body);
  $('similarity').replaceChildren(table);

  const list = $('alignments');
  list.replaceChildren();
  const shown = [...comparison.alignments].sort((x, y) => y.score - x.score).slice(0, 30);
  for (const al of shown) {
    const sa = parsed[al.a.article].article.sentences[al.a.sentence];
    const sb = parsed[al.b.article].article.sentences[al.b.sentence];
    list.append(
      el('li', { class: 'alignment' },
        el('span', { class: `kind kind-${al.kind}`, text: `${al.kind} · ${al.score.toFixed(2)}` }),
        el('blockquote', {}, el('cite', { text: label(parsed[al.a.article].article, al.a.article) }), el('p', { text: sa.text })),
        el('blockquote', {}, el('cite', { text: label(parsed[al.b.article].article, al.b.article) }), el('p', { text: sb.text })),
      ),
    );
  }
  if (!shown.length) list.append(el('li', { text: 'No sentences in common.' }));
}

function renderColumns(parsed, comparison) {
  $('reading').hidden = parsed.length === 0;
  const columns = $('columns');
  columns.replaceChildren();
  parsed.forEach((entry, i) => {
    const result = highlight(entry.article, comparison, comparison ? { articleIndex: i } : {});
    const text = el('div', { class: 'article-text' });
    for (const seg of result.segments) {
      if (!seg.layers.length && seg.sentence == null) {
        text.append(seg.text);
        continue;
      }
      const span = el('span', { text: seg.text });
      for (const layer of seg.layers) span.classList.add(`px-${layer}`);
      if (seg.sentence != null) span.dataset.sentence = String(seg.sentence);
      if (seg.refs.length) span.title = `Also in: ${seg.refs.map((r) => label(parsed[r.article].article, r.article)).join(', ')}`;
      text.append(span);
    }
    columns.append(el('article', { class: 'column' }, el('h3', { text: label(entry.article, i) }), text));
  });
}

function wire() {
  $('add-pasted').addEventListener('click', () => {
    const text = $('paste').value;
    if (!text.trim()) {
      setStatus('The paste box is empty: paste an article first.', true);
      return;
    }
    // A failed parse keeps its card with the error, so the text is not lost.
    const entry = addEntry(`Pasted article ${entries.length + 1}`, text);
    if (entry.error) setStatus(entry.error, true);
    else {
      $('paste').value = '';
      setStatus('Article added.');
    }
    render();
  });
  $('files').addEventListener('change', (ev) => readFiles(ev.target.files));
  $('demo').addEventListener('click', loadDemo);
  $('clear').addEventListener('click', () => {
    entries = [];
    setStatus('All articles removed.');
    render();
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
    if (ev.key === 'Enter' || ev.key === ' ') $('files').click();
  });
}

await init();
$('version').textContent = version();
wire();
document.body.dataset.ready = 'true';
if (new URLSearchParams(location.search).has('demo')) await loadDemo();

// Builds the page's views from a finished analysis. Every function returns
// DOM nodes and takes what it needs as arguments, so the page and the
// <parallax-compare> element share them. Article text is untrusted: it only
// ever reaches the DOM as textContent, never as markup.

import { groupByStory, UNMATCHED } from './stories.js';

/** The highlight layers in legend order, with what each means. */
export const LAYERS = [
  ['shared', 'Shared', 'another article reports it too'],
  ['exclusive', 'Only here', 'no other article in the event reports it'],
  ['discrepancy', 'Conflicting figure', 'other articles give another value'],
  ['agreement', 'Agreeing figure', 'the same value, worded differently'],
  ['quote', 'Quote', 'words in quotation marks'],
  ['person', 'Person', 'a named person'],
  ['organization', 'Organization', 'a named organization'],
  ['place', 'Place', 'a named place'],
  ['number', 'Number', 'a figure'],
  ['date', 'Date', 'a date or time'],
  ['metadata', 'Headline and credits', 'title, byline, captions'],
  ['removed', 'Removed', 'lines judged not to be content'],
  ['hidden', 'Hidden characters', 'invisible characters that change the text'],
];

/** Layers whose segments keyboard navigation steps through (see columns.js). */
export const DIFFERENCE_LAYERS = ['discrepancy', 'exclusive'];

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role' || key === 'for' || key === 'scope') node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children.flat(Infinity)) if (child != null && child !== false) node.append(child);
  return node;
}

/** A short name for an article: its outlet, else its headline (or first sentence), else its file. */
export function articleLabel(item, i) {
  if (item?.label) return item.label;
  const outlet = item?.article?.outlet?.text;
  if (outlet) return outlet;
  const headline = articleHeadline(item);
  return (headline && truncate(headline, 40)) || item?.name || `Article ${i + 1}`;
}

/**
 * What an article is about, in a line: its headline; without one, its first
 * sentence shortened at a word to about `n` characters. Never the file name,
 * which says nothing about the story (cards list it among their details).
 * Null when there is no article.
 */
export function articleHeadline(item, n = 160) {
  const a = item?.article;
  if (!a) return null;
  if (a.title?.text) return a.title.text;
  const first = a.sentences?.[0]?.text ?? firstNonBlankLine(a.text ?? '');
  return first ? shorten(first.replace(/\s+/g, ' ').trim(), n) : null;
}

/** Shortens text to at most `n` characters, at the last word break that fits, with an ellipsis. */
export function shorten(text, n) {
  if (text.length <= n) return text;
  const cut = text.slice(0, n - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > n / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * Gives each item a `label` that tells it apart from the others: two articles
 * from one outlet, or with one headline, get their position added.
 */
export function assignLabels(parsed) {
  const base = parsed.map((item, i) => articleLabel({ ...item, label: null }, i));
  const counts = new Map();
  for (const b of base) counts.set(b, (counts.get(b) ?? 0) + 1);
  parsed.forEach((item, i) => {
    item.label = counts.get(base[i]) > 1 ? `${base[i]} #${i + 1}` : base[i];
  });
  return parsed;
}

/** Shortens text to `n` characters, keeping a trailing " #n" that tells labels apart. */
export function truncate(text, n) {
  const suffix = text.match(/ #\d+$/)?.[0] ?? '';
  const body = text.slice(0, text.length - suffix.length);
  const room = Math.max(4, n - suffix.length);
  return (body.length > room ? `${body.slice(0, room - 1)}…` : body) + suffix;
}

/** The first line with something on it, trimmed; reads no further than that line (articles can be megabytes). */
function firstNonBlankLine(text) {
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).trim();
    if (line) return line;
    at = end + 1;
  }
  return undefined;
}

function empty(text) {
  return el('p', { class: 'empty', text });
}

const REASONS = {
  repeatedTitle: 'repeats the headline',
  titleSlug: 'headline slug',
  duplicateCaption: 'repeated caption',
  audioPlayer: 'audio player',
  updatedLabel: '"updated" label',
  dateLine: 'date line',
  prompt: 'prompt to readers',
  promo: 'promotion',
  signOff: 'sign-off',
  photoLabel: 'photo label',
  boilerplate: 'boilerplate',
};

/**
 * One card per input. `item`: { entry, article, error, unsaved }, `unsaved`
 * saying why the input could not be stored, when it could not.
 * `actions`: { onEdit(entry, text), onRemove(entry) }.
 */
export function renderCard(item, i, actions) {
  const { entry, article: a } = item;
  const card = el('li', { class: 'card' + (item.error ? ' failed' : ''), 'data-entry': entry.id });
  // Without a recognised headline, the first sentence says which article
  // this is; the file name is among the details (Source).
  const title = articleHeadline(item) ?? entry.name;
  card.append(el('h3', { text: title }));
  if (a) {
    const facts = [
      ['Source', entry.name],
      ['Outlet', a.outlet?.text ?? 'not stated'],
      ['Byline', a.bylines.map((b) => b.text).join('; ') || 'none'],
      ['Date', a.published?.iso ?? 'not stated'],
      ['Words', String(a.wordCount)],
    ];
    card.append(el('dl', {}, facts.map(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])));
    const removed = el('details', { class: 'removed-lines' },
      el('summary', { text: `${a.removed.length} line${a.removed.length === 1 ? '' : 's'} removed as boilerplate` }));
    if (a.removed.length) {
      removed.append(el('ul', {}, a.removed.map((r) => el('li', {}, el('span', { class: 'reason', text: `${REASONS[r.reason] ?? r.reason}: ` }), el('q', { text: r.text })))));
    } else {
      removed.append(el('p', { text: 'Every line was kept.' }));
    }
    card.append(removed);
    for (const w of a.warnings) card.append(el('p', { class: 'warning', text: w }));
  } else if (item.error) {
    card.append(el('p', { class: 'error', role: 'alert', text: `Could not read this article: ${item.error} Edit it below or remove it.` }));
  } else {
    card.append(el('p', { class: 'pending', text: 'Reading…' }));
  }
  if (item.unsaved) {
    card.classList.add('unsaved');
    card.append(el('p', { class: 'error unsaved-note', text: `Not saved in this browser: this article will be lost on reload (${item.unsaved}). Use "Export JSON" to keep a copy.` }));
  }
  const edit = el('button', { type: 'button', class: 'secondary', text: 'Edit', 'aria-expanded': 'false', 'aria-label': `Edit ${title}` });
  const remove = el('button', { type: 'button', class: 'secondary', text: 'Remove', 'aria-label': `Remove ${title}` });
  const editor = el('div', { class: 'editor', hidden: true });
  const textId = `edit-${entry.id}`;
  const textarea = el('textarea', { id: textId, rows: 10 });
  const save = el('button', { type: 'button', text: 'Save changes' });
  const cancel = el('button', { type: 'button', class: 'secondary', text: 'Cancel' });
  editor.append(el('label', { for: textId, text: `Text of ${title}` }), textarea, el('div', { class: 'actions' }, save, cancel));
  edit.addEventListener('click', () => {
    const open = editor.hidden;
    editor.hidden = !open;
    edit.setAttribute('aria-expanded', String(open));
    if (open) {
      textarea.value = entry.text ?? item.article?.text ?? '';
      textarea.focus();
    }
  });
  cancel.addEventListener('click', () => {
    editor.hidden = true;
    edit.setAttribute('aria-expanded', 'false');
    edit.focus();
  });
  save.addEventListener('click', () => actions.onEdit(entry, textarea.value));
  remove.addEventListener('click', () => actions.onRemove(entry));
  card.append(el('div', { class: 'actions' }, edit, remove), editor);
  return card;
}

/**
 * A table in a box that scrolls sideways when it is wider than the page: a
 * named region the keyboard can reach (tabindex 0), or its overflow could be
 * read only with a mouse (axe: scrollable-region-focusable).
 */
function scrollRegion(label, table, attrs = {}) {
  return el('div', { class: 'scroll', role: 'region', 'aria-label': label, tabIndex: 0, ...attrs }, table);
}

/**
 * The similarity matrix as a labelled table whose cells are shaded by value,
 * for the articles `order` (indices, in display order; all by default).
 * heatmap.js draws it as a picture instead when there are many.
 */
export function renderHeatmap(parsed, comparison, order = parsed.map((_, i) => i)) {
  const many = order.length > 8;
  const table = el('table', { class: 'heatmap' + (many ? ' many' : '') });
  table.append(el('caption', { text: 'How alike the articles are: shared vocabulary, from 0 (nothing in common) to 1 (the same text).' }));
  const head = el('tr', {}, el('td'));
  order.forEach((i, k) => {
    const label = articleLabel(parsed[i], i);
    head.append(el('th', { scope: 'col', text: many ? String(k + 1) : truncate(label, 16), title: label }));
  });
  table.append(el('thead', {}, head));
  const body = el('tbody');
  order.forEach((i, k) => {
    const row = comparison.similarity[i] ?? [];
    const label = articleLabel(parsed[i], i);
    const tr = el('tr', { 'data-article': String(i) }, el('th', { scope: 'row', text: many ? `${k + 1}. ${truncate(label, 24)}` : truncate(label, 40), title: label }));
    for (const j of order) {
      const v = row[j] ?? 0;
      const td = el('td', { text: v.toFixed(2), title: `${label} and ${articleLabel(parsed[j], j)}: ${v.toFixed(2)}` });
      td.style.setProperty('--v', Math.max(0, Math.min(1, v)).toFixed(3));
      if (v >= 0.5) td.classList.add('high');
      tr.append(td);
    }
    body.append(tr);
  });
  table.append(body);
  return scrollRegion('Similarity table', table);
}

export function renderGroups(parsed, comparison) {
  const wrap = el('div', { class: 'groups' });
  for (const [key, heading, note] of [
    ['events', 'Events', 'articles about the same occurrence'],
    ['threads', 'Threads', 'articles following one running story'],
  ]) {
    const groups = comparison[key] ?? [];
    const section = el('div', {}, el('h4', { text: `${heading} (${groups.length})` }), el('p', { class: 'note', text: note }));
    if (!groups.length) section.append(empty(`No ${heading.toLowerCase()} found.`));
    else {
      section.append(el('ul', {}, groups.map((g) => el('li', {}, el('strong', { text: g.label || 'Unlabelled group' }), ': ', g.articles.map((a) => articleLabel(parsed[a], a)).join(', ')))));
    }
    wrap.append(section);
  }
  return wrap;
}

/** Values of one quantity shown per article in the discrepancy table before "all N values". */
export const VALUES_PER_CELL = 24;
/**
 * Up to this many articles reporting conflicting figures, the table has a
 * column per article (a dash where one does not report a quantity); past
 * that, each quantity lists only the articles that report it.
 */
export const MATRIX_UP_TO = 6;

/**
 * How findings are laid out when the analysis holds several stories
 * (stories.js findStories): `view` is { stories, grouped, storyLink }, where
 * `grouped` (the "All articles" view) puts each finding under the story that
 * holds it and `storyLink(story)` is a node that opens a story. Without a
 * view (one story) everything is laid out as a single list.
 */
function storyHeading(story, note, view) {
  return el('h4', { class: 'story-heading' }, story ? view.storyLink(story) : 'Across stories', el('span', { class: 'note', text: ` · ${note}` }));
}

/** A <details> whose content is built the first time it is opened (collapsed findings of 1,000 articles cost nothing until read). */
function collapsible(summary, build, className = 'collapsible') {
  const details = el('details', { class: className }, el('summary', {}, summary));
  details.addEventListener('toggle', () => {
    if (details.open && details.children.length === 1) details.append(build());
  });
  return details;
}

/** Rows grouped under their stories, each group built by `render(rows)`, collapsed or not. */
function grouped(view, rows, articlesOf, what, render, { collapsed }) {
  return el('div', { class: 'story-groups' }, groupByStory(view.stories, rows, articlesOf).map(({ story, rows: mine }) => {
    const note = `${mine.length} ${what(mine.length)}`;
    if (!collapsed) return el('section', { class: 'story-group' }, storyHeading(story, note, view), render(mine));
    return collapsible([story ? el('strong', { text: story.label }) : el('strong', { text: 'Across stories' }), el('span', { class: 'note', text: ` · ${note}` })], () => el('div', {},
      story ? el('p', { class: 'note' }, 'Open ', view.storyLink(story), ' to see only its articles.') : null, render(mine)), 'collapsible story-group');
  }));
}

const plural = (n, one, many = `${one}s`) => (n === 1 ? one : many);

/**
 * The conflicting figures: one row per quantity. With few articles involved,
 * one column per article; with more, each row lists only the articles that
 * report the quantity. Each value is a button that jumps to its sentence.
 */
export function renderDiscrepancies(parsed, comparison, onJump, view = null) {
  const rows = comparison.discrepancies ?? [];
  if (!rows.length) return empty('No conflicting figures found.');
  if (!view?.grouped) return discrepancyTable(parsed, rows, onJump);
  return grouped(view, rows, (d) => d.values.map((v) => v.article), (n) => plural(n, 'conflicting figure'), (mine) => discrepancyTable(parsed, mine, onJump), { collapsed: false });
}

function discrepancyTable(parsed, rows, onJump) {
  const involved = [...new Set(rows.flatMap((d) => d.values.map((v) => v.article)))].sort((x, y) => x - y);
  const matrix = involved.length <= MATRIX_UP_TO;
  const table = el('table', { class: 'findings discrepancies' + (matrix ? '' : ' by-quantity') });
  table.append(el('caption', { text: matrix
    ? 'Figures the articles report differently. Choose a value to see it in its sentence.'
    : 'Figures the articles report differently, with the articles that report each. Choose a value to see it in its sentence.' }));
  const heads = matrix ? involved.map((a) => articleLabel(parsed[a], a)) : ['Reported as'];
  table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Quantity' }), heads.map((text) => el('th', { scope: 'col', text })))));
  const body = el('tbody');
  for (const d of rows) {
    const tr = el('tr', {}, el('th', { scope: 'row', text: d.quantity }));
    if (matrix) {
      for (const a of involved) {
        const td = el('td');
        const values = d.values.filter((v) => v.article === a);
        if (values.length) td.append(...valueButtons(parsed, d, a, values, onJump));
        else td.append(el('span', { class: 'muted', text: '—', title: 'not reported' }));
        tr.append(td);
      }
    } else {
      const reporting = [...new Set(d.values.map((v) => v.article))];
      tr.append(el('td', {}, el('ul', { class: 'reports' }, reporting.map((a) => el('li', {},
        el('span', { class: 'who', text: `${articleLabel(parsed[a], a)}: ` }), valueButtons(parsed, d, a, d.values.filter((v) => v.article === a), onJump))))));
    }
    body.append(tr);
  }
  table.append(body);
  return scrollRegion('Conflicting figures table', table);
}

/** One article's values of discrepancy `d` as buttons that jump to their sentences; past VALUES_PER_CELL, the rest on request. */
function valueButtons(parsed, d, a, values, onJump) {
  const label = articleLabel(parsed[a], a);
  const valueButton = (v, k) => {
    const button = el('button', { type: 'button', class: 'value', text: v.text, 'data-article': String(a), 'data-sentence': v.sentence == null ? null : String(v.sentence) });
    button.setAttribute('aria-label', `${d.quantity}: ${v.text} in ${label}; show in text`);
    button.addEventListener('click', () => onJump(a, v.sentence, v.span));
    return k ? [', ', button] : [button];
  };
  const out = values.slice(0, VALUES_PER_CELL).flatMap((v, k) => valueButton(v, k));
  // A long article can report one quantity thousands of times: the
  // rest of the values are drawn when asked for, not with the table.
  if (values.length > VALUES_PER_CELL) {
    const more = el('button', { type: 'button', class: 'secondary more-values', text: `all ${values.length} values` });
    more.addEventListener('click', () => {
      const rest = values.slice(VALUES_PER_CELL).flatMap((v, k) => valueButton(v, VALUES_PER_CELL + k));
      more.replaceWith(...rest);
      rest.find((n) => n instanceof HTMLElement)?.focus();
    });
    out.push(' … ', more);
  }
  return out;
}

const isDate = (g) => g.values.some((v) => v.resolved);
/** The articles a finding's values (or occurrences) come from, for a data-articles attribute: "0 3 7". */
const articlesOf = (values) => [...new Set(values.map((v) => v.article))].join(' ');

function agreementList(parsed, rows) {
  return el('ul', { class: 'findings-list' }, rows.map((g) =>
    el('li', { 'data-articles': articlesOf(g.values) }, el('strong', { text: g.quantity }), ': ',
      g.values.map((v, k) => [k ? '; ' : '', el('q', { text: v.text }), ` (${articleLabel(parsed[v.article], v.article)})`]))));
}

/**
 * Figures reported in different forms. With several stories: on "All
 * articles" under their stories, collapsed; within one story, the dates
 * (many, and rarely news) collapsed below the other figures.
 */
export function renderAgreements(parsed, comparison, view = null) {
  const rows = comparison.agreements ?? [];
  if (!rows.length) return empty('No figures reported in different forms.');
  if (!view) return agreementList(parsed, rows);
  if (view.grouped) return grouped(view, rows, (g) => g.values.map((v) => v.article), (n) => plural(n, 'agreeing figure'), (mine) => agreementList(parsed, mine), { collapsed: true });
  const dates = rows.filter(isDate);
  const figures = rows.filter((g) => !isDate(g));
  return el('div', {}, figures.length ? agreementList(parsed, figures) : null,
    dates.length ? collapsible(`${dates.length} ${plural(dates.length, 'date')} reported in different forms`, () => agreementList(parsed, dates)) : null);
}

/** Who said it: the participant's one name when the speaker is one ("Ms. Vandermeer" and "Mayor Ilse van der Meer" are Ilse Vandermeer), else the speaker as written. */
function speakerName(o, participants) {
  return (o.participant != null ? participants?.[o.participant]?.name : null) ?? o.speaker;
}

function quoteList(parsed, rows, participants = []) {
  return el('ul', { class: 'findings-list quotes' }, rows.map((q) => {
    const speakers = [...new Set(q.occurrences.map((o) => speakerName(o, participants)).filter(Boolean))];
    const outlets = [...new Set(q.occurrences.map((o) => articleLabel(parsed[o.article], o.article)))];
    return el('li', { 'data-articles': articlesOf(q.occurrences) }, el('blockquote', {}, el('p', { text: `“${q.text}”` })),
      el('p', { class: 'note', text: `${speakers.length ? `${speakers.join(', ')} · ` : ''}in ${outlets.join(', ')}` }),
      quoteWordings(parsed, q));
  }));
}

/**
 * Where an outlet's wording of a shared quote differs: each occurrence with
 * differing words, its words marked (`differs` are UTF-16 spans of the
 * article text; the occurrence's `text` starts at `span.start`). Text goes
 * in as text nodes, never as HTML.
 */
function quoteWordings(parsed, q) {
  const differing = q.occurrences.filter((o) => o.differs?.length);
  if (!differing.length) return null;
  return el('ul', { class: 'quote-wordings' }, differing.map((o) => {
    const parts = [];
    let at = 0;
    for (const d of o.differs) {
      const from = Math.max(at, d.start - o.span.start);
      const to = Math.min(o.text.length, d.end - o.span.start);
      if (from >= to) continue;
      if (from > at) parts.push(o.text.slice(at, from));
      parts.push(el('mark', { class: 'quote-differs', text: o.text.slice(from, to) }));
      at = to;
    }
    if (at < o.text.length) parts.push(o.text.slice(at));
    return el('li', {}, el('span', { class: 'note', text: `${articleLabel(parsed[o.article], o.article)}: ` }), '“', parts, '”');
  }));
}

/** Quotes in more than one article; on "All articles" of several stories, under their stories, collapsed. */
export function renderSharedQuotes(parsed, comparison, view = null) {
  const rows = comparison.sharedQuotes ?? [];
  if (!rows.length) return empty('No quotes appear in more than one article.');
  const participants = comparison.participants ?? [];
  if (!view?.grouped) return quoteList(parsed, rows, participants);
  return grouped(view, rows, (q) => q.occurrences.map((o) => o.article), (n) => plural(n, 'shared quote'), (mine) => quoteList(parsed, mine, participants), { collapsed: true });
}

/**
 * The first `limit` of `items` drawn by `draw`, and a button that draws the
 * rest when asked: per-article findings of 1,000 articles are 1,000 tables.
 */
function drawnUpTo(items, limit, draw, what) {
  if (items.length <= limit) return items.map(draw);
  const more = el('button', { type: 'button', class: 'secondary show-all', text: `Show all ${items.length} ${what}` });
  more.addEventListener('click', () => {
    const rest = items.slice(limit).map(draw);
    more.replaceWith(...rest);
    rest[0]?.querySelector('caption, figcaption')?.setAttribute('tabindex', '-1');
    rest[0]?.querySelector('caption, figcaption')?.focus();
  });
  return [...items.slice(0, limit).map(draw), more];
}

/**
 * A source's row heading: a participant's one name across articles, with
 * the other ways the articles write it in its title ("also written Ilse van
 * der Meer"); any other source as the article names it.
 */
function sourceHeading(src, participants) {
  const p = src.participant != null ? participants?.[src.participant] : null;
  if (!p) return el('th', { scope: 'row', text: src.name });
  const others = p.forms.filter((f) => f !== p.name);
  return el('th', { scope: 'row', text: p.name, title: others.length ? `Also written ${others.join('; ')}` : null, 'data-participant': String(src.participant) });
}

/** Each article's sources, one name per participant across articles; past `limit` articles, the rest on request. */
export function renderSources(parsed, comparison, limit = Infinity) {
  const rows = (comparison.sources ?? []).filter((s) => s.sources.length);
  if (!rows.length) return empty('No quoted or cited sources found.');
  const participants = comparison.participants ?? [];
  return el('div', { class: 'sources' }, drawnUpTo(rows, limit, (s) => {
    const table = el('table', { class: 'findings' },
      el('caption', { text: articleLabel(parsed[s.article], s.article) }),
      el('thead', {}, el('tr', {}, ['Source', 'Kind', 'Quotes', 'Citations'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, s.sources.map((src) => el('tr', {}, sourceHeading(src, participants), el('td', { text: src.kind }), el('td', { class: 'num', text: String(src.quotes) }), el('td', { class: 'num', text: String(src.citations) })))));
    return scrollRegion(`Sources: ${articleLabel(parsed[s.article], s.article)}`, table, { 'data-article': String(s.article) });
  }, 'articles\' sources'));
}

/** What the page says where no term of an article is distinctive (|z| ≥ 1.96, never a function word). */
export const NO_WORD_STANDS_OUT = 'No word stands out.';

/** Each article's distinctive terms as a bar chart of their z-scores, or "No word stands out"; past `limit` articles, the rest on request. */
export function renderWording(parsed, comparison, limit = Infinity) {
  const rows = comparison.wording ?? [];
  const variants = (comparison.variants ?? []).filter((v) => v.forms.length > 1);
  if (!rows.some((w) => w.terms.length) && !variants.length) return empty(`${NO_WORD_STANDS_OUT} No article uses any word markedly more than the others.`);
  const max = Math.max(...rows.flatMap((w) => w.terms.map((t) => t.z)), 1e-9);
  const charts = drawnUpTo(rows, limit, (w) => {
    const label = articleLabel(parsed[w.article], w.article);
    if (!w.terms.length) return el('figure', { class: 'wording', 'data-article': String(w.article) }, el('figcaption', { text: label }), el('p', { class: 'empty', text: NO_WORD_STANDS_OUT }));
    return el('figure', { class: 'wording', 'data-article': String(w.article) },
      el('figcaption', { text: label }),
      el('ol', { class: 'bars', 'aria-label': `Words ${label} uses more than the others` }, w.terms.map((t) => {
        const bar = el('span', { class: 'bar' });
        bar.style.setProperty('--w', Math.max(0.02, t.z / max).toFixed(3));
        return el('li', { title: `z = ${t.z.toFixed(2)}, used ${t.count}×` }, el('span', { class: 'term', text: t.term }), bar, el('span', { class: 'z', text: t.z.toFixed(1) }));
      })));
  }, 'articles\' wording');
  const out = [el('div', { class: 'wording-grid' }, charts)];
  if (variants.length) {
    out.push(el('h4', { text: 'Different names for the same thing' }),
      el('ul', { class: 'findings-list' }, variants.map((v) => el('li', {}, v.forms.map((f, k) => [k ? ' · ' : '', el('q', { text: f.form }), ` (${f.articles.map((a) => articleLabel(parsed[a], a)).join(', ')})`])))));
  }
  return el('div', {}, out);
}

const KINDS = { thread: 'Thread', event: 'Event', [UNMATCHED]: '' };

/** A story's size and reach in words: "6 articles · 3 outlets · 2013-05-02 to 2013-05-04". */
export function storyFacts(story) {
  const n = story.articles.length;
  const outlets = story.outlets.length;
  const dates = !story.dates ? 'no dates' : story.dates.from === story.dates.to ? story.dates.from : `${story.dates.from} to ${story.dates.to}`;
  return `${n} ${plural(n, 'article')} · ${outlets ? `${outlets} ${plural(outlets, 'outlet')}` : 'outlets not stated'} · ${dates}`;
}

/**
 * The story list: threads (with their events indented below them), events
 * in no thread, and the unmatched articles, largest first, one row each with
 * its size, outlets, dates, conflicts and shared quotes; a filter box over
 * labels, headlines and outlets. `storyLink(story)` is the node that opens
 * a story. The page marks the open story's row (markStory).
 */
export function renderStoryList(stories, storyLink, idPrefix = 'story') {
  const filterId = `${idPrefix}-filter`;
  const countId = `${idPrefix}-count`;
  const filter = el('input', { type: 'search', id: filterId, autocomplete: 'off', placeholder: 'Label, headline or outlet', 'aria-describedby': countId });
  const count = el('p', { id: countId, class: 'note', 'aria-live': 'polite' });
  const parentOf = new Map();
  for (const s of stories.stories) for (const c of s.children) parentOf.set(c, s);
  const rows = stories.all.map((s) => {
    const nested = parentOf.has(s);
    const dates = !s.dates ? '—' : s.dates.from === s.dates.to ? s.dates.from : `${s.dates.from} – ${s.dates.to}`;
    const tr = el('tr', { class: `story ${s.kind}${nested ? ' nested' : ''}`, 'data-story': s.key },
      el('th', { scope: 'row' }, KINDS[s.kind] ? el('span', { class: 'kind', text: KINDS[s.kind] }) : null, storyLink(s)),
      el('td', { class: 'num', text: String(s.articles.length) }),
      el('td', { class: 'num', text: s.outlets.length ? String(s.outlets.length) : '—', title: s.outlets.join(', ') || 'outlets not stated' }),
      el('td', { class: 'dates', text: dates }),
      el('td', { class: 'num', text: String(s.conflicts) }),
      el('td', { class: 'num', text: String(s.quotes) }));
    return { story: s, tr };
  });
  const describe = (shown) => {
    count.textContent = shown === rows.length
      ? `${stories.count} ${plural(stories.count, 'story', 'stories')} found in ${new Set(stories.all.flatMap((s) => s.articles)).size} articles.`
      : `${shown} of ${rows.length} rows match.`;
  };
  filter.addEventListener('input', () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    const matches = (s) => words.every((w) => s.search.includes(w));
    let shown = 0;
    for (const { story, tr } of rows) {
      const parent = parentOf.get(story);
      const visible = !words.length || matches(story) || story.children.some(matches) || (parent && matches(parent));
      tr.hidden = !visible;
      if (visible) shown += 1;
    }
    describe(shown);
  });
  describe(rows.length);
  const table = el('table', { class: 'findings story-table' },
    el('caption', { text: 'Stories found, largest first: threads (one running story) with their events below them, then the articles in no story. Choose one to see only its articles.' }),
    el('thead', {}, el('tr', {}, ['Story', 'Articles', 'Outlets', 'Dates', 'Conflicts', 'Shared quotes'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map((r) => r.tr)));
  return el('div', { class: 'story-list' },
    el('div', { class: 'story-filter' }, el('label', { for: filterId, text: 'Filter stories' }), filter),
    count,
    el('div', { class: 'scroll story-scroll', role: 'region', 'aria-label': 'Story list', tabIndex: rows.length > 12 ? 0 : null }, table));
}

/** Marks the open story's row and link in a story list (aria-current), and clears the one marked before. */
export function markStory(list, key) {
  const rows = [...list.querySelectorAll('tr.story.current')];
  const open = key ? [...list.querySelectorAll('tr.story')].find((tr) => tr.dataset.story === key) : null;
  if (open) rows.push(open);
  for (const tr of rows) {
    const now = tr === open;
    tr.classList.toggle('current', now);
    const link = tr.querySelector('a, button');
    if (now) link?.setAttribute('aria-current', 'true');
    else link?.removeAttribute('aria-current');
  }
}

/** The story picker: "All articles" and every story, nested events marked with a dash. */
export function renderStoryPicker(stories, current, id, total) {
  const nested = new Set(stories.stories.flatMap((s) => s.children));
  const select = el('select', { id },
    el('option', { value: '', text: `All articles (${total})` }),
    stories.all.map((s) => el('option', { value: s.key, text: `${nested.has(s) ? '— ' : ''}${shorten(s.label, 80)} (${s.articles.length})` })));
  select.value = current ?? '';
  return select;
}

/** The body of an article: from its first paragraph to its last. */
export function bodyText(article) {
  const ps = article.paragraphs;
  return ps.length ? article.text.slice(ps[0].span.start, ps[ps.length - 1].span.end) : article.text;
}

/** A word diff as running text: deletions struck through, insertions underlined. */
export function renderDiff(result, labelA, labelB) {
  const text = el('div', { class: 'diff-text article-text' });
  for (const chunk of result.chunks) {
    if (chunk.op === 'equal') text.append(chunk.text);
    else if (chunk.op === 'delete') text.append(el('del', { text: chunk.text, title: `only in ${labelA}` }));
    else text.append(el('ins', { text: chunk.text, title: `only in ${labelB}` }));
  }
  return el('div', { class: 'diff' },
    el('p', { class: 'note' },
      `${Math.round(result.similarity * 100)}% of words in common; `,
      el('span', { class: 'key-del', text: `${result.wordsDeleted} word${result.wordsDeleted === 1 ? '' : 's'} only in ${labelA}` }), ', ',
      el('span', { class: 'key-ins', text: `${result.wordsInserted} only in ${labelB}` }), '.'),
    text);
}

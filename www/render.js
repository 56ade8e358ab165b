// Builds the page's views from a finished analysis. Every function returns
// DOM nodes and takes what it needs as arguments, so the page and the
// <parallax-compare> element share them. Article text is untrusted: it only
// ever reaches the DOM as textContent, never as markup.

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

/** A short name for an article: its outlet, else its title, else its file. */
export function articleLabel(item, i) {
  if (item?.label) return item.label;
  const a = item?.article;
  return a?.outlet?.text || (a?.title?.text && truncate(a.title.text, 40)) || item.name || `Article ${i + 1}`;
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
  // Without a recognised headline, the first line says which article this is.
  const firstLine = a && !a.title?.text ? firstNonBlankLine(a.text) : undefined;
  const title = a?.title?.text ?? (firstLine ? truncate(firstLine, 160) : entry.name);
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

/** The similarity matrix as a labelled table whose cells are shaded by value. */
export function renderHeatmap(parsed, comparison) {
  const many = parsed.length > 8;
  const table = el('table', { class: 'heatmap' + (many ? ' many' : '') });
  table.append(el('caption', { text: 'How alike the articles are: shared vocabulary, from 0 (nothing in common) to 1 (the same text).' }));
  const head = el('tr', {}, el('td'));
  parsed.forEach((item, i) => {
    const label = articleLabel(item, i);
    head.append(el('th', { scope: 'col', text: many ? String(i + 1) : truncate(label, 16), title: label }));
  });
  table.append(el('thead', {}, head));
  const body = el('tbody');
  comparison.similarity.forEach((row, i) => {
    const label = articleLabel(parsed[i], i);
    const tr = el('tr', {}, el('th', { scope: 'row', text: many ? `${i + 1}. ${truncate(label, 24)}` : truncate(label, 40), title: label }));
    row.forEach((v, j) => {
      const td = el('td', { text: v.toFixed(2), title: `${label} and ${articleLabel(parsed[j], j)}: ${v.toFixed(2)}` });
      td.style.setProperty('--v', Math.max(0, Math.min(1, v)).toFixed(3));
      if (v >= 0.5) td.classList.add('high');
      tr.append(td);
    });
    body.append(tr);
  });
  table.append(body);
  return el('div', { class: 'scroll' }, table);
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
 * The discrepancy table: one row per quantity, one column per article that
 * reports one. Each value is a button that jumps to its sentence.
 */
export function renderDiscrepancies(parsed, comparison, onJump) {
  const rows = comparison.discrepancies ?? [];
  if (!rows.length) return empty('No conflicting figures found.');
  const involved = [...new Set(rows.flatMap((d) => d.values.map((v) => v.article)))].sort((x, y) => x - y);
  const table = el('table', { class: 'findings discrepancies' });
  table.append(el('caption', { text: 'Figures the articles report differently. Choose a value to see it in its sentence.' }));
  table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Quantity' }), involved.map((a) => el('th', { scope: 'col', text: articleLabel(parsed[a], a) })))));
  const body = el('tbody');
  for (const d of rows) {
    const tr = el('tr', {}, el('th', { scope: 'row', text: d.quantity }));
    for (const a of involved) {
      const values = d.values.filter((v) => v.article === a);
      const td = el('td');
      const label = articleLabel(parsed[a], a);
      const valueButton = (v, k) => {
        const button = el('button', { type: 'button', class: 'value', text: v.text, 'data-article': String(a), 'data-sentence': v.sentence == null ? null : String(v.sentence) });
        button.setAttribute('aria-label', `${d.quantity}: ${v.text} in ${label}; show in text`);
        button.addEventListener('click', () => onJump(a, v.sentence, v.span));
        return k ? [', ', button] : [button];
      };
      values.slice(0, VALUES_PER_CELL).forEach((v, k) => td.append(...valueButton(v, k)));
      // A long article can report one quantity thousands of times: the
      // rest of the values are drawn when asked for, not with the table.
      if (values.length > VALUES_PER_CELL) {
        const more = el('button', { type: 'button', class: 'secondary more-values', text: `all ${values.length} values` });
        more.addEventListener('click', () => {
          const rest = values.slice(VALUES_PER_CELL).flatMap((v, k) => valueButton(v, VALUES_PER_CELL + k));
          more.replaceWith(...rest);
          rest.find((n) => n instanceof HTMLElement)?.focus();
        });
        td.append(' … ', more);
      }
      if (!values.length) td.append(el('span', { class: 'muted', text: '—', title: 'not reported' }));
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  return el('div', { class: 'scroll' }, table);
}

export function renderAgreements(parsed, comparison) {
  const rows = comparison.agreements ?? [];
  if (!rows.length) return empty('No figures reported in different forms.');
  return el('ul', { class: 'findings-list' }, rows.map((g) =>
    el('li', {}, el('strong', { text: g.quantity }), ': ',
      g.values.map((v, k) => [k ? '; ' : '', el('q', { text: v.text }), ` (${articleLabel(parsed[v.article], v.article)})`]))));
}

export function renderSharedQuotes(parsed, comparison) {
  const rows = comparison.sharedQuotes ?? [];
  if (!rows.length) return empty('No quotes appear in more than one article.');
  return el('ul', { class: 'findings-list quotes' }, rows.map((q) => {
    const speakers = [...new Set(q.occurrences.map((o) => o.speaker).filter(Boolean))];
    const outlets = [...new Set(q.occurrences.map((o) => articleLabel(parsed[o.article], o.article)))];
    return el('li', {}, el('blockquote', {}, el('p', { text: `“${q.text}”` })),
      el('p', { class: 'note', text: `${speakers.length ? `${speakers.join(', ')} · ` : ''}in ${outlets.join(', ')}` }));
  }));
}

export function renderSources(parsed, comparison) {
  const rows = (comparison.sources ?? []).filter((s) => s.sources.length);
  if (!rows.length) return empty('No quoted or cited sources found.');
  return el('div', { class: 'sources' }, rows.map((s) => {
    const table = el('table', { class: 'findings' },
      el('caption', { text: articleLabel(parsed[s.article], s.article) }),
      el('thead', {}, el('tr', {}, ['Source', 'Kind', 'Quotes', 'Citations'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, s.sources.map((src) => el('tr', {}, el('th', { scope: 'row', text: src.name }), el('td', { text: src.kind }), el('td', { class: 'num', text: String(src.quotes) }), el('td', { class: 'num', text: String(src.citations) })))));
    return el('div', { class: 'scroll' }, table);
  }));
}

/** Each article's distinctive terms as a bar chart of their z-scores. */
export function renderWording(parsed, comparison) {
  const rows = (comparison.wording ?? []).filter((w) => w.terms.length);
  if (!rows.length) return empty('No distinctive wording found.');
  const max = Math.max(...rows.flatMap((w) => w.terms.map((t) => t.z)), 1e-9);
  const charts = rows.map((w) => {
    const label = articleLabel(parsed[w.article], w.article);
    return el('figure', { class: 'wording' },
      el('figcaption', { text: label }),
      el('ol', { class: 'bars', 'aria-label': `Words ${label} uses more than the others` }, w.terms.map((t) => {
        const bar = el('span', { class: 'bar' });
        bar.style.setProperty('--w', Math.max(0.02, t.z / max).toFixed(3));
        return el('li', { title: `z = ${t.z.toFixed(2)}, used ${t.count}×` }, el('span', { class: 'term', text: t.term }), bar, el('span', { class: 'z', text: t.z.toFixed(1) }));
      })));
  });
  const variants = (comparison.variants ?? []).filter((v) => v.forms.length > 1);
  const out = [el('div', { class: 'wording-grid' }, charts)];
  if (variants.length) {
    out.push(el('h4', { text: 'Different names for the same thing' }),
      el('ul', { class: 'findings-list' }, variants.map((v) => el('li', {}, v.forms.map((f, k) => [k ? ' · ' : '', el('q', { text: f.form }), ` (${f.articles.map((a) => articleLabel(parsed[a], a)).join(', ')})`])))));
  }
  return el('div', {}, out);
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

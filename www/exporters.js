// Turns a session into files a user can keep: the full JSON (which the page
// can import again), a Markdown report and a CSV of conflicting figures.
import { articleLabel } from './render.js';

export const SESSION_FORMAT = 'parallax-session';
export const SESSION_VERSION = 1;

/** The full session: inputs and settings to restore it, results to read. */
export function sessionJson(session) {
  const { entries, settings, parsed, comparison, version } = session;
  return JSON.stringify({
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    parallax: version ?? null,
    exportedAt: new Date().toISOString(),
    inputs: entries.map(({ id, name, text, base64 }) => ({ id, name, text, base64 })),
    settings,
    articles: parsed.map((p) => p.article),
    comparison,
  }, null, 2);
}

/**
 * Reads an exported session back. Only the inputs and settings are taken:
 * results are recomputed, so a hand-edited file cannot show findings the
 * articles do not support. Throws with a message a user can act on.
 */
export function readSession(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('This file is not JSON. Choose a session exported from Parallax (the "Export JSON" button).');
  }
  if (data?.format !== SESSION_FORMAT || !Array.isArray(data.inputs)) {
    throw new Error('This JSON file is not a Parallax session. Choose a file made with "Export JSON".');
  }
  const entries = data.inputs
    .filter((i) => i && (typeof i.text === 'string' || typeof i.base64 === 'string'))
    .map((i) => ({ name: String(i.name ?? 'Imported article'), text: typeof i.text === 'string' ? i.text : undefined, base64: typeof i.base64 === 'string' ? i.base64 : undefined }));
  return { entries, settings: data.settings && typeof data.settings === 'object' ? data.settings : {} };
}

/** Escapes a cell for CSV; cells that a spreadsheet would run as a formula are defused. */
function csvCell(value) {
  let text = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function discrepanciesCsv(session) {
  const { parsed, comparison } = session;
  const rows = [['quantity', 'outlet', 'article', 'value as written', 'value', 'sentence']];
  for (const d of comparison?.discrepancies ?? []) {
    for (const v of d.values) {
      const item = parsed[v.article];
      const sentence = v.sentence == null ? '' : item?.article.sentences[v.sentence]?.text ?? '';
      rows.push([d.quantity, articleLabel(item, v.article), item?.article.title?.text ?? '', v.text, v.value ?? v.resolved ?? '', sentence]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Markdown text: escapes the characters that would otherwise become markup. */
function md(text) {
  return String(text ?? '').replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1').replace(/\r?\n/g, ' ');
}

export function markdownReport(session) {
  const { parsed, comparison, failed = [] } = session;
  const label = (i) => md(articleLabel(parsed[i], i));
  const out = ['# Parallax report', '', `${parsed.length} article${parsed.length === 1 ? '' : 's'} compared on ${new Date().toISOString().slice(0, 10)}.`, ''];
  out.push('## Articles', '');
  parsed.forEach((p, i) => {
    const a = p.article;
    out.push(`${i + 1}. **${label(i)}**: ${md(a.title?.text ?? p.name)}` +
      `${a.bylines.length ? ` — ${md(a.bylines.map((b) => b.text).join('; '))}` : ''}` +
      `${a.published ? ` (${a.published.iso})` : ''}, ${a.wordCount} words, ${a.removed.length} lines removed`);
  });
  for (const f of failed) out.push(`- *Not read:* ${md(f.name)}: ${md(f.error)}`);
  out.push('');
  if (!comparison) {
    out.push('Fewer than two articles were read, so nothing was compared.', '');
    return out.join('\n');
  }
  out.push('## Conflicting figures', '');
  if (comparison.discrepancies.length) {
    out.push('| Quantity | Values |', '| --- | --- |');
    for (const d of comparison.discrepancies) out.push(`| ${md(d.quantity)} | ${d.values.map((v) => `${md(v.text)} (${label(v.article)})`).join('; ')} |`);
  } else out.push('None found.');
  out.push('', '## Agreeing figures', '');
  if (comparison.agreements.length) for (const a of comparison.agreements) out.push(`- ${md(a.quantity)}: ${a.values.map((v) => `${md(v.text)} (${label(v.article)})`).join('; ')}`);
  else out.push('None found.');
  out.push('', '## Shared quotes', '');
  if (comparison.sharedQuotes.length) for (const q of comparison.sharedQuotes) out.push(`- “${md(q.text)}” — ${[...new Set(q.occurrences.map((o) => label(o.article)))].join(', ')}`);
  else out.push('None found.');
  out.push('', '## Sources', '');
  const sources = comparison.sources.filter((s) => s.sources.length);
  if (sources.length) for (const s of sources) out.push(`- **${label(s.article)}**: ${s.sources.map((x) => `${md(x.name)} (${x.quotes} quotes, ${x.citations} citations)`).join('; ')}`);
  else out.push('None found.');
  out.push('', '## What each article alone reports', '');
  for (const c of comparison.coverage) out.push(`- **${label(c.article)}**: ${c.exclusive.length} sentence${c.exclusive.length === 1 ? '' : 's'} no other article reports`);
  out.push('', '## Similarity', '');
  out.push(`| | ${parsed.map((_, i) => `${i + 1}`).join(' | ')} |`, `| --- |${parsed.map(() => ' ---: |').join('')}`);
  comparison.similarity.forEach((row, i) => out.push(`| ${i + 1}. ${label(i)} | ${row.map((v) => v.toFixed(2)).join(' | ')} |`));
  out.push('');
  return out.join('\n');
}

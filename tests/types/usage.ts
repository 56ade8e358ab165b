// Compiled with `tsc --strict --noEmit` against pkg/parallax.d.ts by
// tests/e2e/types.test.mjs: if the declarations lose precision (an `any`, a
// missing field, a required option) this file stops compiling or the test's
// checks fail.
import init, { parse, compare, sentenceSimilarity, version, inputFormat, Workspace } from '../../pkg/parallax.js';
import type { Article, Comparison, PackedSegments, Span, Layer, ParseOptions } from '../../pkg/parallax.js';
import initReader, { parse as parsePage, htmlMetadata } from '../../pkg/html/parallax_html.js';
import type { PageMetadata } from '../../pkg/html/parallax_html.js';

export async function usage(text: string, bytes: Uint8Array): Promise<string> {
  await init();
  const options: ParseOptions = { format: 'text', fileName: 'a.txt' };
  const a: Article = parse(text, options);
  const needs: 'html' | 'text' = inputFormat(bytes, { fileName: 'b.html' });
  await initReader();
  const b: Article = needs === 'html' ? parsePage(bytes, { url: 'https://example.org/b' }) : parse(bytes);
  const meta: PageMetadata = htmlMetadata('<title>T</title>', null);
  const metaTitle: string | null = meta.title;
  const c: Comparison = compare([a, b]);
  // A Workspace keeps the articles and the comparison in the core.
  const workspace = new Workspace();
  const kept: Article = workspace.parse(text, options);
  const at: number = workspace.add(b);
  const kc: Comparison = workspace.compare({ minAlignmentScore: 0.4 });
  const h: PackedSegments = workspace.highlight(0, { hide: ['removed'] });
  const plain: string = workspace.html(at);
  const firstEnd: number = h.cells[1];
  workspace.free();
  const span: Span = a.sentences[0].span;
  const layers: Layer[] = h.layers;
  const score: number = sentenceSimilarity('a', 'b');
  const title: string | null = a.title ? a.title.text : null;
  const matrix: number[][] = c.similarity;
  // One name per participant across articles; sources refer to it by index.
  const cast: string[] = (c.participants ?? []).map((p) => `${p.name} (${p.kind}, ${p.mentions.length} articles)`);
  const cited: (number | null | undefined)[] = c.sources.flatMap((s) => s.sources.map((x) => x.participant));
  // Where each outlet's wording of a shared quote differs: UTF-16 spans.
  const reworded: Span[] = c.sharedQuotes.flatMap((q) => q.occurrences.flatMap((o) => o.differs ?? []));
  // @ts-expect-error: the format is a closed set of strings.
  parse(text, { format: 'pdf' });
  // @ts-expect-error: articles must be parsed articles, not strings.
  compare(['not an article']);
  return `${version()} ${metaTitle} ${span.start} ${layers.length} ${score} ${title} ${matrix.length} ${plain.length} ${cast.length} ${kept.text.length} ${kc.articles.length} ${firstEnd} ${h.count * h.stride} ${cited.length} ${reworded.length}`;
}

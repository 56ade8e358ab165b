// The analysis pipeline, the same wherever it runs: in the module worker, in
// the single-file build's blob worker, or on the main thread when no worker
// can start. `api` is the wasm module's exports (parse, compare, highlight).

/** How many inputs to parse between yields when running on the main thread. */
const YIELD_EVERY = 4;

function message(e) {
  return e instanceof Error ? e.message : String(e);
}

/** Decodes an input stored as base64 (bytes that were not valid UTF-8). */
function bytesOf(base64) {
  const raw = atob(base64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/**
 * For each article, the part of the comparison its highlighting reads: its
 * alignments and coverage, and the figures. Handing highlight() the whole
 * comparison would copy every article's findings into wasm once per article,
 * which made 100 articles take 20 s instead of well under one.
 */
function slicePerArticle(comparison) {
  const n = comparison.articles.length;
  const alignments = Array.from({ length: n }, () => []);
  for (const al of comparison.alignments) {
    alignments[al.a.article]?.push(al);
    if (al.b.article !== al.a.article) alignments[al.b.article]?.push(al);
  }
  const coverage = Array.from({ length: n }, () => []);
  for (const c of comparison.coverage) coverage[c.article]?.push({ ...c, omitted: [] });
  const mentions = (groups) => Array.from({ length: n }, (_, i) => groups.filter((g) => g.values.some((v) => v.article === i)));
  const discrepancies = mentions(comparison.discrepancies);
  const agreements = mentions(comparison.agreements);
  return Array.from({ length: n }, (_, i) => ({
    ...comparison,
    similarity: [],
    events: [],
    threads: [],
    alignments: alignments[i],
    sharedQuotes: [],
    discrepancies: discrepancies[i],
    agreements: agreements[i],
    coverage: coverage[i],
    sources: [],
    wording: [],
    variants: [],
  }));
}

/**
 * Parses every input, compares the ones that parsed, and highlights each.
 * A failed parse is reported beside its input and never stops the batch.
 * `onProgress(done, total, stage)` is called as work advances; `pause()` is
 * awaited now and then so a main-thread run can let the page breathe, and
 * may throw to cancel.
 */
export async function analyze(api, inputs, { onProgress = () => {}, pause = async () => {} } = {}) {
  const total = inputs.length + 2;
  const entries = [];
  const clock = () => (typeof performance === 'undefined' ? Date.now() : performance.now());
  const times = { parse: 0, compare: 0, highlight: 0 };
  let t = clock();
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    const options = { format: 'auto', fileName: input.name, id: input.id };
    let article = null;
    let error = null;
    try {
      article = api.parse(input.base64 ? bytesOf(input.base64) : input.text, options);
    } catch (e) {
      error = message(e);
    }
    entries.push({ id: input.id, article, error });
    onProgress(i + 1, total, 'parsing');
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await pause();
  }
  const parsed = entries.filter((e) => e.article).map((e) => e.article);
  times.parse = clock() - t;
  let comparison = null;
  let compareError = null;
  onProgress(inputs.length, total, 'comparing');
  if (parsed.length >= 2) {
    await pause();
    t = clock();
    try {
      comparison = api.compare(parsed);
    } catch (e) {
      compareError = message(e);
    }
  }
  times.compare = clock() - t;
  onProgress(inputs.length + 1, total, 'highlighting');
  await pause();
  t = clock();
  const highlights = [];
  const slices = comparison ? slicePerArticle(comparison) : null;
  for (let i = 0; i < parsed.length; i++) {
    try {
      const { segments } = api.highlight(parsed[i], slices?.[i] ?? null, comparison ? { articleIndex: i } : {});
      highlights.push(segments);
    } catch (e) {
      highlights.push(null);
      compareError ??= message(e);
    }
  }
  times.highlight = clock() - t;
  onProgress(total, total, 'done');
  return { entries, comparison, compareError, highlights, times };
}

/**
 * The worker side of the engine protocol. `load(wasm)` initialises the wasm
 * module (from bytes when given) and returns its exports.
 *   in:  {type:'init', wasm?}            out: {type:'ready', version} | {type:'failed', error}
 *   in:  {type:'diff', id, a, b}         out: {type:'result', id, result: TextDiff} | {type:'error', id, error}
 *   in:  {type:'run', id, inputs}        out: {type:'progress', id, done, total, stage}*, then
 *                                             {type:'result', id, result} | {type:'error', id, error}
 */
export function serveWorker(scope, load) {
  let api = null;
  scope.addEventListener('message', async (event) => {
    const msg = event.data;
    if (msg.type === 'init') {
      try {
        api = await load(msg.wasm);
        scope.postMessage({ type: 'ready', version: api.version() });
      } catch (e) {
        scope.postMessage({ type: 'failed', error: message(e) });
      }
    } else if (msg.type === 'diff') {
      try {
        scope.postMessage({ type: 'result', id: msg.id, result: api.diff(msg.a, msg.b) });
      } catch (e) {
        scope.postMessage({ type: 'error', id: msg.id, error: message(e) });
      }
    } else if (msg.type === 'run') {
      try {
        const result = await analyze(api, msg.inputs, {
          onProgress: (done, total, stage) => scope.postMessage({ type: 'progress', id: msg.id, done, total, stage }),
        });
        scope.postMessage({ type: 'result', id: msg.id, result });
      } catch (e) {
        scope.postMessage({ type: 'error', id: msg.id, error: message(e) });
      }
    }
  });
}

// The analysis pipeline, the same wherever it runs: in the module worker, in
// the single-file build's blob worker, or on the main thread when no worker
// can start. `api` is the core wasm module's exports (parse, compare,
// highlight). Saved HTML pages are read by a second module, the HTML reader
// (pkg/html/), which is loaded the first time an HTML input arrives, so a
// text-only session never downloads it (see htmlReader).

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
 * The HTML reader, loaded once and on first use: returns a function that
 * resolves to its exports ({ parse }). `load()` fetches and initialises the
 * module. A failed load is reported as "could not load the HTML reader: …"
 * and tried again with the next HTML input.
 */
export function htmlReader(load) {
  let loading = null;
  return () => {
    loading ??= (async () => {
      try {
        return await load();
      } catch (e) {
        loading = null;
        throw new Error(`could not load the HTML reader: ${message(e)}`);
      }
    })();
    return loading;
  };
}

/**
 * Parses one input into `workspace` (a core Workspace, which keeps the
 * article for compare and highlight): text with the core, a saved page with
 * the HTML reader (`html()`, from htmlReader), whose article is then added
 * to the workspace. Without a reader, the core explains that it reads text
 * only. Returns the article.
 */
export async function parseInput(api, workspace, html, data, options) {
  if (html && api.inputFormat(data, options) === 'html') {
    const article = (await html()).parse(data, options);
    workspace.add(article);
    return article;
  }
  return workspace.parse(data, options);
}

/**
 * Parses every input, compares the ones that parsed, and highlights each.
 * A failed parse is reported beside its input and never stops the batch.
 * `onProgress(done, total, stage)` is called as work advances; `pause()` is
 * awaited now and then so a main-thread run can let the page breathe, and
 * may throw to cancel.
 */
export async function analyze(api, inputs, options = {}) {
  const workspace = new api.Workspace();
  try {
    return await analyzeInto(api, workspace, inputs, options);
  } catch (e) {
    workspace.free();
    throw e;
  }
}

/** analyze(), keeping the articles and comparison in `workspace`, which the result's `state` holds (see release). */
async function analyzeInto(api, workspace, inputs, { onProgress = () => {}, pause = async () => {}, highlight = null, html = null }) {
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
      article = await parseInput(api, workspace, html, input.base64 ? bytesOf(input.base64) : input.text, options);
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
      comparison = workspace.compare();
    } catch (e) {
      compareError = message(e);
    }
  }
  times.compare = clock() - t;
  onProgress(inputs.length + 1, total, 'highlighting');
  await pause();
  t = clock();
  const state = { workspace };
  // Only the articles the page will show first are highlighted now; the
  // rest on request (highlightSome), so 100 articles do not wait for 96
  // highlights nobody is looking at yet.
  const wanted = (article, i) => !highlight || highlight.ids?.includes(article.id) || (!highlight.ids?.length && i < (highlight.first ?? Infinity));
  const highlights = parsed.map(() => undefined);
  for (let i = 0; i < parsed.length; i++) {
    if (!wanted(parsed[i], i)) continue;
    try {
      highlights[i] = highlightOne(state, i);
    } catch (e) {
      highlights[i] = null;
      compareError ??= message(e);
    }
  }
  times.highlight = clock() - t;
  onProgress(total, total, 'done');
  return { entries, comparison, compareError, highlights, times, state };
}

/**
 * Two short fictional reports of one event, which differ in a figure: what
 * the worker analyses once, straight after it starts (warmUp).
 */
const WARM_UP = [
  'Crack Closes Orlen Bridge\n\nBy Tamsin Hale\nThe Vell Courier\n3 March 2025\n\nEngineers closed the Orlen Bridge on Monday after finding a 40-centimetre crack, the city council said. About 12,000 drivers cross it each day.\n\n“We will not reopen it until it is safe,” said council engineer Piet Marlow.',
  'Orlen Bridge Shut After Inspection\n\nBy Joss Werner\nHarrowgate Daily\n3 March 2025\n\nThe city council shut the Orlen Bridge on Monday when inspectors found a 30-centimetre crack. Some 11,000 drivers use the bridge daily.\n\n“We will not reopen it until it is safe,” council engineer Piet Marlow said.',
];

/**
 * Runs a small analysis and throws it away. The browser compiles a wasm
 * function the first time it is called, and the core builds its word tables
 * on first use: the first analysis of a page visit took ~120 ms longer than
 * the next in Chromium (parse and compare of the four demo articles, 130 ms
 * against 10). The worker does this as soon as it is ready, while the page
 * is still opening its store or fetching articles, so a reader's first
 * analysis does not wait for it. Never fails: a problem shows in the real run.
 */
export function warmUp(api) {
  let workspace = null;
  try {
    workspace = new api.Workspace();
    WARM_UP.forEach((text, i) => {
      const options = { format: 'auto', fileName: `warm-up-${i}.txt`, id: `warm-up-${i}` };
      api.inputFormat(text, options);
      workspace.parse(text, options);
    });
    workspace.compare();
    for (let i = 0; i < workspace.length; i++) workspace.highlight(i);
  } catch {
    // Nothing to do: the reader's own run reports any problem.
  } finally {
    workspace?.free();
  }
}

/** Arrays longer than this in a result go to the page in messages of their own, this many items each. */
const PART_ITEMS = 2000;
/** How deep into a result splitResult looks for long arrays (result → entries → entry → article → entities → entity → mentions). */
const PART_DEPTH = 7;

/**
 * Splits the long arrays out of a run's result, for sending in several
 * messages: { skeleton, parts }, where the skeleton is the result with each
 * long array left empty and parts are { path, items } to put back in order
 * (joinResult). The page receives a message in one task, and receiving the
 * parsed articles of two 4 MB texts in one message held its main thread for
 * over a second; in parts of PART_ITEMS items each task stays short. Objects
 * on the way to a long array are copied, never changed: the worker keeps
 * the originals for later highlight requests.
 */
export function splitResult(result) {
  const parts = [];
  const visit = (value, path, depth) => {
    if (Array.isArray(value)) {
      if (value.length > PART_ITEMS) {
        for (let from = 0; from < value.length; from += PART_ITEMS) parts.push({ path, items: value.slice(from, from + PART_ITEMS) });
        return [];
      }
      if (depth >= PART_DEPTH || !value.some((v) => v && typeof v === 'object')) return value;
      let copy = null;
      value.forEach((item, k) => {
        const out = visit(item, [...path, k], depth + 1);
        if (out !== item) (copy ??= value.slice())[k] = out;
      });
      return copy ?? value;
    }
    if (!value || typeof value !== 'object' || ArrayBuffer.isView(value) || depth >= PART_DEPTH) return value;
    let copy = null;
    for (const key of Object.keys(value)) {
      const out = visit(value[key], [...path, key], depth + 1);
      if (out !== value[key]) (copy ??= { ...value })[key] = out;
    }
    return copy ?? value;
  };
  const { highlights, ...rest } = result;
  const skeleton = visit(rest, [], 0);
  return { skeleton: { ...skeleton, highlights }, parts };
}

/** Puts splitResult's parts back into its skeleton, in the order they were split. */
export function joinResult(skeleton, parts) {
  for (const { path, items } of parts) {
    let target = skeleton;
    for (const key of path) target = target[key];
    for (const item of items) target.push(item);
  }
  return skeleton;
}

/** The buffers of packed segments in `values`, to hand over (transfer) rather than copy. */
export function transferables(values) {
  return values.flatMap((packed) => (packed?.cells ? [packed.cells.buffer, packed.refs.buffer] : []));
}

/**
 * The segments of parsed article `i` of an analysis' `state`, packed by the
 * core into typed arrays (Workspace.highlight: { count, stride, layers,
 * cells, refs }).
 */
export function highlightOne(state, i) {
  if (!(i >= 0 && i < state.workspace.length)) throw new Error(`There is no article ${i + 1} to highlight.`);
  return state.workspace.highlight(i);
}

/** Packed segments for several articles: { [index]: packed | null }, null where highlighting failed. */
export function highlightSome(state, indices) {
  const out = {};
  for (const i of indices) {
    try {
      out[i] = highlightOne(state, i);
    } catch {
      out[i] = null;
    }
  }
  return out;
}

/** Frees the core's workspace an analysis' `state` holds (its articles and comparison). */
export function release(state) {
  state?.workspace.free();
}

/**
 * The worker side of the engine protocol. `load(wasm)` initialises the wasm
 * module (from bytes when given) and returns its exports; `loadHtml(html)`
 * does the same for the HTML reader, the first time an HTML input arrives
 * (`html` is the init message's: its wasm's URL or bytes, if not the default).
 * Once ready, the worker warms the core up (warmUp) before answering requests.
 *   in:  {type:'init', wasm?, html?}     out: {type:'ready', version, times} | {type:'failed', error},
 *                                        then {type:'warm', times} once warmed up (times: see the code)
 *   in:  {type:'diff', id, a, b}         out: {type:'result', id, result: TextDiff} | {type:'error', id, error}
 *   in:  {type:'highlight', id, run, indices}  out: {type:'result', id, result: {[index]: segments}} | {type:'error', id, error:'stale'}
 *   in:  {type:'run', id, inputs, highlight?}  out: {type:'progress', id, done, total, stage}*, then
 *                                             {type:'part', id, path, items}* (see splitResult), then
 *                                             {type:'result', id, result} | {type:'error', id, error}
 */
export function serveWorker(scope, load, loadHtml = null) {
  /** A time in the worker as ms since the epoch (the page subtracts its own timeOrigin); `at` defaults to now. */
  const now = (at = performance.now()) => performance.timeOrigin + at;
  /** When the worker's modules were all in (this runs as worker.js is evaluated). */
  const loaded = now();
  let api = null;
  let html = null;
  let last = null; // { run, state } of the latest analysis, for later highlight requests
  scope.addEventListener('message', async (event) => {
    const msg = event.data;
    if (msg.type === 'init') {
      try {
        const init = now();
        api = await load(msg.wasm);
        html = loadHtml ? htmlReader(() => loadHtml(msg.html)) : null;
        // When the worker started, had its modules, its init message and its wasm ready: for the page's first-screen timings.
        scope.postMessage({ type: 'ready', version: api.version(), times: { workerStart: now(0), workerLoaded: loaded, workerInit: init, workerWasm: now() } });
        // Before any request is answered (they wait in the queue meanwhile).
        warmUp(api);
        scope.postMessage({ type: 'warm', times: { workerWarm: now() } });
      } catch (e) {
        scope.postMessage({ type: 'failed', error: message(e) });
      }
    } else if (msg.type === 'diff') {
      try {
        scope.postMessage({ type: 'result', id: msg.id, result: api.diff(msg.a, msg.b) });
      } catch (e) {
        scope.postMessage({ type: 'error', id: msg.id, error: message(e) });
      }
    } else if (msg.type === 'highlight') {
      if (last?.run !== msg.run) scope.postMessage({ type: 'error', id: msg.id, error: 'stale' });
      else {
        const result = highlightSome(last.state, msg.indices);
        scope.postMessage({ type: 'result', id: msg.id, result }, transferables(Object.values(result)));
      }
    } else if (msg.type === 'run') {
      try {
        const { state, ...result } = await analyze(api, msg.inputs, {
          html,
          highlight: msg.highlight,
          onProgress: (done, total, stage) => scope.postMessage({ type: 'progress', id: msg.id, done, total, stage }),
        });
        release(last?.state);
        last = { run: msg.id, state };
        const { skeleton, parts } = splitResult({ ...result, run: msg.id });
        for (const { path, items } of parts) scope.postMessage({ type: 'part', id: msg.id, path, items });
        scope.postMessage({ type: 'result', id: msg.id, result: skeleton }, transferables(result.highlights));
      } catch (e) {
        scope.postMessage({ type: 'error', id: msg.id, error: message(e) });
      }
    }
  });
}

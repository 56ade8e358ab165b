// How the page reaches its worker, its wasm and its demo articles when served
// over HTTP. The offline single-file build swaps this module for one that
// uses inlined copies of each (see scripts/single-file.mjs).
import { compileOnce, fetchDemo } from './loading.js';

/**
 * The core's glue on the main thread, imported only when no worker can
 * start: the page itself never runs the core otherwise, so its first modules
 * do not wait for the glue (and the glue's own import) to arrive.
 */
async function loadCore(wasm) {
  const [api, module] = await Promise.all([import('../pkg/parallax.js'), compileOnce(wasm)]);
  await api.default({ module_or_path: module });
  return api;
}

/** The HTML reader on the main thread, from `wasm` (a URL) or its default place beside its glue. */
async function loadHtmlReader(wasm) {
  const html = await import('../pkg/html/parallax_html.js');
  await html.default(wasm ? { module_or_path: wasm } : undefined);
  return html;
}

/** The platform with the core's wasm at `wasm` (a URL) and the worker made by `makeWorker`. */
function servedPlatform(wasm, makeWorker) {
  return {
    makeWorker,
    /** The init message's payload: the compiled core (a WebAssembly.Module, which the worker instantiates). */
    workerInit: () => compileOnce(wasm),
    loadLocal: () => loadCore(wasm),
  };
}

const CORE = new URL('../pkg/parallax_bg.wasm', import.meta.url);

export const platform = {
  name: 'served',
  ...servedPlatform(CORE, () => new Worker(new URL('../pkg/element/worker.js', import.meta.url), { type: 'module' })),
  htmlInit: async () => undefined,
  loadHtml: () => loadHtmlReader(),
  /** The demo set: [{ name, text }]. */
  loadDemo: () => fetchDemo(new URL('./demo/', import.meta.url)),
};

/**
 * The same platform with the package's files at `base` (a URL ending in '/'):
 * the worker from `base/element/worker.js` and the wasm from
 * `base/parallax_bg.wasm` (and the HTML reader's from
 * `base/html/parallax_html_bg.wasm`), for a host that serves them apart from the
 * element's modules (the `base` attribute of <parallax-compare>).
 */
export function platformAt(base) {
  const wasm = new URL('parallax_bg.wasm', base);
  const html = new URL('html/parallax_html_bg.wasm', base);
  return {
    ...platform,
    name: 'served-at-base',
    ...servedPlatform(wasm, () => new Worker(new URL('element/worker.js', base), { type: 'module' })),
    htmlInit: async () => html.href,
    loadHtml: () => loadHtmlReader(html),
  };
}

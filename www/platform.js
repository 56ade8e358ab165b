// How the page reaches its worker, its wasm and its demo articles when served
// over HTTP. The offline single-file build swaps this module for one that
// uses inlined copies of each (see scripts/single-file.mjs).
import init, * as api from '../pkg/parallax.js';

/** The HTML reader on the main thread, from `wasm` (a URL) or its default place beside its glue. */
async function loadHtmlReader(wasm) {
  const html = await import('../pkg/html/parallax_html.js');
  await html.default(wasm ? { module_or_path: wasm } : undefined);
  return html;
}

export const platform = {
  name: 'served',
  makeWorker: () => new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }),
  workerInit: async () => undefined,
  loadLocal: async () => {
    await init();
    return api;
  },
  htmlInit: async () => undefined,
  loadHtml: () => loadHtmlReader(),
  /** The demo set: [{ name, text }]. */
  loadDemo: async () => {
    const base = new URL('./demo/', import.meta.url);
    const list = await (await fetch(new URL('index.json', base))).json();
    return Promise.all(
      list.map(async (item) => {
        const response = await fetch(new URL(item.file, base));
        if (!response.ok) throw new Error(`demo/${item.file}: ${response.status}`);
        return { name: item.file, text: await response.text() };
      }),
    );
  },
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
    makeWorker: () => new Worker(new URL('element/worker.js', base), { type: 'module' }),
    workerInit: async () => wasm.href,
    loadLocal: async () => {
      await init({ module_or_path: wasm });
      return api;
    },
    htmlInit: async () => html.href,
    loadHtml: () => loadHtmlReader(html),
  };
}

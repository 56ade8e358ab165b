// Fetching the page's wasm and demo articles: functions only, no imports and
// nothing done on import, so early.js (run before any other module) and
// platform.js share them, and the compiled core with them.

/**
 * Compiles the wasm at `url` while it downloads (WebAssembly.compileStreaming),
 * or from the downloaded bytes where streaming cannot be used (a browser
 * without it, or a server that does not send application/wasm). The fetch
 * meets the preload that index.html starts; the compiled module is handed to
 * the worker, which then neither downloads nor compiles it again.
 */
export async function compileWasm(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0].trim();
  if (typeof WebAssembly.compileStreaming === 'function' && type === 'application/wasm') return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

/** Compilations under way or done, by URL. */
const compiled = new Map();

/** compileWasm(url), once per URL: early.js, the worker and a main-thread fallback share it. A failure is tried again by the next caller. */
export function compileOnce(url) {
  const key = String(url);
  if (!compiled.has(key)) {
    const compiling = compileWasm(url);
    compiling.catch(() => compiled.delete(key));
    compiled.set(key, compiling);
  }
  return compiled.get(key);
}

/** The demo set in `base` (a URL ending in '/'): index.json's list of files, as [{ name, text }]. */
export async function fetchDemo(base) {
  const response = await fetch(new URL('index.json', base));
  if (!response.ok) throw new Error(`demo/index.json: ${response.status}`);
  const list = await response.json();
  return Promise.all(
    list.map(async (item) => {
      const file = await fetch(new URL(item.file, base));
      if (!file.ok) throw new Error(`demo/${item.file}: ${file.status}`);
      return { name: item.file, text: await file.text() };
    }),
  );
}

// The page's very first module (index.html runs it on its own, async, and
// it imports only loading.js): one round trip after the page arrives, the
// worker starts loading its modules, the wasm compiles as it downloads and,
// with ?demo in the address, the demo articles are fetched. boot.js hands
// the worker and the compiled wasm to the engine, and the demo to the page,
// once their own modules are in. The single-file build replaces this module
// with one that starts nothing (scripts/single-file.mjs).
import { compileOnce, fetchDemo } from './loading.js';

/** When the page's first module ran, in ms after navigation. */
export const earlyAt = performance.now();

/** The core's wasm, compiling (loading.js compileOnce: platform.js finds the same compilation). */
compileOnce(new URL('../pkg/parallax_bg.wasm', import.meta.url)).catch(() => {}); // reported where it is used

let worker = null;
/** Why the early worker failed, once it has: then it is not handed on. */
let failed = false;
try {
  worker = new Worker(new URL('../pkg/element/worker.js', import.meta.url), { type: 'module' });
  worker.addEventListener('error', () => (failed = true), { once: true });
} catch {
  // The engine tries again, and falls back to the main thread.
}

/** The worker started early, once (null after, or if it could not start or has failed). */
export function takeWorker() {
  const taken = failed ? null : worker;
  if (failed) worker?.terminate();
  worker = null;
  return taken;
}

let demo = new URLSearchParams(location.search).has('demo') ? fetchDemo(new URL('./demo/', import.meta.url)) : null;
demo?.catch(() => {}); // reported when it is taken

/** The demo being fetched for ?demo, once (null after, or without ?demo). */
export function takeDemo() {
  const taken = demo;
  demo = null;
  return taken;
}

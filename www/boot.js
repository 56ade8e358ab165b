// What the page starts once the engine's own modules are in, before the rest
// of the page's modules are: index.html runs this module on its own (async),
// and app.js takes what it started. The engine takes over the worker and the
// wasm compilation early.js started (and sends the worker its init message
// as soon as the wasm is compiled), the store opens, and the demo articles
// early.js is fetching for ?demo wait here for the page. None of it holds
// the page back: app.js makes the page usable once its modules and the
// store are in, and analyses when the engine is ready.
import { Engine } from './engine.js';
import { platform } from './platform.js';
import { openStore } from './store.js';
import { earlyAt, takeWorker, takeDemo } from './early.js';

/** When each step of the first screen was reached, in ms after navigation (bench/page/first-screen.mjs). */
export const bootTimes = { early: earlyAt, boot: performance.now() };

/** Records `step` the first time it is reached, passing the value through. */
export const reached = (step) => (value) => {
  bootTimes[step] ??= performance.now();
  return value;
};

/** The page's engine: its first worker is the one early.js started, if that one could start. */
export const engine = new Engine({ ...platform, makeWorker: () => takeWorker() ?? platform.makeWorker() });

/** Resolves to the engine's mode ('worker' or 'main thread') once it can analyse. */
export const engineReady = engine.ready().then(reached('engine'));
engine.wasmReady?.then(reached('wasm'), () => {});

/** The store and what it holds: { store, loaded } (store.js openStore and loadAll). */
export const stored = openStore().then(async (store) => ({ store, loaded: await store.loadAll() })).then(reached('stored'));

/** The demo articles (platform.loadDemo): the ones early.js fetched for ?demo the first time, else fetched now. */
export function loadDemo() {
  return (takeDemo() ?? platform.loadDemo()).then(reached('demoFetched'));
}

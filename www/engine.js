// Runs analyses off the main thread. It starts a worker through the
// platform's `makeWorker`; if no worker can start (a file:// page, a policy
// that forbids it, an old browser) it falls back to the main thread, where the
// work yields between steps so the page keeps responding. Cancelling a worker
// run terminates the worker, which is the only way to stop wasm mid-call; a
// fresh one starts with the next run.
import { analyze, highlightSome, htmlReader, joinResult, release } from './core.js';

const WORKER_START_TIMEOUT_MS = 10000;

export class Cancelled extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'Cancelled';
  }
}

export class Engine {
  /**
   * platform.makeWorker(): a Worker speaking core.js's protocol (or throws);
   * platform.workerInit(): the init message's wasm payload, if any (the
   * wasm's bytes, its URL, or the module compiled: asked for as soon as the
   * worker is made, so it compiles while the worker loads);
   * platform.loadLocal(): the wasm exports on the main thread;
   * platform.htmlInit(): the init message's payload for the HTML reader, if any;
   * platform.loadHtml(): the HTML reader's exports on the main thread,
   * called the first time an HTML input arrives.
   */
  constructor(platform) {
    this.platform = platform;
    this.worker = null;
    this.workerReady = null;
    this.mode = null; // 'worker' | 'main thread', once known
    this.local = null;
    this.localHtml = htmlReader(() => this.platform.loadHtml());
    this.running = null; // { id, reject, cancelled }
    this.nextId = 1;
    /** When the first worker reached each step of its start, in ms after navigation (see workerTimes). */
    this.startTimes = {};
  }

  /** Starts a worker and waits until its wasm is ready; rejects if it cannot. */
  startWorker() {
    if (this.workerReady) return this.workerReady;
    this.workerReady = (async () => {
      const worker = this.platform.makeWorker();
      try {
        await this.handshake(worker);
      } catch (e) {
        worker.terminate();
        throw e;
      }
      this.worker = worker;
      return worker;
    })();
    return this.workerReady;
  }

  /**
   * Sends `worker` its init message once the platform has the payloads (the
   * worker loads its modules meanwhile, while the wasm compiles); resolves
   * once it says it is ready. An error the worker reports while it waits
   * (its script failing to load) rejects at once.
   */
  handshake(worker) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(reject, new Error('the worker did not start in time')), WORKER_START_TIMEOUT_MS);
      let settled = false;
      const done = (fn, arg) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        fn(arg);
      };
      const onMessage = (e) => {
        if (e.data?.type === 'ready') {
          this.version = e.data.version;
          this.workerTimes(worker, e.data.times);
          done(resolve);
        } else if (e.data?.type === 'failed') done(reject, new Error(e.data.error));
      };
      const onError = (e) => {
        e.preventDefault?.();
        done(reject, new Error(e.message || 'the worker could not load'));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      this.wasmReady = Promise.all([this.platform.workerInit(), this.platform.htmlInit?.()]);
      this.wasmReady.then(
        ([wasm, html]) => settled || worker.postMessage({ type: 'init', wasm, html }),
        (e) => done(reject, e),
      );
    });
  }

  /**
   * Keeps the worker's start-up times (ms since the epoch) as ms after this
   * page's navigation in `startTimes`, with the time it is warmed up when it
   * says so (for bench/page/first-screen.mjs).
   */
  workerTimes(worker, times) {
    const add = (t) => {
      for (const [k, v] of Object.entries(t ?? {})) this.startTimes[k] ??= v - performance.timeOrigin;
    };
    add(times);
    const onWarm = (e) => {
      if (e.data?.type !== 'warm') return;
      worker.removeEventListener('message', onWarm);
      add(e.data.times);
    };
    worker.addEventListener('message', onWarm);
  }

  /** Resolves to 'worker' or 'main thread', starting whichever works. */
  async ready() {
    if (this.mode === 'worker') return this.mode;
    if (this.mode !== 'main thread') {
      try {
        await this.startWorker();
        this.mode = 'worker';
        return this.mode;
      } catch (e) {
        this.fallbackReason = e.message;
        this.workerReady = null;
      }
    }
    this.local ??= await this.platform.loadLocal();
    this.version = this.local.version();
    this.mode = 'main thread';
    return this.mode;
  }

  /** Analyses `inputs`; a newer run or cancel() rejects this one with Cancelled. */
  /**
   * `highlight`: { ids, first } picks the articles highlighted straight away
   * (those with the given ids, else the first `first`); null highlights all.
   * The others are highlighted on request with highlight().
   */
  async run(inputs, onProgress = () => {}, highlight = null) {
    this.cancel();
    const id = this.nextId++;
    this.latest = id;
    const mode = await this.ready();
    // A newer run may have started while this one waited for the engine.
    if (this.latest !== id) throw new Cancelled();
    if (mode === 'worker') return this.runInWorker(id, inputs, onProgress, highlight);
    const run = { id, cancelled: false };
    this.running = run;
    try {
      const { state, ...result } = await analyze(this.local, inputs, {
        html: this.localHtml,
        onProgress,
        highlight,
        pause: async () => {
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (run.cancelled) throw new Cancelled();
        },
      });
      release(this.localLast?.state);
      this.localLast = { run: id, state };
      return { ...result, run: id };
    } finally {
      if (this.running === run) this.running = null;
    }
  }

  /** Segments for more articles of run `run`: { [index]: segments }. Rejects with Cancelled once a newer run exists. */
  async highlight(run, indices) {
    if (this.mode !== 'worker') {
      if (this.localLast?.run !== run) throw new Cancelled();
      return highlightSome(this.localLast.state, indices);
    }
    return this.request({ type: 'highlight', run, indices });
  }

  /**
   * Sends one request to the worker and settles with its one answer: the
   * result, or an Error (Cancelled when the worker says the run is stale).
   */
  request(message) {
    const id = this.nextId++;
    const worker = this.worker;
    return new Promise((resolve, reject) => {
      const finish = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
      };
      const onMessage = (e) => {
        if (e.data.id !== id) return;
        finish();
        if (e.data.type === 'result') resolve(e.data.result);
        else reject(e.data.error === 'stale' ? new Cancelled() : new Error(e.data.error));
      };
      const onError = (e) => {
        e.preventDefault?.(); // reported through the rejection, not as an uncaught page error
        finish();
        this.discard(worker);
        reject(new Error(e.message || 'the worker stopped unexpectedly'));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ ...message, id });
    });
  }

  /**
   * Drops a worker that reported an uncaught error: its wasm may be left in
   * a broken state, so the next request starts a fresh one. The page's inputs
   * live outside the worker and are not touched.
   */
  discard(worker) {
    if (this.worker !== worker) return;
    worker.terminate();
    this.worker = null;
    this.workerReady = null;
    this.mode = null;
  }

  runInWorker(id, inputs, onProgress, highlight) {
    const worker = this.worker;
    return new Promise((resolve, reject) => {
      // The long arrays of the result arrive first, each in a message of its own (core.js splitResult).
      const parts = [];
      const onMessage = (e) => {
        const msg = e.data;
        if (msg.id !== id) return;
        if (msg.type === 'progress') onProgress(msg.done, msg.total, msg.stage);
        else if (msg.type === 'part') parts.push(msg);
        else {
          finish();
          if (msg.type === 'result') resolve(joinResult(msg.result, parts));
          else reject(new Error(msg.error));
        }
      };
      const onError = (e) => {
        e.preventDefault?.(); // reported through the rejection, not as an uncaught page error
        finish();
        this.discard(worker);
        reject(new Error(e.message || 'the worker stopped unexpectedly'));
      };
      const finish = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (this.running?.id === id) this.running = null;
      };
      this.running = {
        id,
        cancel: () => {
          finish();
          reject(new Cancelled());
        },
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ type: 'run', id, inputs, highlight });
    });
  }

  /** A word-level diff of two texts (see the core's `diff`). */
  async diff(a, b) {
    const mode = await this.ready();
    if (mode !== 'worker') return this.local.diff(a, b);
    return this.request({ type: 'diff', a, b });
  }

  /** Stops the current run, if any. */
  cancel() {
    const run = this.running;
    if (!run) return false;
    this.running = null;
    if (run.cancel) {
      run.cancel();
      // wasm cannot be interrupted: replace the busy worker.
      this.worker?.terminate();
      this.worker = null;
      this.workerReady = null;
      this.mode = null;
    } else {
      run.cancelled = true;
    }
    return true;
  }
}

// The module worker: runs parsing, comparison and highlighting off the main
// thread so the page never freezes. See core.js for the message protocol.
import init, * as api from '../pkg/parallax.js';
import { serveWorker } from './core.js';

serveWorker(self, async (wasm) => {
  await init(wasm ? { module_or_path: wasm } : undefined);
  return api;
});

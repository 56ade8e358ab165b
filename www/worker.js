// The module worker: runs parsing, comparison and highlighting off the main
// thread so the page never freezes. See core.js for the message protocol.
// The HTML reader is imported only when the first HTML input arrives.
import init, * as api from '../pkg/parallax.js';
import { serveWorker } from './core.js';

serveWorker(
  self,
  async (wasm) => {
    await init(wasm ? { module_or_path: wasm } : undefined);
    return api;
  },
  async (wasm) => {
    const html = await import('../pkg/html/parallax_html.js');
    await html.default(wasm ? { module_or_path: wasm } : undefined);
    return html;
  },
);

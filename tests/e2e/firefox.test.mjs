// The page, the custom element and the offline single file in Firefox.
// playwright-core cannot drive Debian's firefox-esr (it needs Playwright's own
// Firefox build, and its WebDriver BiDi mode stops at a command this Firefox
// lacks: emulation.setMediaFeaturesOverride), so these tests speak W3C
// WebDriver to geckodriver directly with fetch: a handful of endpoints is all
// they need.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { startServer } from '../../scripts/serve.mjs';
import { shot, SHOTS } from './helpers.mjs';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const GECKODRIVER = process.env.GECKODRIVER ?? 'geckodriver';
const SINGLE = new URL('../../dist/parallax.html', import.meta.url);

let server, base, driver, session, endpoint;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function wd(method, path, body) {
  const response = await fetch(`${endpoint}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json();
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${data.value?.error}: ${data.value?.message}`);
  return data.value;
}

const s = (path) => `/session/${session}${path}`;
const go = (url) => wd('POST', s('/url'), { url });
/** Runs the async function `fn` in the page, with `waitFor` in scope, and returns its result. */
const run = (fn, ...args) => wd('POST', s('/execute/async'), {
  script: `const waitFor = ${waitFor}; const done = arguments[arguments.length - 1]; (${fn})(...Array.from(arguments).slice(0, -1)).then(done, (e) => done({ error: String(e && e.message || e) }));`,
  args,
});

async function screenshot(name) {
  const png = await wd('GET', s('/screenshot'));
  await writeFile(shot(name), Buffer.from(png, 'base64'));
}

/** In the page: waits for a condition, polling. */
// eslint-disable-next-line no-unused-vars
const waitFor = async (check, timeout = 20000) => {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${check}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** In the page, after a reload: what was restored, and where the page keeps it. */
async function restoredInPage() {
  await waitFor(() => document.body.dataset.ready === 'true');
  await waitFor(() => document.body.dataset.state === 'done');
  return {
    cards: document.querySelectorAll('#cards .card').length,
    storage: document.body.dataset.storage,
    status: document.getElementById('status').textContent,
  };
}

/** In the page: loads the demo and reports what rendered. */
async function demoInPage() {
  await waitFor(() => document.body.dataset.ready === 'true');
  const t0 = performance.now();
  document.getElementById('demo').click();
  await waitFor(() => document.body.dataset.state === 'done');
  const ms = performance.now() - t0;
  await waitFor(() => document.body.dataset.engine);
  const value = document.querySelector('#discrepancies button.value');
  value?.click();
  if (value) await waitFor(() => document.querySelector('#columns .flash'), 5000).catch(() => null);
  return {
    ms,
    ready: window.__parallaxTimings.ready,
    engine: document.body.dataset.engine,
    cards: document.querySelectorAll('#cards .card').length,
    columns: document.querySelectorAll('#columns .column').length,
    shared: document.querySelectorAll('#columns .px-shared').length,
    flashed: document.querySelectorAll('#columns .flash').length,
    values: document.querySelectorAll('#discrepancies button.value').length,
    status: document.getElementById('status').textContent,
  };
}

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  execFileSync('node', [new URL('../../scripts/single-file.mjs', import.meta.url).pathname], { stdio: 'inherit' });
  server = await startServer({ port: 0 });
  base = `http://127.0.0.1:${server.address().port}/`;
  const port = await freePort();
  endpoint = `http://127.0.0.1:${port}`;
  driver = spawn(GECKODRIVER, ['--port', String(port), '--log', 'error'], { stdio: 'ignore' });
  for (let i = 0; ; i++) {
    try {
      await fetch(`${endpoint}/status`);
      break;
    } catch (e) {
      if (i > 100) throw new Error(`geckodriver did not start: ${e.message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const created = await wd('POST', '/session', {
    capabilities: { alwaysMatch: { browserName: 'firefox', 'moz:firefoxOptions': { binary: FIREFOX, args: ['-headless', '--width=1280', '--height=900'] } } },
  });
  session = created.sessionId;
  await wd('POST', s('/timeouts'), { script: 60000, pageLoad: 30000 });
});

after(async () => {
  if (session) await wd('DELETE', s('')).catch(() => {});
  driver?.kill();
  server?.close();
});

test('Firefox: the served page runs the demo in a worker under the CSP', async () => {
  await go(base);
  const r = await run(demoInPage);
  console.log(`# Firefox demo: page ready ${r.ready?.toFixed(0)} ms, first result ${r.ms?.toFixed(0)} ms, engine: ${r.engine}`);
  assert.equal(r.error, undefined);
  assert.equal(r.engine, 'worker', 'the module worker starts under the policy');
  assert.equal(r.cards, 4);
  assert.equal(r.columns, 4);
  assert.ok(r.shared > 0);
  assert.ok(r.values > 0 && r.flashed > 0, 'a conflicting figure jumps to its sentence');
  await screenshot('firefox-demo.png');
  // The articles are kept in IndexedDB and come back on a reload.
  await wd('POST', s('/refresh'), {});
  const back = await run(restoredInPage);
  assert.equal(back.error, undefined);
  assert.equal(back.storage, 'indexeddb');
  assert.equal(back.cards, 4);
  assert.match(back.status, /Restored 4 articles/);
});

/** In the page: drops a saved page and reports how its card came out (the HTML reader loads on first use). */
async function htmlInPage() {
  await waitFor(() => document.body.dataset.ready === 'true');
  await waitFor(() => document.body.dataset.state !== 'running');
  const before = document.querySelectorAll('#cards .card').length;
  const html = '<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry lost off Calder Point</h1><p>The ferry Morning Lark capsized on Tuesday, killing four people, the coast guard said.</p><p>Rescue boats pulled 22 passengers from the water.</p></article></body></html>';
  const dt = new DataTransfer();
  dt.items.add(new File([html], 'calder.html', { type: 'text/html' }));
  document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  await waitFor(() => document.querySelectorAll('#cards .card').length === before + 1);
  await waitFor(() => document.body.dataset.state === 'done');
  return {
    engine: document.body.dataset.engine,
    failed: document.querySelectorAll('#cards .card.failed').length,
    titles: [...document.querySelectorAll('#cards .card h3')].map((h) => h.textContent),
  };
}

test('Firefox: an HTML page is read by the HTML reader, loaded in the worker on first use', async () => {
  await go(base);
  const r = await run(htmlInPage);
  assert.equal(r.error, undefined);
  assert.equal(r.engine, 'worker');
  assert.equal(r.failed, 0);
  assert.ok(r.titles.includes('Ferry lost off Calder Point'), r.titles.join(' | '));
});

test('Firefox: the custom element renders in the host page', async () => {
  await go(`${base}embed.html`);
  const r = await run(async () => {
    await waitFor(() => ['from-src', 'from-children'].every((id) => document.getElementById(id).result));
    return ['from-src', 'from-children'].map((id) => document.getElementById(id).shadowRoot.querySelectorAll('.column').length);
  });
  assert.deepEqual(r, [2, 2]);
  await screenshot('firefox-embed.png');
});

test('Firefox: the single file works from file://', async () => {
  await go(SINGLE.href);
  const r = await run(demoInPage);
  console.log(`# Firefox single file (file://): page ready ${r.ready?.toFixed(0)} ms, demo result ${r.ms?.toFixed(0)} ms, engine: ${r.engine}`);
  assert.equal(r.error, undefined);
  assert.equal(r.cards, 4);
  assert.equal(r.columns, 4);
  assert.ok(['worker', 'main thread'].includes(r.engine));
  await screenshot('firefox-single-file.png');
  // Reloaded from file://, the articles are back, from IndexedDB or, where
  // Firefox refuses it to file:// pages, from localStorage (the page says so).
  await wd('POST', s('/refresh'), {});
  const back = await run(restoredInPage);
  console.log(`# Firefox single file (file://) after a reload: ${back.cards} articles restored from ${back.storage}`);
  assert.equal(back.error, undefined);
  assert.equal(back.cards, 4);
  assert.ok(['indexeddb', 'localstorage'].includes(back.storage), back.storage);
  if (back.storage === 'localstorage') assert.match(back.status, /does not let the page use IndexedDB/);
});

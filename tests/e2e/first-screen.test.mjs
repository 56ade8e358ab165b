// The first screen (issue 15): the page is usable before its wasm has
// arrived, the wasm is fetched once (preloaded by index.html, compiled while
// it downloads, handed compiled to the worker), the worker and the wasm start
// before the page's other modules are in, the worker's code is one file
// (pkg/element/worker.js, built by scripts/pkg-manifest.mjs), the worker
// warms the core up before the first analysis, and the server answers
// unchanged files with 304.
// How fast all this is, is bench/page/first-screen.mjs's business; these
// tests check that it happens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setUp, openPage, waitForResult } from './helpers.mjs';
import { serveWorker } from '../../www/core.js';

const WWW = fileURLToPath(new URL('../../www/', import.meta.url));

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

/** Holds back responses to URLs ending in `suffix` until release() is called; `asked` resolves at the first request. */
async function holdBack(context, suffix) {
  let release;
  const released = new Promise((ok) => (release = ok));
  let asked;
  const requested = new Promise((ok) => (asked = ok));
  await context.route((url) => url.pathname.endsWith(suffix), async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { release, requested };
}

/** The modules `file` (in www/) imports statically, transitively, as paths relative to www/. */
function importClosure(files) {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(WWW, file), 'utf8');
    for (const m of source.matchAll(/^import\s[^'"]*['"](\.{1,2}\/[^'"]+)['"];/gm)) {
      walk(relative(WWW, resolve(dirname(join(WWW, file)), m[1])).split('\\').join('/'));
    }
  };
  for (const file of files) walk(file);
  return seen;
}

test('index.html preloads the wasm and every module its scripts import', () => {
  const html = readFileSync(join(WWW, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script type="module"(?: async)? src="([^"]+)"><\/script>/g)].map((m) => m[1]);
  assert.deepEqual(scripts, ['early.js', 'boot.js', 'app.js']);
  const preloaded = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]));
  // The glue's own snippet (pkg/snippets/<crate hash>/...) has a path that depends on the build: not listed.
  const needed = [...importClosure(scripts)].filter((f) => !f.startsWith('../pkg/snippets/'));
  assert.deepEqual([...preloaded].sort(), needed.sort(), 'the modulepreload links are the modules the page imports');
  assert.match(html, /<link rel="preload" href="\.\.\/pkg\/parallax_bg\.wasm" as="fetch" crossorigin>/);
});

test('the worker and the wasm start before the engine\'s modules have loaded', async () => {
  const context = await env.browser.newContext();
  // Without engine.js neither boot.js nor app.js can run: only early.js.
  const engine = await holdBack(context, '/engine.js');
  const requested = [];
  context.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const page = await context.newPage();
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  const loading = page.goto(env.base);
  await engine.requested;
  await page.waitForFunction(() => document.readyState !== 'loading');
  for (const path of ['/pkg/parallax_bg.wasm', '/pkg/element/worker.js']) {
    await new Promise((ok) => {
      const seen = () => requested.includes(path) && ok();
      seen();
      context.on('request', seen);
    });
  }
  assert.equal(await page.evaluate(() => document.body.dataset.ready), undefined, 'the page waits for its modules');
  engine.release();
  await loading;
  await page.waitForSelector('body[data-engine="worker"]');
  assert.equal(workers.length, 1, 'the engine took the worker early.js started');
  await context.close();
});

test('the page is usable while the wasm downloads, and the demo shows once it is in', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const wasm = await holdBack(context, '/parallax_bg.wasm');
  const { page, problems } = await openPage(env.browser, `${env.base}?demo`, { context });
  await wasm.requested;
  // Ready, drawn and answering, with the wasm still held back.
  assert.equal(await page.evaluate(() => document.body.dataset.engine), undefined);
  await page.fill('#paste', 'Typed while the wasm downloads.');
  assert.equal(await page.inputValue('#paste'), 'Typed while the wasm downloads.');
  await page.selectOption('#theme', 'dark');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.ok(await page.locator('#demo').isEnabled());
  assert.equal(await page.locator('#findings').isHidden(), true);
  wasm.release();
  await waitForResult(page);
  assert.equal(await page.locator('#cards .card').count(), 4);
  assert.ok((await page.locator('#discrepancies > *').count()) > 0, 'the demo findings are shown');
  assert.equal(await page.evaluate(() => document.body.dataset.engine), 'worker');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the wasm is downloaded once, by the page, and the worker is handed it compiled; the page skips the glue', async () => {
  const context = await env.browser.newContext();
  const requests = [];
  context.on('request', (r) => new URL(r.url()).pathname.endsWith('.wasm') && requests.push(new URL(r.url()).pathname));
  const page = await context.newPage();
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  await page.goto(`${env.base}?demo`);
  await waitForResult(page);
  assert.deepEqual(requests, ['/pkg/parallax_bg.wasm'], 'one request: the preload, which the compile used');
  const inPage = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  assert.deepEqual(inPage.filter((p) => p.endsWith('.wasm')), ['/pkg/parallax_bg.wasm']);
  // The page's entries include its worker's module scripts: the worker's
  // code is one file (its modules, the core's glue and the glue's snippet
  // bundled), and the page, which runs the core itself only without a
  // worker, does not import the glue either.
  assert.equal(inPage.filter((p) => p === '/pkg/element/worker.js').length, 1, inPage.join(' '));
  assert.deepEqual(inPage.filter((p) => p === '/worker.js' || p === '/pkg/parallax.js' || p.startsWith('/pkg/snippets/')), [], inPage.join(' '));
  assert.equal(workers.length, 1);
  const inWorker = await workers[0].evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  assert.deepEqual(inWorker.filter((p) => p.endsWith('.wasm')), [], 'the worker fetched no wasm');
  await context.close();
});

test('the worker is one file, built from the current www/worker.js, www/core.js and the core\'s glue', () => {
  const built = readFileSync(new URL('../../pkg/element/worker.js', import.meta.url), 'utf8');
  assert.doesNotMatch(built, /^\s*(import|export)\s/m, 'no static import or export is left');
  // Every line of its sources, except their import and export keywords, is in it: else run ./x build.
  for (const source of [join(WWW, 'worker.js'), join(WWW, 'core.js'), fileURLToPath(new URL('../../pkg/parallax.js', import.meta.url))]) {
    const lines = readFileSync(source, 'utf8').split('\n').filter((l) => l.trim() && !/^(import|export)\s/.test(l));
    const missing = lines.filter((l) => !built.includes(l.replaceAll("'../pkg/", "'../").replace("new URL('parallax_bg.wasm', import.meta.url)", "new URL('../parallax_bg.wasm', import.meta.url)")));
    assert.deepEqual(missing, [], `pkg/element/worker.js is older than ${relative(WWW, source)}: run ./x build`);
  }
  // What it fetches itself, relative to where it is (pkg/element/): the HTML reader, and the wasm when the init message brings none.
  assert.ok(built.includes("import('../html/parallax_html.js')"));
  assert.ok(built.includes("new URL('../parallax_bg.wasm', import.meta.url)"));
});

test('the bundled worker loads the HTML reader from beside the core', async () => {
  const context = await env.browser.newContext();
  const requests = [];
  context.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const { page, problems } = await openPage(env.browser, env.base, { context });
  const article = (place, n) => `<!doctype html><html><head><title>Flood at ${place}</title></head><body><article><h1>River floods ${place}</h1><p>The river burst its banks at ${place} on Sunday, and ${n} homes were flooded, the county said.</p><p>Crews worked through the night.</p></article></body></html>`;
  await page.fill('#paste', `${article('Wenlow', 40)}\n===\n${article('Wenlow', 45)}`);
  await page.click('#add-pasted');
  await waitForResult(page);
  assert.equal(await page.evaluate(() => document.body.dataset.engine), 'worker');
  assert.equal(await page.locator('#cards .card').count(), 2);
  assert.equal(await page.locator('#cards .card.failed').count(), 0, await page.locator('#cards').textContent());
  assert.ok(requests.includes('/pkg/html/parallax_html_bg.wasm'), requests.join(' '));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a server that does not send application/wasm: the wasm is compiled from its bytes', async () => {
  const context = await env.browser.newContext();
  await context.route((url) => url.pathname.endsWith('/parallax_bg.wasm'), async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  const { page, problems } = await openPage(env.browser, `${env.base}?demo`, { context });
  await waitForResult(page);
  assert.equal(await page.evaluate(() => document.body.dataset.engine), 'worker');
  assert.ok((await page.locator('#discrepancies > *').count()) > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the worker warms the core up before it answers the first request', async () => {
  const calls = [];
  class Workspace {
    constructor() {
      calls.push('new');
      this.length = 0;
    }
    parse() {
      calls.push('parse');
      this.length += 1;
      return {};
    }
    compare() {
      calls.push('compare');
      return {};
    }
    highlight() {
      calls.push('highlight');
      return null;
    }
    free() {
      calls.push('free');
    }
  }
  const api = { Workspace, inputFormat: () => 'text', version: () => '0.0.0', diff: () => calls.push('diff') };
  const listeners = [];
  const posted = [];
  const scope = { addEventListener: (_, fn) => listeners.push(fn), postMessage: (m) => posted.push(m.type) };
  serveWorker(scope, async () => api);
  await listeners[0]({ data: { type: 'init' } });
  assert.deepEqual(posted, ['ready', 'warm']);
  assert.deepEqual(calls, ['new', 'parse', 'parse', 'compare', 'highlight', 'highlight', 'free']);
  await listeners[0]({ data: { type: 'diff', id: 1, a: 'x', b: 'y' } });
  assert.equal(calls.at(-1), 'diff');
});

test('the server answers an unchanged file with 304 and a changed tag with the file', async () => {
  const first = await fetch(`${env.base}app.js`);
  const etag = first.headers.get('etag');
  assert.match(etag, /^"[0-9a-z]+-[0-9a-z]+"$/);
  assert.equal(first.headers.get('cache-control'), 'no-cache');
  const again = await fetch(`${env.base}app.js`, { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  assert.equal((await again.arrayBuffer()).byteLength, 0);
  assert.ok(again.headers.get('content-security-policy'), 'a 304 carries the policy too');
  const other = await fetch(`${env.base}app.js`, { headers: { 'If-None-Match': '"0-0"' } });
  assert.equal(other.status, 200);
  assert.equal(await other.text(), await first.text());
  const wasm = await fetch(`${env.base}pkg/parallax_bg.wasm`, { headers: { 'If-None-Match': `W/${(await fetch(`${env.base}pkg/parallax_bg.wasm`)).headers.get('etag')}` } });
  assert.equal(wasm.status, 304, 'a weak tag matches too');
});

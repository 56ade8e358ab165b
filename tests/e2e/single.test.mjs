// The offline single file (dist/parallax.html, built by
// scripts/single-file.mjs) opened from file:// with no server: the demo must
// run, whether the browser lets the page start its blob: worker or the engine
// has to fall back to the main thread. The same fallback is checked on the
// served page by making Worker construction fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { setUp, openPage, waitForResult, shot } from './helpers.mjs';

const SINGLE = new URL('../../dist/parallax.html', import.meta.url);
let env;

before(async () => {
  // Always test the single file built from the current www/ and pkg/.
  execFileSync('node', [new URL('../../scripts/single-file.mjs', import.meta.url).pathname], { stdio: 'inherit' });
  env = await setUp();
});
after(async () => {
  await env?.close();
});

/** Makes `new Worker()` throw, as a browser that refuses workers would. */
const NO_WORKERS = () => {
  window.Worker = class {
    constructor() {
      throw new DOMException('Workers are disabled in this test', 'SecurityError');
    }
  };
};

async function runDemo(page) {
  await page.click('#demo');
  await waitForResult(page);
  assert.equal(await page.locator('#cards .card').count(), 4);
  assert.equal(await page.locator('#columns .column').count(), 4);
  assert.ok((await page.locator('#columns .px-shared').count()) > 0);
}

/**
 * Drops a saved page on top of the demo: the HTML reader (a second wasm,
 * inlined in the single file) loads on first use and reads it.
 */
async function addHtmlPage(page) {
  await page.evaluate(() => {
    const html = '<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry lost off Calder Point</h1><p>The ferry Morning Lark capsized on Tuesday, killing four people, the coast guard said.</p><p>Rescue boats pulled 22 passengers from the water.</p></article></body></html>';
    const dt = new DataTransfer();
    dt.items.add(new File([html], 'calder.html', { type: 'text/html' }));
    document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelectorAll('#cards .card').length === 5);
  await waitForResult(page);
  assert.equal(await page.locator('#cards .card.failed').count(), 0);
  assert.ok((await page.locator('#cards .card h3').allTextContents()).includes('Ferry lost off Calder Point'));
}

test('the single file works from file:// in Chromium', async () => {
  assert.equal(SINGLE.protocol, 'file:');
  const t0 = Date.now();
  const { page, problems, context } = await openPage(env.browser, SINGLE.href);
  const ready = await page.evaluate(() => window.__parallaxTimings.ready);
  const t1 = Date.now();
  await runDemo(page);
  const mode = await page.evaluate(() => document.body.dataset.engine);
  console.log(`# single file (file://, Chromium): page ready ${ready.toFixed(0)} ms (${t1 - t0} ms incl. driver), demo result ${Date.now() - t1} ms, engine: ${mode}`);
  // Chromium starts the classic blob: worker from file://.
  assert.equal(mode, 'worker');
  assert.match(await page.locator('#engine-mode').textContent(), /Web Worker/);
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('script[src], link[rel=stylesheet], link[rel=preload], link[rel=modulepreload]')].length), 0, 'nothing is loaded from files');
  await page.screenshot({ path: shot('single-file.png') });
  await addHtmlPage(page);
  // Reloaded from file://, the articles come back from IndexedDB.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await waitForResult(page);
  assert.equal(await page.evaluate(() => document.body.dataset.storage), 'indexeddb');
  assert.equal(await page.locator('#cards .card').count(), 5);
  assert.match(await page.locator('#status').textContent(), /Restored 5 articles/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the single file falls back to the main thread when no worker can start', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(NO_WORKERS);
  const { page, problems } = await openPage(env.browser, SINGLE.href, { context });
  await runDemo(page);
  await addHtmlPage(page);
  assert.equal(await page.evaluate(() => document.body.dataset.engine), 'main thread');
  assert.match(await page.locator('#engine-mode').textContent(), /main-thread fallback/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the served page falls back to the main thread too, and stays responsive', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(NO_WORKERS);
  const { page, problems } = await openPage(env.browser, env.base, { context });
  await runDemo(page);
  await addHtmlPage(page);
  assert.equal(await page.evaluate(() => document.body.dataset.engine), 'main thread');
  assert.deepEqual(problems, []);
  await context.close();
});


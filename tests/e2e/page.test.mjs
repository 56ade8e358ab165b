// End-to-end test of the page in Debian's Chromium, driven by playwright-core.
// The page is served by scripts/serve.mjs with the strict Content-Security-
// Policy, so anything the policy blocks shows up as a console error here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = new URL('../../target/e2e/', import.meta.url);

let server, browser, base;

before(async () => {
  server = await startServer({ port: 0 });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens the page and collects every console error and uncaught exception. */
async function openPage(path = '') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`exception: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  await page.goto(base + path);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  return { page, problems };
}

test('the demo loads, compares and renders with no console errors', async () => {
  const { page, problems } = await openPage();
  const response = await page.request.get(base);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(await page.locator('#version').textContent(), /^\d+\.\d+\.\d+$/);

  await page.click('#demo');
  await page.waitForSelector('#columns .column:nth-child(4)');
  assert.equal(await page.locator('#cards .card').count(), 4);
  assert.equal(await page.locator('#cards .card.failed').count(), 0);
  const titles = await page.locator('#cards .card h3').allTextContents();
  assert.ok(titles.some((t) => t.includes('Port Veyra')), titles.join(' | '));
  assert.equal(await page.locator('#similarity table tbody tr').count(), 4);
  assert.ok((await page.locator('#alignments .alignment').count()) > 0, 'aligned sentences are listed');
  assert.ok((await page.locator('#columns .px-shared').count()) > 0, 'shared sentences are highlighted');
  // The shared quote reads literally in every column.
  const columnText = await page.locator('#columns').textContent();
  assert.ok(columnText.includes('We will find out why this happened'));
  await page.screenshot({ path: new URL('demo.png', SHOTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('pasted text is parsed; empty input gets a clear error and nothing is lost', async () => {
  const { page, problems } = await openPage();
  await page.click('#add-pasted');
  assert.match(await page.locator('#status').textContent(), /empty/);
  const hostile = 'Storm <img src=x onerror="window.__pwned=1"> hits coast\n\nThe storm killed two people. <script>window.__pwned=1</script>';
  await page.fill('#paste', hostile);
  await page.click('#add-pasted');
  await page.waitForSelector('#cards .card');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from article text ran');
  assert.match(await page.locator('#cards .card h3').first().textContent(), /<img src=x/);
  await page.screenshot({ path: new URL('paste.png', SHOTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

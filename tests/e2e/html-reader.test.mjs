// The HTML reader is a wasm module of its own (pkg/html/), fetched the first
// time an HTML input arrives: a text-only session never downloads it, and a
// page that cannot load it says so beside the HTML input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp, openPage, waitForResult, fictionalArticle } from './helpers.mjs';

const PKG = new URL('../../pkg/', import.meta.url);

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const PAGE = {
  name: 'calder.html',
  type: 'text/html',
  text: '<!doctype html><html><head><title>Calder ferry</title></head><body><article><h1>Ferry lost off Calder Point</h1><p>The ferry Morning Lark capsized on Tuesday, killing four people, the coast guard said.</p><p>Rescue boats pulled 22 passengers from the water.</p></article></body></html>',
};

/** Drops `files` ({ name, type, text }) on the page's drop zone; gives the page's state just after. */
async function drop(page, files) {
  return page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: f.type }));
    document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    return document.body.dataset.state;
  }, files);
}

/** The paths of the HTML reader's files the page (or its worker) requested. */
function readerRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pkg/html/')) seen.push(path);
  });
  return seen;
}

test('the demo never fetches the HTML reader; the first HTML input does, once', async () => {
  const { page, problems, context } = await openPage(env.browser, env.base);
  const fetched = readerRequests(page);
  await page.click('#demo');
  await waitForResult(page);
  assert.equal(await page.locator('#cards .card:not(.failed)').count(), 4);
  assert.deepEqual(fetched, [], 'text-only: no request under /pkg/html/');

  // Files are read asynchronously; the page must not look 'done' meanwhile,
  // or a caller waiting on data-state sees the demo's result (a flaky CI run).
  assert.equal(await drop(page, [PAGE]), 'reading');
  await waitForResult(page);
  await page.waitForFunction(() => document.querySelectorAll('#cards .card').length === 5);
  assert.equal(await page.locator('#cards .card.failed').count(), 0);
  assert.ok((await page.locator('#cards .card h3').allTextContents()).includes('Ferry lost off Calder Point'));
  assert.deepEqual(fetched.filter((p) => p.endsWith('.wasm')), ['/pkg/html/parallax_html_bg.wasm']);

  // A second page reuses the loaded reader.
  await drop(page, [{ ...PAGE, name: 'calder-2.html', text: PAGE.text.replace('four people', 'five people') }]);
  await page.waitForFunction(() => document.querySelectorAll('#cards .card').length === 6);
  await waitForResult(page);
  assert.equal(fetched.filter((p) => p.endsWith('.wasm')).length, 1, `fetched once: ${fetched}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page declaring windows-1252 is decoded by the browser\'s TextDecoder in the HTML reader', async () => {
  const { page, problems, context } = await openPage(env.browser, env.base);
  // \x93 and \x94 are curly quotes in windows-1252 (C1 controls in ISO-8859-1).
  const latin = '<!doctype html><html><head><meta charset="iso-8859-1"><title>Caf\xe9 pier</title></head><body><article><h1>Pier caf\xe9 closes</h1><p>The pier caf\xe9 in Lowmoor closed on Friday after forty years, its owner said on Saturday morning.</p><p>\x93We served the whole town,\x94 said the owner, Oda Brenn, who ran it with her sister.</p></article></body></html>';
  await page.setInputFiles('#files', [{ name: 'pier.html', mimeType: 'text/html', buffer: Buffer.from(latin, 'latin1') }]);
  await waitForResult(page);
  await page.waitForFunction(() => document.querySelectorAll('#cards .card').length === 1);
  assert.equal(await page.locator('#cards .card.failed').count(), 0);
  const text = await page.evaluate(() => document.getElementById('columns').textContent);
  assert.ok(text.includes('\u201cWe served the whole town,\u201d'), text);
  assert.ok(text.includes('pier caf\u00e9'), text);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an HTML reader that cannot load is reported beside the HTML input only', async () => {
  const context = await env.browser.newContext();
  await context.route('**/pkg/html/parallax_html_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const { page, problems } = await openPage(env.browser, env.base, { context });
  await drop(page, [{ name: 'lowmoor.txt', type: 'text/plain', text: fictionalArticle(0) }, PAGE]);
  await waitForResult(page);
  await page.waitForFunction(() => document.querySelectorAll('#cards .card').length === 2);
  assert.equal(await page.locator('#cards .card:not(.failed)').count(), 1, 'the text article still parses');
  assert.match(await page.locator('#cards .card.failed .error').textContent(), /could not load the HTML reader: /);
  // The 404 itself is the only problem the page saw.
  assert.ok(problems.every((p) => /404|parallax_html_bg\.wasm/.test(p)), problems.join('\n'));
  await context.close();
});

test('the core refuses HTML with a message naming the reader; inputFormat() tells them apart; the reader warns on bad bytes', async () => {
  const core = await import(new URL('parallax.js', PKG));
  core.initSync({ module: readFileSync(new URL('parallax_bg.wasm', PKG)) });
  const reader = await import(new URL('html/parallax_html.js', PKG));
  reader.initSync({ module: readFileSync(new URL('html/parallax_html_bg.wasm', PKG)) });
  assert.equal(core.inputFormat(PAGE.text), 'html');
  assert.equal(core.inputFormat(fictionalArticle(1)), 'text');
  assert.equal(core.inputFormat(new TextEncoder().encode(PAGE.text)), 'html');
  assert.equal(core.inputFormat(PAGE.text, { format: 'text' }), 'text');
  assert.equal(core.inputFormat('Plain words', { fileName: 'story.html' }), 'html');
  assert.throws(() => core.parse(PAGE.text), /reads text only: HTML pages are read by Parallax's HTML module/);
  assert.throws(() => core.parse(new TextEncoder().encode(PAGE.text)), /reads text only/);
  assert.ok(core.parse(fictionalArticle(1)).paragraphs.length > 0);
  const fromText = reader.parse(PAGE.text);
  assert.equal(fromText.title.text, 'Ferry lost off Calder Point');
  // Bytes that are not valid UTF-8: decoded with replacement, and said so.
  const bytes = new Uint8Array([...new TextEncoder().encode(PAGE.text.replace('four people', 'four people \u0001')), 0xff]);
  bytes[bytes.indexOf(1)] = 0xfe;
  const fromBytes = reader.parse(bytes, { fileName: 'calder.html' });
  assert.equal(fromBytes.title.text, 'Ferry lost off Calder Point');
  assert.deepEqual(fromBytes.warnings, ['Some bytes of this page are not valid UTF-8; they were replaced with \ufffd.']);
  assert.match(reader.htmlMetadata(PAGE.text).title, /Ferry|ferry/);
});

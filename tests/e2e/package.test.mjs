// pkg/ as an npm package: `npm pack`, installed into a scratch project, then
// used from node (ESM) and, in Chromium, as <parallax-compare> loaded from
// /vendor/parallax/ on a host page that drives it only through its public
// API (attributes, properties, methods and events). Needs the release build
// in pkg/ (./x test builds it before this step).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile, readFile, rm, mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CSP } from '../../scripts/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS, watch, fictionalArticle } from './helpers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PKG = join(ROOT, 'pkg');
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

let scratch;
let installed;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'parallax-pkg-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: PKG, encoding: 'utf8' });
  const tarball = join(scratch, JSON.parse(out)[0].filename);
  const project = join(scratch, 'project');
  await mkdir(project);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project });
  installed = join(project, 'node_modules', 'parallax');
});
after(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

test('the packed package holds the core, the element, its types, a README and both licences', async () => {
  const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  assert.deepEqual(Object.keys(manifest.exports).slice(0, 2), ['.', './element']);
  for (const file of ['parallax.js', 'parallax.d.ts', 'parallax_bg.wasm', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE',
    'custom-elements.json', 'element/parallax-compare.js', 'element/parallax-compare.d.ts', 'element/worker.js', 'element/style.css',
    'html/parallax_html.js', 'html/parallax_html.d.ts', 'html/parallax_html_bg.wasm']) {
    await readFile(join(installed, file)); // throws if the tarball left it out
  }
  const platform = await readFile(join(installed, 'element', 'platform.js'), 'utf8');
  // (platform.js imports the glue only for the main-thread fallback, with import().)
  assert.ok(platform.includes("import('../parallax.js')") && !platform.includes('../pkg/'), 'the element imports the core from the package, not the repository layout');
});

test('custom-elements.json lists every --parallax-* property and part the element has', async () => {
  const manifest = JSON.parse(await readFile(join(installed, 'custom-elements.json'), 'utf8'));
  const decl = manifest.modules[0].declarations[0];
  const css = await readFile(join(installed, 'element', 'parallax-compare.css'), 'utf8');
  const js = await readFile(join(installed, 'element', 'parallax-compare.js'), 'utf8');
  const props = [...new Set([...css.matchAll(/var\((--parallax-[a-z-]+),/g)].map((m) => m[1]))].sort();
  const parts = [...new Set([...js.matchAll(/part: '([a-z-]+)'/g)].map((m) => m[1]))].sort();
  assert.deepEqual(decl.cssProperties.map((p) => p.name).sort(), props);
  assert.deepEqual(decl.cssParts.map((p) => p.name).sort(), parts);
  const observed = js.match(/observedAttributes = \[([^\]]*)\]/)[1].match(/'([a-z-]+)'/g).map((s) => s.slice(1, -1)).sort();
  assert.deepEqual(decl.attributes.map((a) => a.name).sort(), observed);
});

test('node imports the installed package as ESM and compares two articles', async () => {
  const script = [
    "import init, { parse, compare, version } from 'parallax';",
    "import { readFile } from 'node:fs/promises';",
    "await init({ module_or_path: await readFile(new URL(import.meta.resolve('parallax/parallax_bg.wasm'))) });",
    `const texts = ${JSON.stringify([fictionalArticle(0), fictionalArticle(1)])};`,
    'const articles = texts.map((text, i) => parse(text, { fileName: `a${i}.txt` }));',
    'const c = compare(articles);',
    'console.log(JSON.stringify({ version: version(), events: c.events.length, aligned: c.alignments.length, headline: articles[0].title?.text }));',
  ].join('\n');
  await writeFile(join(installed, '..', '..', 'use.mjs'), script);
  const out = JSON.parse(execFileSync('node', ['use.mjs'], { cwd: join(installed, '..', '..'), encoding: 'utf8' }));
  assert.match(out.version, /^\d+\.\d+\.\d+/);
  assert.equal(out.events, 1, 'two tellings of one ferry capsizing are one event');
  assert.ok(out.aligned > 0);
  assert.match(out.headline, /Ferry Capsizes Off Calder Point/);
});

/** Serves the host page at /, the installed package at /vendor/parallax/ and again at /mirror/. */
function hostServer() {
  const host = `<!doctype html><meta charset="utf-8"><title>Host</title>
<script type="module" src="/vendor/parallax/element/parallax-compare.js"></script>
<parallax-compare id="px"></parallax-compare>`;
  return createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP });
      res.end(body);
    };
    if (path === '/') return send(200, TYPES['.html'], host);
    if (path === '/favicon.ico') return send(204, TYPES['.txt'], '');
    const prefix = ['/vendor/parallax/', '/mirror/'].find((p) => path.startsWith(p));
    const rel = prefix && normalize(path.slice(prefix.length));
    if (!rel || rel.startsWith('..')) return send(404, TYPES['.txt'], 'not found');
    try {
      send(200, TYPES[extname(rel)] ?? 'application/octet-stream', await readFile(join(installed, rel)));
    } catch {
      send(404, TYPES['.txt'], 'not found');
    }
  });
}

test('the element from /vendor/parallax/ is driven through its public API, and base moves its wasm', async () => {
  const server = hostServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const problems = watch(page);
    const wasmFrom = [];
    page.on('request', (r) => r.url().endsWith('.wasm') && wasmFrom.push(new URL(r.url()).pathname));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => customElements.get('parallax-compare'));
    const seen = await page.evaluate(async (texts) => {
      const px = document.getElementById('px');
      const events = [];
      for (const type of ['parallax-result', 'parallax-progress', 'parallax-error']) {
        document.addEventListener(type, (ev) => events.push(ev.type));
      }
      px.theme = 'dark';
      px.hide = 'person place';
      const result = await px.setArticles(texts.map((text, i) => ({ name: `outlet-${i}.txt`, text })));
      if (!result) return { status: px.shadowRoot.querySelector('.status').textContent };
      await px.setArticles([]);
      return {
        theme: px.getAttribute('theme'),
        hide: px.getAttribute('hide'),
        events: [...new Set(events)].sort(),
        articles: result.articles.length,
        events1: result.comparison.events.length,
        columns: px.shadowRoot.querySelectorAll('.column').length,
        tag: document.createElement('parallax-compare').constructor.name,
      };
    }, [fictionalArticle(2), fictionalArticle(3)]);
    assert.deepEqual(seen, {
      theme: 'dark', hide: 'person place',
      events: ['parallax-error', 'parallax-progress', 'parallax-result'],
      articles: 2, events1: 1, columns: 2, tag: 'ParallaxCompare',
    });
    assert.ok(wasmFrom.length > 0 && wasmFrom.every((p) => p === '/vendor/parallax/parallax_bg.wasm'), `wasm from ${wasmFrom}`);

    wasmFrom.length = 0;
    const fromMirror = await page.evaluate(async (text) => {
      const px = document.createElement('parallax-compare');
      px.base = '/mirror/';
      document.body.append(px);
      const result = await px.setArticles([{ name: 'one.txt', text }]);
      return { base: px.getAttribute('base'), articles: result.articles.length };
    }, fictionalArticle(4));
    assert.deepEqual(fromMirror, { base: '/mirror/', articles: 1 });
    assert.ok(wasmFrom.includes('/mirror/parallax_bg.wasm'), `base="/mirror/" loads the wasm from there (${wasmFrom})`);
    assert.ok(!wasmFrom.some((p) => p.includes('/html/')), `no HTML reader for text (${wasmFrom})`);

    // A saved page: the HTML reader comes from base too, on first use.
    wasmFrom.length = 0;
    const fromPage = await page.evaluate(async () => {
      const px = document.querySelector('parallax-compare[base]');
      const html = '<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry lost off Calder Point</h1><p>The ferry Morning Lark capsized on Tuesday, killing four people, the coast guard said.</p><p>Rescue boats pulled 22 passengers from the water.</p></article></body></html>';
      const result = await px.setArticles([{ name: 'calder.html', text: html }]);
      return { articles: result.articles.length, title: result.articles[0]?.title?.text };
    });
    assert.deepEqual(fromPage, { articles: 1, title: 'Ferry lost off Calder Point' });
    assert.deepEqual(wasmFrom, ['/mirror/html/parallax_html_bg.wasm']);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    server.close();
  }
});

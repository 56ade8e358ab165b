// The HTML benchmark, in one run: `node bench/html/run.mjs` from the repo
// root (after `npm install` in bench/html and a wasm build:
// `wasm-pack build --release --target nodejs --out-dir target/pkg-node`).
//
// 1. Body extraction on ../shared/corpora/article-extraction-benchmark: the
//    benchmark's metric (metric.mjs), proven on the peers' published outputs,
//    then Parallax (wasm) and Readability.js 0.6.0 on jsdom 20.0.2 run here.
// 2. Metadata on ../shared/corpora/readability-test-pages: exact matches.
// 3. Speed and peak memory: Parallax in wasm vs Readability.js on jsdom, the
//    same pages, each in its own child process so peak RSS is its own.
// 4. Bad input: truncated, bodiless, deeply nested, huge inline images,
//    legacy charsets, no article.
//
// Options: --shared DIR (default ../shared beside the repo), --pkg DIR
// (default target/pkg-node), --json FILE to also write the figures.

import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { evaluate } from './metric.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const shared = path.resolve(option('--shared', path.join(repo, '../shared')));
const pkg = path.resolve(option('--pkg', path.join(repo, 'target/pkg-node')));
const benchDir = path.join(shared, 'corpora/article-extraction-benchmark');
const pagesDir = path.join(shared, 'corpora/readability-test-pages');
const FAKE_URL = 'http://fakehost/test/page.html';

const PUBLISHED_F1 = { rs_trafilatura: 0.970, go_trafilatura: 0.960, trafilatura: 0.958, readability_js: 0.947, newspaper: 0.949, dom_smoothie: 0.865 };

function loadPages() {
  const truth = JSON.parse(fs.readFileSync(path.join(benchDir, 'ground-truth.json'), 'utf8'));
  const pages = Object.keys(truth).map((id) => ({
    id,
    url: truth[id].url,
    html: zlib.gunzipSync(fs.readFileSync(path.join(benchDir, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
  return { truth, pages };
}

// ---------------------------------------------------------------- workers --
// A worker runs one system over the pages and reports its outputs, timing
// and peak memory to the parent.

/** The body as the benchmark counts it: body and subhead lines of the text. */
function parallaxBody(article) {
  return article.lines
    .filter((l) => l.role === 'body' || l.role === 'subhead')
    .map((l) => article.text.slice(l.span.start, l.span.end))
    .join('\n');
}

async function workerParallax() {
  const { pages } = loadPages();
  const t0 = performance.now();
  const require = createRequire(import.meta.url);
  const parallax = require(path.join(pkg, 'parallax.js'));
  const loadMs = performance.now() - t0;
  const { output, ms, cpuMs } = extractAll(pages, (page) => parallaxBody(parallax.parse(page.html, { format: 'html', url: page.url })));
  const metadata = {};
  for (const name of fs.readdirSync(pagesDir).sort()) {
    const file = path.join(pagesDir, name, 'source.html');
    if (fs.existsSync(file)) metadata[name] = parallax.htmlMetadata(fs.readFileSync(file, 'utf8'), FAKE_URL);
  }
  return { output, ms, cpuMs, loadMs, pages: pages.length, metadata, version: parallax.version() };
}

async function workerReadability() {
  const { pages } = loadPages();
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const quiet = new VirtualConsole(); // jsdom reports CSS it cannot parse; not ours to show
  const { output, ms, cpuMs } = extractAll(pages, (page) => {
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return (article && article.textContent) || '';
  });
  return { output, ms, cpuMs, pages: pages.length };
}

/**
 * Runs one system's extraction over every page, timing the loop alone (wall
 * and CPU); a page the system fails on counts as an empty body.
 */
function extractAll(pages, bodyOf) {
  const output = {};
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const page of pages) {
    let body = '';
    try {
      body = bodyOf(page);
    } catch {
      body = '';
    }
    output[page.id] = { articleBody: body };
  }
  return { output, ms: performance.now() - start, cpuMs: cpuMsSince(cpu) };
}

/** CPU time of this process (all its threads, garbage collection included) since `from`. */
function cpuMsSince(from) {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

async function workerIdle() {
  loadPages();
  return {};
}

if (process.env.PARALLAX_BENCH_WORKER) {
  const which = process.env.PARALLAX_BENCH_WORKER;
  const run = { parallax: workerParallax, readability: workerReadability, idle: workerIdle }[which];
  const result = await run();
  result.maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.send(result, () => process.exit(0));
} else {
  await main();
}

function runWorker(which) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), args, { env: { ...process.env, PARALLAX_BENCH_WORKER: which }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result;
    child.on('message', (m) => (result = m));
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`${which} worker exited with ${code}`))));
  });
}

// ------------------------------------------------------------------- main --

function f3(x) {
  return x.toFixed(3);
}

async function main() {
  for (const [what, where] of [['shared corpora', benchDir], ['wasm build', path.join(pkg, 'parallax.js')]]) {
    if (!fs.existsSync(where)) {
      console.error(`Missing ${what} at ${where}.`);
      process.exit(1);
    }
  }
  const { truth } = loadPages();
  const figures = {};

  console.log('== 1. Body extraction: article-extraction-benchmark (181 pages), 4-token shingle F1 ==');
  console.log('Metric check on the peers\' published outputs (peer-output/):');
  console.log(`  ${'system'.padEnd(18)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)}  published  match`);
  let allMatch = true;
  for (const file of fs.readdirSync(path.join(benchDir, 'peer-output')).sort()) {
    const name = file.replace(/\.json$/, '');
    const data = JSON.parse(fs.readFileSync(path.join(benchDir, 'peer-output', file), 'utf8'));
    const r = evaluate(truth, data.output || data);
    const published = PUBLISHED_F1[name];
    const match = published === undefined ? '' : f3(r.f1) === f3(published) ? 'yes' : 'NO';
    if (match === 'NO') allMatch = false;
    console.log(`  ${name.padEnd(18)} ${f3(r.precision).padStart(9)} ${f3(r.recall).padStart(7)} ${f3(r.f1).padStart(6)}  ${published === undefined ? '  -  ' : f3(published)}      ${match}`);
    figures[`peer_${name}`] = r.f1;
  }
  console.log(`  metric reproduces the published figures: ${allMatch ? 'yes' : 'NO'}`);

  const idle = await runWorker('idle');
  const parallax = await runWorker('parallax');
  const readability = await runWorker('readability');
  const p = evaluate(truth, parallax.output);
  const r = evaluate(truth, readability.output);
  console.log('Run here, same pages, same metric:');
  console.log(`  ${'Parallax ' + parallax.version + ' (wasm)'} precision ${f3(p.precision)} recall ${f3(p.recall)} F1 ${f3(p.f1)}   (resolve at >= 0.960, aim > 0.970)`);
  console.log(`  Readability.js 0.6.0 + jsdom 20.0.2 precision ${f3(r.precision)} recall ${f3(r.recall)} F1 ${f3(r.f1)}   (its textContent)`);
  figures.parallax_f1 = p.f1;
  figures.readability_run_f1 = r.f1;

  console.log('\n== 2. Metadata: readability-test-pages (130 pages), exact string matches ==');
  const fields = [['title', 'title', 0.95], ['byline', 'byline', 0.9], ['siteName', 'siteName', 0.9], ['publishedTime', 'publishedTime', 0.9], ['excerpt', 'excerpt', null]];
  for (const [expectedKey, ourKey, target] of fields) {
    let set = 0;
    let hit = 0;
    let hitSpacing = 0;
    for (const [name, got] of Object.entries(parallax.metadata)) {
      const expected = JSON.parse(fs.readFileSync(path.join(pagesDir, name, 'expected-metadata.json'), 'utf8'))[expectedKey];
      // Title and excerpt are compared on every page; the rest where set.
      if (expected == null && expectedKey !== 'title' && expectedKey !== 'excerpt') continue;
      set++;
      if ((got[ourKey] ?? '') === (expected ?? '')) hit++;
      const squash = (v) => (v ?? '').replace(/\s+/g, ' ').trim();
      if (squash(got[ourKey]) === squash(expected)) hitSpacing++;
    }
    const share = hit / set;
    const label = expectedKey === 'excerpt' ? 'dek vs excerpt' : expectedKey;
    const spacing = hitSpacing === hit ? '' : `   (ignoring whitespace runs: ${hitSpacing}/${set} ${(100 * hitSpacing / set).toFixed(1)}%)`;
    console.log(`  ${label.padEnd(15)} ${String(hit).padStart(3)}/${String(set).padEnd(3)} ${(100 * share).toFixed(1).padStart(5)}%${target ? `   target >= ${target * 100}%  ${share >= target ? 'met' : 'NOT met'}` : ''}${spacing}`);
    figures[`metadata_${expectedKey}`] = share;
  }

  console.log('\n== 3. Speed and memory: the same 181 pages, each system in its own node process ==');
  const pms = parallax.ms / parallax.pages;
  const rms = readability.ms / readability.pages;
  const pcpu = parallax.cpuMs / parallax.pages;
  const rcpu = readability.cpuMs / readability.pages;
  console.log(`  ${''.padEnd(38)} wall ms/page   CPU ms/page   peak RSS`);
  console.log(`  ${'Parallax (wasm)'.padEnd(38)} ${pms.toFixed(1).padStart(12)} ${pcpu.toFixed(1).padStart(13)} ${parallax.maxRssMb.toFixed(0).padStart(7)} MB   (wasm load ${parallax.loadMs.toFixed(0)} ms, not counted)`);
  console.log(`  ${'Readability.js 0.6.0 on jsdom 20.0.2'.padEnd(38)} ${rms.toFixed(1).padStart(12)} ${rcpu.toFixed(1).padStart(13)} ${readability.maxRssMb.toFixed(0).padStart(7)} MB`);
  console.log(`  ${'node with the pages loaded, idle'.padEnd(38)} ${''.padStart(12)} ${''.padStart(13)} ${idle.maxRssMb.toFixed(0).padStart(7)} MB`);
  const verdict = (x) => (x >= 10 ? 'met' : 'NOT met');
  console.log(`  Parallax is ${(rms / pms).toFixed(1)}x faster by wall time (target >= 10x: ${verdict(rms / pms)}), ${(rcpu / pcpu).toFixed(1)}x by CPU time (${verdict(rcpu / pcpu)})`);
  console.log('  Wall time swings with other load on the machine; CPU time is steadier but counts every thread of the');
  console.log("  process, so jsdom's garbage-collector threads count against Readability.js.");
  figures.parallax_cpu_ms_per_page = pcpu;
  figures.readability_cpu_ms_per_page = rcpu;
  figures.parallax_ms_per_page = pms;
  figures.readability_ms_per_page = rms;
  figures.speed_ratio = rms / pms;
  figures.parallax_peak_rss_mb = parallax.maxRssMb;
  figures.readability_peak_rss_mb = readability.maxRssMb;
  figures.idle_peak_rss_mb = idle.maxRssMb;

  console.log('\n== 4. Bad input (wasm) ==');
  const require = createRequire(import.meta.url);
  const wasm = require(path.join(pkg, 'parallax.js'));
  const para = '<p>The council of Brackenford voted on Tuesday to close the old ferry pier, which has stood since 1911, after an inspection found its pilings rotten.</p>';
  const latin = (s) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
  const cases = [
    ['truncated HTML', `<html><head><title>Pier closes</title></head><body><article>${para}${para.replace('Tuesday', 'Monday')}<p>The mayor said repairs would co`],
    ['no <body>', `<title>Pier closes</title>${para}${para.replace('council', 'mayor')}`],
    ['10,000 nested divs', `<html><body>${'<div>'.repeat(10000)}${para}${para.replace('1911', '1912')}${'</div>'.repeat(10000)}</body></html>`],
    ['5 MB inline data: image', `<html><body><article><img src="data:image/png;base64,${'A'.repeat(5 * 1024 * 1024)}">${para}${para.replace('old', 'older')}</article></body></html>`],
    ['windows-1252 bytes', latin(`<html><head><meta charset="windows-1252"></head><body><article><p>\x93We will miss it,\x94 said Ada Quell, 71 \x96 a ferry hand since 1970, on Tuesday at the caf\xe9 by the pier.</p>${para}</article></body></html>`)],
    ['ISO-8859-1 bytes', latin(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><article><p>The na\xefve plan cost \xa3400,000, the council\x92s report said on Tuesday, and nobody could say who had signed it off.</p>${para}</article></body></html>`)],
    ['no article', '<html><head><title>Brackenford Gazette</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© Gazette</footer></body></html>'],
  ];
  for (const [name, input] of cases) {
    const start = performance.now();
    let outcome;
    try {
      const a = wasm.parse(input, { format: 'html' });
      const firstBody = a.lines.find((l) => l.role === 'body');
      const sample = firstBody ? a.text.slice(firstBody.span.start, Math.min(firstBody.span.end, firstBody.span.start + 60)) : '';
      outcome = `ok: ${a.paragraphs.length} paragraphs, "${sample}…"${a.warnings.length ? `; warning: ${a.warnings[0]}` : ''}`;
    } catch (e) {
      outcome = `error: ${e.message}`;
    }
    console.log(`  ${name.padEnd(24)} ${(performance.now() - start).toFixed(0).padStart(5)} ms  ${outcome}`);
  }

  const jsonOut = option('--json');
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(figures, null, 2));
}

// `./x bench`: one run, native and wasm side by side.
// Runs the native example (examples/bench.rs) for its figures (parse speed
// on ECB+ among them, split in wasm into core and conversion), then the same
// cases through the wasm build under node (target/pkg-node), and prints
// throughput for both and their ratio, then the sizes of the page's two wasm
// modules.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const px = require(`${root}target/pkg-node/parallax.js`);

function texts(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
}

/** Seconds per iteration, best of five batches of at least 0.3 s (as natively). */
function time(f) {
  let n = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < n; i++) f();
    if (performance.now() - t >= 300) break;
    n *= 2;
  }
  let best = Infinity;
  for (let b = 0; b < 5; b++) {
    const t = performance.now();
    for (let i = 0; i < n; i++) f();
    best = Math.min(best, (performance.now() - t) / 1000 / n);
  }
  return best;
}

const nativeRun = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'bench'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
);
const native = nativeRun.native;

const shared = process.env.PARALLAX_SHARED ?? `${root}../shared`;
// Real articles: ECB+ (sorted file names, as natively).
const ecbDir = `${shared}/corpora/ecbplus`;
const ecbTexts = existsSync(ecbDir)
  ? readdirSync(ecbDir).filter((f) => f.startsWith('t') && f.endsWith('.txt')).sort().map((f) => readFileSync(`${ecbDir}/${f}`, 'utf8'))
  : [];
if (ecbTexts.length === 0) {
  if (process.env.CI === 'true') throw new Error(`CI=true but ${ecbDir} is missing: clone the shared data beside the project.`);
  console.log(`NOTICE: ${ecbDir} not found; no parse speed on real text`);
}
const sets = { demo: texts(`${root}www/demo`), seeds: texts(`${shared}/seeds`), corpus: texts(`${root}target/bench-corpus`), ecb: ecbTexts };

const rows = [];
for (const n of native) {
  const input = sets[n.set];
  const parseS = time(() => input.forEach((t) => px.parse(t)));
  const mb = n.bytes / 1e6;
  rows.push([`parse ${n.set}`, `${n.articles} articles, ${(n.bytes / 1024).toFixed(1)} KiB`,
    `${(mb / n.parseSeconds).toFixed(1)} MB/s`, `${(mb / parseS).toFixed(1)} MB/s`, (parseS / n.parseSeconds).toFixed(2)]);
  // Where parse's time goes in wasm: the core alone (nothing crosses),
  // then with the tape written; the rest of the full parse is decoding the
  // tape into JS objects (benchParse, built into target/pkg-node only).
  if (n.set === 'ecb' && px.benchParse) {
    const coreS = time(() => input.forEach((t) => px.benchParse(t, 0)));
    const tapeS = time(() => input.forEach((t) => px.benchParse(t, 1)));
    const share = (s) => `${((100 * s) / parseS).toFixed(0)}% of wasm parse`;
    rows.push([`  wasm core only`, `nothing crosses to JS`, '', `${(mb / coreS).toFixed(1)} MB/s`, share(coreS)]);
    rows.push([`  + tape written`, `not decoded`, '', `${(mb / tapeS).toFixed(1)} MB/s`, share(tapeS)]);
    rows.push([`  conversion`, `tape write + decode`, '', `${((parseS - coreS) * 1000).toFixed(0)} ms`, share(parseS - coreS)]);
  }
  if (n.compareSeconds === undefined) continue;
  const articles = input.map((t) => px.parse(t));
  const compareS = time(() => px.compare(articles));
  rows.push([`compare ${n.set}`, `${n.articles} articles`,
    `${(n.compareSeconds * 1000).toFixed(3)} ms`, `${(compareS * 1000).toFixed(3)} ms`, (compareS / n.compareSeconds).toFixed(2)]);
}
// Scale: the generated corpus, compared at 100, 300 and 1,000 articles.
const corpusArticles = sets.corpus.map((t) => px.parse(t));
for (const s of nativeRun.scale) {
  const slice = corpusArticles.slice(0, s.articles);
  const compareS = time(() => px.compare(slice));
  rows.push([`compare scale`, `${s.articles} generated articles`,
    `${(s.compareSeconds * 1000).toFixed(0)} ms`, `${(compareS * 1000).toFixed(0)} ms`, (compareS / s.compareSeconds).toFixed(2)]);
}
// Real articles: ECB+ compared at 250, 500 and 982, each size in a fresh
// node process (bench/compare-ecb.mjs) so the first call is the page's first
// call; the wasm column is a repeat call, and where its time goes follows.
// Linear growth shows as a steady time per 100 articles.
for (const s of nativeRun.ecb ?? []) {
  const r = JSON.parse(
    execFileSync('node', [`${root}bench/compare-ecb.mjs`, `${root}target/pkg-node`, ecbDir, String(s.articles)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
  );
  const per100 = (t) => `${((t * 100) / s.articles).toFixed(0)} ms/100`;
  rows.push([`compare ECB+`, `${s.articles} real articles`,
    `${(s.compareSeconds * 1000).toFixed(0)} ms (${per100(s.compareSeconds * 1000)})`, `${r.repeatMs.toFixed(0)} ms (${per100(r.repeatMs)})`,
    (r.repeatMs / 1000 / s.compareSeconds).toFixed(2)]);
  rows.push([`  first call`, `fresh node process`, '', `${r.firstMs.toFixed(0)} ms (${per100(r.firstMs)})`, `${(r.firstMs / r.repeatMs).toFixed(2)}× a repeat`]);
  if (r.coreMs !== undefined) {
    const share = (t) => `${((100 * t) / r.repeatMs).toFixed(0)}% of a repeat`;
    rows.push([`  articles read in`, `JS to Rust`, '', `${r.inputMs.toFixed(0)} ms`, share(r.inputMs)]);
    rows.push([`  core compare`, `nothing crosses`, '', `${r.coreMs.toFixed(0)} ms`, share(r.coreMs)]);
    rows.push([`  result out`, `tape write + decode`, '', `${(r.tapeMs + r.decodeMs).toFixed(0)} ms`, share(r.tapeMs + r.decodeMs)]);
  }
}
// Where the first call's time goes at the largest size, step by step
// (benchCompareSteps in a fresh process: the same work as compare).
const largest = (nativeRun.ecb ?? []).at(-1);
let firstSteps = '';
if (largest && px.benchCompareSteps) {
  const r = JSON.parse(
    execFileSync('node', [`${root}bench/compare-ecb.mjs`, `${root}target/pkg-node`, ecbDir, String(largest.articles), 'steps'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
  );
  firstSteps = `first compare of ${largest.articles} ECB+ articles in wasm, ${r.firstMs.toFixed(0)} ms by step: ${r.steps.map(([step, t]) => `${step} ${t.toFixed(0)}`).join(', ')}`;
}
const header = ['case', 'input', 'native', 'wasm (node)', 'wasm/native time'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(header));
rows.forEach((r) => console.log(line(r)));
if (firstSteps) console.log(firstSteps);

// The page's two modules: the core, fetched on every load, and the HTML
// reader, fetched the first time an HTML input arrives.
console.log('');
for (const [name, file] of [['core', 'pkg/parallax_bg.wasm'], ['HTML reader', 'pkg/html/parallax_html_bg.wasm']]) {
  const wasm = readFileSync(`${root}${file}`);
  console.log(`wasm size, ${name} (${file}): ${wasm.length} bytes raw, ${gzipSync(wasm, { level: 9 }).length} bytes gzip -9`);
}

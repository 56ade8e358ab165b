// One row of `./x bench`'s ECB+ compare: run by bench/bench.mjs in a fresh
// node process per size, so the first call is honestly the first (the wasm
// compiled by the baseline tier, nothing warmed up), as a page meets it.
//   node bench/compare-ecb.mjs <pkg dir> <ECB+ dir> <articles> [steps]
// With `steps`, the first call is benchCompareSteps instead (feature bench):
// the same work as compare, and the time of each step of that first call.
// Parses the first <articles> ECB+ files (sorted by name) first, untimed,
// then times compare: the first call, then the best of three repeats (wall
// time, and CPU time of the process beside it), then
// where a repeat's time goes (benchCompare, feature bench): reading the
// articles from JavaScript, the core, writing the tape, decoding it.
// Prints one line of JSON.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [pkg, dir, count] = process.argv.slice(2);
const px = createRequire(import.meta.url)(`${pkg}/parallax.js`);
const files = readdirSync(dir).filter((f) => f.startsWith('t') && f.endsWith('.txt')).sort().slice(0, Number(count));
const articles = files.map((f) => px.parse(readFileSync(`${dir}/${f}`, 'utf8'), { id: f }));

const ms = (f) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
// CPU time of the whole process (every thread: V8 compiles and collects
// garbage beside the main one), less disturbed by a busy machine than wall
// time.
const cpuMs = (f) => {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};
const best = (f) => Math.min(ms(f), ms(f), ms(f));
if (process.argv[5] === 'steps') {
  let steps;
  const firstMs = ms(() => {
    steps = px.benchCompareSteps(articles);
  });
  console.log(JSON.stringify({ articles: articles.length, firstMs, steps }));
  process.exit(0);
}
let firstMs;
const firstCpuMs = cpuMs(() => {
  firstMs = ms(() => px.compare(articles));
});
const repeatMs = best(() => px.compare(articles));
const repeatCpuMs = Math.min(cpuMs(() => px.compare(articles)), cpuMs(() => px.compare(articles)));
const split = {};
if (px.benchCompare) {
  const stages = [0, 1, 2].map((s) => best(() => px.benchCompare(articles, s)));
  split.inputMs = stages[0];
  split.coreMs = stages[1] - stages[0];
  split.tapeMs = stages[2] - stages[1];
  split.decodeMs = repeatMs - stages[2];
}
console.log(JSON.stringify({ articles: articles.length, firstMs, firstCpuMs, repeatMs, repeatCpuMs, ...split }));

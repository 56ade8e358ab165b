// Times two wasm builds of Parallax side by side in one run, e.g. to choose
// the release opt-level:  node bench/compare-builds.mjs target/pkg-opt-s target/pkg-opt-z
// Prints size (raw, gzip) and parse/compare time on the demo and seeds, with
// the ratio B/A. Runs are interleaved so machine noise hits both alike.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';

const [dirA, dirB] = process.argv.slice(2).map((d) => resolve(d));
if (!dirB) {
  console.error('usage: node bench/compare-builds.mjs <nodejs pkg dir A> <nodejs pkg dir B>');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const builds = [dirA, dirB].map((d) => ({ dir: d, px: require(`${d}/parallax.js`), wasm: readFileSync(`${d}/parallax_bg.wasm`) }));
const root = new URL('..', import.meta.url).pathname;
const texts = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8')) : []);
const input = [...texts(`${root}www/demo`), ...texts(process.env.PARALLAX_SHARED ? `${process.env.PARALLAX_SHARED}/seeds` : `${root}../shared/seeds`)];

function batch(f, n) {
  const t = performance.now();
  for (let i = 0; i < n; i++) f();
  return (performance.now() - t) / n;
}
const cases = {
  parse: (px) => () => input.forEach((t) => px.parse(t)),
  compare: (px) => {
    const articles = input.map((t) => px.parse(t));
    return () => px.compare(articles);
  },
};
console.log(`inputs: ${input.length} articles`);
for (const [name, make] of Object.entries(cases)) {
  const fs = builds.map((b) => make(b.px));
  fs.forEach((f) => batch(f, 3)); // warm up
  const best = [Infinity, Infinity];
  for (let round = 0; round < 7; round++) fs.forEach((f, i) => (best[i] = Math.min(best[i], batch(f, 10))));
  console.log(`${name.padEnd(8)} A ${best[0].toFixed(3)} ms  B ${best[1].toFixed(3)} ms  B/A ${(best[1] / best[0]).toFixed(2)}`);
}
for (const [i, b] of builds.entries()) {
  console.log(`size ${'AB'[i]} ${b.wasm.length} bytes raw, ${gzipSync(b.wasm, { level: 9 }).length} gzip  (${b.dir})`);
}

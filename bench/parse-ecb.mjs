// Parses the ECB+ articles N times in one node process and prints nothing,
// for counting instructions under callgrind, which machine load does not
// move (README, Parse speed):
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//     node bench/parse-ecb.mjs target/pkg-node full 3
// Per pass: the count for 3 passes minus the count for 1, halved, so the
// loading and the JIT's warm-up cancel. MODE: `full` (parse, the result
// decoded into JS objects), `tape` (the tape written, not decoded) or `core`
// (nothing crosses); the last two need the node build's bench feature.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const [dir, mode, passes] = process.argv.slice(2);
if (!passes) {
  console.error('usage: node bench/parse-ecb.mjs <nodejs pkg dir> full|tape|core <passes>');
  process.exit(2);
}
const px = createRequire(import.meta.url)(`${resolve(dir)}/parallax.js`);
const root = new URL('..', import.meta.url).pathname;
const ecb = `${process.env.PARALLAX_SHARED ?? `${root}../shared`}/corpora/ecbplus`;
const texts = readdirSync(ecb).filter((f) => f.startsWith('t') && f.endsWith('.txt')).sort().map((f) => readFileSync(`${ecb}/${f}`, 'utf8'));
const run = { full: (t) => px.parse(t), tape: (t) => px.benchParse(t, 1), core: (t) => px.benchParse(t, 0) }[mode];
for (let p = 0; p < Number(passes); p++) texts.forEach(run);

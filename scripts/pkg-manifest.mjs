// Makes pkg/ an npm package after wasm-pack's --no-pack build: writes
// package.json (name, version, licence and description from Cargo.toml),
// copies packaging/README.md, the licences and the element's modules into
// pkg/element/, so the core and <parallax-compare> install and load from any
// path. The element's sources stay in www/ (one home); here only the
// imports that reach the wasm glue are re-pointed from ../pkg/ to ../ (the
// core's ../pkg/parallax.js and the HTML reader's ../pkg/html/parallax_html.js).
//
// The element's worker, element/worker.js (which the page starts too), is
// written as one file: www/worker.js, core.js, the core's glue and the glue's
// snippet, joined by single-file.mjs's small bundler. A module worker loads
// its imports one level after another (worker.js, then the glue and core.js,
// then the snippet), each a round trip that modulepreload cannot start
// early; in one file the worker has its code after one request.
import { readFile, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './single-file.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WWW = join(ROOT, 'www');
const PKG = join(ROOT, process.argv[2] ?? 'pkg');
const ELEMENT = join(PKG, 'element');

/** A `key = "value"` from Cargo.toml's [package] table, or undefined. */
function cargoField(toml, key) {
  const pkg = toml.split(/^\[/m).find((t) => t.startsWith('package]')) ?? '';
  return pkg.match(new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, 'm'))?.[1];
}

/** The relative modules `entry` imports, transitively (static imports only). */
async function closure(entry) {
  const seen = new Set();
  const walk = async (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = await readFile(join(WWW, file), 'utf8');
    for (const m of source.matchAll(/^import\s[^'"]*['"]\.\/([\w.-]+\.js)['"]/gm)) await walk(m[1]);
    for (const m of source.matchAll(/new URL\('\.\/([\w.-]+\.js)', import\.meta\.url\)/g)) await walk(m[1]);
  };
  await walk(entry);
  return [...seen].sort();
}

const toml = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
const repository = cargoField(toml, 'repository');
const modules = await closure('parallax-compare.js');
await mkdir(ELEMENT, { recursive: true });
for (const file of modules) {
  const source = await readFile(join(WWW, file), 'utf8');
  await writeFile(join(ELEMENT, file), source.replaceAll("'../pkg/", "'../"));
}
// The worker in one file. Its source is www/worker.js as the element sees it
// (beside element/core.js, the glue one level up); the HTML reader stays a
// dynamic import, fetched the first time an HTML input arrives.
const WORKER = join(ELEMENT, 'worker.js');
const workerSource = (await readFile(join(WWW, 'worker.js'), 'utf8')).replaceAll("'../pkg/", "'../");
let worker = await bundle(WORKER, new Map([[WORKER, workerSource]]));
// The glue's default place for the wasm is beside itself, one level up from
// the bundle (used only when the init message brings no wasm).
const DEFAULT_WASM = "new URL('parallax_bg.wasm', import.meta.url)";
if (!worker.includes(DEFAULT_WASM)) throw new Error(`the core's glue no longer has ${DEFAULT_WASM}; update scripts/pkg-manifest.mjs`);
worker = worker.replaceAll(DEFAULT_WASM, "new URL('../parallax_bg.wasm', import.meta.url)");
if (/^\s*import\s/m.test(worker)) throw new Error('element/worker.js still has a static import after bundling');
await writeFile(WORKER, `// Built by scripts/pkg-manifest.mjs from www/worker.js, www/core.js and the core's glue: edit those.\n${worker}\n`);

for (const file of ['parallax-compare.css', 'style.css']) await copyFile(join(WWW, file), join(ELEMENT, file));
await copyFile(join(ROOT, 'packaging', 'parallax-compare.d.ts'), join(ELEMENT, 'parallax-compare.d.ts'));
await copyFile(join(ROOT, 'packaging', 'custom-elements.json'), join(PKG, 'custom-elements.json'));
await copyFile(join(ROOT, 'packaging', 'README.md'), join(PKG, 'README.md'));
for (const file of ['LICENSE-MIT', 'LICENSE-APACHE']) await copyFile(join(ROOT, file), join(PKG, file));

const manifest = {
  name: 'parallax',
  version: cargoField(toml, 'version'),
  description: cargoField(toml, 'description'),
  license: cargoField(toml, 'license'),
  ...(repository ? { repository: { type: 'git', url: repository } } : {}),
  type: 'module',
  main: './parallax.js',
  types: './parallax.d.ts',
  exports: {
    '.': { types: './parallax.d.ts', default: './parallax.js' },
    './element': { types: './element/parallax-compare.d.ts', default: './element/parallax-compare.js' },
    './element/*': './element/*',
    './parallax_bg.wasm': './parallax_bg.wasm',
    './html': { types: './html/parallax_html.d.ts', default: './html/parallax_html.js' },
    './html/*': './html/*',
    './package.json': './package.json',
  },
  customElements: 'custom-elements.json',
  files: ['parallax.js', 'parallax.d.ts', 'parallax_bg.wasm', 'parallax_bg.wasm.d.ts', 'snippets/', 'html/', 'element/', 'custom-elements.json', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE'],
  sideEffects: ['./element/parallax-compare.js'],
};
await writeFile(join(PKG, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`    ${PKG.slice(ROOT.length + 1)}/package.json: ${manifest.name} ${manifest.version}, element modules: ${modules.length}, element/worker.js bundled: ${Buffer.byteLength(worker)} bytes`);

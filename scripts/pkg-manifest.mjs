// Makes pkg/ an npm package after wasm-pack's --no-pack build: writes
// package.json (name, version, licence and description from Cargo.toml),
// copies packaging/README.md, the licences and the element's modules into
// pkg/element/, so the core and <parallax-compare> install and load from any
// path. The element's sources stay in www/ (one home); here only the
// imports that reach the wasm glue are re-pointed from ../pkg/ to ../ (the
// core's ../pkg/parallax.js and the HTML reader's ../pkg/html/parallax_html.js).
import { readFile, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
console.log(`    ${PKG.slice(ROOT.length + 1)}/package.json: ${manifest.name} ${manifest.version}, element modules: ${modules.length}`);

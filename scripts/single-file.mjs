// Builds the offline single file: dist/parallax.html, one self-contained page
// with the styles, the scripts and the wasm (base64) inlined, that works when
// opened from file:// where nothing can be fetched.
//
// The page's modules are joined by a deliberately small bundler that knows
// the few import and export forms this project's modules use (and that
// wasm-bindgen's `--target web` glue uses); anything else fails the build
// loudly rather than producing a page that breaks at run time. Each module
// becomes an async function whose exports object is stored in a registry, in
// dependency order. platform.js is swapped for a version that reaches the
// inlined wasm, demo set and worker source instead of fetching files. The
// worker is started from a blob: URL; if the browser refuses (some do for
// file:// pages), the engine falls back to the main thread. The worker is a
// classic script: Chromium refuses module workers from blob: URLs on file://.
//
// Usage: node scripts/single-file.mjs [--out dist/parallax.html]
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const WWW = join(ROOT, 'www');

const IMPORT = /^import\s+([^;'"]+?)\s+from\s+'([^']+)';[ \t]*$/gm;
const EXPORT_DECL = /^export\s+(async\s+function|function|class|const|let)\s+([A-Za-z_$][\w$]*)/gm;
const EXPORT_DEFAULT_NAME = /^export\s+default\s+([A-Za-z_$][\w$]*);[ \t]*$/gm;
const EXPORT_LIST = /^export\s*\{([^}]*)\};?[ \t]*$/gm;

/** Turns one import clause into const bindings from the registry entry `ref`. */
function bindImport(clause, ref) {
  const out = [];
  let rest = clause.replace(/\s+/g, ' ').trim();
  const def = rest.match(/^([A-Za-z_$][\w$]*)\s*(,|$)/);
  if (def) {
    out.push(`const ${def[1]} = ${ref}.default;`);
    rest = rest.slice(def[0].length).trim();
  }
  if (!rest) return out.join(' ');
  const star = rest.match(/^\*\s+as\s+([A-Za-z_$][\w$]*)$/);
  const named = rest.match(/^\{([^}]*)\}$/);
  if (star) out.push(`const ${star[1]} = ${ref};`);
  else if (named) {
    const parts = named[1].split(',').map((p) => p.trim()).filter(Boolean).map((p) => {
      const m = p.match(/^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/);
      if (!m) throw new Error(`unsupported import binding "${p}"`);
      return m[2] ? `${m[1]}: ${m[2]}` : m[1];
    });
    out.push(`const { ${parts.join(', ')} } = ${ref};`);
  } else throw new Error(`unsupported import clause "${clause}"`);
  return out.join(' ');
}

/**
 * Bundles `entry` and everything it imports. `replace` maps a module's
 * absolute path to source text used instead of the file. With `classic`,
 * the result runs as a classic script (for a blob: worker, which Chromium
 * only starts from a file:// page when it is not a module): no top-level
 * await and no import.meta.
 */
export async function bundle(entry, replace = new Map(), { classic = false } = {}) {
  const order = [];
  const seen = new Map();
  async function visit(path) {
    if (seen.has(path)) return;
    seen.set(path, null);
    const source = replace.get(path) ?? (await readFile(path, 'utf8'));
    const deps = [];
    for (const m of source.matchAll(IMPORT)) deps.push(resolve(dirname(path), m[2]));
    for (const dep of deps) await visit(dep);
    seen.set(path, source);
    order.push(path);
  }
  await visit(resolve(entry));

  const keyOf = (path) => relative(ROOT, path).split('\\').join('/');
  const parts = ['const __modules = Object.create(null);'];
  for (const path of order) {
    let body = seen.get(path);
    if (/^\s*import\s*\(|^\s*import\s+['"]/m.test(body)) throw new Error(`${keyOf(path)}: dynamic or bare-side-effect imports are not supported`);
    body = body.replace(IMPORT, (_, clause, spec) => bindImport(clause, `__modules[${JSON.stringify(keyOf(resolve(dirname(path), spec)))}]`));
    const exports = [];
    body = body.replace(EXPORT_DECL, (_, kind, name) => {
      exports.push(name);
      return `${kind} ${name}`;
    });
    body = body.replace(EXPORT_DEFAULT_NAME, (_, name) => {
      exports.push(`default: ${name}`);
      return '';
    });
    body = body.replace(EXPORT_LIST, (_, list) => {
      for (const p of list.split(',').map((s) => s.trim()).filter(Boolean)) {
        const m = p.match(/^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/);
        if (!m) throw new Error(`${keyOf(path)}: unsupported export "${p}"`);
        exports.push(m[2] ? `${m[2]}: ${m[1]}` : m[1]);
      }
      return '';
    });
    if (/^\s*import[\s{*]/m.test(body)) throw new Error(`${keyOf(path)}: an import form the bundler does not know is left`);
    if (/^\s*export\s/m.test(body)) throw new Error(`${keyOf(path)}: an export form the bundler does not know is left`);
    parts.push(`// ---- ${keyOf(path)}\n__modules[${JSON.stringify(keyOf(path))}] = await (async () => {\n${body}\nreturn { ${exports.join(', ')} };\n})();`);
  }
  const joined = parts.join('\n');
  return classic ? `(async () => {\n${joined.replaceAll('import.meta.url', 'self.location.href')}\n})();` : joined;
}

/** Makes script text safe inside an inline <script> element. */
function inlineSafe(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

async function main() {
  const i = process.argv.indexOf('--out');
  const out = resolve(ROOT, i > 0 ? process.argv[i + 1] : 'dist/parallax.html');
  const glue = join(ROOT, 'pkg', 'parallax.js');
  const wasm = await readFile(join(ROOT, 'pkg', 'parallax_bg.wasm')).catch(() => {
    throw new Error('pkg/parallax_bg.wasm is missing: run ./x build first.');
  });
  const htmlWasm = await readFile(join(ROOT, 'pkg', 'html', 'parallax_html_bg.wasm')).catch(() => {
    throw new Error('pkg/html/parallax_html_bg.wasm is missing: run ./x build first.');
  });
  const list = JSON.parse(await readFile(join(WWW, 'demo', 'index.json'), 'utf8'));
  const demo = await Promise.all(list.map(async (item) => ({ name: item.file, text: await readFile(join(WWW, 'demo', item.file), 'utf8') })));

  // The worker: both glues, core.js and a main that takes the core's wasm
  // bytes from the init message, and the HTML reader's as base64 (decoded
  // only when the first HTML input arrives).
  const workerMain = join(WWW, '__single_worker.js');
  const workerSource = await bundle(workerMain, new Map([[workerMain, [
    "import init, * as api from '../pkg/parallax.js';",
    "import initHtml, * as html from '../pkg/html/parallax_html.js';",
    "import { serveWorker } from './core.js';",
    'function fromBase64(base64) {',
    '  const raw = atob(base64);',
    '  const bytes = new Uint8Array(raw.length);',
    '  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);',
    '  return bytes;',
    '}',
    'serveWorker(self, async (wasm) => {',
    '  await init({ module_or_path: wasm });',
    '  return api;',
    '}, async (base64) => {',
    '  await initHtml({ module_or_path: fromBase64(base64) });',
    '  return html;',
    '});',
  ].join('\n')]]), { classic: true });

  const platform = [
    "import init, * as api from '../pkg/parallax.js';",
    "import initHtml, * as html from '../pkg/html/parallax_html.js';",
    `const WASM_BASE64 = ${JSON.stringify(wasm.toString('base64'))};`,
    `const HTML_WASM_BASE64 = ${JSON.stringify(htmlWasm.toString('base64'))};`,
    `const DEMO = ${JSON.stringify(demo)};`,
    `const WORKER_SOURCE = ${JSON.stringify(workerSource)};`,
    'let bytes = null;',
    'function wasmBytes() {',
    '  if (!bytes) {',
    '    const raw = atob(WASM_BASE64);',
    '    bytes = new Uint8Array(raw.length);',
    '    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);',
    '  }',
    '  return bytes;',
    '}',
    'function htmlWasmBytes() {',
    '  const raw = atob(HTML_WASM_BASE64);',
    '  const out = new Uint8Array(raw.length);',
    '  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);',
    '  return out;',
    '}',
    'let initialised = null;',
    'let htmlInitialised = null;',
    'export const platform = {',
    "  name: 'single-file',",
    "  makeWorker: () => new Worker(URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }))),",
    '  workerInit: async () => wasmBytes(),',
    '  loadLocal: async () => {',
    '    initialised ??= init({ module_or_path: wasmBytes() });',
    '    await initialised;',
    '    return api;',
    '  },',
    '  htmlInit: async () => HTML_WASM_BASE64,',
    '  loadHtml: async () => {',
    '    htmlInitialised ??= initHtml({ module_or_path: htmlWasmBytes() });',
    '    await htmlInitialised;',
    '    return html;',
    '  },',
    '  loadDemo: async () => DEMO.map((d) => ({ ...d })),',
    '};',
  ].join('\n');
  // early.js starts a module worker and fetches from the page's server; the
  // single file has neither, and its platform does all of it.
  const early = [
    'export const earlyAt = performance.now();',
    'export function takeWorker() {',
    '  return null;',
    '}',
    'export function takeDemo() {',
    '  return null;',
    '}',
  ].join('\n');
  const pageSource = await bundle(join(WWW, 'app.js'), new Map([[join(WWW, 'platform.js'), platform], [join(WWW, 'early.js'), early]]));

  let html = await readFile(join(WWW, 'index.html'), 'utf8');
  const css = await readFile(join(WWW, 'style.css'), 'utf8');
  const icon = await readFile(join(WWW, 'favicon.svg'));
  const swap = (from, to) => {
    if (!html.includes(from)) throw new Error(`www/index.html no longer contains ${from}; update scripts/single-file.mjs`);
    html = html.replace(from, () => to);
  };
  swap('<link rel="icon" href="favicon.svg" type="image/svg+xml">', `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}" type="image/svg+xml">`);
  swap('<link rel="stylesheet" href="style.css">', `<style>\n${css.replace(/<\/(style)/gi, '<\\/$1')}\n</style>`);
  swap('<script type="module" src="app.js"></script>', `<script type="module">\n${inlineSafe(pageSource)}\n</script>`);
  swap(' · <a href="embed.html">Embedding example</a>', ' · offline single-file build');
  // The preload links name files the single file has inlined (and a file://
  // page could not fetch them anyway): they go, with the comment on them, and
  // so do early.js's and boot.js's scripts: app.js imports boot.js, which
  // imports early.js (swapped, above, for one that starts nothing), and the
  // bundle holds them all.
  const preloads = /^[ \t]*<!-- The first screen:[\s\S]*?-->\n|^[ \t]*<link rel="(?:module)?preload"[^>]*>\n/gm;
  if (!preloads.test(html)) throw new Error('www/index.html no longer has its preload links; update scripts/single-file.mjs');
  html = html.replace(preloads, '');
  swap('  <script type="module" async src="early.js"></script>\n', '');
  swap('  <script type="module" async src="boot.js"></script>\n', '');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, html);
  console.log(`    ${relative(ROOT, out)}: ${Buffer.byteLength(html)} bytes, self-contained (wasm ${wasm.length} and HTML reader ${htmlWasm.length} bytes inlined)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`single-file build failed: ${e.message}`);
    process.exit(1);
  });
}

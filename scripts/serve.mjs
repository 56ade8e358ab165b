// A small static server for the page: www/ at "/", pkg/ at "/pkg/".
// It sends the Content-Security-Policy the page must work under, and the
// application/wasm type that WebAssembly.instantiateStreaming requires.
// Node built-ins only, so serving needs nothing installed.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
};

/** Maps a URL path to a file under www/ or pkg/, refusing anything outside. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const [base, rest] = path.startsWith('/pkg/') ? ['pkg', path.slice(5)] : ['www', path.slice(1)];
  const dir = join(ROOT, base);
  const file = normalize(join(dir, rest || 'index.html'));
  return file === dir || file.startsWith(dir + sep) ? file : null;
}

/** True when an If-None-Match header (a list of tags, or *) names `etag`. */
function notModified(header, etag) {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

export function startServer({ port = 8080, host = '127.0.0.1', csp = CSP } = {}) {
  const server = createServer(async (req, res) => {
    let file = fileFor(req.url);
    try {
      let info = file && (await stat(file));
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      if (!info) throw new Error('outside www/ and pkg/');
      // Every response is checked again before reuse (no-cache), and an
      // unchanged file is answered with 304 and no body: a second visit
      // then keeps the browser's copy, and with it the wasm it compiled.
      const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
      const headers = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
        ETag: etag,
      };
      if (notModified(req.headers['if-none-match'], etag)) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': csp });
      res.end('Not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 8080;
  startServer({ port })
    .then(() => console.log(`Parallax is at http://127.0.0.1:${port}/?demo  (the demo articles load with ?demo; Ctrl-C stops it)`))
    .catch((e) => {
      console.error(`Could not serve on port ${port}: ${e.message}. Set PORT=... to use another port.`);
      process.exit(1);
    });
}

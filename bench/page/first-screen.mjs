// How soon after navigation can a reader use the page, and how soon does the
// demo show its findings? Serves the page (scripts/serve.mjs, with its CSP),
// opens /?demo in Chromium and reports, in ms after navigation start:
//   input     the first frame after the page says it is ready
//             (body[data-ready=true]: the paste box, the buttons and the
//             drop zone are drawn and answer)
//   findings  the first frame after the demo's findings are in the document
//             (the Findings section shown, with its conflicting figures)
// for a cold cache (a fresh browser context: nothing cached, nothing stored)
// and a warm one (the same context opening the page again, its storage
// cleared so the demo loads afresh rather than being restored). Targets
// (issue 15): input < 300 ms, findings < 500 ms, cold. Beside them, where the
// time goes, from the page's own marks (window.__parallaxTimings.boot) and
// the worker's parse, compare and highlight times.
//
//   node bench/page/first-screen.mjs                 11 runs, medians
//   node bench/page/first-screen.mjs --runs 15
//   node bench/page/first-screen.mjs --against DIR   also DIR's page (another
//        checkout with its pkg/ built, served by its own scripts/serve.mjs),
//        the two alternated run by run, printed side by side
//   node bench/page/first-screen.mjs --latency 40    every request takes at
//        least 40 ms more (Chromium's network emulation), as over a real
//        network rather than from 127.0.0.1, where a round trip costs nothing
//
// Needs pkg/ built as `./x build` builds it, and npm's playwright-core with
// Debian's Chromium (CHROMIUM=... to use another). The machine may be shared:
// medians of several runs are printed, and the fastest run.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/helpers.mjs';

const TARGETS = { input: 300, findings: 500 };

function options(argv) {
  const out = { runs: 11, against: null, latency: 0 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') out.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--against') out.against = resolve(argv[++i]);
    else if (argv[i] === '--latency') out.latency = Math.max(0, Number(argv[++i]) || 0);
    else throw new Error(`unknown argument ${argv[i]}: --runs N, --against DIR, --latency MS`);
  }
  return out;
}

/**
 * Runs in the page before its own scripts: records (in ms after navigation
 * start) when the page says it is ready and when the findings are in, each
 * followed by the next frame, in window.__firstScreen.
 */
function watchFirstScreen() {
  const marks = (window.__firstScreen = {});
  const framed = (key) => requestAnimationFrame(() => setTimeout(() => (marks[key] = performance.now()), 0));
  const check = () => {
    const body = document.body;
    if (!body) return;
    if (marks.readyAt === undefined && body.dataset.ready === 'true') {
      marks.readyAt = performance.now();
      framed('input');
    }
    const findings = document.getElementById('findings');
    if (marks.findingsAt === undefined && findings && !findings.hidden && document.querySelector('#discrepancies > *')) {
      marks.findingsAt = performance.now();
      framed('findings');
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'hidden'] });
}

/** Added to every request's time when --latency is given (ms). */
let latency = 0;

async function openDemo(context, base, problems) {
  const page = await context.newPage();
  if (latency) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  }
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${base}?demo`);
  await page.waitForFunction(() => window.__firstScreen?.findings !== undefined && window.__firstScreen?.input !== undefined, null, { timeout: 30000 });
  const got = await page.evaluate(() => ({
    ...window.__firstScreen,
    boot: window.__parallaxTimings?.boot ? { ...window.__parallaxTimings.boot, ...window.__parallaxTimings.engineStart } : null,
    run: window.__parallaxTimings?.runs?.[0] ?? null,
    discrepancies: document.querySelectorAll('#discrepancies li, #discrepancies tr, #discrepancies .discrepancy').length,
  }));
  return { page, got };
}

/** One cold and one warm opening of `base`'s demo, each in ms after navigation start. */
async function measure(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(watchFirstScreen);
  const problems = [];
  try {
    const cold = await openDemo(context, base, problems);
    // Warm: the same context (HTTP cache, compiled-code cache) with its storage cleared.
    await cold.page.waitForFunction(() => document.body.dataset.saved === 'saved' && document.body.dataset.state === 'done', null, { timeout: 30000 });
    await cold.page.evaluate(async () => {
      localStorage.clear();
      const dbs = (await indexedDB.databases?.()) ?? [];
      await Promise.all(dbs.map((d) => new Promise((ok) => {
        const r = indexedDB.deleteDatabase(d.name);
        r.onsuccess = r.onerror = r.onblocked = () => ok();
      })));
    });
    await cold.page.close();
    const warm = await openDemo(context, base, problems);
    await warm.page.close();
    if (problems.length) throw new Error(`${base}: the page reported errors: ${problems.join(' | ')}`);
    return { cold: cold.got, warm: warm.got };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => (Number.isFinite(ms) ? `${Math.round(ms)}` : '–');

/** The figures of one page: medians and the fastest run of each. */
function summarise(rows) {
  const out = {};
  for (const cache of ['cold', 'warm']) {
    for (const key of ['input', 'findings']) {
      const xs = rows.map((r) => r[cache][key]);
      out[`${cache} ${key}`] = { median: median(xs), best: Math.min(...xs) };
    }
  }
  return out;
}

/** Medians of the page's own marks and the worker's times, where the page records them. */
function breakdown(rows, cache) {
  const keys = new Set();
  for (const r of rows) for (const k of Object.keys(r[cache].boot ?? {})) keys.add(k);
  const parts = [...keys].map((k) => [k, median(rows.map((r) => r[cache].boot?.[k]))]).sort((a, b) => a[1] - b[1]);
  const run = (k) => median(rows.map((r) => r[cache].run?.[k]));
  parts.push(['worker parse', run('parse')], ['worker compare', run('compare')], ['worker highlight', run('highlight')], ['render (after analysis)', run('render')]);
  return parts.filter(([, v]) => Number.isFinite(v)).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
}

async function serve(root) {
  const { startServer } = await import(pathToFileURL(resolve(root, 'scripts/serve.mjs')).href);
  const server = await startServer({ port: 0 });
  return { server, base: `http://127.0.0.1:${server.address().port}/` };
}

async function main() {
  const { runs, against, latency: added } = options(process.argv.slice(2));
  latency = added;
  const here = resolve(new URL('../..', import.meta.url).pathname);
  const pages = [{ name: 'this', root: here }];
  if (against) pages.unshift({ name: 'against', root: against });
  for (const p of pages) Object.assign(p, await serve(p.root), { rows: [] });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // A first opening of each page warms the browser process itself, not counted.
    for (const p of pages) await measure(browser, p.base);
    for (let r = 0; r < runs; r++) {
      for (const p of pages) {
        const row = await measure(browser, p.base);
        p.rows.push(row);
        console.log(`# ${pages.length > 1 ? `${p.name} ` : ''}run ${r + 1}: cold input ${fmt(row.cold.input)} findings ${fmt(row.cold.findings)}, warm input ${fmt(row.warm.input)} findings ${fmt(row.warm.findings)} (ms after navigation)`);
      }
    }
  } finally {
    await browser.close();
    for (const p of pages) p.server.close();
  }
  const sums = pages.map((p) => summarise(p.rows));
  const header = ['ms after navigation', ...pages.map((p) => (pages.length > 1 ? `${p.name === 'this' ? 'this checkout' : against}: median (best)` : 'median (best)')), 'target'];
  const rows = Object.keys(sums[0]).map((key) => {
    const [cache, what] = key.split(' ');
    const target = cache === 'cold' ? TARGETS[what] : what === 'input' ? TARGETS.input : null;
    const cells = sums.map((s) => `${fmt(s[key].median)} (${fmt(s[key].best)})${target ? (s[key].median < target ? ' ok' : ' MISSED') : ''}`);
    return [key, ...cells, target ? `< ${target}` : ''];
  });
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k].length)));
  const line = (cells) => `| ${cells.map((c, k) => c.padEnd(widths[k])).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
  for (const p of pages) {
    for (const cache of ['cold', 'warm']) console.log(`${pages.length > 1 ? `${p.name} ` : ''}${cache}, medians (ms): ${breakdown(p.rows, cache)}`);
  }
  console.log(`${runs} runs per page; each run opens /?demo in a fresh context (cold) and again in it (warm)${latency ? `; ${latency} ms added to every request` : ''}`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});

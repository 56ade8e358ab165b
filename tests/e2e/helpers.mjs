// Shared set-up for the end-to-end tests: the test server (with the page's
// Content-Security-Policy), Debian's Chromium driven by playwright-core, and
// a page opener that records every console error, uncaught exception and
// failed request so each test can assert there were none.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS = new URL('../../target/e2e/', import.meta.url);
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export function shot(name) {
  return new URL(name, SHOTS).pathname;
}

/** Starts the server and the browser; returns { base, browser, close }. */
export async function setUp() {
  const server = await startServer({ port: 0 });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  await mkdir(SHOTS, { recursive: true });
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** Records problems a page reports, for assert.deepEqual(problems, []). */
export function watch(page) {
  const problems = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`exception: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  return problems;
}

/** Opens the page in a fresh context (so storage starts empty unless `context` is given). */
export async function openPage(browser, url, { context, viewport = { width: 1280, height: 900 }, colorScheme = 'light', ready = 'body[data-ready="true"]' } = {}) {
  const ctx = context ?? (await browser.newContext({ viewport, colorScheme, acceptDownloads: true }));
  const page = await ctx.newPage();
  const problems = watch(page);
  await page.goto(url);
  if (ready) await page.waitForSelector(ready, { timeout: 15000 });
  return { page, problems, context: ctx };
}

/** Waits until the current analysis has finished and rendered. */
export async function waitForResult(page, timeout = 30000) {
  await page.waitForFunction(() => document.body.dataset.state === 'done', null, { timeout });
}

/** A fictional article about a fictional event, varied by `i`. */
export function fictionalArticle(i) {
  const outlets = ['The Lowmoor Gazette', 'Riverbend Post', 'Calder Point Herald', 'Eastwater Wire', 'The Fennick Observer'];
  const outlet = outlets[i % outlets.length];
  const dead = 3 + (i % 3);
  const rescued = 20 + (i % 7);
  return [
    `Ferry Capsizes Off Calder Point, ${dead} Dead (${i + 1})`,
    '',
    `By Reporter ${String.fromCharCode(65 + (i % 26))}. Vance`,
    `${outlet}`,
    '',
    `The passenger ferry Morning Lark capsized off Calder Point on Tuesday, killing ${dead} people, the coast guard said.`,
    '',
    `Rescue boats pulled ${rescued} passengers from the water, according to harbour master Ines Drago.`,
    '',
    `“The sea turned in minutes,” said Ines Drago, who led the search. “We did everything we could.”`,
    '',
    `The ferry operator, Brisk Lines, said it would cooperate with investigators. Variant note ${i}: witnesses described ${i % 2 ? 'strong winds' : 'a sudden swell'} before the ferry tipped.`,
  ].join('\n');
}

/** In the page: the lowest text contrast among elements matching `selector`. */
export function lowestContrast(selector) {
  const ctx = document.createElement('canvas').getContext('2d');
  const rgba = (css) => {
    ctx.fillStyle = '#000';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    ctx.clearRect(0, 0, 1, 1);
    return [r, g, b, a / 255];
  };
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = (node) => {
    for (let n = node; n; n = n.parentElement) {
      const c = rgba(getComputedStyle(n).backgroundColor);
      if (c[3] > 0.5) return c;
    }
    return rgba(getComputedStyle(document.body).backgroundColor);
  };
  let worst = { ratio: Infinity };
  for (const node of document.querySelectorAll(selector)) {
    if (!node.textContent.trim() || !node.getClientRects().length) continue;
    const fg = luminance(rgba(getComputedStyle(node).color));
    const bg = luminance(background(node));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (ratio < worst.ratio) worst = { ratio, text: node.textContent.slice(0, 40), className: node.className };
  }
  return worst;
}

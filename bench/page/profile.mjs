// Where does the page's main-thread time go on large articles? Pastes the
// benchmark's two fictional articles of one size (default 1 MB each), records
// a CPU profile of the page through CDP while it analyses and draws them, and
// prints the long tasks (start relative to the click, duration), the page's
// own timings, how long each view took to build, and the functions with the
// most self time ("(program)" is the browser's own work: style, layout,
// paint; "(idle)" is waiting, mostly for the worker).
//
//   node bench/page/profile.mjs 4
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { pastedPair } from './articles.mjs';

const megabytes = Number(process.argv[2] ?? 1);
const server = await startServer({ port: 0 });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
try {
  const page = await browser.newPage();
  await page.goto(base);
  await page.waitForSelector('body[data-engine="worker"]');
  await page.locator('#paste').evaluate((node, value) => (node.value = value), pastedPair(megabytes));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  page.setDefaultTimeout(15 * 60 * 1000);
  const got = await page.evaluate(() => new Promise((resolve) => {
    const tasks = [];
    let clicked = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([Math.round(e.startTime - clicked), Math.round(e.duration)]);
    }).observe({ type: 'longtask' });
    const check = () => (document.body.dataset.state === 'done'
      ? requestAnimationFrame(() => setTimeout(() => resolve({ tasks, run: window.__parallaxTimings.runs.at(-1), views: window.__parallaxTimings.views, painted: Math.round(performance.now() - clicked) }), 100))
      : setTimeout(check, 50));
    setTimeout(() => {
      clicked = performance.now();
      document.getElementById('add-pasted').click();
      check();
    }, 50);
  }));
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`long tasks [start ms after the click, duration ms]: ${JSON.stringify(got.tasks)}`);
  console.log(`first frame after done: ${got.painted} ms after the click`);
  console.log(`page timings (ms): ${JSON.stringify(got.run, (k, v) => (typeof v === 'number' ? Math.round(v) : v))}`);
  console.log(`views built (ms): ${JSON.stringify(got.views, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log('self time:');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(0).padStart(8)} ms  ${key}`);
} finally {
  await browser.close();
  server.close();
}

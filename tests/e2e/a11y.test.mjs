// Accessibility that a test checks: axe-core (npm) on the page with the demo
// loaded and on the embedded element reports no serious or critical
// violation, and in forced-colours mode the background-only highlight
// layers still show, as borders.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setUp, openPage, waitForResult } from './helpers.mjs';

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

/** Serious and critical violations axe finds in the page, as "rule: n nodes" lines. */
async function axeProblems(page) {
  // Through the devtools protocol, so the page's CSP (no inline script) does not stop it.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, where: v.nodes[0]?.target.join(' ') })));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes} nodes, e.g. ${v.where}`);
}

test('axe finds no serious or critical violation on the page with the demo loaded', async () => {
  // A narrow window, where the findings tables are wider than the page and scroll.
  const { page, problems, context } = await openPage(env.browser, env.base, { viewport: { width: 420, height: 900 } });
  await page.click('#demo');
  await waitForResult(page);
  const beforeAxe = [...problems];
  assert.deepEqual(await axeProblems(page), []);
  assert.deepEqual(beforeAxe, []);
  await context.close();
});

test('axe finds no serious or critical violation in the embedded element', async () => {
  const { page, problems, context } = await openPage(env.browser, `${env.base}embed.html`, { ready: 'parallax-compare' });
  await page.waitForFunction(() => ['from-src', 'from-children'].every((id) => document.getElementById(id).result));
  const beforeAxe = [...problems]; // axe's own probes set inline styles, which the CSP reports
  assert.deepEqual(await axeProblems(page), []);
  assert.deepEqual(beforeAxe, []);
  await context.close();
});

test('in forced-colours mode the shared, only-here, agreeing and conflicting layers stay visible', async () => {
  const { page, context } = await openPage(env.browser, env.base);
  await page.emulateMedia({ forcedColors: 'active' });
  await page.click('#demo');
  await waitForResult(page);
  // Every layer, whether or not the demo happens to show it, in a column like the page's.
  const borders = await page.evaluate(() => {
    const columns = document.createElement('div');
    columns.className = 'columns';
    document.body.append(columns);
    return Object.fromEntries(['shared', 'exclusive', 'agreement', 'discrepancy'].map((layer) => {
      const span = document.createElement('span');
      span.className = `px-${layer}`;
      span.textContent = layer;
      columns.append(span);
      return [layer, getComputedStyle(span).borderBottomStyle];
    }));
  });
  assert.deepEqual(borders, { shared: 'double', exclusive: 'solid', agreement: 'dotted', discrepancy: 'dashed' });
  // And the demo's own highlights carry them.
  assert.ok(await page.evaluate(() => getComputedStyle(document.querySelector('.columns .px-shared')).borderBottomStyle === 'double'));
  await context.close();
});

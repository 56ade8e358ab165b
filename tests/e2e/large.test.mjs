// A large article is drawn completely, not just its first screen: two
// generated fictional articles of 4 MB each (bench/page/articles.mjs, one of
// them with CRLF line ends) go through the page, and once it says it is done
// every character of both is in its column, layer toggles still work, n/p
// reach the last difference, hover links sentences and a conflicting figure
// jumps to its sentence. Correctness only; bench/page/render.mjs times it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, waitForResult } from './helpers.mjs';
import { largeArticle } from '../../bench/page/articles.mjs';

const MB = 1024 * 1024;

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

test('two 4 MB articles render completely; toggles, n/p, hover and jumps work on all of it', { timeout: 10 * 60 * 1000 }, async () => {
  const { page, problems, context } = await openPage(env.browser, env.base);
  await page.waitForSelector('body[data-engine="worker"]');
  const texts = [largeArticle(4 * MB, 0), largeArticle(4 * MB, 1, { crlf: true })];
  await page.locator('#paste').evaluate((node, value) => (node.value = value), texts.join('\n===\n'));
  await page.click('#add-pasted');
  // While long columns are drawn, the progress box says so.
  await page.waitForFunction(() => document.body.dataset.state === 'rendering', null, { timeout: 5 * 60 * 1000 });
  await waitForResult(page, 5 * 60 * 1000);
  assert.equal(await page.locator('#columns .column').count(), 2);
  assert.equal(await page.locator('#columns [aria-busy], #columns .drawing-note').count(), 0, 'no column is still drawing');
  assert.ok(await page.locator('#progress-box').isHidden());

  // Every character: each column's text is its article's text as the parser
  // kept it, in order (the parser normalises CRLF to LF).
  const columns = await page.evaluate(() => [...document.querySelectorAll('#columns .article-text')].map((n) => n.textContent));
  for (const [i, text] of texts.entries()) {
    const expected = text.replace(/\r\n/g, '\n').trim();
    assert.equal(columns[i].trim().length, expected.length, `column ${i} holds all ${expected.length} characters`);
    assert.ok(columns[i].trim() === expected, `column ${i} reads exactly as its article`);
  }

  // Layer toggles change a class on the container, and the stylesheet follows
  // it down to the last paragraph.
  const lastShared = page.locator('#columns .column').nth(1).locator('.px-shared').last();
  const shade = () => lastShared.evaluate((n) => getComputedStyle(n).backgroundColor);
  const shown = await shade();
  await page.uncheck('#layer-shared');
  assert.notEqual(await shade(), shown, 'hiding "Shared" reaches the end of the text');
  await page.check('#layer-shared');
  assert.equal(await shade(), shown);

  // n/p: "previous" from the start wraps to the last difference of the last column.
  const stops = await page.evaluate(() => document.querySelectorAll('#columns .diff-stop').length);
  assert.ok(stops > 1000, `many differences (${stops})`);
  await page.locator('#findings-heading').click();
  await page.keyboard.press('p');
  assert.equal(await page.locator('#diff-position').textContent(), `Difference ${stops} of ${stops}`);
  const isLastStop = await page.evaluate(() => {
    const all = document.querySelectorAll('#columns .diff-stop');
    return document.activeElement === all[all.length - 1];
  });
  assert.ok(isLastStop, 'focus is on the last difference');
  await page.keyboard.press('n');
  assert.equal(await page.locator('#diff-position').textContent(), `Difference 1 of ${stops}`);

  // Hover near the end of the first column lights its sentence in the second.
  const late = page.locator('#columns .column').first().locator('[data-refs]').last();
  await late.scrollIntoViewIfNeeded();
  await late.hover();
  const linked = await page.locator('#columns .linked').evaluateAll((nodes) => nodes.map((n) => n.dataset.article));
  assert.ok(linked.length > 0 && linked.every((a) => a === '1'), `linked in the other column: ${linked.length}`);

  // A conflicting figure from the end of the table jumps to its sentence.
  const value = page.locator('#discrepancies button.value').last();
  const [article, sentence] = [await value.getAttribute('data-article'), await value.getAttribute('data-sentence')];
  await value.click();
  await page.waitForSelector('#columns .flash');
  const flashed = await page.locator('#columns .flash').evaluateAll((nodes) => nodes.map((n) => `${n.dataset.article}:${n.dataset.sentence}`));
  assert.ok(flashed.length > 0 && flashed.every((f) => f === `${article}:${sentence}`), flashed.join(' '));
  assert.deepEqual(problems, []);
  await context.close();
});

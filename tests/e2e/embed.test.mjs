// <parallax-compare> in a host page (www/embed.html), under the same CSP:
// articles from the src attribute, from child elements and from JavaScript,
// all rendered inside shadow DOM.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, shot } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

test('the custom element works in a host page: src, children and setArticles()', async () => {
  const { page, problems, context } = await openPage(env.browser, `${env.base}embed.html`, { ready: 'parallax-compare' });
  const columnsIn = (id) => page.locator(`#${id}`).locator('.column');
  await page.waitForFunction(() => ['from-src', 'from-children'].every((id) => document.getElementById(id).result));
  // Shadow DOM: the host page's selectors do not reach inside, playwright's do.
  assert.equal(await page.evaluate(() => document.querySelectorAll('.column').length), 0, 'the columns live in shadow roots');
  assert.equal(await page.evaluate(() => document.getElementById('from-src').shadowRoot.mode), 'open');
  assert.equal(await columnsIn('from-src').count(), 2);
  assert.equal(await columnsIn('from-children').count(), 2);
  assert.ok(await page.locator('#from-src .columns').evaluate((n) => n.classList.contains('hide-person')), 'the hide attribute is applied');
  assert.match(await columnsIn('from-children').first().textContent(), /Morning Lark capsized/);
  assert.ok((await page.locator('#from-src .px-shared').count()) > 0);
  assert.equal(await page.locator('#from-src .heatmap tbody tr').count(), 2);

  // Conflicting figures click through inside the shadow root too.
  const value = page.locator('#from-children button.value').first();
  if (await value.count()) {
    await value.click();
    assert.ok((await page.locator('#from-children .flash').count()) > 0);
  }

  // Children are watched: adding one re-runs the comparison.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.name = 'Eastwater Wire';
    s.textContent = 'Morning Lark ferry sinks\n\nThe ferry Morning Lark sank off Calder Point on Tuesday, killing three people, the coast guard said.';
    document.getElementById('from-children').append(s);
  });
  await page.waitForFunction(() => document.getElementById('from-children').result?.articles.length === 3);
  assert.equal(await columnsIn('from-children').count(), 3);

  // The JavaScript method, called by the host page's own script.
  await page.click('#load-js');
  await page.waitForFunction(() => document.getElementById('from-js').result?.articles.length === 2);
  assert.match(await page.locator('#load-js').textContent(), /Compared 2 articles/);
  assert.equal(await columnsIn('from-js').count(), 2);
  await page.screenshot({ path: shot('embed.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

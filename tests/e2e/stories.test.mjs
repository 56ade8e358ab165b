// Many articles, one story at a time (issue 19), in Chromium under the CSP:
// - the ECB+ articles of four topics (../shared, skipped with a notice when
//   absent, failing under CI=true): the story list, picking a story, and
//   every finding, the cards and the columns scoped to that story's articles,
//   checked against compare() run on the same files outside the page; the
//   address keeps the story over a reload; no article is named by its file;
// - a keyboard-only walk through the story list, the picker and the
//   previous/next article of the reading view;
// - the element's `event` attribute and property;
// - screenshots for 100 and 1,000 generated articles (target/e2e/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { setUp, openPage, waitForResult, shot, lowestContrast } from './helpers.mjs';
import { storyArticles } from '../../bench/page/articles.mjs';

const ROOT = new URL('../../', import.meta.url);
const SHARED = process.env.PARALLAX_SHARED ? new URL(`file://${process.env.PARALLAX_SHARED}/`) : new URL('../shared/', ROOT);
const ECB = new URL('corpora/ecbplus/', SHARED);
/** ECB+ topics 1–4: two rehab stays, two Academy Awards hosts, two courthouse sentences, two deaths. */
const TOPICS = /^t0[1-4](ecb|plus)_\d+\.txt$/;

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

/** The ECB+ files of four topics, or null (with a notice) when ../shared is absent. */
function ecbFiles() {
  if (!existsSync(ECB)) {
    if (process.env.CI === 'true') throw new Error(`CI=true but ${ECB.pathname} is missing`);
    console.log(`# NOTICE: ${ECB.pathname} not found; the ECB+ story test is skipped`);
    return null;
  }
  return readdirSync(ECB).filter((f) => TOPICS.test(f)).sort().map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(new URL(name, ECB)) }));
}

/** compare() on the same files in node, in the page's order: the groups the page must show. */
async function groupsOutsideThePage(files) {
  const { default: init, parse, compare } = await import(new URL('pkg/parallax.js', ROOT));
  await init({ module_or_path: readFileSync(new URL('pkg/parallax_bg.wasm', ROOT)) });
  const comparison = compare(files.map((f) => parse(f.buffer.toString('utf8'), { format: 'auto', fileName: f.name })));
  return [...comparison.events, ...comparison.threads].map((g) => g.articles.map((i) => files[i].name).sort().join(' '));
}

/** What the page shows, by article (its index in the compared list): every place a finding or column names one. */
function shownArticles() {
  // The "All articles" views stay in the document, hidden, while a story is open.
  const shown = (selector) => [...document.querySelectorAll(selector)].filter((n) => !n.closest('[hidden]'));
  const indices = (selector, attribute) => shown(selector).flatMap((n) => n.getAttribute(attribute).split(' ').map(Number));
  return {
    conflicts: indices('#discrepancies button.value', 'data-article'),
    agreements: indices('#agreements [data-articles]', 'data-articles'),
    quotes: indices('#shared-quotes [data-articles]', 'data-articles'),
    sources: indices('#sources [data-article]', 'data-article'),
    wording: indices('#wording [data-article]', 'data-article'),
    similarity: indices('#similarity tr[data-article], #similarity canvas[data-articles]', shown('#similarity canvas').length ? 'data-articles' : 'data-article'),
    columns: indices('#columns .column', 'data-article'),
    diff: shown('#diff-a option').map((o) => Number(o.value)),
  };
}

/**
 * A screenshot of the first `height` pixels of an element (the findings of
 * 1,000 articles are taller than a screenshot may be). The viewport is made
 * that tall and the element scrolled to its top, because cards and story
 * groups are drawn only near the viewport (content-visibility); the sticky
 * story bar is pinned in its place meanwhile so it does not cover the element.
 */
async function topOf(page, selector, path, height = 2400) {
  const viewport = page.viewportSize();
  const full = await page.locator(selector).evaluate((n) => n.getBoundingClientRect().height);
  const tall = Math.min(height, Math.ceil(full) + 10);
  await page.setViewportSize({ width: viewport.width, height: tall });
  await page.evaluate((selector) => {
    document.getElementById('story-bar').style.position = 'static';
    document.querySelector(selector).scrollIntoView({ block: 'start' });
  }, selector);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const top = await page.locator(selector).evaluate((n) => n.getBoundingClientRect().top);
  await page.screenshot({ path, clip: { x: 0, y: Math.max(0, top), width: viewport.width, height: tall - Math.max(0, top) } });
  await page.evaluate(() => document.getElementById('story-bar').style.removeProperty('position'));
  await page.setViewportSize(viewport);
}

async function openStory(page, key) {
  await page.locator(`#stories tr[data-story="${key}"] a`).click();
  await page.waitForFunction((key) => document.body.dataset.story === key && document.body.dataset.state === 'done', key);
}

test('ECB+ topics 1–4: the story list, one story scoped everywhere, the address keeps it', async () => {
  const files = ecbFiles();
  if (!files) return;
  const expected = await groupsOutsideThePage(files);
  const { page, problems, context } = await openPage(env.browser, env.base);
  await page.setInputFiles('#files', files);
  await page.waitForFunction((n) => document.querySelectorAll('#cards .card').length === n, files.length);
  await waitForResult(page, 120000);
  assert.equal(await page.locator('#cards .card.failed').count(), 0);
  // Every article parsed, so index i in the comparison is files[i].
  const nameOf = (i) => files[i].name;

  // The story list: threads and events with their numbers, largest first.
  assert.ok(await page.locator('#story-bar').isVisible());
  const rows = await page.locator('#stories tr.story').evaluateAll((trs) => trs.map((tr) => ({ key: tr.dataset.story, kind: tr.className, label: tr.querySelector('a').textContent, articles: Number(tr.children[1].textContent) })));
  assert.ok(rows.length > 4, `${rows.length} stories`);
  const top = rows.filter((r) => !r.kind.includes('nested') && !r.kind.includes('unmatched'));
  assert.deepEqual(top.map((r) => r.articles), [...top.map((r) => r.articles)].sort((x, y) => y - x), 'largest first');
  // Headline-less articles read by their first sentence, never by a file name.
  const fileName = /\b\w+_\d+\.txt\b/;
  for (const text of [...rows.map((r) => r.label), ...(await page.locator('#cards .card h3').allTextContents())]) assert.doesNotMatch(text, fileName);
  assert.ok((await page.locator('#cards .card dd').allTextContents()).some((t) => fileName.test(t)), 'the file name is among the card details');
  // Everywhere an article is named (here the lists of all 104), headline-less ones by their first sentence.
  const everyName = await page.locator('#diff-a option, #companion option, #columns .column h3').allTextContents();
  assert.equal(everyName.filter((t) => fileName.test(t)).length, 0, everyName.filter((t) => fileName.test(t)).join(' | '));
  await topOf(page, '#overview', shot('stories-ecb-list.png'));

  // Pick the largest event: every view holds its articles and no other.
  const event = rows.filter((r) => r.kind.includes('event')).sort((x, y) => y.articles - x.articles)[0];
  await openStory(page, event.key);
  assert.equal(new URL(page.url()).hash, `#event=${event.key}`);
  const names = (await page.locator('#cards .card:not([hidden])').evaluateAll((cards) => cards.map((c) => c.querySelector('dd').textContent))).sort();
  assert.equal(names.length, event.articles);
  assert.ok(expected.includes(names.join(' ')), `the story is one of compare's groups: ${names.join(' ')}`);
  const inStory = new Set(names);
  const shown = await page.evaluate(shownArticles);
  for (const [view, articles] of Object.entries(shown)) {
    const outside = articles.map(nameOf).filter((n) => !inStory.has(n));
    assert.deepEqual(outside, [], `${view} shows only the story's articles`);
  }
  assert.equal(new Set(shown.similarity).size, event.articles, 'the similarity covers the whole story');
  assert.equal(new Set(shown.diff).size, event.articles);
  // Column headings and the diff's lists name articles too: by headline or first sentence, not by file.
  for (const text of await page.locator('#columns .column h3, #diff-a option, #companion option').allTextContents()) assert.doesNotMatch(text, fileName);
  if (event.articles > 8) {
    assert.equal(shown.columns.length, 2, 'the anchor and one article beside it');
    assert.equal(await page.locator('#companion option').count(), event.articles - 1);
  } else assert.equal(shown.columns.length, event.articles);
  await topOf(page, '#overview', shot('stories-ecb-story.png'));
  await topOf(page, '#findings', shot('stories-ecb-findings.png'));
  await topOf(page, '#reading', shot('stories-ecb-reading.png'));

  // A reload opens the same story.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await waitForResult(page, 120000);
  assert.equal(await page.evaluate(() => document.body.dataset.story), event.key);
  assert.deepEqual((await page.locator('#cards .card:not([hidden]) dd:first-of-type').allTextContents()).sort(), names);
  assert.equal(await page.inputValue('#story-picker'), event.key);

  // "All articles" is one click away; back returns to the story.
  await page.click('#all-articles');
  await page.waitForFunction(() => document.body.dataset.story === '' && document.body.dataset.state === 'done');
  assert.equal(await page.locator('#cards .card').count(), files.length);
  assert.equal(new URL(page.url()).hash, '');
  await page.goBack();
  await page.waitForFunction((key) => document.body.dataset.story === key && document.body.dataset.state === 'done', event.key);

  // The filter narrows the list by label, headline or outlet.
  await page.fill('#story-filter', 'Lohan');
  const visible = await page.locator('#stories tr.story:not([hidden])').count();
  assert.ok(visible > 0 && visible < rows.length, `${visible} of ${rows.length} rows`);
  assert.match(await page.locator('#story-count').textContent(), /of \d+ rows match/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only: the story list, the picker, and the previous and next article', async () => {
  const { page, problems, context } = await openPage(env.browser, env.base);
  const articles = storyArticles(100);
  await page.setInputFiles('#files', articles.map((a) => ({ name: a.name, mimeType: 'text/plain', buffer: Buffer.from(a.text) })));
  await waitForResult(page, 120000);
  const focused = () => page.evaluate(() => {
    const n = document.activeElement;
    const style = getComputedStyle(n);
    return { id: n.id, tag: n.tagName, href: n.href ?? null, story: n.closest('tr')?.dataset.story ?? null, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
  });
  const tabTo = async (want, { back = false, limit = 80 } = {}) => {
    for (let k = 0; k < limit; k++) {
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      const now = await focused();
      assert.ok(now.ring || now.tag === 'BODY', `${now.tag}#${now.id} shows where focus is`);
      if (want(now)) return now;
    }
    throw new Error('not reached by Tab');
  };
  // The list: from the top of the page to its filter box, then to a story's link.
  await page.evaluate(() => document.activeElement?.blur());
  await tabTo((n) => n.id === 'story-filter');
  await tabTo((n) => n.tag === 'A' && n.story);
  const first = await focused();
  await page.keyboard.press('Enter');
  await page.waitForFunction((key) => document.body.dataset.story === key && document.body.dataset.state === 'done', first.story);
  // The picker: back up to it, and step to the next story with the arrow keys.
  await tabTo((n) => n.id === 'story-picker', { back: true });
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((key) => document.body.dataset.story && document.body.dataset.story !== key && document.body.dataset.state === 'done', first.story);
  const second = await page.evaluate(() => document.body.dataset.story);
  assert.equal(await page.inputValue('#story-picker'), second);
  // All articles, from the keyboard: 100 articles are past the checkboxes.
  await tabTo((n) => n.id === 'all-articles');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.body.dataset.story === '' && document.body.dataset.state === 'done');
  // Next and previous article beside the anchor: the section link, the
  // button, then the keys. The section link leaves the address alone.
  await tabTo((n) => n.tag === 'A' && n.href?.endsWith('#reading-heading'), { back: true });
  await page.keyboard.press('Enter');
  assert.equal(new URL(page.url()).hash, '');
  const beside = () => page.evaluate(() => [...document.querySelectorAll('#columns .column')].map((c) => c.dataset.article));
  const [anchor, start] = await beside();
  await tabTo((n) => n.id === 'next-article');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /^Article 2 of 99/.test(document.getElementById('article-position').textContent));
  assert.equal((await focused()).id, 'next-article', 'focus stays on the button');
  const [anchorNow, next] = await beside();
  assert.equal(anchorNow, anchor, 'the anchor stays');
  assert.notEqual(next, start);
  await page.keyboard.press('Shift+N');
  await page.waitForFunction(() => /^Article 3 of 99/.test(document.getElementById('article-position').textContent));
  await page.keyboard.press('Shift+P');
  await page.keyboard.press('Shift+P');
  await page.waitForFunction(() => /^Article 1 of 99/.test(document.getElementById('article-position').textContent));
  assert.equal((await beside())[1], start);
  await page.keyboard.press('Shift+P');
  await page.waitForFunction(() => /^Article 99 of 99/.test(document.getElementById('article-position').textContent));
  // The similarity picture answers the arrow keys with the pair and its score.
  await page.locator('#similarity canvas').focus();
  await page.keyboard.press('ArrowDown');
  assert.match(await page.locator('.heat-readout').textContent(), / and .+: \d\.\d\d/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the element shows one story of a larger set: event attribute, property and picker', async () => {
  const { page, problems, context } = await openPage(env.browser, `${env.base}embed.html`, { ready: 'parallax-compare' });
  const articles = storyArticles(12).map(({ name, text }) => ({ name, text }));
  const result = await page.evaluate(async (articles) => {
    const r = await document.getElementById('from-js').setArticles(articles);
    return { stories: r.stories, names: r.articles.map((a) => a.fileName) };
  }, articles);
  assert.ok(result.stories.length >= 2, `${result.stories.length} stories`);
  const columns = () => page.locator('#from-js .column').count();
  assert.equal(await columns(), 12);
  const story = result.stories.find((s) => s.kind !== 'unmatched');
  await page.evaluate((key) => (document.getElementById('from-js').event = key), story.key);
  await page.waitForFunction((n) => document.getElementById('from-js').shadowRoot.querySelectorAll('.column').length === n, story.articles.length);
  assert.equal(await page.evaluate(() => document.getElementById('from-js').getAttribute('event')), story.key, 'the property reflects the attribute');
  assert.equal(await page.locator('#from-js select#story').inputValue(), story.key);
  // An article's name opens the smallest story holding it.
  const name = articles[story.articles[0]].name;
  await page.evaluate((name) => document.getElementById('from-js').setAttribute('event', name), name);
  await page.waitForFunction((name) => [...document.getElementById('from-js').shadowRoot.querySelectorAll('.column')].length > 0 && document.getElementById('from-js').shadowRoot.querySelector('select#story').value !== '', name);
  // The picker, back to all articles.
  await page.locator('#from-js select#story').selectOption('');
  await page.waitForFunction(() => document.getElementById('from-js').shadowRoot.querySelectorAll('.column').length === 12);
  assert.equal(await page.evaluate(() => document.getElementById('from-js').hasAttribute('event')), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the story list, bar and grouped findings keep text contrast of 4.5:1 in both schemes', async () => {
  const articles = storyArticles(40);
  for (const colorScheme of ['light', 'dark']) {
    const { page, problems, context } = await openPage(env.browser, env.base, { colorScheme });
    await page.setInputFiles('#files', articles.map((a) => ({ name: a.name, mimeType: 'text/plain', buffer: Buffer.from(a.text) })));
    await waitForResult(page, 120000);
    await page.locator('#agreements details, #shared-quotes details').evaluateAll((all) => all.forEach((d) => (d.open = true)));
    const key = await page.locator('#stories tr.story').nth(1).getAttribute('data-story');
    await openStory(page, key); // the open story's row is tinted
    await page.click('#all-articles');
    await page.waitForFunction(() => document.body.dataset.story === '' && document.body.dataset.state === 'done');
    await page.locator(`#stories tr[data-story="${key}"]`).evaluate((tr) => tr.classList.add('current'));
    for (const selector of ['#stories th', '#stories td', '#stories a', '#stories .kind', '#story-bar *', '.story-heading *', 'summary *', '.heat-readout', '.heat-picture figcaption', '.discrepancies .who', '#shown *']) {
      const worst = await page.evaluate(lowestContrast, selector);
      assert.ok(worst.ratio >= 4.5, `${colorScheme}: ${selector} "${worst.text}" (${worst.className}) has contrast ${worst.ratio.toFixed(2)}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

for (const count of [100, 1000]) {
  test(`${count} generated articles: story list, a story, the similarity picture (screenshots)`, async () => {
    const { page, problems, context } = await openPage(env.browser, env.base);
    const articles = storyArticles(count);
    await page.setInputFiles('#files', articles.map((a) => ({ name: a.name, mimeType: 'text/plain', buffer: Buffer.from(a.text) })));
    await waitForResult(page, 600000);
    const run = await page.evaluate(() => window.__parallaxTimings.runs.at(-1));
    console.log(`# ${count} generated articles: analysis ${run.analysis.toFixed(0)} ms, story list built ${run.storyList.toFixed(0)} ms after it`);
    assert.equal(await page.locator('#similarity canvas').count(), 1);
    assert.equal(await page.locator('#shown input[type=checkbox]').count(), 0);
    await topOf(page, '#stories-box', shot(`stories-${count}-list.png`));
    await topOf(page, '#comparison-overview', shot(`stories-${count}-similarity.png`));
    await topOf(page, '#findings', shot(`stories-${count}-findings.png`));
    const key = await page.locator('#stories tr.story').first().getAttribute('data-story');
    await openStory(page, key);
    const opened = await page.evaluate(() => window.__parallaxTimings.stories.at(-1));
    console.log(`# ${count} generated articles: opening the largest story (${opened.articles} articles) took ${opened.ms.toFixed(0)} ms`);
    await topOf(page, 'main', shot(`stories-${count}-story.png`), 1600);
    await topOf(page, '#findings', shot(`stories-${count}-story-findings.png`));
    await topOf(page, '#reading', shot(`stories-${count}-reading.png`));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

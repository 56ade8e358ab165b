// End-to-end tests of the page in Debian's Chromium, driven by playwright-core.
// The page is served by scripts/serve.mjs with the strict Content-Security-
// Policy, so anything the policy blocks shows up as a console error, and each
// test ends by asserting there were none. Screenshots of every view go to
// target/e2e/ for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { setUp, openPage, waitForResult, shot, fictionalArticle, lowestContrast, SHOTS } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

async function demo(options) {
  const opened = await openPage(env.browser, env.base, options);
  await opened.page.click('#demo');
  await waitForResult(opened.page);
  return opened;
}

test('the CSP header is sent and the page loads under it with no errors', async () => {
  const { page, problems, context } = await openPage(env.browser, env.base);
  for (const path of ['', 'app.js', 'worker.js', 'pkg/parallax_bg.wasm', 'embed.html', 'no-such-file']) {
    const response = await page.request.get(env.base + path);
    assert.equal(response.headers()['content-security-policy'], "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'", path);
  }
  // A policy violation is reported to the page: make sure one would be seen.
  const violations = await page.evaluate(() => new Promise((resolve) => {
    const seen = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    setTimeout(() => resolve({ seen, ran: window.__inline === 1 }), 100);
  }));
  assert.equal(violations.ran, false, 'inline script is blocked by the policy');
  assert.ok(violations.seen.some((d) => d.startsWith('script-src')), JSON.stringify(violations));
  await page.waitForSelector('body[data-engine="worker"]');
  assert.match(await page.locator('#version').textContent(), /^\d+\.\d+\.\d+$/);
  assert.deepEqual(problems.filter((p) => !p.includes('Content Security Policy')), []);
  await context.close();
});

test('the demo: cards, heatmap, groups, findings and columns, with timings', async () => {
  const t0 = Date.now();
  const { page, problems, context } = await openPage(env.browser, env.base);
  const loaded = Date.now() - t0;
  const ready = await page.evaluate(() => window.__parallaxTimings.ready);
  const t1 = Date.now();
  await page.click('#demo');
  await waitForResult(page);
  const firstResult = Date.now() - t1;
  const run = await page.evaluate(() => window.__parallaxTimings.runs.at(-1));
  console.log(`# demo (4 articles): page ready ${ready.toFixed(0)} ms after navigation start (${loaded} ms incl. driver); first result ${run.sinceInput.toFixed(0)} ms after "Load demo" read the files (${firstResult} ms from the click incl. driver): analysis ${run.analysis.toFixed(0)} ms, rendering ${run.render.toFixed(0)} ms`);
  assert.ok(ready < 1000, `interactive within 1 s (was ${ready} ms)`);

  assert.equal(await page.locator('#cards .card').count(), 4);
  assert.equal(await page.locator('#cards .card.failed').count(), 0);
  const titles = await page.locator('#cards .card h3').allTextContents();
  assert.ok(titles.some((t) => t.includes('Port Veyra')), titles.join(' | '));
  const firstCard = page.locator('#cards .card').first();
  for (const label of ['Outlet', 'Byline', 'Date', 'Words']) assert.ok((await firstCard.locator('dt').allTextContents()).includes(label), label);
  assert.equal(await firstCard.locator('dt:has-text("Byline") + dd').textContent(), 'Marta Quill');
  // The removed lines can be expanded and are listed with their reason.
  const details = firstCard.locator('details.removed-lines');
  assert.match(await details.locator('summary').textContent(), /^\d+ lines? removed as boilerplate$/);
  await details.locator('summary').click();
  assert.ok(await details.evaluate((d) => d.open));

  assert.equal(await page.locator('#similarity table tbody tr').count(), 4);
  assert.equal(await page.locator('#similarity table thead th').count(), 4);
  assert.match(await page.locator('#similarity caption').textContent(), /alike/);
  assert.equal(await page.locator('#groups h4').count(), 2);
  assert.equal(await page.locator('#columns .column').count(), 4);
  assert.ok((await page.locator('#columns .px-shared').count()) > 0, 'shared sentences are highlighted');
  assert.ok((await page.locator('#columns .px-exclusive').count()) > 0, 'exclusive sentences are highlighted');
  const columnText = await page.locator('#columns').textContent();
  assert.ok(columnText.includes('We will find out why this happened'));

  // Hovering a shared sentence lights its counterparts in other columns.
  const shared = page.locator('#columns [data-refs]').first();
  await shared.hover();
  const article = await shared.getAttribute('data-article');
  const linked = await page.locator('#columns .linked').evaluateAll((nodes) => nodes.map((n) => n.dataset.article));
  assert.ok(linked.length > 0 && linked.every((a) => a !== article), `linked in other columns: ${linked}`);

  // Keyboard: n and p step through the differences.
  await page.locator('#findings-heading').click();
  await page.keyboard.press('n');
  const first = await page.evaluate(() => document.activeElement.className);
  assert.match(first, /diff-stop/);
  assert.match(await page.locator('#diff-position').textContent(), /^Difference 1 of \d+$/);
  await page.keyboard.press('n');
  assert.match(await page.locator('#diff-position').textContent(), /^Difference 2 of/);
  await page.keyboard.press('p');
  assert.match(await page.locator('#diff-position').textContent(), /^Difference 1 of/);

  await page.screenshot({ path: shot('demo.png'), fullPage: true });
  await page.locator('#overview').screenshot({ path: shot('overview.png') });
  await page.locator('#findings').screenshot({ path: shot('findings.png') });
  await page.locator('#reading').screenshot({ path: shot('reading.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a discrepancy value scrolls to its sentence and marks it', async () => {
  const { page, problems, context } = await demo();
  const values = page.locator('#discrepancies button.value');
  assert.ok((await values.count()) > 0, 'the demo reports conflicting figures (its outlets give different death tolls)');
  // Hide the reading view's second column so the jump has to bring it back.
  const target = values.nth(1);
  const article = await target.getAttribute('data-article');
  const sentence = await target.getAttribute('data-sentence');
  await page.locator(`#shown input`).nth(Number(article)).uncheck();
  assert.equal(await page.locator(`#columns .column[data-article="${article}"]`).count(), 0);
  await target.click();
  const flashed = page.locator(`#columns [data-article="${article}"][data-sentence="${sentence}"].flash`);
  assert.ok((await flashed.count()) > 0, 'the sentence is marked');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.sentence), sentence, 'and focused');
  assert.ok(await flashed.first().evaluate((n) => {
    const r = n.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }), 'and scrolled into view');
  await page.screenshot({ path: shot('discrepancy-jump.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('layer toggles hide and show a layer without re-rendering', async () => {
  const { page, problems, context } = await demo();
  const span = page.locator('#columns .px-shared').first();
  const before = await span.evaluate((n) => getComputedStyle(n).backgroundColor);
  assert.notEqual(before, 'rgba(0, 0, 0, 0)');
  await page.uncheck('#layer-shared');
  assert.equal(await span.evaluate((n) => getComputedStyle(n).backgroundColor), 'rgba(0, 0, 0, 0)');
  assert.ok(await page.locator('#columns').evaluate((n) => n.classList.contains('hide-shared')));
  await page.uncheck('#layer-person');
  const person = page.locator('#columns .px-person').first();
  assert.match(await person.evaluate((n) => getComputedStyle(n).textDecorationLine), /none/);
  await page.locator('#reading').screenshot({ path: shot('layers-off.png') });
  await page.check('#layer-shared');
  assert.equal(await span.evaluate((n) => getComputedStyle(n).backgroundColor), before);
  // The legend names every layer and each toggle has a label.
  assert.equal(await page.locator('#layers input[type=checkbox]').count(), 13);
  assert.equal(await page.locator('#layers label').count(), 13);
  assert.deepEqual(problems, []);
  await context.close();
});

test('pasted text: several at once, hostile markup stays text, empty input is refused', async () => {
  const { page, problems, context } = await openPage(env.browser, env.base);
  await page.click('#add-pasted');
  assert.match(await page.locator('#status').textContent(), /empty/);
  const hostile = 'Storm <img src=x onerror="window.__pwned=1"> hits coast\n\nThe storm killed two peo\u200Bple. <script>window.__pwned=1</script>';
  await page.fill('#paste', `${hostile}\n===\n${fictionalArticle(1)}\n===\n${fictionalArticle(2)}`);
  await page.click('#add-pasted');
  await waitForResult(page);
  assert.equal(await page.locator('#cards .card').count(), 3);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from article text ran');
  assert.match(await page.locator('#cards .card h3').first().textContent(), /<img src=x/);
  assert.equal(await page.locator('#columns img, #cards img').count(), 0);
  assert.equal(await page.inputValue('#paste'), '');
  // The zero-width space is shown, not silently kept.
  assert.equal(await page.locator('#columns .px-hidden').first().textContent(), '\u200B');
  assert.match(await page.locator('#columns .px-hidden').first().evaluate((n) => getComputedStyle(n, '::after').content), /hidden/);

  // Editing an article re-runs the analysis with the new text.
  const card = page.locator('#cards .card').nth(1);
  await card.locator('button', { hasText: 'Edit' }).click();
  const text = await card.locator('textarea').inputValue();
  await card.locator('textarea').fill(text.replace(/^Ferry Capsizes[^\n]*/, 'Edited headline about the Morning Lark'));
  await card.locator('button', { hasText: 'Save changes' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('#cards .card h3')].some((h) => h.textContent === 'Edited headline about the Morning Lark'));
  // Removing one leaves the others.
  await page.locator('#cards .card').first().locator('button', { hasText: 'Remove' }).click();
  await waitForResult(page);
  assert.equal(await page.locator('#cards .card').count(), 2);
  await page.screenshot({ path: shot('paste.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('dropping several files adds each; other files are skipped with a notice', async () => {
  const { page, problems, context } = await openPage(env.browser, env.base);
  const files = [
    { name: 'lowmoor.txt', type: 'text/plain', text: fictionalArticle(0) },
    { name: 'riverbend.txt', type: 'text/plain', text: fictionalArticle(1) },
    { name: 'calder.html', type: 'text/html', text: `<!doctype html><html><head><title>Calder ferry</title></head><body><article><h1>Ferry lost off Calder Point</h1><p>The ferry Morning Lark capsized on Tuesday, killing four people, the coast guard said.</p><p>Rescue boats pulled 22 passengers from the water.</p></article></body></html>` },
    { name: 'photo.png', type: 'image/png', text: 'not an article' },
  ];
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: f.type }));
    document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
  await waitForResult(page);
  assert.equal(await page.locator('#cards .card').count(), 3);
  assert.match(await page.locator('#status').textContent(), /Skipped 1/);
  assert.equal(await page.locator('#similarity tbody tr').count(), await page.locator('#cards .card:not(.failed)').count());
  // The file picker takes several files too.
  await page.setInputFiles('#files', files.slice(0, 2).map((f) => ({ name: f.name, mimeType: f.type, buffer: Buffer.from(f.text) })));
  await page.waitForFunction(() => document.querySelectorAll('#cards .card').length === 5);
  await page.screenshot({ path: shot('drop.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('export JSON, Markdown and CSV; importing the JSON restores the session', async () => {
  const { page, problems, context } = await demo();
  await page.uncheck('#layer-quote');
  const save = async (button) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const path = new URL(download.suggestedFilename(), SHOTS).pathname;
    await download.saveAs(path);
    return { path, text: await readFile(path, 'utf8'), name: download.suggestedFilename() };
  };
  const json = await save('#export-json');
  const session = JSON.parse(json.text);
  assert.equal(session.format, 'parallax-session');
  assert.equal(session.inputs.length, 4);
  assert.equal(session.articles.length, 4);
  assert.equal(session.comparison.similarity.length, 4);
  assert.deepEqual(session.settings.hidden, ['quote']);
  const md = await save('#export-md');
  assert.match(md.text, /^# Parallax report/);
  assert.match(md.text, /## Conflicting figures/);
  assert.match(md.text, /Marta Quill/);
  const csv = await save('#export-csv');
  const lines = csv.text.trim().split('\r\n');
  assert.equal(lines[0], 'quantity,outlet,article,value as written,value,sentence');
  assert.equal(lines.length - 1, session.comparison.discrepancies.reduce((n, d) => n + d.values.length, 0));

  // A fresh browser profile: nothing stored, then the import restores it all.
  const fresh = await openPage(env.browser, env.base);
  assert.equal(await fresh.page.locator('#cards .card').count(), 0);
  await fresh.page.setInputFiles('#import', json.path);
  await waitForResult(fresh.page);
  assert.equal(await fresh.page.locator('#cards .card').count(), 4);
  assert.equal(await fresh.page.isChecked('#layer-quote'), false, 'settings come back');
  assert.deepEqual(await fresh.page.locator('#cards .card h3').allTextContents(), await page.locator('#cards .card h3').allTextContents());
  // A file that is not a session is refused with a clear message.
  const bogus = new URL('not-a-session.json', SHOTS).pathname;
  await writeFile(bogus, '{"hello": 1}');
  await fresh.page.setInputFiles('#import', bogus);
  await fresh.page.waitForFunction(() => /not a Parallax session/.test(document.getElementById('status').textContent));
  assert.equal(await fresh.page.locator('#cards .card').count(), 4, 'a bad import loses nothing');
  assert.deepEqual(problems, []);
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();
  await context.close();
});

test('articles and settings survive a reload; reset clears them', async () => {
  const { page, problems, context } = await demo();
  await page.uncheck('#layer-exclusive');
  await page.selectOption('#theme', 'dark');
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await waitForResult(page);
  assert.equal(await page.locator('#cards .card').count(), 4);
  assert.equal(await page.isChecked('#layer-exclusive'), false);
  assert.ok(await page.locator('#columns').evaluate((n) => n.classList.contains('hide-exclusive')));
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.match(await page.locator('#status').textContent(), /Restored 4 articles/);
  await page.screenshot({ path: shot('dark.png') });
  await page.locator('#findings').screenshot({ path: shot('dark-findings.png') });
  await page.locator('#reading').screenshot({ path: shot('dark-reading.png') });
  page.once('dialog', (d) => d.accept());
  await page.click('#reset');
  assert.equal(await page.locator('#cards .card').count(), 0);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('#cards .card').count(), 0);
  assert.equal(await page.isChecked('#layer-exclusive'), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('phone width: no horizontal scrolling, controls reachable', async () => {
  const { page, problems, context } = await demo({ viewport: { width: 390, height: 844 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
  await page.screenshot({ path: shot('phone.png') });
  await page.locator('#discrepancies').screenshot({ path: shot('phone-discrepancies.png') });
  await page.locator('.reading-controls').screenshot({ path: shot('phone-controls.png') });
  await page.locator('#columns .column').first().screenshot({ path: shot('phone-column.png') });
  // Keyboard only: the first Tab after a load reaches the skip link, and
  // following it lands in the main landmark.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('header.site').count(), 1);
  assert.equal(await page.locator('nav.site').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('100 articles: a progress bar, a responsive page, and timings', async () => {
  const { page, problems, context } = await openPage(env.browser, env.base);
  const many = Array.from({ length: 100 }, (_, i) => fictionalArticle(i)).join('\n===\n');
  await page.locator('#paste').evaluate((node, text) => (node.value = text), many);
  const t0 = Date.now();
  await page.click('#add-pasted');
  // The main thread stays free while the worker runs: a timer keeps ticking.
  const ticks = await page.evaluate(() => new Promise((resolve) => {
    let n = 0;
    const id = setInterval(() => n++, 20);
    const check = () => (document.body.dataset.state === 'done' ? (clearInterval(id), resolve(n)) : setTimeout(check, 20));
    check();
  }));
  const firstResult = Date.now() - t0;
  const run = await page.evaluate(() => window.__parallaxTimings.runs.at(-1));
  console.log(`# 100 articles: first result ${run.sinceInput.toFixed(0)} ms after "Add" in the page (${firstResult} ms incl. driver): analysis ${run.analysis.toFixed(0)} ms in the ${await page.evaluate(() => document.body.dataset.engine)} (parse ${run.parse.toFixed(0)}, compare ${run.compare.toFixed(0)}, highlight ${run.highlight.toFixed(0)}), rendering ${run.render.toFixed(0)} ms; main thread ticked ${ticks} times meanwhile`);
  assert.ok(ticks > 0, 'the main thread kept running timers');
  assert.equal(await page.locator('#cards .card').count(), 100);
  // Past eight articles the similarity is a picture, not a table 101 columns
  // wide, and side by side is the anchor and one article beside it, not a
  // wall of 100 checkboxes (tests/e2e/stories.test.mjs tests both further).
  assert.equal(await page.locator('#similarity canvas.heat-canvas').count(), 1);
  assert.equal(await page.locator('#similarity table').count(), 0);
  assert.equal(await page.locator('#columns .column').count(), 2, 'the anchor and one article beside it');
  assert.equal(await page.locator('#shown input[type=checkbox]').count(), 0);
  // Articles not shown yet are highlighted when they are shown.
  const fiftieth = await page.locator('#companion option').nth(50).getAttribute('value');
  await page.selectOption('#companion', fiftieth);
  const beside = page.locator('#columns .column').nth(1);
  await page.waitForFunction(() => document.querySelectorAll('#columns .column')[1]?.querySelector('[data-sentence]'));
  assert.equal(await page.evaluate(() => document.getElementById('companion').value), fiftieth);
  assert.ok((await beside.locator('.px-shared').count()) > 0);
  await page.locator('#overview').screenshot({ path: shot('hundred-overview.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a large batch can be cancelled and the page stays usable', async () => {
  const { page, problems, context } = await openPage(env.browser, env.base);
  await page.waitForSelector('body[data-engine="worker"]');
  const many = Array.from({ length: 400 }, (_, i) => fictionalArticle(i)).join('\n===\n');
  await page.locator('#paste').evaluate((node, text) => (node.value = text), many);
  await page.click('#add-pasted');
  await page.waitForSelector('#progress-box:not([hidden])');
  assert.ok(await page.locator('#progress').isVisible());
  await page.screenshot({ path: shot('progress.png') });
  await page.click('#cancel');
  await page.waitForFunction(() => document.body.dataset.state === 'cancelled');
  assert.match(await page.locator('#status').textContent(), /Cancelled/);
  assert.equal(await page.locator('#progress-box').isHidden(), true);
  // The inputs are kept, and a new run works with a fresh worker.
  assert.equal(await page.locator('#cards .card').count(), 400);
  page.once('dialog', (d) => d.accept());
  await page.click('#reset');
  await page.click('#demo');
  await waitForResult(page);
  assert.equal(await page.locator('#cards .card').count(), 4);
  assert.deepEqual(problems, []);
  await context.close();
});

test('text contrast is at least 4.5:1 in the light and dark schemes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, problems, context } = await demo({ colorScheme });
    const selectors = ['#columns span', '#layers .swatch', '#cards dd', '#cards dt', 'button', '.note', '#status', 'th', 'td', 'caption', 'label', '.file-button'];
    for (const selector of selectors) {
      const worst = await page.evaluate(lowestContrast, selector);
      if (process.env.SHOW_CONTRAST) console.log(`# ${colorScheme} ${selector}: ${worst.ratio.toFixed(2)} (${worst.text})`);
      assert.ok(worst.ratio >= 4.5, `${colorScheme}: ${selector} "${worst.text}" (${worst.className}) has contrast ${worst.ratio.toFixed(2)}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('word diff of a wire story and its rewrite', async () => {
  const { page, problems, context } = await openPage(env.browser, env.base);
  const wire = 'Ferry sinks off Calder Point\n\nThe ferry Morning Lark sank off Calder Point on Tuesday, killing three people, the coast guard said. Rescue boats pulled 20 passengers from the water.';
  const rewrite = 'Three dead as ferry sinks\n\nThe ferry Morning Lark sank off Calder Point on Tuesday, killing four people, the coast guard said. Rescue boats pulled 20 passengers from the water.';
  await page.fill('#paste', `${wire}\n===\n${rewrite}`);
  await page.click('#add-pasted');
  await waitForResult(page);
  assert.equal(await page.inputValue('#diff-a'), '0');
  assert.equal(await page.inputValue('#diff-b'), '1');
  await page.click('#diff-run');
  await page.waitForSelector('#diff del');
  assert.deepEqual(await page.locator('#diff .diff-text del').allTextContents(), ['three']);
  assert.deepEqual(await page.locator('#diff .diff-text ins').allTextContents(), ['four']);
  assert.match(await page.locator('#diff .note').textContent(), /^\d+% of words in common/);
  await page.locator('#diff').screenshot({ path: shot('diff.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the wording chart draws one bar per distinctive term, scaled to the largest', async () => {
  // The demo's articles are too short for compare to call many terms
  // distinctive, so the chart is fed a comparison shaped like compare's.
  const { page, problems, context } = await openPage(env.browser, env.base);
  const bars = await page.evaluate(async () => {
    const { renderWording } = await import('./render.js');
    const parsed = [{ article: { outlet: { text: 'Lowmoor Gazette' } } }, { article: { outlet: { text: 'Riverbend Post' } } }];
    const comparison = {
      wording: [
        { article: 0, terms: [{ term: 'capsized', z: 4, count: 3 }, { term: 'swell', z: 2, count: 2 }] },
        { article: 1, terms: [{ term: 'overturned', z: 3, count: 2 }] },
      ],
      variants: [{ forms: [{ form: 'capsized', articles: [0], spans: [] }, { form: 'overturned', articles: [1], spans: [] }] }],
    };
    const node = renderWording(parsed, comparison);
    document.body.append(node);
    return [...node.querySelectorAll('.bars li')].map((li) => ({
      term: li.querySelector('.term').textContent,
      width: li.querySelector('.bar').getBoundingClientRect().width,
      track: li.getBoundingClientRect().width,
    }));
  });
  assert.deepEqual(bars.map((b) => b.term), ['capsized', 'swell', 'overturned']);
  assert.ok(Math.abs(bars[1].width / bars[0].width - 0.5) < 0.02, JSON.stringify(bars));
  assert.ok(Math.abs(bars[2].width / bars[0].width - 0.75) < 0.02, JSON.stringify(bars));
  assert.deepEqual(problems, []);
  await context.close();
});

test('an article with no distinctive term says no word stands out, and a participant has one name in every sources table', async () => {
  const { page, problems, context } = await openPage(env.browser, env.base);
  const seen = await page.evaluate(async () => {
    const { renderWording, renderSources } = await import('./render.js');
    const parsed = [{ article: { outlet: { text: 'Lowmoor Gazette' } } }, { article: { outlet: { text: 'Riverbend Post' } } }];
    const comparison = {
      wording: [{ article: 0, terms: [{ term: 'capsized', z: 2.5, count: 3 }] }, { article: 1, terms: [] }],
      variants: [],
      participants: [{ name: 'Ilse Vandermeer', kind: 'person', forms: ['Ilse Vandermeer', 'Ilse van der Meer'], mentions: [] }],
      sources: [
        { article: 0, sources: [{ name: 'Ilse Vandermeer', participant: 0, kind: 'official', quotes: 1, citations: 0, spans: [] }] },
        { article: 1, sources: [{ name: 'Ilse Vandermeer', participant: 0, kind: 'official', quotes: 0, citations: 1, spans: [] }] },
      ],
    };
    const wording = renderWording(parsed, comparison);
    const none = renderWording(parsed, { wording: [{ article: 0, terms: [] }], variants: [] });
    const sources = renderSources(parsed, comparison);
    document.body.append(wording, none, sources);
    return {
      empty: wording.querySelector('[data-article="1"] .empty')?.textContent,
      none: none.textContent,
      names: [...sources.querySelectorAll('tbody th')].map((th) => [th.textContent, th.title]),
    };
  });
  assert.equal(seen.empty, 'No word stands out.');
  assert.match(seen.none, /^No word stands out\./);
  assert.deepEqual(seen.names, [['Ilse Vandermeer', 'Also written Ilse van der Meer'], ['Ilse Vandermeer', 'Also written Ilse van der Meer']]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard: the input controls are reached by Tab and show where focus is', async () => {
  const { page, problems, context } = await openPage(env.browser, env.base);
  // Enter on the drop zone opens the file chooser.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#drop').press('Enter')]);
  assert.ok(chooser.isMultiple());
  await page.waitForSelector('body[data-engine]'); // reloading mid-load would abort the wasm fetch
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  const seen = [];
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => {
      const node = document.activeElement;
      const ring = node.closest('label.file-button') ?? node;
      const style = getComputedStyle(ring);
      return { id: node.id || node.className || `${node.tagName}:${node.textContent.slice(0, 20)}`, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    }));
  }
  const ids = seen.map((s) => s.id);
  for (const id of ['skip', 'theme', 'paste', 'add-pasted', 'files', 'demo', 'drop', 'import', 'reset']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
  // Past the last control focus leaves the document (BODY), which is fine.
  const unringed = seen.filter((s) => !s.outline && s.id !== 'skip' && !s.id.startsWith('BODY')).map((s) => s.id);
  assert.deepEqual(unringed, [], 'every focused control shows a focus ring');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a run replaced by a newer one leaves no trace of its cancellation', async () => {
  const { page, problems, context } = await openPage(env.browser, env.base);
  await page.waitForSelector('body[data-engine]');
  await page.evaluate((texts) => {
    window.__states = [];
    new MutationObserver(() => window.__states.push(document.body.dataset.state)).observe(document.body, { attributes: true, attributeFilter: ['data-state'] });
    for (const text of texts) {
      document.getElementById('paste').value = text;
      document.getElementById('add-pasted').click();
    }
  }, [fictionalArticle(0), fictionalArticle(1), fictionalArticle(2)]);
  await waitForResult(page);
  assert.equal(await page.locator('#cards .card').count(), 3);
  assert.equal(await page.locator('#columns .column').count(), 3);
  assert.doesNotMatch(await page.locator('#status').textContent(), /Cancelled/);
  assert.ok(await page.locator('#progress-box').isHidden());
  const states = await page.evaluate(() => window.__states);
  assert.ok(!states.includes('cancelled'), `the page never showed a cancelled state: ${states}`);
  // Only the last run was carried out and rendered.
  assert.deepEqual(await page.evaluate(() => window.__parallaxTimings.runs.map((r) => r.articles)), [3]);
  assert.deepEqual(problems, []);
  await context.close();
});

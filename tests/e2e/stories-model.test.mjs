// The story model (www/stories.js) on hand-made comparisons: which groups
// become stories, how they nest, what "Unmatched" holds, how each finding is
// scoped to a story and counted in the list, and how an address finds its
// story again. Plain functions, so plain node: no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyKey, findStories, scopeComparison, groupByStory, resolveStory, centralArticle, bySimilarityTo, UNMATCHED } from '../../www/stories.js';

const value = (article, v, text = String(v)) => ({ article, item: 0, text, span: { start: 0, end: 1 }, sentence: 0, value: v, resolved: null });
const occurrence = (article) => ({ article, quote: 0, text: 'we will rebuild every street', span: { start: 0, end: 1 }, speaker: null });

/**
 * Seven articles: a thread of 0–3 holding the event 0–2 (and article 3 on
 * its own), an event 4–5, and article 6 alone. Article 1 is the most like
 * the others of 0–2.
 */
function fixture() {
  const n = 7;
  const similarity = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0.05)));
  const set = (i, j, v) => {
    similarity[i][j] = v;
    similarity[j][i] = v;
  };
  set(0, 1, 0.7);
  set(1, 2, 0.7);
  set(0, 2, 0.4);
  set(1, 3, 0.3);
  set(4, 5, 0.6);
  const parsed = Array.from({ length: n }, (_, i) => ({
    entry: { id: `id${i}` },
    name: `file-${i}.txt`,
    article: { id: `id${i}`, title: { text: `Headline ${i}` }, outlet: { text: i % 2 ? 'Valley Courier' : 'Harbor Ledger' }, published: { iso: `2025-03-0${1 + (i % 3)}` } },
  }));
  const comparison = {
    articles: parsed.map((p) => ({ id: p.article.id })),
    similarity,
    events: [{ articles: [0, 1, 2], label: '' }, { articles: [3], label: '' }, { articles: [4, 5], label: 'Ferry strike in Kessel' }, { articles: [6], label: '' }],
    threads: [{ articles: [0, 1, 2, 3], label: '' }],
    alignments: [{ a: { article: 0, sentence: 0 }, b: { article: 1, sentence: 0 } }, { a: { article: 1, sentence: 0 }, b: { article: 4, sentence: 0 } }],
    sharedQuotes: [{ text: 'we will rebuild every street', occurrences: [occurrence(4), occurrence(5)] }, { text: 'across', occurrences: [occurrence(0), occurrence(5)] }],
    // people killed: 0 and 1 disagree (5, 6); 4 says 7. boats: 0 and 1 agree (3), 4 says 9.
    discrepancies: [
      { quantity: 'people killed', values: [value(0, 5), value(1, 6), value(4, 7)] },
      { quantity: 'boats damaged', values: [value(0, 3), value(1, 3, 'three'), value(4, 9)] },
    ],
    agreements: [{ quantity: 'date 2025-03-01', values: [value(0, null, 'Monday'), value(2, null, 'March 1'), value(5, null, 'Monday')] }],
    coverage: parsed.map((_, i) => ({ article: i, exclusive: [], omitted: [] })),
    sources: parsed.map((_, i) => ({ article: i, sources: [] })),
    wording: parsed.map((_, i) => ({ article: i, terms: [] })),
    variants: [{ forms: [{ form: 'harbour', articles: [0, 4], spans: [] }, { form: 'harbor', articles: [1], spans: [] }] }],
  };
  return { parsed, comparison };
}

const headline = (parsed) => (i) => parsed[i].article.title.text;

test('storyKey: the same articles give the same key in any order; other articles another', () => {
  const key = storyKey(['b', 'a', 'c']);
  assert.match(key, /^[0-9a-z]{14}$/);
  assert.equal(storyKey(['c', 'b', 'a']), key);
  assert.notEqual(storyKey(['a', 'b']), key);
  assert.notEqual(storyKey(['a', 'b', 'd']), key);
});

test('centralArticle: the article most like the others; bySimilarityTo: most alike first', () => {
  const { comparison } = fixture();
  assert.equal(centralArticle(comparison.similarity, [0, 1, 2]), 1);
  assert.deepEqual(bySimilarityTo(comparison.similarity, 1, [0, 1, 2, 3]), [0, 2, 3]);
});

test('findStories: threads hold their events, events of one article are no story, the rest is Unmatched', () => {
  const { parsed, comparison } = fixture();
  const stories = findStories(parsed, comparison, headline(parsed));
  assert.equal(stories.many, true);
  assert.deepEqual(stories.stories.map((s) => [s.kind, s.articles]), [['thread', [0, 1, 2, 3]], ['event', [4, 5]], [UNMATCHED, [6]]]);
  const [thread, pair, unmatched] = stories.stories;
  assert.deepEqual(thread.children.map((s) => s.articles), [[0, 1, 2]], 'the event of article 3 alone is not listed');
  assert.deepEqual(stories.all.map((s) => s.articles.length), [4, 3, 2, 1], 'the list order: thread, its event, the next story, Unmatched');
  // Labelled by compare's label, or the central article's headline where
  // compare gave none; the key comes from the ids.
  assert.equal(pair.label, 'Ferry strike in Kessel');
  assert.equal(thread.children[0].label, 'Headline 1');
  assert.equal(thread.children[0].key, storyKey(['id0', 'id1', 'id2']));
  assert.equal(unmatched.key, UNMATCHED);
  assert.deepEqual(pair.outlets.sort(), ['Harbor Ledger', 'Valley Courier']);
  assert.deepEqual(thread.dates, { from: '2025-03-01', to: '2025-03-03' });
  // Counts follow the scoping rules: the thread and its event see 5 against
  // 6, nobody sees a conflict in boats (0 and 1 agree; 4 is elsewhere).
  assert.deepEqual(stories.all.map((s) => s.conflicts), [1, 1, 0, 0]);
  assert.deepEqual(stories.all.map((s) => s.quotes), [0, 0, 1, 0]);
  assert.ok(thread.search.includes('valley courier') && thread.search.includes('headline 3'));
});

test('findStories: one event of every article is one story, and the page shows no list', () => {
  const { parsed, comparison } = fixture();
  const one = { ...comparison, events: [{ articles: [0, 1, 2, 3, 4, 5, 6], label: '' }], threads: [] };
  assert.equal(findStories(parsed, one, headline(parsed)).many, false);
  const lone = { ...comparison, events: parsed.map((_, i) => ({ articles: [i], label: '' })), threads: [] };
  assert.equal(findStories(parsed, lone, headline(parsed)).many, false, 'articles that match nothing are no stories to pick from');
});

test('scopeComparison: each finding reduced to the story, and dropped where it no longer holds', () => {
  const { comparison } = fixture();
  const scoped = scopeComparison(comparison, [0, 1, 2]);
  assert.deepEqual(scoped.discrepancies.map((d) => [d.quantity, d.values.map((v) => v.article)]), [['people killed', [0, 1]]],
    'boats: 3 and "three" are one value once 9 (another story) is out');
  assert.deepEqual(scoped.agreements[0].values.map((v) => v.article), [0, 2]);
  assert.deepEqual(scoped.sharedQuotes, [], 'a quote shared with another story is not shared within this one');
  assert.deepEqual(scoped.variants, [{ forms: [{ form: 'harbour', articles: [0], spans: [] }, { form: 'harbor', articles: [1], spans: [] }] }]);
  assert.deepEqual(scoped.alignments.length, 1);
  assert.deepEqual([scoped.coverage, scoped.sources, scoped.wording].map((rows) => rows.map((r) => r.article)), [[0, 1, 2], [0, 1, 2], [0, 1, 2]]);
  assert.deepEqual(scoped.events.map((e) => e.articles), [[0, 1, 2]]);
  assert.equal(scoped.similarity, comparison.similarity, 'indices stay as they are');
  const pair = scopeComparison(comparison, [4, 5]);
  assert.deepEqual(pair.discrepancies, []);
  assert.deepEqual(pair.agreements, [], 'one article left is no agreement');
  assert.equal(pair.sharedQuotes.length, 1);
});

test('groupByStory: a finding goes under the smallest story holding all its articles, or across stories', () => {
  const { parsed, comparison } = fixture();
  const stories = findStories(parsed, comparison, headline(parsed));
  const groups = groupByStory(stories, [{ at: [0, 1] }, { at: [0, 3] }, { at: [4, 5] }, { at: [0, 5] }, { at: [1, 2] }], (row) => row.at);
  assert.deepEqual(groups.map((g) => [g.story?.articles ?? null, g.rows.map((r) => r.at.join(''))]), [
    [[0, 1, 2, 3], ['03']],
    [[0, 1, 2], ['01', '12']],
    [[4, 5], ['45']],
    [null, ['05']],
  ]);
});

test('resolveStory: by key, by an article\'s name, and after an edit by the articles last opened', () => {
  const { parsed, comparison } = fixture();
  const stories = findStories(parsed, comparison, headline(parsed));
  const event = stories.all[1];
  assert.equal(resolveStory(stories, event.key), event);
  assert.equal(resolveStory(stories, 'nothing-like-this'), null);
  assert.equal(resolveStory(stories, 'file-2.txt', { names: parsed.map((p) => p.name) }), event, 'the smallest story holding the article');
  // An article joins the event: its key changes; the remembered ids find it.
  const grown = { ...comparison, events: [{ articles: [0, 1, 2, 3], label: '' }, { articles: [4, 5], label: '' }, { articles: [6], label: '' }], threads: [] };
  const after = findStories(parsed, grown, headline(parsed));
  assert.equal(after.byKey.get(event.key), undefined);
  const found = resolveStory(after, event.key, { parsed, remembered: { key: event.key, ids: ['id0', 'id1', 'id2'] } });
  assert.deepEqual(found?.articles, [0, 1, 2, 3]);
  assert.equal(resolveStory(after, event.key, { parsed, remembered: { key: 'another', ids: ['id0', 'id1', 'id2'] } }), null, 'only for the key it was remembered with');
});

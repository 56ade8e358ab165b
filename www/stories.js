// Stories: the threads and events compare() found, as the page lists them and
// scopes its findings to one of them. Pure functions over the parsed articles
// and the Comparison (no DOM), shared by the page and <parallax-compare>.
//
// A story is a thread or an event of at least two articles. An event of one
// article is no story: its article sits in its thread, or under "Unmatched".
// Articles are referred to by their index in the compared list, as in the
// Comparison itself; a scoped comparison keeps those indices, so every view
// that reads `parsed[i]` works on it unchanged.

/** The key of the pseudo-story holding the articles in no story. */
export const UNMATCHED = 'unmatched';

/**
 * A short key for a set of article ids: the same articles give the same key
 * whatever their order in the list, so `#event=<key>` survives a reload, an
 * added article elsewhere or a reordering. Two 32-bit multiplicative hashes
 * (cyrb53's mixing) over the sorted ids, in base 36.
 */
export function storyKey(ids) {
  const text = [...ids].map(String).sort().join('\n');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(36).padStart(7, '0') + (h1 >>> 0).toString(36).padStart(7, '0');
}

/**
 * The article of `articles` most like the others: the highest mean document
 * similarity to the rest (the first on a tie). It anchors the reading view
 * and names the story when compare gave it no label.
 */
export function centralArticle(similarity, articles) {
  if (articles.length <= 2) return articles[0];
  let best = articles[0];
  let bestSum = -Infinity;
  for (const i of articles) {
    const row = similarity[i] ?? [];
    let sum = 0;
    for (const j of articles) if (j !== i) sum += row[j] ?? 0;
    if (sum > bestSum) {
      bestSum = sum;
      best = i;
    }
  }
  return best;
}

/** `others` ordered by similarity to `anchor`, most alike first (index order on a tie). */
export function bySimilarityTo(similarity, anchor, others) {
  const row = similarity[anchor] ?? [];
  return others.filter((i) => i !== anchor).sort((x, y) => (row[y] ?? 0) - (row[x] ?? 0) || x - y);
}

// ------------------------------------------------------------ scoping rules
// One rule per kind of finding, used both to scope a comparison and to count
// a story's findings in the list, so the count and the scoped view agree.

/** What tells two reported values apart: the number, else the resolved day, else the words. */
const valueOf = (v) => v.value ?? v.resolved ?? v.text;

/** A discrepancy's values within `inScope`, or null when they no longer disagree there. */
function scopeDiscrepancy(d, inScope) {
  const values = d.values.filter((v) => inScope(v.article));
  if (new Set(values.map(valueOf)).size < 2) return null;
  return values.length === d.values.length ? d : { ...d, values };
}

/** An agreement's values within `inScope`, or null unless two articles still agree there. */
function scopeAgreement(g, inScope) {
  const values = g.values.filter((v) => inScope(v.article));
  if (new Set(values.map((v) => v.article)).size < 2) return null;
  return values.length === g.values.length ? g : { ...g, values };
}

/** A shared quote's occurrences within `inScope`, or null unless two articles still share it. */
function scopeQuote(q, inScope) {
  const occurrences = q.occurrences.filter((o) => inScope(o.article));
  if (new Set(occurrences.map((o) => o.article)).size < 2) return null;
  return occurrences.length === q.occurrences.length ? q : { ...q, occurrences };
}

/** A wording variant with the forms used within `inScope`, or null unless two forms are left. */
function scopeVariant(v, inScope) {
  const forms = v.forms
    .map((f) => ({ ...f, articles: f.articles.filter(inScope), spans: f.spans.filter((s) => inScope(s.article)) }))
    .filter((f) => f.articles.length);
  return forms.length >= 2 ? { ...v, forms } : null;
}

const keepAll = (rows, scope, inScope) => rows.flatMap((row) => scope(row, inScope) ?? []);

/**
 * The comparison as seen from `articles` (indices): every finding reduced to
 * what those articles report, findings that no longer hold there dropped.
 * Indices and the similarity matrix stay as they are.
 */
export function scopeComparison(comparison, articles) {
  const set = new Set(articles);
  const inScope = (i) => set.has(i);
  const within = (g) => g.articles.every(inScope);
  const scoped = {
    ...comparison,
    events: comparison.events.filter(within),
    threads: comparison.threads.filter(within),
    sharedQuotes: keepAll(comparison.sharedQuotes, scopeQuote, inScope),
    discrepancies: keepAll(comparison.discrepancies, scopeDiscrepancy, inScope),
    agreements: keepAll(comparison.agreements, scopeAgreement, inScope),
    coverage: comparison.coverage.filter((c) => inScope(c.article)),
    sources: comparison.sources.filter((s) => inScope(s.article)),
    wording: comparison.wording.filter((w) => inScope(w.article)),
    variants: keepAll(comparison.variants ?? [], scopeVariant, inScope),
  };
  // No view reads the alignments (highlighting has them from the worker), and
  // a thousand articles have tens of thousands: filtered when first read.
  let alignments = null;
  Object.defineProperty(scoped, 'alignments', {
    enumerable: true,
    get: () => (alignments ??= comparison.alignments.filter((al) => inScope(al.a.article) && inScope(al.b.article))),
  });
  return scoped;
}

// ------------------------------------------------------------ the story list

/** The first day and the last of `isos` (YYYY-MM-DD…), or null when none is known. */
function dateSpan(isos) {
  const days = isos.filter(Boolean).map((d) => d.slice(0, 10)).sort();
  return days.length ? { from: days[0], to: days[days.length - 1] } : null;
}

/**
 * How many of `rows` each story holds after scoping: each row is tried only
 * on the stories of its own articles.
 */
function countPerStory(rows, articlesOf, scope, storiesOf) {
  const counts = new Map();
  for (const row of rows) {
    const candidates = new Set(articlesOf(row).flatMap((a) => storiesOf[a] ?? []));
    for (const story of candidates) {
      const set = story.set;
      if (scope(row, (i) => set.has(i))) counts.set(story, (counts.get(story) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The stories of an analysis, for the story list and the picker: threads
 * with the events inside them as `children`, events in no thread, each
 * largest first, and last the articles in no story as "Unmatched". Each:
 * { key, kind: 'thread'|'event'|'unmatched', articles, central, label,
 * headlines, outlets, dates, conflicts, quotes, children, search }.
 * `headline(i)` is article i's display headline (render.js articleHeadline).
 */
export function findStories(parsed, comparison, headline) {
  if (!comparison) return { stories: [], all: [], count: 0, byKey: new Map(), many: false };
  const article = (i) => parsed[i]?.article;
  const make = (kind, articles, named = '', key = storyKey(articles.map((i) => article(i)?.id ?? String(i)))) => {
    const sorted = [...articles].sort((x, y) => x - y);
    const central = centralArticle(comparison.similarity, sorted);
    const outlets = [...new Set(sorted.map((i) => article(i)?.outlet?.text).filter(Boolean))];
    const headlines = sorted.map((i) => headline(i));
    return {
      key,
      kind,
      articles: sorted,
      set: new Set(sorted),
      central,
      // compare()'s label is a phrase from one of the group's headlines
      // ("Footbridge collapse in Port Veyra"); the central article's
      // headline stands in where compare gave none.
      label: kind === UNMATCHED ? 'Unmatched: articles in no story' : named || headline(central),
      headlines,
      outlets,
      dates: dateSpan(sorted.map((i) => article(i)?.published?.iso)),
      conflicts: 0,
      quotes: 0,
      children: [],
    };
  };
  const bySize = (x, y) => y.articles.length - x.articles.length || x.articles[0] - y.articles[0];
  const threads = comparison.threads.filter((t) => t.articles.length >= 2).map((t) => make('thread', t.articles, t.label));
  const events = comparison.events.filter((e) => e.articles.length >= 2).map((e) => make('event', e.articles, e.label));
  const top = [...threads];
  const kept = [];
  for (const event of events) {
    // A thread of exactly this event's articles already stands for it (and has its key).
    if (threads.some((t) => t.key === event.key)) continue;
    kept.push(event);
    const parent = threads.find((t) => event.articles.every((i) => t.set.has(i)));
    if (parent) parent.children.push(event);
    else top.push(event);
  }
  top.sort(bySize);
  for (const t of threads) t.children.sort(bySize);
  const all = [...threads, ...kept];
  const inStory = new Set(all.flatMap((s) => s.articles));
  const lone = parsed.map((_, i) => i).filter((i) => !inStory.has(i));
  if (lone.length && all.length) {
    const unmatched = make(UNMATCHED, lone, '', UNMATCHED);
    top.push(unmatched);
    all.push(unmatched);
  }
  // Per-article lists of the stories holding it, for counting findings.
  const storiesOf = [];
  for (const s of all) for (const i of s.articles) (storiesOf[i] ??= []).push(s);
  const conflicts = countPerStory(comparison.discrepancies, (d) => d.values.map((v) => v.article), scopeDiscrepancy, storiesOf);
  const quotes = countPerStory(comparison.sharedQuotes, (q) => q.occurrences.map((o) => o.article), scopeQuote, storiesOf);
  for (const s of all) {
    s.conflicts = conflicts.get(s) ?? 0;
    s.quotes = quotes.get(s) ?? 0;
    s.search = [s.label, ...s.headlines, ...s.outlets].join('\n').toLowerCase();
  }
  const ordered = top.flatMap((s) => [s, ...s.children]);
  return {
    stories: top,
    all: ordered,
    /** Threads and events listed (not counting "Unmatched"). */
    count: ordered.filter((s) => s.kind !== UNMATCHED).length,
    byKey: new Map(ordered.map((s) => [s.key, s])),
    // The page shows the list and the picker only when compare found more
    // than one event and at least one of them (or a thread) is a story.
    many: comparison.events.length > 1 && all.some((s) => s.kind !== UNMATCHED),
  };
}

/**
 * The smallest story holding every article of a finding, or null when the
 * finding spans stories: findings of the whole set are grouped under it.
 */
export function storyOfFinding(stories, articles) {
  let best = null;
  for (const s of stories.all) {
    if (s.kind === UNMATCHED) continue;
    if (articles.every((i) => s.set.has(i)) && (!best || s.articles.length < best.articles.length)) best = s;
  }
  return best;
}

/**
 * `rows` grouped by the story holding each (storyOfFinding), in the order
 * of the story list, the rows spanning stories last: [{ story, rows }],
 * story null for those.
 */
export function groupByStory(stories, rows, articlesOf) {
  const groups = new Map();
  for (const row of rows) {
    const story = storyOfFinding(stories, [...new Set(articlesOf(row))]);
    if (!groups.has(story)) groups.set(story, []);
    groups.get(story).push(row);
  }
  const order = new Map(stories.all.map((s, k) => [s, k]));
  return [...groups.entries()]
    .sort(([x], [y]) => (x ? order.get(x) : Infinity) - (y ? order.get(y) : Infinity))
    .map(([story, rows]) => ({ story, rows }));
}

/**
 * The story an address or attribute names: a key, or (for the element) the
 * name of an article, which opens the smallest story holding it. When a
 * key is gone (an article was edited), `remembered` ids (the story's
 * articles when it was opened) find the story sharing most of them, if it
 * shares at least half.
 */
export function resolveStory(stories, wanted, { parsed = [], names = [], remembered = null } = {}) {
  if (!wanted) return null;
  const direct = stories.byKey.get(wanted);
  if (direct) return direct;
  const named = names.indexOf(wanted);
  if (named >= 0) {
    const holding = stories.all.filter((s) => s.set.has(named) && s.kind !== UNMATCHED);
    if (holding.length) return holding.reduce((a, b) => (b.articles.length < a.articles.length ? b : a));
  }
  if (remembered?.key === wanted && remembered.ids?.length) {
    const ids = new Set(remembered.ids);
    let best = null;
    let bestShare = 0.5;
    for (const s of stories.all) {
      const shared = s.articles.filter((i) => ids.has(parsed[i]?.article?.id)).length;
      const share = shared / Math.max(ids.size, s.articles.length);
      if (share >= bestShare) {
        best = s;
        bestShare = share;
      }
    }
    return best;
  }
  return null;
}

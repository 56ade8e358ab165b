//! Event clustering for feeds of any length: which articles could report one
//! event (candidate blocks), found with bounded memory; the events themselves
//! are then decided by [`crate::compare::group_events`] on each block, so a
//! feed is grouped by exactly the rule the page and `compare` use.
//!
//! **Terms.** [`block_terms`] gives each article the content words of its
//! sentences with their counts, stemmed and hashed as comparison's document
//! similarity counts them; participants' names are among them, and being
//! rare they weigh most.
//!
//! **Buckets.** Articles are sorted into time windows by the feed's own
//! `published` day (never a date read from the text: on ECB+, dates parsed
//! from the text spread up to two years inside one event, and 41 of 86
//! events mix dated and undated articles). A dated article of day `d` belongs
//! to the buckets `d ..= d + window_days`, so two articles meet when their
//! days differ by at most `window_days`. Undated articles are taken in
//! arrival order, `undated_chunk` at a time, each chunk one bucket.
//!
//! **Links.** See [`links`]: in a bucket each article keeps its heaviest
//! terms by TF-IDF over the bucket, among those at most
//! `max(rare_floor, rare_share × bucket size)` articles carry; two articles
//! keeping `min_shared_keys` of the same terms are linked. The rare bound
//! keeps the pair counting linear.
//!
//! **Blocks.** Connected components of the links, closed as soon as no later
//! bucket can reach them, are packed into blocks of about `max_block`
//! articles (see [`Blocker`]), so memory holds the open window and the
//! components still growing, never the whole feed.
//!
//! The Spark example (examples/spark) computes the same blocks with Spark's
//! own operators from [`block_keys`]; its test holds the two equal.

use crate::model::Article;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The blocking parameters; see the module documentation.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Days two reports of one event may lie apart and still meet ([`WINDOW_DAYS`] by default).
    pub window_days: i64,
    /// Undated articles per bucket, taken in arrival order: they have no day to window by.
    pub undated_chunk: u64,
    /// About how many articles a block holds, so grouping sees collections the size `compare`
    /// would.
    pub max_block: usize,
    /// How many of its heaviest terms (TF-IDF over the bucket) each article keeps as keys.
    pub key_terms: usize,
    /// Keys two articles must share to be linked: one shared word is too weak a sign of one event.
    pub min_shared_keys: usize,
    /// The least number of articles a key may appear in, however small the bucket.
    pub rare_floor: usize,
    /// The share of a bucket's articles a key may appear in at most: common terms link everything
    /// and make pair counting quadratic.
    pub rare_share: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            window_days: WINDOW_DAYS,
            undated_chunk: UNDATED_CHUNK,
            max_block: MAX_BLOCK,
            key_terms: KEY_TERMS,
            min_shared_keys: MIN_SHARED_KEYS,
            rare_floor: RARE_FLOOR,
            rare_share: RARE_SHARE,
        }
    }
}

/// Days two reports of one event may lie apart and still meet. Components
/// chain, so an event reported over a week still forms one block as long as
/// no two-day gap falls inside it.
pub const WINDOW_DAYS: i64 = 2;
/// Undated articles per bucket, in arrival order.
pub const UNDATED_CHUNK: u64 = 10_000;
/// The most articles one block holds; the grouping's cost and memory grow
/// with it (compare accepts at most [`crate::compare::MAX_ARTICLES`]).
pub const MAX_BLOCK: usize = 1000;
/// Terms each article keeps in a bucket: its heaviest.
pub const KEY_TERMS: usize = 12;
/// Kept terms two articles must share in one bucket to be linked.
pub const MIN_SHARED_KEYS: usize = 2;
/// A term carried by at most this many articles of a bucket can link them …
pub const RARE_FLOOR: usize = 64;
/// … or by at most this share of them, in a large bucket.
pub const RARE_SHARE: f64 = 0.01;

/// The terms of an article as blocking weighs them: each distinct content
/// word of its sentences, folded and hashed exactly as comparison's document
/// similarity counts them, with its count. Sorted by hash. Names are words
/// like any other, and being rare they weigh most: shared participants are
/// found through them.
pub fn block_terms(article: &Article) -> Vec<(u64, u32)> {
    let mut hashes: Vec<u64> = article
        .sentences
        .iter()
        .flat_map(|s| crate::compare::normalize::words(&s.text))
        .filter(|w| !w.stop && w.stem.chars().nth(1).is_some())
        .map(|w| w.hash)
        .collect();
    hashes.sort_unstable();
    let mut out: Vec<(u64, u32)> = Vec::new();
    for h in hashes {
        match out.last_mut() {
            Some((last, n)) if *last == h => *n += 1,
            _ => out.push((h, 1)),
        }
    }
    out
}

/// Days since 1970-01-01 of a date written `YYYY-MM-DD` (anything after the
/// tenth character, such as a time, is ignored), or `None`.
pub fn day_number(iso: &str) -> Option<i64> {
    let d = iso.get(..10)?;
    let b = d.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = d[..4].parse().ok()?;
    let m: i64 = d[5..7].parse().ok()?;
    let day: i64 = d[8..10].parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=12).contains(&m) || day < 1 || day > month_days[m as usize - 1] {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// One article as blocking sees it: its arrival number, its feed day and
/// its terms ([`block_terms`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The article's arrival number, which blocks are made of.
    pub seq: u64,
    /// The feed's publication day (days since 1970-01-01), or `None` when the feed gave none.
    pub day: Option<i64>,
    /// The article's terms as ([`block_terms`]) gives them: hashed stems and their counts.
    pub terms: Vec<(u64, u32)>,
}

/// The bucket an article waits in before blocking: its feed day, or for an
/// undated one its arrival chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Window {
    /// A dated article's feed day (days since 1970-01-01).
    Day(i64),
    /// An undated article's arrival chunk (arrival number over `undated_chunk`).
    Undated(u64),
}

impl Window {
    /// The bucket of an article with feed day `day` and arrival number `seq`.
    pub fn of(day: Option<i64>, seq: u64, settings: &Settings) -> Self {
        match day {
            Some(d) => Window::Day(d),
            None => Window::Undated(seq / settings.undated_chunk.max(1)),
        }
    }
}

/// A block: arrival numbers. Each component it holds is whole (unless it
/// alone exceeds `max_block`) and in (day, arrival) order.
pub type Block = Vec<u64>;

/// A component: members as (day, arrival), and its last day.
#[derive(Default)]
struct Component {
    members: Vec<(i64, u64)>,
    last_day: i64,
}

/// Streaming blocking, fed one day at a time in ascending order, then the
/// undated chunks in arrival order (see the module documentation).
///
/// Closed components go out in the order of their last member (day, then
/// arrival), the order they close in, cut into runs of `max_block` when
/// larger. Runs are then packed: a run whose start, counted in articles
/// from the first run, falls in `[k·max_block, (k+1)·max_block)` goes to
/// block `k`. Grouping then sees collections of about `max_block` articles,
/// as `compare` would: its document similarity weighs words by how rare
/// they are in the collection, and in a block of a few articles about one
/// story every story word is common (measured by examples/cluster_eval.rs:
/// agreement with compare falls to 0.70 F1 on the generated corpus with
/// blocks of one component each).
pub struct Blocker {
    settings: Settings,
    dated: Linker,
    /// Articles in every run so far, and the block being filled.
    packed: usize,
    current: Block,
}

impl Blocker {
    /// An empty blocker with these parameters, ready for the first day.
    pub fn new(settings: Settings) -> Self {
        Blocker {
            dated: Linker::new(settings.window_days),
            settings,
            packed: 0,
            current: Vec::new(),
        }
    }

    /// Adds the members of `day` (later than every day given before) and
    /// returns the blocks no later day can change.
    pub fn day(&mut self, day: i64, members: Vec<Member>) -> Vec<Block> {
        let closed = self.dated.day(day, members, &self.settings);
        self.pack(closed)
    }

    /// Adds one chunk of undated members (after every dated day): one bucket
    /// of its own.
    pub fn undated(&mut self, members: Vec<Member>) -> Vec<Block> {
        let mut closed = self.dated.finish(&self.settings);
        let mut chunk = Linker::new(0);
        closed.extend(chunk.day(0, members, &self.settings));
        closed.extend(chunk.finish(&self.settings));
        self.pack(closed)
    }

    /// Every remaining block.
    pub fn finish(&mut self) -> Vec<Block> {
        let closed = self.dated.finish(&self.settings);
        let mut out = self.pack(closed);
        if !self.current.is_empty() {
            out.push(std::mem::take(&mut self.current));
        }
        out
    }

    fn pack(&mut self, closed: Vec<Component>) -> Vec<Block> {
        let size = self.settings.max_block.max(1);
        let mut out = Vec::new();
        for mut c in closed {
            c.members.sort_unstable();
            for run in c.members.chunks(size) {
                self.current.extend(run.iter().map(|&(_, s)| s));
                let block = self.packed / size;
                self.packed += run.len();
                if self.packed >= (block + 1) * size {
                    out.push(std::mem::take(&mut self.current));
                }
            }
        }
        out
    }
}

/// Union-find over the members of the days a later bucket can reach.
struct Linker {
    window_days: i64,
    /// Members of the days a later bucket can still reach.
    window: BTreeMap<i64, Vec<Member>>,
    /// Parent of each open member's arrival number.
    parent: HashMap<u64, u64>,
    /// Open components by root.
    open: HashMap<u64, Component>,
    /// The last bucket whose links are counted.
    done_through: Option<i64>,
}

impl Linker {
    fn new(window_days: i64) -> Self {
        Linker {
            window_days,
            window: BTreeMap::new(),
            parent: HashMap::new(),
            open: HashMap::new(),
            done_through: None,
        }
    }

    fn day(&mut self, day: i64, members: Vec<Member>, settings: &Settings) -> Vec<Component> {
        if let Some(last) = self.window.keys().next_back() {
            assert!(day > *last, "Blocker::day takes days in ascending order");
        }
        let mut out = self.advance(day - 1, settings);
        for m in &members {
            self.parent.insert(m.seq, m.seq);
            self.open.insert(m.seq, Component { members: vec![(day, m.seq)], last_day: day });
        }
        self.window.insert(day, members);
        out.extend(self.advance(day, settings));
        out
    }

    fn finish(&mut self, settings: &Settings) -> Vec<Component> {
        let out = match self.window.keys().next_back() {
            Some(&last) => self.advance(last + self.window_days, settings),
            None => Vec::new(),
        };
        debug_assert!(self.open.is_empty() && self.window.is_empty());
        *self = Linker::new(self.window_days);
        out
    }

    /// Counts the links of every bucket up to `through`, then closes what
    /// no later bucket reaches, in the order of their last member.
    fn advance(&mut self, through: i64, settings: &Settings) -> Vec<Component> {
        let w = self.window_days;
        let after = self.done_through.unwrap_or(i64::MIN);
        // Buckets that hold someone: each present day and the w after it.
        let buckets: BTreeSet<i64> = self
            .window
            .keys()
            .flat_map(|&d| (0..=w).map(move |o| d + o))
            .filter(|&b| b > after && b <= through)
            .collect();
        for b in buckets {
            let members: Vec<&Member> =
                self.window.range(b - w..=b).flat_map(|(_, ms)| ms.iter()).collect();
            for (x, y) in links(&members, settings) {
                self.union(x, y);
            }
        }
        if self.done_through.is_none_or(|d| through > d) {
            self.done_through = Some(through);
        }
        // Later buckets hold days after `through - w` only.
        let reach = through - w + 1;
        self.window.retain(|&d, _| d >= reach);
        let closed: Vec<u64> =
            self.open.iter().filter(|(_, c)| c.last_day < reach).map(|(&r, _)| r).collect();
        let mut done: Vec<Component> =
            closed.into_iter().filter_map(|r| self.open.remove(&r)).collect();
        for (_, seq) in done.iter().flat_map(|c| &c.members) {
            self.parent.remove(seq);
        }
        done.sort_by_key(|c| c.members.iter().max().copied());
        done
    }

    fn find(&mut self, x: u64) -> u64 {
        let mut root = x;
        while self.parent[&root] != root {
            root = self.parent[&root];
        }
        let mut at = x;
        while at != root {
            let next = self.parent[&at];
            self.parent.insert(at, root);
            at = next;
        }
        root
    }

    fn union(&mut self, x: u64, y: u64) {
        let (rx, ry) = (self.find(x), self.find(y));
        if rx == ry {
            return;
        }
        let (big, small) = if self.open[&rx].members.len() >= self.open[&ry].members.len() {
            (rx, ry)
        } else {
            (ry, rx)
        };
        let moved = self.open.remove(&small).unwrap_or_default();
        self.parent.insert(small, big);
        let into = self.open.get_mut(&big).expect("open component");
        into.members.extend(moved.members);
        into.last_day = into.last_day.max(moved.last_day);
    }
}

/// The blocks of one set of undated articles, all known at once.
pub fn undated_blocks(members: Vec<Member>, settings: &Settings) -> Vec<Block> {
    let mut blocker = Blocker::new(settings.clone());
    let mut out = blocker.undated(members);
    out.extend(blocker.finish());
    out
}

/// The pairs of one bucket's members that could report one event: each
/// member keeps its `key_terms` heaviest terms by comparison's TF-IDF weight
/// (`(1 + ln tf) · (ln((1+n)/(1+df)) + 1)`, with `df` counted in the
/// bucket), among the terms at least one other member has and at most the
/// rare bound carries; two members keeping `min_shared_keys` of the same
/// terms are linked. Sorted pairs of arrival numbers.
pub fn links(members: &[&Member], settings: &Settings) -> Vec<(u64, u64)> {
    let n = members.len();
    let rare = settings.rare_floor.max((settings.rare_share * n as f64).ceil() as usize);
    let mut df: HashMap<u64, u32> = HashMap::new();
    for m in members {
        for &(t, _) in &m.terms {
            *df.entry(t).or_default() += 1;
        }
    }
    let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
    for (i, m) in members.iter().enumerate() {
        let mut weighed: Vec<(f64, u64)> = m
            .terms
            .iter()
            .filter(|(t, _)| (2..=rare as u32).contains(&df[t]))
            .map(|&(t, tf)| {
                let idf = ((1 + n) as f64 / (1 + df[&t]) as f64).ln() + 1.0;
                ((1.0 + (tf as f64).ln()) * idf, t)
            })
            .collect();
        weighed.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        for &(_, t) in weighed.iter().take(settings.key_terms) {
            postings.entry(t).or_default().push(i as u32);
        }
    }
    let mut shared: HashMap<(u32, u32), u32> = HashMap::new();
    for list in postings.values() {
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                *shared.entry((i, j)).or_default() += 1;
            }
        }
    }
    let need = settings.min_shared_keys.max(1) as u32;
    let mut out: Vec<(u64, u64)> = shared
        .into_iter()
        .filter(|&(_, c)| c >= need)
        .map(|((i, j), _)| {
            let (a, b) = (members[i as usize].seq, members[j as usize].seq);
            (a.min(b), a.max(b))
        })
        .collect();
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::hash::fnv1a;

    fn member(seq: u64, day: Option<i64>, words: &[&str]) -> Member {
        let mut terms: Vec<(u64, u32)> = words.iter().map(|w| (fnv1a(w.as_bytes()), 1)).collect();
        terms.sort_unstable();
        Member { seq, day, terms }
    }

    #[test]
    fn day_numbers_follow_the_calendar() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2024-03-01T10:00:00Z"), Some(19_783));
        assert_eq!(day_number("2024-02-29"), Some(19_782));
        assert_eq!(day_number("2023-02-29"), None);
        assert_eq!(day_number("1969-12-31"), Some(-1));
        assert_eq!(day_number("March 3"), None);
    }

    /// The components of members given day by day, each sorted.
    fn components(days: Vec<(i64, Vec<Member>)>, window_days: i64) -> Vec<Vec<u64>> {
        let s = Settings::default();
        let mut linker = Linker::new(window_days);
        let mut closed = Vec::new();
        for (d, ms) in days {
            closed.extend(linker.day(d, ms, &s));
        }
        closed.extend(linker.finish(&s));
        closed.into_iter().map(|c| c.members.iter().map(|&(_, seq)| seq).collect()).collect()
    }

    #[test]
    fn articles_meet_only_within_the_window() {
        let days = vec![
            (10, vec![member(0, Some(10), &["a", "b"])]),
            (12, vec![member(1, Some(12), &["a", "b"])]),
            (15, vec![member(2, Some(15), &["a", "b"])]),
        ];
        assert_eq!(components(days, 2), vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn one_shared_key_is_not_a_link() {
        let ms = vec![member(0, None, &["a", "b"]), member(1, None, &["a", "c"])];
        assert_eq!(components(vec![(0, ms)], 0), vec![vec![0], vec![1]]);
    }

    #[test]
    fn common_terms_do_not_link() {
        // 70 articles share "x" and "y" (more than the rare floor of 64),
        // and only 0 and 1 share "p" and "q".
        let mut ms: Vec<Member> = (0..70).map(|i| member(i, None, &["x", "y"])).collect();
        ms[0] = member(0, None, &["x", "y", "p", "q"]);
        ms[1] = member(1, None, &["x", "y", "p", "q"]);
        let comps = components(vec![(0, ms)], 0);
        assert_eq!(comps.len(), 69);
        assert!(comps.contains(&vec![0, 1]));
    }

    #[test]
    fn runs_are_packed_by_where_they_start() {
        // Components of 2, 2 and 5 articles (closing in that order), packed
        // by 3: runs of 2, 2, 3 and 2 start at 0, 2, 4 and 7.
        let s = Settings { max_block: 3, ..Settings::default() };
        let mut ms = vec![member(0, None, &["a", "b"]), member(1, None, &["a", "b"])];
        ms.extend([member(2, None, &["c", "d"]), member(3, None, &["c", "d"])]);
        ms.extend((4..9).map(|i| member(i, None, &["e", "f"])));
        let blocks = undated_blocks(ms, &s);
        assert_eq!(blocks, vec![vec![0, 1, 2, 3], vec![4, 5, 6], vec![7, 8]]);
    }
}

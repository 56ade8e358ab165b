//! Quotes and the quotes several articles share.
//!
//! The parser's quotes are used when it found any; otherwise quotes are read
//! here from the paragraphs: text between curly or straight double quotes, or
//! curly single quotes that open at a word start. Two quotes match when their
//! stemmed words share a run of at least [`MIN_SHARED_WORDS`] words in a row,
//! so curly and straight quotes, punctuation, spelling variants and
//! truncation ("emphasised the importance of …" inside a longer quote) do not
//! matter. Candidates come from an index of four-word shingles, so the cost
//! grows with the number of quotes, not its square.

use super::normalize::words;
use super::Prepared;
use crate::lexicon::hash::fnv1a;
use crate::lexicon::speech_verbs::COMMON_SPEECH_VERBS;
use crate::model::{QuoteOccurrence, SharedQuote, Span};
use std::collections::{BTreeMap, HashMap};

/// The shortest run of shared words that makes two quotes the same quote.
pub const MIN_SHARED_WORDS: usize = 5;

/// A quote of one article, from the parser or found here.
#[derive(Debug, Clone)]
pub struct FoundQuote {
    pub article: usize,
    /// Index in the article's `quotes`, or in the quotes found here when the
    /// parser found none.
    pub item: usize,
    pub text: String,
    pub span: Span,
    pub sentence: usize,
    pub speaker: Option<String>,
    /// Where the quote starts in the article text, in bytes.
    byte_start: usize,
    /// Folded words with their byte ranges in the article text.
    words: Vec<(String, usize, usize)>,
}

/// All quotes of all articles, in article order.
pub fn collect(docs: &[Prepared]) -> Vec<FoundQuote> {
    let mut out = Vec::new();
    for (a, d) in docs.iter().enumerate() {
        let art = d.article;
        if !art.quotes.is_empty() {
            for (i, q) in art.quotes.iter().enumerate() {
                let r = d.index.bytes(q.span);
                out.push(found(d, a, i, r.start, r.end, q.sentence, q.speaker.clone()));
            }
            continue;
        }
        let mut item = 0;
        for p in &art.paragraphs {
            let r = d.index.bytes(p.span);
            let Some(text) = art.text.get(r.clone()) else { continue };
            for (qs, qe) in scan(text) {
                let (start, end) = (r.start + qs, r.start + qe);
                let sentence = sentence_at(d, start);
                let speaker = sentence
                    .and_then(|s| speaker_in(&art.sentences[s].text, &art.text[start..end]));
                out.push(found(
                    d,
                    a,
                    item,
                    start,
                    end,
                    sentence.unwrap_or(p.first_sentence),
                    speaker,
                ));
                item += 1;
            }
        }
    }
    out
}

fn found(
    d: &Prepared,
    article: usize,
    item: usize,
    start: usize,
    end: usize,
    sentence: usize,
    speaker: Option<String>,
) -> FoundQuote {
    let text = d.article.text.get(start..end).unwrap_or("").to_string();
    let ws = words(&text)
        .into_iter()
        .map(|w| (w.stem.to_string(), start + w.start, start + w.end))
        .collect();
    FoundQuote {
        article,
        item,
        span: d.index.span(start, end),
        text,
        sentence,
        speaker,
        byte_start: start,
        words: ws,
    }
}

/// The sentence containing a byte offset.
fn sentence_at(d: &Prepared, byte: usize) -> Option<usize> {
    let u = d.index.utf16(byte);
    let i = d.article.sentences.partition_point(|s| s.span.end <= u);
    (i < d.article.sentences.len() && d.article.sentences[i].span.start <= u).then_some(i)
}

/// Byte ranges of quoted text (inside the marks) in `text`.
pub fn scan(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let prev_is_word = i > 0 && chars[i - 1].1.is_alphanumeric();
        let closer: &[char] = match c {
            '“' => &['”', '“'],
            '"' if !prev_is_word => &['"'],
            '‘' if !prev_is_word => &['’'],
            '«' => &['»'],
            _ => {
                i += 1;
                continue;
            }
        };
        let start = pos + c.len_utf8();
        let mut j = i + 1;
        let mut end = None;
        while j < chars.len() {
            let (p, ch) = chars[j];
            let next_is_word = chars.get(j + 1).is_some_and(|x| x.1.is_alphanumeric());
            if closer.contains(&ch) && !(ch == '’' && next_is_word) {
                end = Some((p, j));
                break;
            }
            j += 1;
        }
        match end {
            Some((p, j)) => {
                if p > start && text[start..p].chars().any(char::is_alphanumeric) {
                    out.push((start, p));
                }
                i = j + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// The speaker named in a sentence around a quote: "X said", "said X",
/// "according to X", "X told …". Capitalised runs are names; otherwise a
/// noun such as "the spokesperson".
pub fn speaker_in(sentence: &str, quote: &str) -> Option<String> {
    // The quote becomes a bar so that no name runs across it.
    let outside =
        if quote.is_empty() { sentence.to_string() } else { sentence.replacen(quote, " | ", 1) };
    let ws = words(&outside);
    let raw: Vec<&str> = ws.iter().map(|w| w.raw).collect();
    // Whether only spaces separate word i-1 from word i.
    let joined = |i: usize| i > 0 && outside[ws[i - 1].end..ws[i].start].chars().all(|c| c == ' ');
    let is_cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let lower: Vec<String> = raw.iter().map(|w| w.to_lowercase()).collect();
    let run_after = |from: usize| -> Vec<&str> {
        let mut run = Vec::new();
        let mut i = from;
        while i < raw.len()
            && (is_cap(raw[i]) || (matches!(raw[i], "of" | "the") && !run.is_empty()))
            && (i == from || joined(i))
        {
            run.push(raw[i]);
            i += 1;
        }
        run
    };
    for (k, w) in lower.iter().enumerate() {
        if k + 1 < lower.len() && w == "according" && lower[k + 1] == "to" {
            if let Some(name) = name_of(&run_after(k + 2)) {
                return Some(name);
            }
        }
        if COMMON_SPEECH_VERBS.contains(&w.as_str()) {
            // Name just before the verb: "Mayor Ada Quill said".
            let mut start = k;
            while start > 0
                && joined(start)
                && (is_cap(raw[start - 1])
                    || (start >= 2 && raw[start - 1] == "of" && is_cap(raw[start - 2])))
            {
                start -= 1;
            }
            if start < k && joined(k) {
                if let Some(name) = name_of(&raw[start..k]) {
                    return Some(name);
                }
            }
            // "said Ada Quill", but not "said Kiev had…": the name must end
            // the clause.
            let run = run_after(k + 1);
            let ends_clause = ws.get(k + 1 + run.len()).is_none_or(|next| {
                !joined(k + 1 + run.len()) || !next.raw.starts_with(char::is_lowercase)
            });
            if !run.is_empty() && joined(k + 1) && ends_clause {
                if let Some(name) = name_of(&run) {
                    return Some(name);
                }
            }
            // "emergency services said", "the fire service said": a body
            // named by a common noun, with the word that says which one.
            if k >= 1 && joined(k) && BODIES.contains(&lower[k - 1].as_str()) {
                let qualified = k >= 2
                    && joined(k - 1)
                    && raw[k - 2].starts_with(char::is_lowercase)
                    && !super::normalize::is_stopword(&lower[k - 2]);
                let first = if qualified { k - 2 } else { k - 1 };
                return Some(raw[first..k].join(" "));
            }
            // "Kostya Marenko, the city's chief engineer, said": the person
            // the apposition describes, not the role noun before the verb.
            if k >= 3 && outside[ws[k - 1].end..ws[k].start].trim() == "," {
                let mut open = k - 1;
                while open > 0
                    && k - open < 8
                    && !outside[ws[open - 1].end..ws[open].start].contains(',')
                {
                    open -= 1;
                }
                let is_apposition = open > 0
                    && matches!(lower[open].as_str(), "the" | "a" | "an")
                    && outside[ws[open - 1].end..ws[open].start].trim() == ",";
                if is_apposition {
                    let mut start = open;
                    while start > 0 && is_cap(raw[start - 1]) && (start == open || joined(start)) {
                        start -= 1;
                    }
                    if start < open {
                        if let Some(name) = name_of(&raw[start..open]) {
                            return Some(name);
                        }
                    }
                }
            }
            // "the spokesperson said"
            if k >= 2
                && joined(k)
                && joined(k - 1)
                && matches!(lower[k - 2].as_str(), "the" | "a" | "an")
                && !super::normalize::is_stopword(&lower[k - 1])
            {
                return Some(format!("{} {}", raw[k - 2], raw[k - 1]));
            }
        }
    }
    None
}

/// Plural or collective nouns for a body that speaks as one: with the word
/// before them ("emergency services", "city officials") they name a source.
const BODIES: &[&str] = &[
    "services",
    "service",
    "officials",
    "authorities",
    "police",
    "investigators",
    "rescuers",
    "prosecutors",
    "regulators",
    "officers",
];

/// Words that open a sentence or clause without being part of a name.
const OPENERS: &[&str] = &[
    "meanwhile",
    "however",
    "but",
    "and",
    "still",
    "also",
    "earlier",
    "later",
    "then",
    "now",
    "asked",
    "speaking",
    "separately",
    "instead",
    "in",
    "on",
    "at",
    "last",
    "this",
    "on",
];

/// A name from a run of words, without leading articles, openers or
/// honorifics, and without a trailing possessive.
fn name_of(run: &[&str]) -> Option<String> {
    let words: Vec<&str> = run
        .iter()
        .copied()
        .skip_while(|w| {
            let l = w.to_lowercase();
            matches!(l.as_str(), "the" | "of" | "a")
                || OPENERS.contains(&l.as_str())
                || super::normalize::is_honorific(&l)
        })
        .collect();
    let words: Vec<&str> = words
        .into_iter()
        .rev()
        .skip_while(|w| matches!(*w, "of" | "the"))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if words.len() == 1
        && matches!(
            words[0].to_lowercase().as_str(),
            "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who"
        )
    {
        return None;
    }
    let name = words.join(" ");
    let name = name.trim_end_matches("’s").trim_end_matches("'s");
    (!name.is_empty()).then(|| name.to_string())
}

/// Quotes that appear in more than one article.
pub fn shared(_docs: &[Prepared], quotes: &[FoundQuote]) -> Vec<SharedQuote> {
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
    for (qi, q) in quotes.iter().enumerate() {
        let mut seen: Vec<u64> = q
            .words
            .windows(4)
            .map(|w| fnv1a(format!("{} {} {} {}", w[0].0, w[1].0, w[2].0, w[3].0).as_bytes()))
            .collect();
        seen.sort_unstable();
        seen.dedup();
        for h in seen {
            postings.entry(h).or_default().push(qi);
        }
    }
    let mut parent: Vec<usize> = (0..quotes.len()).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    // For each group root: the shared run (quote index, word start, length).
    let mut runs: BTreeMap<(usize, usize), (usize, usize, usize)> = BTreeMap::new();
    let mut keys: Vec<&u64> = postings.keys().collect();
    keys.sort_unstable();
    for key in keys {
        let list = &postings[key];
        if list.len() > 64 {
            continue;
        }
        for (k, &x) in list.iter().enumerate() {
            for &y in &list[k + 1..] {
                if quotes[x].article == quotes[y].article || runs.contains_key(&(x, y)) {
                    continue;
                }
                let (len, start_x) = longest_common_run(&quotes[x].words, &quotes[y].words);
                if len >= MIN_SHARED_WORDS {
                    runs.insert((x, y), (x, start_x, len));
                    let (rx, ry) = (root(&mut parent, x), root(&mut parent, y));
                    parent[rx.max(ry)] = rx.min(ry);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut group_run: BTreeMap<usize, (usize, usize, usize)> = BTreeMap::new();
    for (&(x, _), &run) in &runs {
        let r = root(&mut parent, x);
        let e = group_run.entry(r).or_insert(run);
        if run.2 < e.2 {
            *e = run;
        }
    }
    for qi in 0..quotes.len() {
        let r = root(&mut parent, qi);
        if group_run.contains_key(&r) {
            groups.entry(r).or_default().push(qi);
        }
    }
    groups
        .into_iter()
        .map(|(r, members)| {
            let (q, start, len) = group_run[&r];
            let ws = &quotes[q].words;
            let (from, to) = (ws[start].1, ws[start + len - 1].2);
            let base = quotes[q].byte_start;
            let text =
                quotes[q].text.get(from - base..to - base).unwrap_or(&quotes[q].text).to_string();
            SharedQuote {
                text,
                occurrences: members
                    .into_iter()
                    .map(|m| {
                        let q = &quotes[m];
                        QuoteOccurrence {
                            article: q.article,
                            quote: q.item,
                            text: q.text.clone(),
                            span: q.span,
                            speaker: q.speaker.clone(),
                            // Filled in by `participants::attach_speakers`.
                            participant: None,
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Length of the longest run of equal stemmed words, and where it starts in `a`.
fn longest_common_run(
    a: &[(String, usize, usize)],
    b: &[(String, usize, usize)],
) -> (usize, usize) {
    let (a, b) = (&a[..a.len().min(300)], &b[..b.len().min(300)]);
    let mut prev = vec![0usize; b.len() + 1];
    let mut best = (0, 0);
    for i in 0..a.len() {
        let mut cur = vec![0usize; b.len() + 1];
        for j in 0..b.len() {
            if a[i].0 == b[j].0 {
                cur[j + 1] = prev[j] + 1;
                if cur[j + 1] > best.0 {
                    best = (cur[j + 1], i + 1 - cur[j + 1]);
                }
            }
        }
        prev = cur;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_finds_curly_straight_and_single_quotes_but_not_apostrophes() {
        let text = "He said “go now” and \"stay\" — it’s the ‘heroic’ end.";
        let found: Vec<&str> = scan(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["go now", "stay", "heroic"]);
    }

    #[test]
    fn speaker_is_found_before_or_after_the_verb() {
        let s = "“We will rebuild,” Mayor Ada Quill said on Monday.";
        assert_eq!(speaker_in(s, "We will rebuild,").as_deref(), Some("Mayor Ada Quill"));
        let s = "“We will rebuild,” said Ada Quill.";
        assert_eq!(speaker_in(s, "We will rebuild,").as_deref(), Some("Ada Quill"));
        let s = "“Not the target,” the spokesperson said.";
        assert_eq!(speaker_in(s, "Not the target,").as_deref(), Some("the spokesperson"));
    }
}

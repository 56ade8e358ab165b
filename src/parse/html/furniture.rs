//! Telling the article's own blocks from the page furniture that content
//! extraction keeps: share bars, "read more" prompts, timestamps, photo
//! credits, related-link lists, author sign-offs.
//!
//! Each rule looks at one block's text, its link share and the furniture
//! word of its enclosing element, so it works the same on every site rather
//! than knowing any. A removed block stays in the article's text as a
//! `removed` line with its reason, so the user can see what was dropped.

use super::extract::{Block, BlockKind, FURNITURE_WORDS};
use crate::lexicon::ascii_case::prefix_ci;
use crate::lexicon::bylines::BYLINE_PREFIXES;
use crate::lexicon::calendar::{
    MONTH_NAMES, MORE_TIME_ZONES, TIME_ZONES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES,
};
use crate::model::{LineRole, RemovalReason};

/// What a block becomes in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// A line with this role (body, subhead, caption, dek, byline).
    Keep(LineRole),
    Removed(RemovalReason),
}

/// Judges every block. `title` and `dek` are the page's metadata, so their
/// repeats in the content can be recognised.
pub fn judge(blocks: &[Block], title: Option<&str>, dek: Option<&str>) -> Vec<Verdict> {
    // An enclosing class is only evidence when it marks a minority of the
    // text: a site that puts "social-share" on the whole article wrapper has
    // not made the article furniture.
    let total_words: usize = blocks.iter().map(|b| words(&b.text)).sum();
    let hinted_words: usize =
        blocks.iter().filter(|b| b.furniture_hint.is_some()).map(|b| words(&b.text)).sum();
    let trust_hints = hinted_words * 2 < total_words;
    let mut seen = std::collections::HashSet::new();
    // Teaser lists ("most read", "don't miss") set a shouted kicker over each
    // headline; several kickers in one article mark the blurbs under them.
    let kickers: Vec<bool> = blocks.iter().map(|b| is_kicker(&b.text)).collect();
    let teaser_list = kickers.iter().filter(|k| **k).count() >= 3;
    let mut verdicts: Vec<Verdict> = blocks
        .iter()
        .enumerate()
        .map(|(i, block)| {
            if kickers[i] {
                return Verdict::Removed(RemovalReason::Promo);
            }
            if teaser_list && i > 0 && kickers[i - 1] {
                return Verdict::Removed(RemovalReason::Promo);
            }
            // The line after a "Tags" label is the tag list.
            if i > 0 && is_tag_label(&blocks[i - 1].text) {
                return Verdict::Removed(RemovalReason::Boilerplate);
            }
            let mut verdict = judge_one(i, block, title, dek, trust_hints);
            // A dek repeated beside the body paragraphs is the lede, which
            // pages often reuse as their description: it stays body.
            if verdict == Verdict::Keep(LineRole::Dek)
                && block.container.is_some()
                && blocks.get(i + 1).is_some_and(|next| next.container == block.container)
            {
                verdict = Verdict::Keep(LineRole::Body);
            }
            // A caption repeated by a slideshow is kept once. (Body lines may
            // repeat: product names in a list, a refrain.)
            if verdict == Verdict::Keep(LineRole::Caption) && !seen.insert(block.text.as_str()) {
                return Verdict::Removed(RemovalReason::DuplicateCaption);
            }
            verdict
        })
        .collect();
    // A label such as "Tags" goes with what it labels.
    for i in 0..blocks.len() {
        if is_tag_label(&blocks[i].text) {
            verdicts[i] = Verdict::Removed(RemovalReason::Boilerplate);
        }
    }
    // The dek appears once; when it is all the text there is, it is the body.
    let mut deks = verdicts.iter_mut().filter(|v| **v == Verdict::Keep(LineRole::Dek));
    deks.next();
    for later in deks {
        *later = Verdict::Keep(LineRole::Body);
    }
    if !verdicts.contains(&Verdict::Keep(LineRole::Body)) {
        if let Some(dek) = verdicts.iter_mut().find(|v| **v == Verdict::Keep(LineRole::Dek)) {
            *dek = Verdict::Keep(LineRole::Body);
        }
    }
    // "More Great Stories", "Related": the heading and the list under it.
    let mut i = 0;
    while i < blocks.len() {
        if words(&blocks[i].text) <= 6 && is_more_heading(&blocks[i].text.to_lowercase()) {
            verdicts[i] = Verdict::Removed(RemovalReason::Promo);
            let mut j = i + 1;
            while j < blocks.len()
                && (blocks[j].kind == BlockKind::ListItem || blocks[j].link_share >= 0.5)
            {
                verdicts[j] = Verdict::Removed(RemovalReason::Promo);
                j += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    verdicts
}

/// Bylines below the story's first paragraph belong to other stories (a
/// related list, the next piece of a digest) once the story has a byline
/// of its own, above it or in its header (`byline_above`), or when they sit
/// in a block of other stories or in another story's teaser (rule
/// `a_teasers_byline_is_not_the_articles`), wherever they stand.
pub fn later_bylines_are_other_stories(
    blocks: &[Block],
    verdicts: &mut [Verdict],
    byline_above: bool,
) {
    let mut has_byline = byline_above;
    let mut story_began = false;
    for (block, verdict) in blocks.iter().zip(verdicts.iter_mut()) {
        match *verdict {
            Verdict::Keep(LineRole::Body) => story_began = true,
            Verdict::Keep(LineRole::Byline)
                if block.furniture_hint.is_some() || block.in_teaser =>
            {
                *verdict = Verdict::Removed(RemovalReason::Promo);
            }
            Verdict::Keep(LineRole::Byline) if story_began && has_byline => {
                *verdict = Verdict::Removed(RemovalReason::Promo);
            }
            Verdict::Keep(LineRole::Byline) => has_byline = true,
            _ => {}
        }
    }
}

/// Does a byline block kept in the content say `byline` (same words)?
pub fn same_byline_in_content(byline: &str, blocks: &[Block], verdicts: &[Verdict]) -> bool {
    blocks
        .iter()
        .zip(verdicts)
        .any(|(b, v)| *v == Verdict::Keep(LineRole::Byline) && same_words(&b.text, byline))
}

/// The heading of a list of other stories.
fn is_more_heading(lower: &str) -> bool {
    let lower = lower.trim_end_matches(':');
    [
        "more ",
        "related",
        "recommended",
        "read more",
        "read next",
        "most read",
        "most popular",
        "popular ",
        "you may also",
        "you might also",
        "see also",
        "further reading",
        "trending",
        "latest news",
        "top stories",
        "leia também",
        "veja também",
        "leia mais",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        && !lower.ends_with(['.', '!', '?'])
}

/// A short line in capitals: a kicker or section label ("DON'T MISS",
/// "LIFE AFTER FEDERER"), not a sentence.
fn is_kicker(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4
        && words(text) <= 6
        && letters.iter().all(|c| !c.is_lowercase())
        && letters.iter().any(|c| c.is_uppercase())
        && !text.ends_with(['.', '?', '!'])
}

fn is_tag_label(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':').to_lowercase();
    matches!(
        t.as_str(),
        "tags" | "tag" | "keywords" | "topics" | "tópicos" | "etiquetas" | "schlagwörter"
    )
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn judge_one(
    index: usize,
    block: &Block,
    title: Option<&str>,
    dek: Option<&str>,
    trust_hints: bool,
) -> Verdict {
    let text = block.text.as_str();
    let lower = text.to_lowercase();
    let n = words(text);
    if title.is_some_and(|t| same_words(t, text)) {
        return Verdict::Removed(RemovalReason::RepeatedTitle);
    }
    if index < 4 && dek.is_some_and(|d| same_words(d, text)) {
        return Verdict::Keep(LineRole::Dek);
    }
    if block.kind == BlockKind::Caption {
        return Verdict::Keep(LineRole::Caption);
    }
    if n <= 12 && is_byline(text) {
        return Verdict::Keep(LineRole::Byline);
    }
    if n <= 16 && is_date_label(&lower) {
        return Verdict::Removed(if lower.contains("updated") {
            RemovalReason::UpdatedLabel
        } else {
            RemovalReason::DateLine
        });
    }
    if n <= 12 && is_share_bar(&lower) {
        return Verdict::Removed(RemovalReason::Promo);
    }
    if n <= 40 && is_prompt(&lower) {
        return Verdict::Removed(RemovalReason::Prompt);
    }
    if n <= 40 && is_photo_credit(text) {
        return Verdict::Keep(LineRole::Caption);
    }
    if n <= 40 && is_sign_off(&lower) {
        return Verdict::Removed(RemovalReason::SignOff);
    }
    if n <= 40
        && (lower.contains('©') || lower.starts_with("copyright ") || lower.starts_with("(c) "))
    {
        return if lower.contains("photo") || lower.contains("image") {
            Verdict::Keep(LineRole::Caption)
        } else {
            Verdict::Removed(RemovalReason::Boilerplate)
        };
    }
    if n <= 40
        && lower.contains("moderat")
        && (lower.contains("comment") || lower.contains("coment") || lower.contains("kommentar"))
    {
        return Verdict::Removed(RemovalReason::Boilerplate);
    }
    // A bare address as link text is a reference the article gives; related
    // links read as headlines.
    if block.link_share >= 0.8 && n <= 25 && !lower.starts_with("http") {
        return Verdict::Removed(RemovalReason::Promo);
    }
    if trust_hints {
        if let Some(word) = block.furniture_hint {
            return Verdict::Removed(reason_for_hint(word));
        }
    }
    if block.kind == BlockKind::Paragraph && n <= 2 && is_label(text) {
        return Verdict::Removed(RemovalReason::Boilerplate);
    }
    Verdict::Keep(if block.kind == BlockKind::Subhead { LineRole::Subhead } else { LineRole::Body })
}

/// Why a block inside an element whose class or id holds the furniture
/// word `word` is removed ([`FURNITURE_WORDS`]).
fn reason_for_hint(word: &str) -> RemovalReason {
    FURNITURE_WORDS
        .iter()
        .find(|&&(w, _)| w == word)
        .map_or(RemovalReason::Boilerplate, |&(_, reason)| reason)
}

/// The same words, ignoring case, punctuation and spacing.
fn same_words(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>()
    };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && a == b
}

/// "By Ana Ruiz", "By Ana Ruiz - 11/18/19 11:04 PM", "Por ...", "Von ...",
/// "Door ..." ([`BYLINE_PREFIXES`]).
fn is_byline(text: &str) -> bool {
    prefix_ci(text, &BYLINE_PREFIXES).is_some_and(|p| {
        text[p.len()..].chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)
    }) && !text.ends_with(['.', '?', '!', '"', '”'])
}

/// Three-letter starts of month names in the other languages seen on news
/// pages (Portuguese, Spanish, Italian, French, German); English months
/// come from the lexicon.
const FOREIGN_MONTH_STARTS: &[&str] = &[
    "fev", "abr", "mai", "ago", "set", "out", "dez", "ene", "gen", "mag", "giu", "lug", "ott",
    "dic", "fév", "avr", "jui", "aoû", "déc", "mär", "okt",
];

/// Does a lower-case word start like a month's name, in English (its first
/// three letters) or another language ([`FOREIGN_MONTH_STARTS`])?
fn starts_like_a_month(t: &str) -> bool {
    MONTH_NAMES.iter().any(|m| t.starts_with(&m[..3]))
        || FOREIGN_MONTH_STARTS.iter().any(|m| t.starts_with(m))
}

/// Words that occur in timestamps besides the date itself, along with the
/// lexicon's weekday names and abbreviations and time zones
/// ([`is_time_word`]).
const TIME_WORDS: &[&str] = &[
    "am",
    "pm",
    "a",
    "m",
    "p",
    "updated",
    "update",
    "published",
    "posted",
    "last",
    "modified",
    "at",
    "on",
    "de",
    "às",
    "as",
    "um",
    "le",
    "ago",
    "hours",
    "hour",
    "minutes",
    "mins",
    "min",
    "days",
    "day",
    "h",
    "th",
    "st",
    "nd",
    "rd",
    "segunda",
    "terça",
    "quarta",
    "quinta",
    "sexta",
    "sábado",
    "domingo",
    "feira",
    "publicado",
    "atualizado",
    "actualizado",
    "em",
    "el",
    "del",
    "di",
    "du",
    "by",
    "and",
    "et",
    "y",
    "e",
];

/// A word of a timestamp other than the date: [`TIME_WORDS`], a weekday or
/// a time zone.
fn is_time_word(t: &str) -> bool {
    TIME_WORDS.contains(&t)
        || WEEKDAY_NAMES.contains(&t)
        || WEEKDAY_ABBREVIATIONS.contains(&t)
        || TIME_ZONES.contains(&t)
        || MORE_TIME_ZONES.contains(&t)
}

/// "Updated 5:27 am CST, Wednesday, November 20, 2019", "Published 1 day
/// ago", "PUBLISHED: 10:48, Tue, Nov 19, 2019", "11/20/2019 01:14 PM",
/// "segunda-feira, 22 de janeiro de 2018 às 0:13": a line of digits and
/// date words only.
fn is_date_label(lower: &str) -> bool {
    if !lower.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let labelled =
        ["updated", "published", "posted", "last modified", "| updated", "publicado", "atualizado"]
            .iter()
            .any(|p| lower.starts_with(p));
    if lower.ends_with('.') && !lower.ends_with("m.") && !labelled {
        return false;
    }
    let tokens: Vec<&str> =
        lower.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect();
    let is_month =
        |t: &str| t.chars().count() >= 3 && t.chars().count() <= 10 && starts_like_a_month(t);
    let wordy: Vec<&&str> = tokens.iter().filter(|t| t.chars().any(char::is_alphabetic)).collect();
    let other = wordy.iter().filter(|t| !is_month(t) && !is_time_word(t)).count();
    let dated = tokens.iter().any(|t| is_month(t))
        || lower.contains(':')
        || tokens.iter().filter(|t| t.chars().all(|c| c.is_ascii_digit())).count() >= 2;
    (labelled && other <= 3) || (dated && other == 0)
}

/// A row of share targets: "Whatsapp Facebook Pint Baixar", "Share Tweet Email".
fn is_share_bar(lower: &str) -> bool {
    const SHARE: &[&str] = &[
        "share",
        "tweet",
        "twitter",
        "facebook",
        "whatsapp",
        "email",
        "e-mail",
        "pinterest",
        "pint",
        "pin",
        "linkedin",
        "reddit",
        "print",
        "telegram",
        "messenger",
        "copy",
        "link",
        "sms",
        "comments",
        "comment",
        "save",
        "flipboard",
        "baixar",
        "compartilhar",
        "x",
    ];
    let tokens: Vec<&str> =
        lower.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|t| !t.is_empty()).collect();
    tokens.len() >= 2
        && tokens.iter().all(|t| SHARE.contains(t) || t.chars().all(|c| c.is_ascii_digit()))
}

/// Calls to act that are not the story's words.
fn is_prompt(lower: &str) -> bool {
    const STARTS: &[&str] = &[
        "read more",
        "read next",
        "see more",
        "see also",
        "related:",
        "related articles",
        "related stories",
        "don't miss",
        "don’t miss",
        "continue reading",
        "advertisement",
        "click here",
        "sign up",
        "subscribe",
        "follow us",
        "share this",
        "get the latest",
        "you may also like",
        "you might also like",
        "recommended",
        "more from",
        "more:",
        "most read",
        "most popular",
        "watch:",
        "listen:",
        "get fox",
        "get our",
        "join our",
        "download our",
        "leia mais",
        "leia também",
        "veja também",
        "caption",
        "close",
        "image 1 of",
        "skip ad",
        "to read more",
        "log in",
        "login",
        "already a subscriber",
        "want more",
        "like this story",
        "tell us what",
        "this slideshow requires",
        "this post may contain",
        "follow us",
        "email us",
        "start your day with",
        "enjoyed this",
        "found this",
        "atenção: comentários",
        "citation:",
        "let our news",
        "write to ",
    ];
    let starts = STARTS.iter().any(|p| lower.starts_with(p));
    let shouting = lower.contains("clicking here")
        || lower.contains("sign up for")
        || lower.contains("newsletter")
        || lower.contains("click here for")
        || lower.contains("your inbox")
        || lower.contains("subject to copyright")
        || lower.contains("delivered through your letterbox");
    starts || shouting || (lower.starts_with("image ") && lower.contains(" of "))
}

/// A caption or credit that sits in the body: "(Image: GETTY )", "Photo:
/// Hau Dinh, AP", "... (AP Photo/Alan Diaz, File)".
fn is_photo_credit(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.starts_with("photo:")
        || lower.starts_with("photograph:")
        || lower.starts_with("image:")
        || lower.starts_with("foto:")
        || lower.contains("(image:")
        || lower.contains("(photo:")
        || lower.contains("image credit")
        || lower.contains("photo credit")
        || lower.starts_with("credit:")
        || lower.contains("(ap photo")
        || lower.contains("/getty images")
        || lower.ends_with("getty images")
        || lower.ends_with("/ reuters")
        || (lower.ends_with(')') && lower.contains("(photo"))
}

/// The author's contact line under the story.
fn is_sign_off(lower: &str) -> bool {
    ((lower.starts_with("email ")
        || lower.starts_with("write to ")
        || lower.starts_with("contact "))
        && lower.contains('@'))
        || (lower.contains(" may be reached at")
            || lower.contains(" can be reached at")
            || lower.contains("have a tip?")
            || lower.starts_with("contact the author"))
        || (lower.starts_with("follow ")
            && (lower.contains(" on twitter") || lower.contains(" on facebook")))
}

/// A one- or two-word line without sentence punctuation or digits: a section
/// label ("Entertainment"), a control ("Close") or a tag.
fn is_label(text: &str) -> bool {
    !text.ends_with(['.', '!', '?', ':', '"', '”', '»'])
        && !text.chars().any(|c| c.is_ascii_digit())
        && text.chars().count() <= 30
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str) -> Block {
        Block::new(BlockKind::Paragraph, text.to_string())
    }

    fn verdicts(texts: &[&str]) -> Vec<Verdict> {
        let blocks: Vec<Block> = texts.iter().map(|t| block(t)).collect();
        judge(&blocks, Some("Ferry strike ends"), Some("Dockers go back on Monday."))
    }

    /// Rule `a_teasers_byline_is_not_the_articles`, for a byline among the blocks.
    #[test]
    fn a_teasers_byline_is_not_the_articles() {
        let blocks = crate::parse::html::extract::blocks_from_markup(
            "<article><ol><li><h2><a href=\"/other\">Quay cranes arrive</a></h2><p>By Marta Quintal</p></li></ol><p>The ferry ran again on Tuesday after a week of repairs, officials said.</p></article>",
        );
        let by = blocks.iter().position(|b| b.text == "By Marta Quintal").unwrap();
        assert!(blocks[by].in_teaser && !blocks[by + 1].in_teaser);
        let mut v: Vec<Verdict> = blocks.iter().map(|_| Verdict::Keep(LineRole::Body)).collect();
        v[by] = Verdict::Keep(LineRole::Byline);
        later_bylines_are_other_stories(&blocks, &mut v, false);
        assert_eq!(v[by], Verdict::Removed(RemovalReason::Promo));
    }

    #[test]
    fn article_lines_are_kept() {
        let got = verdicts(&[
            "Dockers at Marrowby voted on Sunday to end the strike, the union said.",
            "“We are going back,” said Ines Calloway, 44, on Tuesday.",
            "The vote was 412 to 97.",
        ]);
        assert!(got.iter().all(|v| *v == Verdict::Keep(LineRole::Body)), "{got:?}");
    }

    #[test]
    fn furniture_lines_are_removed_with_reasons() {
        let got = verdicts(&[
            "Ferry strike ends",
            "Dockers go back on Monday.",
            "By Ines Calloway",
            "Updated 5:27 am GMT, Wednesday, March 4, 2031",
            "Share Tweet Email",
            "READ MORE: Ferry fares to rise in spring",
            "Dockers leave the quay at dusk (Photo: Ledger Staff)",
            "Have a tip? Ines Calloway may be reached at ines@ledger.example.",
            "Harbour",
            "Dockers at Marrowby voted on Sunday to end the strike, the union said.",
        ]);
        assert_eq!(
            got,
            vec![
                Verdict::Removed(RemovalReason::RepeatedTitle),
                Verdict::Keep(LineRole::Dek),
                Verdict::Keep(LineRole::Byline),
                Verdict::Removed(RemovalReason::UpdatedLabel),
                Verdict::Removed(RemovalReason::Promo),
                Verdict::Removed(RemovalReason::Prompt),
                Verdict::Keep(LineRole::Caption),
                Verdict::Removed(RemovalReason::SignOff),
                Verdict::Removed(RemovalReason::Boilerplate),
                Verdict::Keep(LineRole::Body),
            ]
        );
    }

    #[test]
    fn teaser_lists_tag_lists_and_more_stories_go() {
        let mut blocks: Vec<Block> = Vec::new();
        let body = "The harbour master said the ferry would sail again once the pilings were replaced next spring.";
        blocks.push(block(body));
        for (kicker, blurb) in [
            ("SEAL SEEN", "A seal swam into the fountain."),
            ("PRIZE LOAF", "The bakery won again."),
            ("LATE TRAIN", "The 8.10 ran late."),
        ] {
            blocks.push(block(kicker));
            blocks.push(block(blurb));
        }
        blocks.push(block("Tags"));
        blocks.push(block("ferry, harbour, council"));
        blocks.push(block("More Great Gazette Stories"));
        let mut item = Block::new(BlockKind::ListItem, "Why the tide tables changed".to_string());
        item.link_share = 1.0;
        blocks.push(item);
        let got = judge(&blocks, None, None);
        assert_eq!(got[0], Verdict::Keep(LineRole::Body));
        assert!(got[1..].iter().all(|v| matches!(v, Verdict::Removed(_))), "{got:?}");
    }

    #[test]
    fn timestamps_in_several_languages() {
        for line in [
            "Updated at 1:23 p.m.",
            "segunda-feira, 22 de janeiro de 2018 às 0:13",
            "Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM",
            "02 Ago 2017",
        ] {
            assert!(is_date_label(&line.to_lowercase()), "{line}");
        }
        for line in [
            "1a etapa: 10 de março – Interlagos",
            "The vote was 412 to 97.",
            "Ferries resume on 3 March",
        ] {
            assert!(!is_date_label(&line.to_lowercase()), "{line}");
        }
    }

    #[test]
    fn a_dek_that_is_all_the_text_is_body() {
        let got = verdicts(&["Dockers go back on Monday.", "Share Tweet Email"]);
        assert_eq!(got[0], Verdict::Keep(LineRole::Body));
    }

    #[test]
    fn link_lists_and_hinted_minorities_are_promos() {
        let mut related = block("Ferry fares to rise in spring");
        related.link_share = 1.0;
        let mut hinted = block("Sign in to keep reading our coverage of the port");
        hinted.furniture_hint = Some("newsletter");
        let body = block(&"The union said the vote was close and the talks were long. ".repeat(3));
        let got = judge(&[body.clone(), related, hinted.clone()], None, None);
        assert_eq!(got[1], Verdict::Removed(RemovalReason::Promo));
        assert_eq!(got[2], Verdict::Removed(RemovalReason::Promo));
        // A hint on most of the text is the wrapper, not furniture.
        let mut wrapped = body.clone();
        wrapped.furniture_hint = Some("social");
        assert_eq!(judge(&[wrapped], None, None)[0], Verdict::Keep(LineRole::Body));
    }

    #[test]
    fn each_furniture_word_has_one_reason() {
        assert_eq!(reason_for_hint("byline"), RemovalReason::DateLine);
        assert_eq!(reason_for_hint("newsletter"), RemovalReason::Promo);
        assert_eq!(reason_for_hint("footer"), RemovalReason::Boilerplate);
        for (i, (word, _)) in FURNITURE_WORDS.iter().enumerate() {
            assert!(!FURNITURE_WORDS[..i].iter().any(|(w, _)| w == word), "{word} twice");
        }
    }
}

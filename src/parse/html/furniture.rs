//! Telling the article's own blocks from the page furniture that content
//! extraction keeps: share bars, "read more" prompts, timestamps, photo
//! credits, related-link lists, author sign-offs.
//!
//! Each rule looks at one block's text, its link share and the furniture
//! word of its enclosing element, so it works the same on every site rather
//! than knowing any. A removed block stays in the article's text as a
//! `removed` line with its reason, so the user can see what was dropped.

use super::extract::{Block, BlockKind};
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
    let hinted_words: usize = blocks.iter().filter(|b| b.furniture_hint.is_some()).map(|b| words(&b.text)).sum();
    let trust_hints = hinted_words * 2 < total_words;
    let mut seen = std::collections::HashSet::new();
    blocks
        .iter()
        .enumerate()
        .map(|(i, block)| {
            let mut verdict = judge_one(i, block, title, dek, trust_hints);
            // A dek repeated beside the body paragraphs is the lede, which
            // pages often reuse as their description: it stays body.
            if verdict == Verdict::Keep(LineRole::Dek) && block.container.is_some() && blocks.get(i + 1).is_some_and(|next| next.container == block.container) {
                verdict = Verdict::Keep(LineRole::Body);
            }
            // The same text twice (a caption repeated by a slideshow, a share
            // bar under every item) is kept once.
            if !seen.insert(block.text.as_str()) && words(&block.text) < 40 {
                return Verdict::Removed(if block.kind == BlockKind::Caption { RemovalReason::DuplicateCaption } else { RemovalReason::Boilerplate });
            }
            verdict
        })
        .collect()
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn judge_one(index: usize, block: &Block, title: Option<&str>, dek: Option<&str>, trust_hints: bool) -> Verdict {
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
    if n <= 14 && is_date_label(&lower) {
        return Verdict::Removed(if lower.contains("updated") { RemovalReason::UpdatedLabel } else { RemovalReason::DateLine });
    }
    if n <= 12 && is_share_bar(&lower) {
        return Verdict::Removed(RemovalReason::Promo);
    }
    if n <= 16 && is_prompt(&lower) {
        return Verdict::Removed(RemovalReason::Prompt);
    }
    if n <= 40 && is_photo_credit(text) {
        return Verdict::Keep(LineRole::Caption);
    }
    if n <= 40 && is_sign_off(&lower) {
        return Verdict::Removed(RemovalReason::SignOff);
    }
    if lower.starts_with('©') || lower.starts_with("copyright ") || lower.starts_with("(c) ") {
        return Verdict::Removed(RemovalReason::Boilerplate);
    }
    if block.link_share >= 0.8 && n <= 25 {
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

fn reason_for_hint(word: &str) -> RemovalReason {
    match word {
        "byline" | "dateline" | "timestamp" => RemovalReason::DateLine,
        "share" | "sharing" | "social" | "related" | "recommend" | "newsletter" | "subscribe" | "signup" | "promo" | "sponsor"
        | "advert" | "readmore" | "read-more" | "more-stories" | "most-read" | "mostread" | "popular" | "trending" => RemovalReason::Promo,
        _ => RemovalReason::Boilerplate,
    }
}

/// The same words, ignoring case, punctuation and spacing.
fn same_words(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && a == b
}

/// "By Ana Ruiz", "By Ana Ruiz - 11/18/19 11:04 PM", "Por ...", "Von ...".
fn is_byline(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["by ", "by: ", "por ", "von ", "par "].iter().any(|p| lower.starts_with(p))
        && text.chars().skip(3).find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)
        && !text.ends_with(['.', '?', '!', '"', '”'])
}

const MONTHS: &[&str] =
    &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];

/// "Updated 5:27 am CST, Wednesday, November 20, 2019", "Published 1 day
/// ago", "PUBLISHED: 10:48, Tue, Nov 19, 2019", "11/20/2019 01:14 PM".
fn is_date_label(lower: &str) -> bool {
    let labelled = ["updated", "published", "posted", "last modified", "| updated", "publicado", "atualizado"].iter().any(|p| lower.starts_with(p));
    let has_digit = lower.chars().any(|c| c.is_ascii_digit());
    let tokens: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect();
    let has_month = tokens.iter().any(|t| MONTHS.iter().any(|m| t.starts_with(m) && t.len() <= 9 && (t.len() == 3 || *t == *m || m.starts_with(&t[..3]))));
    let has_clock = lower.contains(" am") || lower.contains(" pm") || lower.contains(':') && has_digit;
    let ago = lower.contains(" ago");
    if labelled && (has_digit || ago) {
        return true;
    }
    // A bare timestamp: mostly numbers, a month or a clock, nothing else.
    let letters_words = tokens.iter().filter(|t| t.chars().all(char::is_alphabetic)).count();
    has_digit && (has_month || has_clock) && letters_words <= 4 && !lower.ends_with('.')
}

/// A row of share targets: "Whatsapp Facebook Pint Baixar", "Share Tweet Email".
fn is_share_bar(lower: &str) -> bool {
    const SHARE: &[&str] = &[
        "share", "tweet", "twitter", "facebook", "whatsapp", "email", "e-mail", "pinterest", "pint", "pin", "linkedin", "reddit", "print",
        "telegram", "messenger", "copy", "link", "sms", "comments", "comment", "save", "flipboard", "baixar", "compartilhar", "x",
    ];
    let tokens: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|t| !t.is_empty()).collect();
    tokens.len() >= 2 && tokens.iter().all(|t| SHARE.contains(t) || t.chars().all(|c| c.is_ascii_digit()))
}

/// Calls to act that are not the story's words.
fn is_prompt(lower: &str) -> bool {
    const STARTS: &[&str] = &[
        "read more", "read next", "see more", "see also", "related:", "related articles", "related stories", "don't miss", "don’t miss",
        "continue reading", "advertisement", "click here", "sign up", "subscribe", "follow us", "share this", "get the latest",
        "you may also like", "you might also like", "recommended", "more from", "more:", "most read", "most popular", "watch:",
        "listen:", "get fox", "get our", "join our", "download our", "leia mais", "leia também", "veja também", "caption", "close",
        "image 1 of", "skip ad", "this article", "this story", "to read more", "log in", "login", "already a subscriber",
    ];
    let starts = STARTS.iter().any(|p| lower.starts_with(p));
    let shouting = lower.contains("clicking here") || lower.contains("sign up for") || lower.contains("newsletter");
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
        || lower.contains("(ap photo")
        || lower.contains("/getty images")
        || lower.ends_with("getty images")
        || lower.ends_with("/ reuters")
        || (lower.ends_with(')') && lower.contains("(photo"))
}

/// The author's contact line under the story.
fn is_sign_off(lower: &str) -> bool {
    (lower.contains(" may be reached at") || lower.contains(" can be reached at") || lower.contains("have a tip?") || lower.starts_with("contact the author"))
        || (lower.starts_with("follow ") && (lower.contains(" on twitter") || lower.contains(" on facebook")))
}

/// A one- or two-word line without sentence punctuation or digits: a section
/// label ("Entertainment"), a control ("Close") or a tag.
fn is_label(text: &str) -> bool {
    !text.ends_with(['.', '!', '?', ':', '"', '”', '»']) && !text.chars().any(|c| c.is_ascii_digit()) && text.chars().count() <= 30
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
            ]
        );
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
}

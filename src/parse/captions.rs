//! Photo captions and their credits: "… (AP Photo)", "… (Maxim Name/Reuters)",
//! "… [File: Name/Reuters]", "… [EPA-EFE/Name / POOL]", "Photo: Name/AFP".
//!
//! A caption is recognised by its credit, because the caption text itself
//! reads like any sentence. The credit is split off since it names the
//! photographer or agency, not anyone in the story.

use std::ops::Range;

/// Words that mark bracketed text as a photo credit.
const CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "file",
    "getty",
    "images",
    "image",
    "credit",
    "courtesy",
    "pool",
    "handout",
    "ap",
    "afp",
    "reuters",
    "epa",
    "epa-efe",
    "shutterstock",
    "anadolu",
    "sipa",
    "xinhua",
    "tass",
    "photographer",
    "picture",
    "pictures",
    "alliance",
    "dpa",
    "illustration",
    "screenshot",
    "jazeera",
    "agency",
    "photograph",
    "supplied",
];

fn looks_like_credit(inner: &str) -> bool {
    let words: Vec<&str> = inner
        .split(|c: char| c.is_whitespace() || c == '/' || c == ':' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 12 || inner.len() > 120 {
        return false;
    }
    // A credit is names and agencies, never a clause ending in a full stop.
    if inner.trim_end().ends_with('.') && !inner.contains('/') {
        return false;
    }
    let has_credit_word = words.iter().any(|w| {
        CREDIT_WORDS.contains(
            &w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_ascii_lowercase()
                .as_str(),
        )
    });
    let slash_between_names = inner.split('/').count() > 1
        && inner.split('/').all(|p| p.trim().chars().next().is_some_and(|c| c.is_uppercase()));
    has_credit_word || slash_between_names
}

/// If the line `text[range]` ends with a photo credit, returns the credit's
/// byte range (brackets included).
pub fn caption_credit(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let line = &text[range.clone()];
    let trimmed = line.trim_end();
    let close = trimmed.chars().next_back()?;
    let open = match close {
        ')' => '(',
        ']' => '[',
        _ => return None,
    };
    let open_at = trimmed.rfind(open)?;
    let inner = &trimmed[open_at + 1..trimmed.len() - 1];
    // Square brackets closing a line hold a credit when they hold only
    // capitalised names ("[Al Jazeera]"); prose rarely ends that way.
    let bracketed_names = open == '['
        && inner.split_whitespace().count() <= 5
        && inner.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()));
    if !looks_like_credit(inner) && !bracketed_names {
        return None;
    }
    // There must be a caption in front of the credit.
    if trimmed[..open_at].split_whitespace().count() < 3 {
        return None;
    }
    Some(range.start + open_at..range.start + trimmed.len())
}

/// "… Photograph: Nils Hovde/Karsk Times", "… Photo: Jo Quill/AFP",
/// "… Composite: Guardian Design": a caption whose credit follows a label,
/// without brackets. Returns the credit's byte range, label included.
pub fn labelled_caption_credit(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let line = &text[range.clone()];
    // A credit ends in a name, where prose ends in punctuation: most lines
    // are settled by their last byte. The label then stands within the
    // credit's few words from the end.
    if line.len() > 600 || !line.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let mut tail_from = line.len().saturating_sub(120);
    while !line.is_char_boundary(tail_from) {
        tail_from += 1;
    }
    let tail = &line[tail_from..];
    if !tail.contains(": ") && !tail.contains(" by ") {
        return None;
    }
    const LABELS: &[&str] = &[
        "Photograph: ",
        "Photo: ",
        "Photos: ",
        "Photograph by ",
        "Illustration: ",
        "Composite: ",
        "Image: ",
        "Picture: ",
    ];
    let (at, label) = LABELS
        .iter()
        .filter_map(|l| tail.rfind(l).map(|at| (tail_from + at, l)))
        .max_by_key(|(at, _)| *at)?;
    let credit = line[at + label.len()..].trim_end();
    let caption = line[..at].trim_end();
    // Names and agencies, not a sentence; and a caption before them.
    let credit_words = credit.split_whitespace().count();
    let names_only = (1..=8).contains(&credit_words)
        && credit.split(['/', ' ']).filter(|w| !w.is_empty()).all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(w, "and" | "via" | "for" | "of" | "de" | "van")
        });
    (names_only
        && caption.split_whitespace().count() >= 3
        && (caption.is_empty()
            || caption.ends_with(['.', '!', '?', '”', '"', ')'])
            || at == 0
            || line[..at].ends_with(' ')))
    .then(|| range.start + at..range.start + at + label.len() + credit.len())
}

/// "Photo: Ilse Brandt/Reuters", "(Photo by Jens Abel/AFP via Getty
/// Images)", "[EPA-EFE/Karl Moser]": a line that is only a photo credit, as
/// pages print it under the caption instead of at its end.
pub fn credit_line(text: &str, range: Range<usize>) -> bool {
    let line = &text[range];
    // Credits open with a bracket or a label's capital: most lines are
    // settled by their first byte.
    if line.len() > 120
        || !matches!(line.as_bytes().first(), Some(b'(' | b'[' | b'P' | b'I' | b'C'))
    {
        return false;
    }
    let line = line.trim_end();
    if let Some(inner) = line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')))
    {
        return !inner.contains(['(', ')', '[', ']']) && looks_like_credit(inner);
    }
    const LABELS: &[&str] = &[
        "Photo: ",
        "Photograph: ",
        "Photos: ",
        "Photo by ",
        "Photograph by ",
        "Image: ",
        "Picture: ",
        "Credit: ",
        "Photo credit: ",
        "Illustration: ",
    ];
    let Some(credit) = LABELS.iter().find_map(|l| line.strip_prefix(l)) else { return false };
    let words = credit.split_whitespace().count();
    (1..=8).contains(&words)
        && credit.split(['/', ' ']).filter(|w| !w.is_empty()).all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(w, "and" | "via" | "for" | "of" | "the" | "de" | "van")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit(s: &str) -> Option<&str> {
        caption_credit(s, 0..s.len()).map(|r| &s[r])
    }

    #[test]
    fn credit_forms() {
        assert_eq!(credit("Crowds gather at the pier on May 2. (AP Photo)"), Some("(AP Photo)"));
        assert_eq!(
            credit("A minister speaks in Valdor. (Lena Ortiz/Harbor Wire)"),
            Some("(Lena Ortiz/Harbor Wire)")
        );
        assert_eq!(
            credit("The bridge reopened on Monday [File: Omar Bek/Reuters]"),
            Some("[File: Omar Bek/Reuters]")
        );
        assert_eq!(
            credit("Senators arrive for the vote. [EPA-EFE/Jo Quill / POOL]"),
            Some("[EPA-EFE/Jo Quill / POOL]")
        );
    }

    #[test]
    fn lines_that_are_only_a_credit() {
        for s in [
            "Photo: Ilse Brandt/Reuters",
            "(Photo by Jens Abel/AFP via Getty Images)",
            "[EPA-EFE/Karl Moser]",
            "Photograph: Nils Hovde for the Karsk Times",
        ] {
            assert!(credit_line(s, 0..s.len()), "{s}");
        }
        for s in [
            "Photo: the damage after the storm",
            "(see chart)",
            "Photos show the convoy was stopped.",
            "(The ministry declined to comment.)",
        ] {
            assert!(!credit_line(s, 0..s.len()), "{s}");
        }
    }

    #[test]
    fn prose_brackets_are_not_credits() {
        assert_eq!(credit("The council met on Monday (the second time this week)."), None);
        assert_eq!(credit("He joined the Northern Alliance (NA)"), None);
        assert_eq!(credit("Rates rose (see chart)"), None);
    }
}

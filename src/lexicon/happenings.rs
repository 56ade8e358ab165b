//! Words that decide what happening a day in a sentence belongs to, for the
//! day conflicts of `compare::days`.

/// Verbs of saying whose day is the day something was said: "police said
/// on Tuesday" dates the statement, and two outlets quoting statements of
/// different days do not disagree about anything. A narrower list than
/// `speech_verbs::SPEECH_VERBS`: "announced" or "pledged" on a day is the
/// happening itself.
pub(crate) const STATEMENT_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "added",
    "stated",
    "reported",
    "confirmed",
    "wrote",
    "noted",
    "according",
    "quoted",
    "cited",
    "tweeted",
    "posted",
];

/// Words that say a happening's day changed ("the hearing was postponed to
/// Friday", "moved the vote to May 4"): an article that writes one beside
/// a day gives the new day or the old, so no other day is a conflict.
pub(crate) const RESCHEDULE_WORDS: &[&str] = &[
    "postponed",
    "postpone",
    "rescheduled",
    "reschedule",
    "delayed",
    "delay",
    "moved",
    "brought",
    "pushed",
    "adjourned",
    "adjourn",
    "deferred",
    "changed",
    "originally",
    "initially",
    "previously",
];

/// Words that make a happening one more of its kind ("arrested a second
/// suspect on Wednesday", "another blast on Friday"): its day is not the
/// first one's.
pub(crate) const ANOTHER_WORDS: &[&str] =
    &["another", "second", "third", "fourth", "further", "again", "separate"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_lower_case_single_words() {
        for w in STATEMENT_VERBS.iter().chain(RESCHEDULE_WORDS).chain(ANOTHER_WORDS) {
            assert!(w.chars().all(|c| c.is_ascii_lowercase()), "{w}");
        }
    }
}

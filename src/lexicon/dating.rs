//! The words around a date in news prose that say which day it is: the
//! tense of its clause ("*will* meet on Sunday", "*was* proposed on March
//! 3"), the words that open a relative date ("*last* week", "*yesterday*"),
//! the prepositions before a month alone ("*in* February"), and the words a
//! dateline holds beside its date ("*Published* … *Updated*").
//!
//! The date reader (`parse::dates`) reads every list here. All are
//! lower-case, as the reader looks them up in the sentence's folded tokens.

word_list! {
/// Verbs of a timetable in the present ("the council *meets* on Tuesday",
/// "the trial *begins* on Monday"): within the clause before a date, they
/// tell of what is coming.
pub(crate) TIMETABLE_VERBS / in_timetable_verbs = [
    "meets",
    "returns",
    "begins",
    "starts",
    "opens",
    "reopens",
    "resumes",
    "travels",
    "visits",
    "arrives",
    "heads",
    "hosts",
    "convenes",
    "reconvenes",
];
}

word_list! {
/// Speech, and quotation marks, between which and a date the tense is the
/// speaking's ("“We will…,” she *said* on Sunday"): the search for a future
/// stops at them.
pub(crate) SPEECH_BEFORE_A_DATE / in_speech_before_a_date = ["said", "told", "says", "added", "announced", "wrote", "\"", "”", "“"];
}

word_list! {
/// Words that put a date's clause in the future wherever they stand in it
/// ("*will* be held", "*scheduled* for", "*faces* a recall vote").
pub(crate) FUTURE_WORDS / in_future_words = ["will", "shall", "would", "scheduled", "faces", "face"];
}

word_list! {
/// Words of a plan, in the future when "to" follows ("*due* to report",
/// "*set* to vote"); "due" and "expected" also after "is" or "are" ("*is
/// expected* on Wednesday").
pub(crate) PLAN_WORDS / in_plan_words = [
    "due", "set", "expected", "plans", "planning", "poised", "going", "aims", "hopes", "intends",
    "likely",
];
}

word_list! {
/// Past forms not ending in "-ed" ("*was* proposed", "*began*"); the reader
/// takes regular pasts in "-ed" (five bytes or more) by their ending.
pub(crate) IRREGULAR_PAST_FORMS / in_irregular_past_forms = [
    "was", "were", "had", "did", "began", "met", "held", "took", "came", "went", "fell", "struck",
    "won", "lost",
];
}

word_list! {
/// Words that end a "Sunday's …" phrase: the event phrase runs up to them
/// ("Sunday's attack *on* the port"). Words in "-ed" (five bytes or more)
/// end it too; that test is the reader's.
pub(crate) EVENT_PHRASE_ENDS / in_event_phrase_ends = [
    "on", "in", "at", "which", "that", "who", "was", "were", "is", "are", "has", "had", "have",
    "by", "for", "with", "of", "to", "and", "or", "as", "from", "after", "before", "but", "will",
    "would", "could", "said", "says", "the", "a", "an",
];
}

word_list! {
/// Plain words that open a relative date ("*yesterday*", "*last* week",
/// "*the* day after"); a small count ("two days ago") and "mid-" ("in
/// mid-March") do too, by the reader's tests.
pub(crate) RELATIVE_DATE_OPENERS / in_relative_date_openers = ["yesterday", "today", "tomorrow", "last", "this", "next", "past", "the"];
}

word_list! {
/// Words before a month named alone that make it a date ("*in* February",
/// "*since* March", "*late* May"). "by May" is left out by the reader: "by
/// may" is a modal as often as a month.
pub(crate) MONTH_PREPOSITIONS / in_month_prepositions = ["in", "since", "until", "by", "from", "early", "late", "mid", "last", "through"];
}

word_list! {
/// Words a dateline holds beside its date and time ("*Published* 6/26/2024
/// 10:45 *am*", "*Updated* … *at*", "*First* *Published*:", "*Published*
/// *time*:", "*Story* *Created*:"): a line of a date and these is a date
/// line.
pub(crate) DATELINE_WORDS / in_dateline_words = ["am", "pm", "a.m", "p.m", "published", "updated", "modified", "posted", "on", "at", "last", "first", "created", "time", "story", "hrs"];
}

#[cfg(test)]
use super::tables::assert_lower_case_without_repeats;

#[cfg(test)]
mod tests {
    use super::*;

    const LISTS: &[(&str, &[&str])] = &[
        ("TIMETABLE_VERBS", TIMETABLE_VERBS),
        ("SPEECH_BEFORE_A_DATE", SPEECH_BEFORE_A_DATE),
        ("FUTURE_WORDS", FUTURE_WORDS),
        ("PLAN_WORDS", PLAN_WORDS),
        ("IRREGULAR_PAST_FORMS", IRREGULAR_PAST_FORMS),
        ("EVENT_PHRASE_ENDS", EVENT_PHRASE_ENDS),
        ("RELATIVE_DATE_OPENERS", RELATIVE_DATE_OPENERS),
        ("MONTH_PREPOSITIONS", MONTH_PREPOSITIONS),
        ("DATELINE_WORDS", DATELINE_WORDS),
    ];

    /// The reader looks words up in folded tokens: an entry with a capital
    /// letter or listed twice is a mistake.
    #[test]
    fn each_list_is_lower_case_without_repeats() {
        assert_lower_case_without_repeats(LISTS);
    }

    /// A future word and a past form in one clause would contradict each
    /// other's reading; no word is both.
    #[test]
    fn no_word_is_both_future_and_past() {
        for w in FUTURE_WORDS.iter().chain(PLAN_WORDS).chain(TIMETABLE_VERBS) {
            assert!(!IRREGULAR_PAST_FORMS.contains(w), "{w}");
        }
    }
}

//! The words around a count in news prose: what ends the counted noun
//! ("killed five people *in*"), the verbs a count follows or precedes
//! ("*killed* five", "were *shot*"), hedges ("*about* 150"), the marks of a
//! tally ("*voted* 7-2"), of a part ("two *of the* five"), of an addition or
//! a running total ("120 *new* cases", "40 *so far*").
//!
//! The number reader (`parse::numbers`) reads every list here; they live
//! apart from it so that each is named, tested once, and shared when
//! another stage needs the same words. All are lower-case, as the reader
//! looks them up in the sentence's folded tokens.

word_list! {
/// Words that end the counted noun phrase after a number: conjunctions,
/// prepositions, auxiliaries, pronouns and common verbs ("12 people *were*
/// killed", "150 *in* hospital"). Words ending in "-ed" (four bytes or
/// more) and "-ing" (six or more) end it too; that test is the reader's.
pub(crate) NOUN_PHRASE_ENDS / in_noun_phrase_ends = [
    "and",
    "or",
    "but",
    "to",
    "in",
    "on",
    "at",
    "of",
    "for",
    "from",
    "by",
    "with",
    "were",
    "was",
    "are",
    "is",
    "had",
    "have",
    "has",
    "been",
    "who",
    "which",
    "that",
    "since",
    "after",
    "before",
    "into",
    "across",
    "as",
    "than",
    "while",
    "when",
    "over",
    "under",
    "during",
    "the",
    "a",
    "an",
    "their",
    "its",
    "his",
    "her",
    "will",
    "would",
    "could",
    "may",
    "might",
    "should",
    "said",
    "including",
    "each",
    "per",
    "vs",
    "dead",
    "homeless",
    "missing",
    "it",
    "they",
    "he",
    "she",
    "we",
    "you",
    "them",
    "met",
    "told",
    "went",
    "came",
    "took",
    "made",
    "saw",
    "left",
    "held",
    "won",
    "lost",
    "fell",
    "rose",
    "hit",
    "got",
    "gave",
    "ran",
    "began",
    "spoke",
    "led",
    "did",
    "can",
    // A time after the counted thing: "4.2m containers last year".
    "last",
    "next",
    "this",
    "ago",
    "today",
    "yesterday",
    // A particle of the verb before: "wiping $1.4 billion off".
    "off",
    "up",
    "down",
    "out",
    "back",
    "away",
    // Irregular past tenses, as the -ed test catches the regular ones.
    "brought",
    "bought",
    "found",
    "kept",
    "built",
    "sold",
    "paid",
    "became",
    "remained",
    "sat",
    "stood",
    "lay",
    "struck",
    "spent",
    "fought",
    "caught",
    "felt",
    "swept",
    // A state after the count: "pulled a 70-year-old woman alive".
    "alive",
    // A time or an adverb after the count: "detained a further 12
    // overnight", "19 people are still missing".
    "overnight",
    "still",
    "now",
    "again",
    "also",
    // A clause after a count: "version 85 it's now possible".
    "it's",
    "that's",
    "there's",
    // A comparison after the count: "one in five workers earns less than".
    "less",
    "fewer",
    // A preposition after the counted thing: "detained 16 protesters
    // outside the port gates", "40 homes near the river".
    "outside",
    "inside",
    "near",
    "behind",
    "around",
    "through",
    "throughout",
    "along",
    "among",
    "amid",
    "against",
    "between",
    "beyond",
    "toward",
    "towards",
    "within",
    "without",
    "upon",
    "onto",
    "via",
    "beside",
    "aboard",
    "despite",
    "until",
    "where",
    "whose",
];
}

word_list! {
/// Words whose counted noun phrase stops right after them: "124 *more*",
/// "150 *others*", "40 *each*".
pub(crate) NOUN_PHRASE_LAST_WORDS / in_noun_phrase_last_words = ["more", "others", "each"];
}

word_list! {
/// Hedges of one word before a number ("*about* 150", "*nearly* 40").
/// "an" is listed so that "an estimated" is not read as a hedge of "an";
/// the reader gives it no hedge.
pub(crate) ONE_WORD_HEDGES / in_one_word_hedges = [
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "an",
    "estimated",
    "circa",
    "nearly",
    "almost",
    "over",
    "under",
];
}

word_list! {
/// Spellings of "a.m." and "p.m.", as the tokenizer leaves them: a figure
/// of 24 or less before one is a clock time, which counts nothing.
pub(crate) MERIDIEMS / in_meridiems = ["am", "pm", "a.m", "p.m", "a.m.", "p.m."];
}

word_list! {
/// Words in the three before a hyphenated pair of figures that make it a
/// score or tally ("*voted* 7-2", "*beat* them 86-11").
pub(crate) SCORE_WORDS_BEFORE / in_score_words_before = ["voted", "vote", "won", "lost", "beat", "score", "scored", "defeated"];
}

word_list! {
/// Words right after a hyphenated pair of figures that make it a score
/// ("a 7-2 *vote*", "won 3-1 *in* extra time").
pub(crate) SCORE_WORDS_AFTER / in_score_words_after = ["vote", "victory", "win", "loss", "defeat", "in"];
}

word_list! {
/// Words in the four before "N to M" that make it a tally, not a range
/// ("*voted* 4,112 to 380", "by a *margin* of 94 to 101", "the bill
/// *passed* 212 to 187"), unless a unit follows ("approved 15 to 20
/// percent").
pub(crate) TALLY_WORDS_BEFORE / in_tally_words_before = ["voted", "vote", "votes", "margin", "tally", "ballot", "passed", "approved", "rejected", "adopted", "backed"];
}

word_list! {
/// Words right after "N to M" that make it a tally ("7 to 2 *against*").
pub(crate) TALLY_WORDS_AFTER / in_tally_words_after = ["vote", "votes", "in", "against"];
}

word_list! {
/// Words right before "N to M" that make it no range: a change ("*from*
/// 12 to 15") or a count and its sentence ("*sentenced* 12 to 20 years").
pub(crate) NOT_A_RANGE_BEFORE / in_not_a_range_before = ["from", "between", "sentenced", "jailed", "condemned"];
}

word_list! {
/// Nouns after a bare "one" or "dozen" that make it a count ("one
/// *soldier* was killed"); without one, "one" is mostly a pronoun.
pub(crate) COUNTED_AFTER_ONE / in_counted_after_one = [
    "person",
    "man",
    "woman",
    "child",
    "soldier",
    "civilian",
    "missile",
    "drone",
    "officer",
    "victim",
    "worker",
    "student",
    "journalist",
];
}

word_list! {
/// Adverbs between a counted noun and its participle ("30 people
/// *seriously* injured", "two villagers *slightly* hurt"): they end the
/// noun phrase, and the participle after them is still the count's.
pub(crate) PARTICIPLE_ADVERBS / in_participle_adverbs = ["seriously", "critically", "slightly", "severely", "badly", "fatally", "gravely", "lightly", "mortally", "reportedly", "allegedly", "nearly"];
}

word_list! {
/// Words that may follow a participle right after a counted noun when the
/// participle says what happened to the count ("with 312 people injured
/// *in* the blast", "and 40 soldiers wounded*,*"), not what the count did
/// to something else ("12 gunmen killed *three* guards").
pub(crate) AFTER_A_REDUCED_PARTICIPLE / in_after_a_reduced_participle = ["in", "on", "at", "during", "by", "after", "when", "and", "or", "as", "while", "since", "across", "near", "overnight", "so", "yesterday", "today", "were", "was", "are", "is", "remain", "remained", "had", "have", "has"];
}

word_list! {
/// Verbs by which a counted subject takes injuries ("16 people *suffered*
/// minor injuries", "three *were treated for* burns" reads "were" first),
/// for rule `injuries_suffered_are_an_injury`.
pub(crate) INJURY_VERBS / in_injury_verbs = [
    "had",
    "suffered",
    "sustained",
    "received",
];
}

word_list! {
/// Nouns of harm done to people ("minor *injuries*", "serious *burns*"),
/// for rule `injuries_suffered_are_an_injury`.
pub(crate) INJURY_NOUNS / in_injury_nouns = [
    "injuries",
    "injury",
    "wounds",
    "burns",
];
}

word_list! {
/// Participles that follow a count whose noun is left out ("12 people
/// were killed and more than 40 *wounded*"): the noun is the one counted
/// before, and the participle is what happened.
pub(crate) ELIDED_NOUN_PARTICIPLES / in_elided_noun_participles = [
    "wounded",
    "injured",
    "killed",
    "dead",
    "missing",
    "hurt",
    "arrested",
    "detained",
    "displaced",
    "rescued",
    "hospitalised",
    "hospitalized",
];
}

word_list! {
/// Verbs not ending in "-ed" that take a count as object ("*left* four
/// dead", "*killing* 12", "*shot* two"). Regular past tenses are caught by
/// their ending.
pub(crate) VERBS_BEFORE_A_COUNT / in_verbs_before_a_count = [
    "left", "leaving", "killing", "injuring", "wounding", "sent", "lost", "won", "shot", "hit",
    "struck",
];
}

word_list! {
/// Participles not ending in "-ed" of a passive after a count ("two
/// were *shot*", "19 people are still *missing*").
pub(crate) IRREGULAR_PASSIVES / in_irregular_passives = ["shot", "hit", "struck", "taken", "left", "sent", "lost", "missing", "hurt"];
}

word_list! {
/// Auxiliaries that open a passive after a counted noun ("12 people
/// *were* killed", "40 *had* been sent").
pub(crate) PASSIVE_AUXILIARIES / in_passive_auxiliaries = ["were", "was", "are", "is", "had", "have", "has", "been"];
}

word_list! {
/// Adverbs between a passive's auxiliary and its participle ("are *still*
/// missing", "had *also* been sent").
pub(crate) PASSIVE_ADVERBS / in_passive_adverbs = ["still", "also", "now"];
}

word_list! {
/// What "left" a count ("left four civilians *dead*"): the outcome is the
/// action, not "leave".
pub(crate) OUTCOMES_OF_LEAVE / in_outcomes_of_leave = ["dead", "injured", "wounded", "homeless", "missing"];
}

word_list! {
/// Words after a count straight after its verb that close the count's
/// clause ("killed three guards and injured nine*,*"): a count with no noun
/// of its own there counts what the count before it counted. Any other
/// word means the clause goes on ("killing 30,000–40,000 Māori").
pub(crate) COUNT_CLAUSE_CLOSERS / in_count_clause_closers = [",", ".", ";", ")", "and", "overnight", "in", "on", "at", "across"];
}

word_list! {
/// Prepositions of place before a count: "the buildings *in* seven
/// villages were destroyed" names where, not what was destroyed.
pub(crate) PLACE_PREPOSITIONS / in_place_prepositions = ["in", "across", "throughout", "at", "on", "near"];
}

word_list! {
/// Words after "of" that make a count a part of a group ("two of *the*
/// five", "two of *them*"); a number there does too.
pub(crate) PARTITIVE_HEADS / in_partitive_heads = ["the", "them", "those", "these", "us", "whom", "which", "its", "their", "our", "his", "her"];
}

word_list! {
/// Determiners between "of" and the whole a part is of ("three of *the*
/// five drones"), skipped to reach the whole's number.
pub(crate) WHOLE_DETERMINERS / in_whole_determiners = ["the", "its", "their", "these", "those", "his", "her", "our"];
}

word_list! {
/// Words just before a number that say it is a revised value
/// ("*initially* 12", "*now* 40").
pub(crate) REVISION_MARKS / in_revision_marks = ["initially", "originally", "previously", "earlier", "now"];
}

word_list! {
/// Words right after a count that make it an addition or a rate, not a
/// total ("120 *new* cases", "3 *additional*", "40 *daily*"). Not "more":
/// "killed five and injured 124 more" counts others.
pub(crate) INCREMENT_WORDS / in_increment_words = ["new", "additional", "further", "daily", "weekly", "per"];
}

word_list! {
/// Periods after "a" that make a count a rate ("40 *a day*").
pub(crate) RATE_PERIODS / in_rate_periods = ["day", "week", "month"];
}

/// Pairs after a count that make it a running total ("40 *so far*").
pub(crate) const RUNNING_TOTAL_PAIRS: &[(&str, &str)] =
    &[("so", "far"), ("to", "date"), ("this", "season"), ("in", "total"), ("this", "year")];

word_list! {
/// Single words after a count that make it a running total ("12 goals
/// *overall*", "300 *career* wins").
pub(crate) RUNNING_TOTAL_WORDS / in_running_total_words = ["overall", "career"];
}

word_list! {
/// Words that say a sentence reports a poll: its shares are that poll's.
pub(crate) SURVEY_WORDS / in_survey_words = ["poll", "polls", "survey", "surveys", "surveyed", "pollster"];
}

word_list! {
/// Adverbs and auxiliaries skipped between a verb and its subject ("Keel
/// *had already* scored 11").
pub(crate) SUBJECT_SKIPPED / in_subject_skipped = ["had", "has", "have", "already", "also", "then", "each", "both", "just"];
}

word_list! {
/// Forms of "be" right before a verb: its subject had the verb done to it
/// ("he *was* shot seven times"), so is no agent.
pub(crate) FORMS_OF_BE / in_forms_of_be = ["was", "were", "been", "is", "are", "be", "being"];
}

word_list! {
/// Words that end the search for a verb's subject: a clause mark, a
/// relative pronoun or a speech verb ("the man *who* killed").
pub(crate) SUBJECT_SEARCH_STOPS / in_subject_search_stops = [".", ";", ":", "who", "which", "that", "but", "while", "said", "says"];
}

word_list! {
/// Words after the later of two joined counts that close its clause, so a
/// verb before the first count reaches it ("killed 12 soldiers and 30
/// civilians *in* the raid").
pub(crate) JOINED_CLAUSE_CLOSERS / in_joined_clause_closers = [
    "in",
    "on",
    "at",
    "across",
    "near",
    "from",
    "during",
    "since",
    "and",
    "last",
    "this",
    "overnight",
];
}

word_list! {
/// Lower-case plural nouns for a group of people. Rule
/// `a_group_of_members_is_not_a_name` (`parse::entities`): capitalised only
/// because it opens the sentence, one before "of" ("Members of the Nursing
/// and Midwifery Union", "Residents of Millbrook") is not part of the name
/// that follows.
pub(crate) GROUP_NOUNS / in_group_nouns = [
    "members",
    "residents",
    "supporters",
    "workers",
    "employees",
    "staff",
    "officials",
    "leaders",
    "organisers",
    "organizers",
    "fans",
    "families",
    "relatives",
    "friends",
    "students",
    "volunteers",
    "protesters",
    "delegates",
    "representatives",
    "critics",
    "opponents",
    "shareholders",
    "customers",
    "passengers",
    "survivors",
    "witnesses",
    "lawyers",
    "nurses",
    "doctors",
];
}

word_list! {
/// Lower-case nouns for a person: a number set off by commas after one is
/// the person's age ("The governor, 61, said").
pub(crate) PERSON_NOUNS / in_person_nouns = [
    "governor",
    "president",
    "minister",
    "leader",
    "chief",
    "mayor",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "widow",
    "resident",
    "official",
    "officer",
    "man",
    "woman",
    "boy",
    "girl",
    "victim",
    "suspect",
    "driver",
    "farmer",
    "teacher",
    "nurse",
    "doctor",
    "worker",
    "activist",
    "journalist",
    "lawmaker",
    "senator",
    "candidate",
    "pensioner",
    "student",
    "shopkeeper",
    "owner",
    "survivor",
    "veteran",
    "soldier",
    "priest",
    "witness",
    "firefighter",
    "paramedic",
    "neighbour",
    "neighbor",
    "passenger",
    "spokesperson",
    "lawyer",
    "attorney",
    "detective",
    "coach",
    "analyst",
    "economist",
    "volunteer",
    "campaigner",
    "fisherman",
    "pilot",
    "engineer",
    "scientist",
    "researcher",
    "manager",
    "director",
    "employee",
    "promoter",
    "backbencher",
];
}

#[cfg(test)]
use super::tables::assert_lower_case_without_repeats;

#[cfg(test)]
mod tests {
    use super::*;

    const LISTS: &[(&str, &[&str])] = &[
        ("NOUN_PHRASE_ENDS", NOUN_PHRASE_ENDS),
        ("NOUN_PHRASE_LAST_WORDS", NOUN_PHRASE_LAST_WORDS),
        ("ONE_WORD_HEDGES", ONE_WORD_HEDGES),
        ("MERIDIEMS", MERIDIEMS),
        ("SCORE_WORDS_BEFORE", SCORE_WORDS_BEFORE),
        ("SCORE_WORDS_AFTER", SCORE_WORDS_AFTER),
        ("TALLY_WORDS_BEFORE", TALLY_WORDS_BEFORE),
        ("TALLY_WORDS_AFTER", TALLY_WORDS_AFTER),
        ("NOT_A_RANGE_BEFORE", NOT_A_RANGE_BEFORE),
        ("COUNTED_AFTER_ONE", COUNTED_AFTER_ONE),
        ("ELIDED_NOUN_PARTICIPLES", ELIDED_NOUN_PARTICIPLES),
        ("INJURY_VERBS", INJURY_VERBS),
        ("INJURY_NOUNS", INJURY_NOUNS),
        ("AFTER_A_REDUCED_PARTICIPLE", AFTER_A_REDUCED_PARTICIPLE),
        ("PARTICIPLE_ADVERBS", PARTICIPLE_ADVERBS),
        ("VERBS_BEFORE_A_COUNT", VERBS_BEFORE_A_COUNT),
        ("IRREGULAR_PASSIVES", IRREGULAR_PASSIVES),
        ("PASSIVE_AUXILIARIES", PASSIVE_AUXILIARIES),
        ("PASSIVE_ADVERBS", PASSIVE_ADVERBS),
        ("OUTCOMES_OF_LEAVE", OUTCOMES_OF_LEAVE),
        ("COUNT_CLAUSE_CLOSERS", COUNT_CLAUSE_CLOSERS),
        ("PLACE_PREPOSITIONS", PLACE_PREPOSITIONS),
        ("PARTITIVE_HEADS", PARTITIVE_HEADS),
        ("WHOLE_DETERMINERS", WHOLE_DETERMINERS),
        ("REVISION_MARKS", REVISION_MARKS),
        ("INCREMENT_WORDS", INCREMENT_WORDS),
        ("RATE_PERIODS", RATE_PERIODS),
        ("RUNNING_TOTAL_WORDS", RUNNING_TOTAL_WORDS),
        ("SURVEY_WORDS", SURVEY_WORDS),
        ("SUBJECT_SKIPPED", SUBJECT_SKIPPED),
        ("FORMS_OF_BE", FORMS_OF_BE),
        ("SUBJECT_SEARCH_STOPS", SUBJECT_SEARCH_STOPS),
        ("JOINED_CLAUSE_CLOSERS", JOINED_CLAUSE_CLOSERS),
        ("PERSON_NOUNS", PERSON_NOUNS),
        ("GROUP_NOUNS", GROUP_NOUNS),
    ];

    /// The reader looks words up in folded tokens: an entry with a capital
    /// letter or listed twice is a mistake.
    #[test]
    fn each_list_is_lower_case_without_repeats() {
        assert_lower_case_without_repeats(LISTS);
        for (i, pair) in RUNNING_TOTAL_PAIRS.iter().enumerate() {
            assert!(!RUNNING_TOTAL_PAIRS[..i].contains(pair), "{pair:?} twice");
        }
    }

    /// A verb that ends a noun phrase must not be read as its noun: the
    /// irregular verbs a count follows all end a noun phrase too.
    #[test]
    fn verbs_around_a_count_end_its_noun_phrase() {
        for w in ["left", "lost", "won", "hit"] {
            assert!(VERBS_BEFORE_A_COUNT.contains(&w) && NOUN_PHRASE_ENDS.contains(&w), "{w}");
        }
        for w in PASSIVE_AUXILIARIES {
            assert!(NOUN_PHRASE_ENDS.contains(w), "{w}");
        }
    }
}

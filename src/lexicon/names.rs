//! How one person's name is written differently by different outlets:
//! generational suffixes ("Lloyd J. Austin III", "Martin Luther King Jr."),
//! and short or familiar forms of given names ("Kostya" for "Kostiantyn",
//! "Bill" for "William").
//!
//! Comparison reads these to give one participant one name across articles
//! (`compare::participants`). The particles inside surnames ("van der") are
//! in [`super::name_particles`]; honorifics in [`super::honorifics`].

/// Generational and degree suffixes written after a surname, lower-case and
/// without the full stop ("Jr.", "III", "PhD"). Only the last words of a
/// name of three words or more are read as suffixes, so a surname "Sr" or
/// a one-letter surname is never dropped.
pub(crate) const NAME_SUFFIXES: [&str; 9] =
    ["jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "esq"];

/// Familiar forms of given names and the full form each stands for,
/// lower-case: (familiar, full). A familiar form may stand for several full
/// names ("sasha": Aleksandr, Oleksandr, Alexandra); comparison merges two
/// people only when exactly one reading fits (see
/// `compare::participants::given_names_agree`). Forms that are a prefix of
/// their full name ("Alex", "Chris") need no entry: the prefix rule covers
/// them.
pub(crate) const GIVEN_NAME_FORMS: &[(&str, &str)] = &[
    ("kostya", "kostiantyn"),
    ("kostya", "konstantin"),
    ("sasha", "aleksandr"),
    ("sasha", "oleksandr"),
    ("sasha", "alexander"),
    ("sasha", "alexandra"),
    ("volodya", "volodymyr"),
    ("volodya", "vladimir"),
    ("dima", "dmitry"),
    ("dima", "dmytro"),
    ("misha", "mikhail"),
    ("kolya", "nikolai"),
    ("seryozha", "sergei"),
    ("zhenya", "yevgeny"),
    ("lyosha", "alexei"),
    ("pasha", "pavel"),
    ("bill", "william"),
    ("bob", "robert"),
    ("bobby", "robert"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("mike", "michael"),
    ("tony", "anthony"),
    ("liz", "elizabeth"),
    ("beth", "elizabeth"),
    ("betty", "elizabeth"),
    ("kate", "katherine"),
    ("kate", "catherine"),
    ("katie", "katherine"),
    ("dick", "richard"),
    ("rick", "richard"),
    ("ted", "edward"),
    ("ed", "edward"),
    ("peggy", "margaret"),
    ("maggie", "margaret"),
    ("chuck", "charles"),
    ("charlie", "charles"),
    ("joe", "joseph"),
    ("tom", "thomas"),
    ("danny", "daniel"),
    ("dave", "david"),
    ("steve", "stephen"),
    ("jack", "john"),
    ("johnny", "john"),
    ("larry", "lawrence"),
    ("jerry", "gerald"),
    ("hank", "henry"),
    ("harry", "henry"),
    ("nick", "nicholas"),
    ("andy", "andrew"),
    ("sue", "susan"),
    ("jenny", "jennifer"),
    ("becky", "rebecca"),
    ("vicky", "victoria"),
    ("paco", "francisco"),
    ("pepe", "jose"),
];

/// The shortest given name read as a short form of a longer one that begins
/// with it ("Alex" for "Alexander", "Chris" for "Christopher"; see also
/// [`MIN_PREFIX_EXTRA_LETTERS`]): two letters
/// ("Al", "Jo") begin too many names to say which.
pub(crate) const MIN_PREFIX_GIVEN_NAME: usize = 3;

/// How many letters a given name must add to a shorter one it begins with
/// for the shorter to be read as its short form: "Alex" for "Alexander",
/// but "Daniel" and "Danielle", "Paul" and "Paula" are names of their own.
pub(crate) const MIN_PREFIX_EXTRA_LETTERS: usize = 3;

/// Legal forms written after a company's name, lower-case and without the
/// full stop ("Inc.", "Co.", "plc"). One outlet writes "Hewlett-Packard Co."
/// or "EYP Mission Critical Facilities Inc.", another leaves the form off:
/// the parser reads a name ending in one as an organisation's, and
/// comparison drops it from the name's key (rule
/// `a_company_form_is_no_part_of_the_name`). Two-letter forms of other
/// languages ("AG", "SA") are left out: in English news they are more often
/// an attorney general or a country.
pub(crate) const COMPANY_FORMS: [&str; 12] = [
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "llc",
    "llp",
    "plc",
    "gmbh",
];

/// Words that end the name of a law or a treaty ("the Mental Health Act",
/// "the Paris Accord", "the First Amendment"): such a name is capitalised
/// like a person's or an organisation's but names a document, so the
/// parser leaves it out of the entities (rule `a_law_names_no_one`) rather
/// than quoting it as a speaker or counting it in an event's cast.
pub(crate) const LAW_WORDS: [&str; 10] = [
    "act",
    "bill",
    "treaty",
    "accord",
    "accords",
    "amendment",
    "charter",
    "protocol",
    "directive",
    "statute",
];

word_list! {
/// Lower-case nouns for a kind of organisation. Rule
/// `an_organisation_noun_names_an_organisation` (`parse::entities`): news
/// introduces a company, club or group with its kind just before its name
/// ("carmaker Velto Mobility", "tech giant Halcyra Systems", "the
/// charity Safe Home", "consumer group Safe Home"), so a name of two plain
/// words after one is no person. Nouns that also name a person's trade
/// ("operator", "developer", "builder", "publisher", "broadcaster",
/// "broker") are left out: "crane operator Lorna Fitch" and "property
/// developer Dan Okoro" are people.
pub(crate) ORGANISATION_NOUNS / in_organisation_nouns = [
    "company",
    "firm",
    "group",
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "manufacturer",
    "maker",
    "retailer",
    "supermarket",
    "chain",
    "carrier",
    "airline",
    "insurer",
    "lender",
    "bank",
    "utility",
    "supplier",
    "provider",
    "conglomerate",
    "charity",
    "nonprofit",
    "organisation",
    "organization",
    "association",
    "union",
    "club",
    "side",
    "band",
    "label",
    "regulator",
    "watchdog",
    "newspaper",
    "broadsheet",
    "tabloid",
    "agency",
    "startup",
    "giant",
    "consortium",
];
}

word_list! {
/// Kinds of place a name follows with "of" ("the village of Lissop", "the
/// city of Kharkiv", "the island of Qeshm"): the one-word name after them
/// is a place (rule `a_place_noun_of_names_a_place`). Not "state" ("the
/// state of Israel" is a place, but "Secretary of State" and "head of
/// state" end in "State" too), nor "republic" or "kingdom", which open a
/// name of their own.
pub(crate) PLACE_NOUNS_BEFORE_OF / in_place_nouns_before_of = [
    "village",
    "town",
    "city",
    "county",
    "province",
    "region",
    "district",
    "island",
    "port",
    "hamlet",
    "municipality",
    "suburb",
    "borough",
];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_lower_case_and_free_of_repeats() {
        for (i, s) in NAME_SUFFIXES.iter().enumerate() {
            assert!(s.bytes().all(|b| b.is_ascii_lowercase()), "{s}");
            assert!(!NAME_SUFFIXES[..i].contains(s), "{s} twice");
        }
        for list in [&COMPANY_FORMS[..], &LAW_WORDS[..], ORGANISATION_NOUNS, PLACE_NOUNS_BEFORE_OF]
        {
            for (i, s) in list.iter().enumerate() {
                assert!(s.bytes().all(|b| b.is_ascii_lowercase()), "{s}");
                assert!(!list[..i].contains(s), "{s} twice");
            }
        }
        for (i, pair) in GIVEN_NAME_FORMS.iter().enumerate() {
            let (short, full) = *pair;
            assert!(short.bytes().chain(full.bytes()).all(|b| b.is_ascii_lowercase()), "{pair:?}");
            assert!(!GIVEN_NAME_FORMS[..i].contains(pair), "{pair:?} twice");
            assert_ne!(short, full);
            assert!(
                !full.starts_with(short)
                    || short.len() < MIN_PREFIX_GIVEN_NAME
                    || full.len() < short.len() + MIN_PREFIX_EXTRA_LETTERS,
                "{pair:?} is covered by the prefix rule"
            );
        }
    }
}

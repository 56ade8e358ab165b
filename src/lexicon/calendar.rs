//! Month and weekday names, their abbreviations, and time zones.
//!
//! Dates are read in the body ("on Tuesday", "June 26th 2024"), in date lines
//! and page furniture ("Published Wed 26 Jun 2024 10:45 am ET"), in
//! comparison's own reading of dates, and month names are also words that
//! start sentences without being names ("March", "May") or abbreviations
//! that do not end them ("Jan. 18"). All of these read the tables here.
//!
//! Lookups compare ASCII case-insensitively: the tables are lower-case.

#[cfg(test)]
use super::tables::assert_lower_case_without_repeats;
use super::tables::{find_candidate, Masks};

/// Each month's name and the abbreviations news style writes for it. May has
/// none: the name is as short. "Sept" beside "Sep" is AP style.
pub(crate) const MONTHS: [(&str, &[&str]); 12] = [
    ("january", &["jan"]),
    ("february", &["feb"]),
    ("march", &["mar"]),
    ("april", &["apr"]),
    ("may", &[]),
    ("june", &["jun"]),
    ("july", &["jul"]),
    ("august", &["aug"]),
    ("september", &["sep", "sept"]),
    ("october", &["oct"]),
    ("november", &["nov"]),
    ("december", &["dec"]),
];

/// The month names of [`MONTHS`], January first.
pub(crate) const MONTH_NAMES: [&str; 12] = {
    let mut names = [""; 12];
    let mut m = 0;
    while m < 12 {
        names[m] = MONTHS[m].0;
        m += 1;
    }
    names
};

/// How many abbreviations [`MONTHS`] lists.
const ABBREVIATION_COUNT: usize = {
    let mut count = 0;
    let mut m = 0;
    while m < 12 {
        count += MONTHS[m].1.len();
        m += 1;
    }
    count
};

/// The month abbreviations of [`MONTHS`] ("jan" … "sept" … "dec"), without
/// the full stop news style puts after them.
pub(crate) const MONTH_ABBREVIATIONS: [&str; ABBREVIATION_COUNT] = {
    let mut all = [""; ABBREVIATION_COUNT];
    let (mut m, mut at) = (0, 0);
    while m < 12 {
        let mut k = 0;
        while k < MONTHS[m].1.len() {
            all[at] = MONTHS[m].1[k];
            at += 1;
            k += 1;
        }
        m += 1;
    }
    all
};

/// Every name and abbreviation of [`MONTHS`] with its month (1 to 12).
const MONTH_WORDS: [(&str, u32); 12 + ABBREVIATION_COUNT] = {
    let mut all = [("", 0); 12 + ABBREVIATION_COUNT];
    let (mut m, mut at) = (0, 0);
    while m < 12 {
        all[at] = (MONTHS[m].0, m as u32 + 1);
        at += 1;
        let mut k = 0;
        while k < MONTHS[m].1.len() {
            all[at] = (MONTHS[m].1[k], m as u32 + 1);
            at += 1;
            k += 1;
        }
        m += 1;
    }
    all
};

/// Which month words a word may be, by its first letter (either case) and
/// length: nearly every word a date reader asks about is turned away
/// without a comparison.
static MONTH_MASKS: Masks = Masks::of(&MONTH_WORDS, true);

/// The month (1 to 12) a word names, by its full name or an abbreviation,
/// in any case and with or without the abbreviation's full stop ("Jan.",
/// "SEPT", "june").
#[inline]
pub(crate) fn month_of(word: &str) -> Option<u32> {
    let word = word.strip_suffix('.').unwrap_or(word);
    let candidates = MONTH_MASKS.candidates(word);
    if candidates == 0 {
        return None;
    }
    find_candidate(&MONTH_WORDS, candidates, |m| word.eq_ignore_ascii_case(m)).copied()
}

/// The weekdays, Monday first (weekday numbers count from Monday = 0).
pub(crate) const WEEKDAY_NAMES: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Weekday abbreviations as datelines and timestamps write them ("Wed 26
/// Jun", "Tues., Nov. 19"): three letters, and "tues" and "thurs".
pub(crate) const WEEKDAY_ABBREVIATIONS: [&str; 9] =
    ["mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"];

/// For every byte, whether a weekday's name starts with it in either case.
static OPENS_A_WEEKDAY: [bool; 256] = {
    let mut table = [false; 256];
    let mut d = 0;
    while d < 7 {
        let initial = WEEKDAY_NAMES[d].as_bytes()[0];
        table[initial as usize] = true;
        table[initial.to_ascii_uppercase() as usize] = true;
        d += 1;
    }
    table
};

/// Can a word starting with byte `b` name a weekday? The cheap test that
/// turns most words away before anything else is read.
#[inline]
pub(crate) fn may_open_weekday(b: u8) -> bool {
    OPENS_A_WEEKDAY[b as usize]
}

/// The weekday (0 = Monday) a word names in full, in any case.
#[inline]
pub(crate) fn weekday_named(word: &str) -> Option<u32> {
    // Every weekday ends in "day": other words stop here.
    if word.len() < 6 || !word.as_bytes()[word.len() - 3..].eq_ignore_ascii_case(b"day") {
        return None;
    }
    WEEKDAY_NAMES.iter().position(|name| word.eq_ignore_ascii_case(name)).map(|d| d as u32)
}

/// Time zones as timestamps abbreviate them ("11:04 BST", "5:27 am EDT"),
/// lower-case: every timestamp reader knows these.
pub(crate) const TIME_ZONES: [&str; 10] =
    ["est", "edt", "pst", "pdt", "gmt", "bst", "utc", "cet", "cest", "ist"];

/// Eastern and Pacific time without standard or daylight ("10:45 am ET"),
/// AP style: the date-line reader (`parse/dates.rs`) knows them; page
/// furniture does not.
pub(crate) const ZONES_WITHOUT_SEASON: [&str; 2] = ["et", "pt"];

/// Time zones beyond [`TIME_ZONES`] that pages print after a time: central,
/// mountain, Alaskan and Hawaiian US time, eastern Australian, Hong Kong,
/// Japanese, Singapore and Moscow time ("9:56 AM AKDT", "9:03am AEST").
/// None is an English word. Both page furniture and date lines know them
/// (rule `a_date_line_tells_its_time`).
pub(crate) const MORE_TIME_ZONES: [&str; 13] =
    ["cst", "cdt", "mst", "mdt", "akst", "akdt", "hst", "aest", "aedt", "hkt", "jst", "sgt", "msk"];

/// Holidays and named days, lower-case, as news names them ("on Christmas
/// Eve", "the Fourth of July parade"): capitalised, but no person, place or
/// organisation (rule `a_holiday_names_no_one` in `parse::entities`).
pub(crate) const HOLIDAYS: &[&str] = &[
    "christmas",
    "christmas eve",
    "christmas day",
    "boxing day",
    "new year",
    "new year's",
    "new year's eve",
    "new year's day",
    "easter",
    "easter sunday",
    "easter monday",
    "good friday",
    "thanksgiving",
    "thanksgiving day",
    "halloween",
    "hanukkah",
    "passover",
    "ramadan",
    "eid",
    "eid al-fitr",
    "eid al-adha",
    "diwali",
    "yom kippur",
    "rosh hashanah",
    "kwanzaa",
    "juneteenth",
    "fourth of july",
    "independence day",
    "memorial day",
    "labor day",
    "labour day",
    "veterans day",
    "remembrance day",
    "remembrance sunday",
    "armistice day",
    "bastille day",
    "victory day",
    "may day",
    "valentine's day",
    "mother's day",
    "father's day",
    "black friday",
    "cyber monday",
    "election day",
    "inauguration day",
    "st. patrick's day",
    "lunar new year",
    "chinese new year",
];

/// The longest name, in bytes as written, that can be one of
/// [`HOLIDAYS`] ([`holiday_form`]).
pub(crate) const HOLIDAY_NAME_MAX: usize = 24;

/// `name` as written ("Christmas Eve", "New Year’s Day") in the form
/// [`HOLIDAYS`] writes names: ASCII letters lower-cased, each typographic
/// apostrophe (’) a straight one, other characters as they are. It is
/// written into `buf`, on the caller's stack, since every capitalised name
/// is asked whether it is a holiday; `None` when the name is longer than
/// any holiday's can be.
pub(crate) fn holiday_form<'b>(name: &str, buf: &'b mut [u8; HOLIDAY_NAME_MAX]) -> Option<&'b str> {
    const CURLY: &[u8] = "’".as_bytes();
    let bytes = name.as_bytes();
    if bytes.len() > HOLIDAY_NAME_MAX {
        return None;
    }
    let (mut read, mut written) = (0, 0);
    while read < bytes.len() {
        if bytes[read..].starts_with(CURLY) {
            buf[written] = b'\'';
            read += CURLY.len();
        } else {
            buf[written] = bytes[read].to_ascii_lowercase();
            read += 1;
        }
        written += 1;
    }
    // Whole characters were copied or replaced by one ASCII byte each, so
    // the form is UTF-8.
    std::str::from_utf8(&buf[..written]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holiday_forms_of_names_as_written() {
        let form = |name: &str| holiday_form(name, &mut [0; HOLIDAY_NAME_MAX]).map(str::to_string);
        assert_eq!(form("NEW YEAR’S DAY").as_deref(), Some("new year's day"));
        assert_eq!(form("Élection Day").as_deref(), Some("Élection day"));
        assert_eq!(form(&"x".repeat(HOLIDAY_NAME_MAX)).map(|f| f.len()), Some(HOLIDAY_NAME_MAX));
        assert_eq!(form(&"x".repeat(HOLIDAY_NAME_MAX + 1)), None);
        assert!(HOLIDAYS.iter().all(|h| h.len() <= HOLIDAY_NAME_MAX));
    }

    #[test]
    fn holidays_are_lower_case_without_repeats() {
        assert_lower_case_without_repeats(&[("HOLIDAYS", HOLIDAYS)]);
    }

    #[test]
    fn every_month_by_name_and_abbreviation_in_any_case() {
        for (m, (name, abbreviations)) in MONTHS.iter().enumerate() {
            let month = Some(m as u32 + 1);
            assert_eq!(month_of(name), month);
            assert_eq!(month_of(&name.to_ascii_uppercase()), month);
            for a in *abbreviations {
                assert!(name.starts_with(a), "{a} abbreviates {name}");
                assert_eq!(month_of(a), month);
                assert_eq!(month_of(&format!("{}.", a.to_ascii_uppercase())), month);
            }
        }
        assert_eq!(MONTH_ABBREVIATIONS.len(), 12, "eleven months, and Sept beside Sep");
        assert!(MONTH_ABBREVIATIONS.contains(&"sept") && !MONTH_ABBREVIATIONS.contains(&"may"));
        assert_eq!(month_of("May"), Some(5));
    }

    #[test]
    fn words_that_only_look_like_months_are_not() {
        for word in
            ["", ".", "Ma", "Marc", "Junes", "Mayor", "Septe", "Jan..", "Sept.ember", "Décembre"]
        {
            assert_eq!(month_of(word), None, "{word}");
        }
    }

    #[test]
    fn the_masks_let_every_month_word_through() {
        for (word, month) in MONTH_WORDS {
            assert_ne!(MONTH_MASKS.candidates(word), 0, "{word}");
            assert_ne!(MONTH_MASKS.candidates(&word.to_ascii_uppercase()), 0, "{word}");
            assert!(MONTHS[month as usize - 1].0.starts_with(word), "{word}");
        }
        assert_eq!(MONTH_MASKS.candidates("Harbor"), 0);
        assert_eq!(MONTH_MASKS.candidates("Thursday"), 0);
    }

    #[test]
    fn weekdays_by_name_in_any_case() {
        for (d, name) in WEEKDAY_NAMES.iter().enumerate() {
            assert_eq!(weekday_named(name), Some(d as u32));
            assert_eq!(weekday_named(&name.to_ascii_uppercase()), Some(d as u32));
            assert!(may_open_weekday(name.as_bytes()[0]));
            assert!(may_open_weekday(name.as_bytes()[0].to_ascii_uppercase()));
        }
        for word in ["day", "Today", "Sundays", "Mon", "holiday", "Wednesdays"] {
            assert_eq!(weekday_named(word), None, "{word}");
        }
        let initials: Vec<u8> = (0..=255u8).filter(|&b| may_open_weekday(b)).collect();
        assert_eq!(initials, b"FMSTWfmstw");
    }

    #[test]
    fn abbreviations_abbreviate_their_names() {
        for a in WEEKDAY_ABBREVIATIONS {
            assert_eq!(WEEKDAY_NAMES.iter().filter(|n| n.starts_with(a)).count(), 1, "{a}");
        }
        for zone in TIME_ZONES.iter().chain(&ZONES_WITHOUT_SEASON).chain(&MORE_TIME_ZONES) {
            assert!(zone.len() <= 4 && zone.bytes().all(|b| b.is_ascii_lowercase()), "{zone}");
        }
    }
}

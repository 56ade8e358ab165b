//! People, organisations and places, with the article's ways of naming each
//! merged into one entity: "Lloyd Austin", "Lloyd J. Austin", "Mr. Austin",
//! "Secretary Austin" and "Austin" are one person; titles and honorifics
//! ("US Defense Secretary", "Mr.") are kept apart from the name.
//!
//! Names are runs of capitalised words. A run is split into a title part
//! and a name part at its last title word ("Deputy Foreign Minister |
//! Sergey Ryabkov"). Kinds come from the words themselves (organisation
//! words such as "Ministry", place words and a short list of countries and
//! capitals), from titles (a titled name is a person) and from context
//! ("in X" is a place). Unknown single words are left out rather than
//! guessed.

use crate::lexicon::bytewise::packed;
use crate::lexicon::calendar::{
    holiday_form, HOLIDAYS, HOLIDAY_NAME_MAX, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES,
};
use crate::lexicon::hash::FnvBuild;
use crate::lexicon::honorifics::{HONORIFIC_ABBREVIATIONS, HONORIFIC_WORDS, RANK_ABBREVIATIONS};
use crate::lexicon::joined;
use crate::lexicon::name_particles::NAME_PARTICLES;
use crate::lexicon::names::{
    in_organisation_nouns, in_place_nouns_before_of, COMPANY_FORMS, LAW_WORDS,
};
use crate::model::EntityKind;
use crate::parse::tokens::{
    is_capitalized, lowercase, lowercase_into, strip_possessive, with_lowercase, Lowered, Token,
    WordSet,
};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::OnceLock;

/// An entity before it is located in UTF-16.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundEntity {
    pub kind: EntityKind,
    pub name: String,
    pub titles: Vec<String>,
    pub mentions: Vec<Range<usize>>,
}

/// Words that end a title before a name, besides the honorifics and ranks
/// of the lexicon ([`HONORIFIC_ABBREVIATIONS`], [`HONORIFIC_WORDS`],
/// [`RANK_ABBREVIATIONS`]), which end one too.
const TITLE_WORDS: &[&str] = &[
    "professor",
    "president",
    "secretary",
    "minister",
    "general",
    "major",
    "lieutenant",
    "colonel",
    "admiral",
    "chancellor",
    "senator",
    "representative",
    "governor",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "judge",
    "justice",
    "sergeant",
    "captain",
    "commander",
    "leader",
    "director",
    "mayor",
    "premier",
    "prosecutor",
    "chief",
    "sheikh",
    "envoy",
    "marshal",
    "lord",
    "lady",
    "deputy",
    "vice",
    "officer",
    "aide",
    "correspondent",
    "editor",
    "reporter",
    "analyst",
    "coach",
    "ceo",
    "founder",
    "head",
    "mp",
    "councillor",
    "councilor",
    "speaker",
    "diplomat",
    "sec",
    "engineer",
    "inspector",
    "economist",
    "lawyer",
    "attorney",
    "investigator",
    "doctor",
    "nurse",
    "teacher",
    "researcher",
    "scientist",
    "historian",
    "activist",
    "manager",
    "mep",
    "president-elect",
    "secretary-general",
    "commissioner",
    "chancellor-elect",
    "superintendent",
    "sheriff",
    "pastor",
    "bishop",
    "constable",
];

/// Words that make a run an organisation, besides the lexicon's company
/// forms ([`COMPANY_FORMS`]: "Inc.", "Co.", "plc").
const ORG_WORDS: &[&str] = &[
    "ministry",
    "department",
    "pentagon",
    "kremlin",
    "senate",
    "congress",
    "forum",
    "committee",
    "council",
    "agency",
    "navy",
    "army",
    "force",
    "forces",
    "fleet",
    "command",
    "times",
    "news",
    "guardian",
    "reuters",
    "afp",
    "union",
    "party",
    "office",
    "house",
    "court",
    "bank",
    "commission",
    "organization",
    "organisation",
    "nato",
    "parliament",
    "government",
    "cross",
    "convention",
    "institute",
    "university",
    "group",
    "service",
    "police",
    "brigade",
    "battalion",
    "administration",
    "fund",
    "association",
    "staff",
    "chiefs",
    "post",
    "journal",
    "press",
    "telegraph",
    "herald",
    "tribune",
    "network",
    "tv",
    "radio",
    "federation",
    "assembly",
    "cabinet",
    "board",
    "authority",
    "corps",
    "guard",
    "foundation",
    "society",
    "club",
    "league",
    "bureau",
    "division",
    "school",
    "assn",
    "wing",
    "state",
    "states",
    "nations",
    // A football club's form, before or after its name ("FC Santora").
    "fc",
    "white",
    "ria",
    "tass",
    "xinhua",
    "cnn",
    "bbc",
    "epoch",
    "courier",
    "ledger",
    "gazette",
    "chronicle",
    "observer",
    "standard",
    "mail",
    "star",
    "express",
    "mirror",
    "review",
    "monitor",
    "insider",
    "daily",
    "weekly",
    "magazine",
    "wire",
    "media",
    "broadcasting",
    // Papers' names (`lexicon::outlets` has the outlet rules' own list):
    // "the Grendale Echo" is no person.
    "echo",
    "sentinel",
    "examiner",
    "inquirer",
    "enquirer",
    "dispatch",
    "bulletin",
    "globe",
    "advertiser",
    "argus",
    "clarion",
    "hedge",
    // Companies, parties and outlets whose names end in a plural or a
    // trade word: "Karsk Terminals", "Halder Holdings", "Social Democrats".
    "terminals",
    "holdings",
    "democrats",
    "republicans",
    "images",
    "airlines",
    "airways",
    "industries",
    "technologies",
    "jazeera",
    "railways",
    "centre",
    "center",
    // Political groupings: "the Green Alliance", "the Tide Coalition".
    "alliance",
    "coalition",
    "caucus",
    "movement",
];

/// Rule `a_place_prefix_makes_a_place`: a name of two to four words that
/// opens with one of these is a place ("Los Angeles", "San Diego", "New
/// Orleans", "North Carolina", "South Sudan", "Upper Nile", "St Aldric"),
/// not a person, whose given names these are not. An organisation word
/// still makes it an organisation ("Los Angeles Times", "St Aldric's
/// Hospital").
const PLACE_PREFIXES: &[&str] = &[
    "san", "santa", "los", "las", "new", "north", "south", "east", "west", "upper", "lower",
    "central", "northern", "southern", "eastern", "western", "mount", "mt", "fort", "lake", "st",
];

/// US states as news style abbreviates them after a town ("Rancho Mirage,
/// Calif."), for rule `a_name_before_its_state_is_a_place`.
const STATE_ABBREVIATIONS: &[&str] = &[
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Kans.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
    "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.",
    "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
];

/// Rule `a_name_before_its_state_is_a_place`: a name followed by a comma
/// and a state, province or country ("Highland Park, Illinois", "Rancho
/// Mirage, Calif.", "Bury, Lancashire") is a town, as news locates towns,
/// not a person. The place after the comma must end its phrase with a
/// punctuation mark ("Highland Park, Illinois, on Monday", "in Bury,
/// Lancashire."): "Texas Republican", "California state representative" and
/// "Texas's" after a name describe a person. An abbreviation of four
/// letters or more may lack its point when a comma follows it ("Rancho
/// Mirage, Calif, around 1:30 a.m."). `rest` is the text after the name.
fn locates_a_town(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(", ") else { return false };
    if let Some(abbr) = abbreviations_sharing_first_byte(rest).find(|a| rest.starts_with(**a)) {
        return !rest[abbr.len()..].starts_with(|c: char| c.is_alphanumeric());
    }
    // Some outlets drop the abbreviation's point ("Rancho Mirage, Calif,
    // around 1:30 a.m."): then a comma must follow it.
    let pointless = |a: &&str| {
        let stem = a.trim_end_matches('.');
        stem.len() >= 4 && rest.strip_prefix(stem).is_some_and(|r| r.starts_with(','))
    };
    if abbreviations_sharing_first_byte(rest).any(pointless) {
        return true;
    }
    // One or two capitalised words, the longest that is a known place. Each
    // word with where it ends in `rest`: the separators between words may
    // be any characters, of any length in bytes.
    let mut words: Vec<(&str, usize)> = Vec::with_capacity(2);
    let mut at = 0;
    for w in rest.split(|c: char| !c.is_alphanumeric()).take(2) {
        if !w.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        words.push((w, at + w.len()));
        // The separator after the word is one character.
        at += w.len() + rest[at + w.len()..].chars().next().map_or(0, char::len_utf8);
    }
    (1..=words.len()).rev().any(|n| {
        let place = words[..n].iter().map(|(w, _)| *w).collect::<Vec<_>>().join(" ");
        let after = &rest[words[n - 1].1..];
        let ends = after.is_empty() || after.starts_with([',', '.', ';', ':', ')', '\n']);
        ends && roles_of(&place.to_lowercase()).place
    })
}

/// The [`STATE_ABBREVIATIONS`] that begin with `rest`'s first byte, in
/// their order: only these can begin `rest`, with or without their point,
/// and comparing the first byte is cheaper than a call to compare each.
fn abbreviations_sharing_first_byte(rest: &str) -> impl Iterator<Item = &&'static str> {
    let first = rest.as_bytes().first().copied();
    STATE_ABBREVIATIONS.iter().filter(move |a| a.as_bytes().first().copied() == first)
}

/// Trade words that end company names ("Sandvik Marine", "Brask Capital",
/// "Tiller Motors"): a person's name rarely ends in one. They make a run an
/// organisation as [`ORG_WORDS`] do, but one alone is a common noun
/// capitalised at a sentence's start ("Insurance adjusters said").
/// Institutions' words are in [`INSTITUTION_WORDS`].
const TRADE_WORDS: &[&str] = &[
    "works",
    "marine",
    "shipping",
    "energy",
    "capital",
    "motors",
    "logistics",
    "partners",
    "investments",
    "pharmaceuticals",
    "systems",
    "mining",
    "petroleum",
    "telecom",
    "ventures",
    "insurance",
    "securities",
    "enterprises",
    "aerospace",
    // Companies' trades ("Kraft Foods", "Sony Pictures", "Gordon Advisors",
    // "Ardent Industrial").
    "industrial",
    "foods",
    "entertainment",
    "devices",
    "advisors",
    "facilities",
    "pictures",
    "studios",
    "electronics",
    "brands",
    "communications",
    // Plural nouns and trades that end company names ("Alpline Coaches",
    // "Medora Supplies", "Nordvik Builders"); no common surname among them
    // (not "Power", "Steel").
    "coaches",
    "supplies",
    "services",
    "products",
    "resources",
    "solutions",
    "networks",
    "builders",
    "utilities",
    "lines",
    "ferries",
    "buses",
    "transport",
    "construction",
    "properties",
    "chemicals",
    "farms",
    "textiles",
    "hotels",
    "resorts",
    "stores",
    "laboratories",
    "labs",
    "software",
    "electric",
    "shipyards",
    // Transport, housing, sport, music and money ("Northline Trains",
    // "Castellan Homes", "Ardwick Rovers", "Northgate Records", "Ashby
    // Investors"), and public bodies' words ("Health and Safety
    // Directorate", "Castlebridge Royal Infirmary"); no common surname
    // among them (not "Mills", "Power").
    "trains",
    "homes",
    "mobility",
    "records",
    "investors",
    "rovers",
    "rangers",
    "wanderers",
    "athletic",
    "infirmary",
    "directorate",
    "inspectorate",
    // Industries that end company names ("Velcora Freight", "Ardo
    // Robotics", "Tamsin Brewery"); no common surname among them.
    "freight",
    "railway",
    "dynamics",
    "robotics",
    "semiconductor",
    "semiconductors",
    "automotive",
    "metals",
    "minerals",
    "pharma",
    "biotech",
    "cosmetics",
    "beverages",
    "brewing",
    "brewery",
    "distillery",
    "apparel",
];

/// Institutions' words, named for a place or a patron ("Beaumont Hospital",
/// "Wasilla Bible Church", "Eastern Conference"). They make a run an
/// organisation as [`TRADE_WORDS`] do, and alone at a sentence's start they
/// are common nouns ("Hospital staff said"); but the place an institution
/// is named for is not the institution (rule `a_company_named_short`:
/// "Wasilla" beside "Wasilla Bible Church" is the town).
const INSTITUTION_WORDS: &[&str] = &[
    "hospital",
    "clinic",
    "church",
    "cathedral",
    "mosque",
    "college",
    "academy",
    "museum",
    "survey",
    "conference",
    "library",
    "school",
    "theatre",
    "theater",
    "trust",
    "orchestra",
    "zoo",
];

/// Words that make a run a place.
const PLACE_WORDS: &[&str] = &[
    "city",
    "region",
    "province",
    "oblast",
    "island",
    "islands",
    "sea",
    "river",
    "mountains",
    "street",
    "beach",
    "county",
    "district",
    "peninsula",
    "bay",
    "valley",
    "lake",
    "ocean",
    "gulf",
    "strait",
    "coast",
    "port",
    "square",
    "airport",
    "plant",
    // Waterways and landmarks: "St. Aldric Channel", "Halder Canal".
    "channel",
    "canal",
    "harbour",
    "harbor",
    "fjord",
    "cape",
    "bridge",
    "avenue",
    "highway",
    // Land forms: "Karsk Basin", "Golan Heights".
    "basin",
    "delta",
    "heights",
    "plateau",
    // More landmarks and land forms ("Marrow Point", "Sioux Falls",
    // "Hoover Dam", "Penn Station"). Words that are also common surnames
    // ("Park", "Hill", "Ridge", "Lane", "Arena") or given names ("Forest")
    // are left out: any word of a name marks it.
    "point",
    "falls",
    "creek",
    "springs",
    "road",
    "boulevard",
    "reservoir",
    "dam",
    "mountain",
    "glacier",
    "reef",
    "canyon",
    "desert",
    "volcano",
    "gardens",
    "stadium",
    "station",
    "village",
    "township",
    "territory",
    // "the Skerrin Isles", "Downing Terrace" (not "Crescent": the Red
    // Crescent is a society).
    "isles",
    "terrace",
];

/// Countries, capitals and large cities often in the news; a name that is
/// alone and not titled is only called a place when listed or after "in".
const PLACES: &[&str] = &[
    "afghanistan",
    "albania",
    "algeria",
    "argentina",
    "armenia",
    "australia",
    "austria",
    "azerbaijan",
    "bahrain",
    "bangladesh",
    "belarus",
    "belgium",
    "bolivia",
    "bosnia",
    "brazil",
    "britain",
    "bulgaria",
    "cambodia",
    "canada",
    "chile",
    "china",
    "colombia",
    "croatia",
    "cuba",
    "cyprus",
    "czechia",
    "denmark",
    "egypt",
    "england",
    "estonia",
    "ethiopia",
    "europe",
    "finland",
    "france",
    "georgia",
    "germany",
    "ghana",
    "greece",
    "hungary",
    "iceland",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "japan",
    "jordan",
    "kazakhstan",
    "kenya",
    "korea",
    "kosovo",
    "kuwait",
    "latvia",
    "lebanon",
    "libya",
    "lithuania",
    "malaysia",
    "mexico",
    "moldova",
    "mongolia",
    "morocco",
    "myanmar",
    "nepal",
    "netherlands",
    "nigeria",
    "norway",
    "pakistan",
    "palestine",
    "peru",
    "philippines",
    "poland",
    "portugal",
    "qatar",
    "romania",
    "russia",
    "rwanda",
    "scotland",
    "serbia",
    "singapore",
    "slovakia",
    "slovenia",
    "somalia",
    "spain",
    "sudan",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "thailand",
    "tunisia",
    "turkey",
    "türkiye",
    "uganda",
    "ukraine",
    "us",
    "usa",
    "u.s",
    "uk",
    "venezuela",
    "vietnam",
    "wales",
    "yemen",
    "zimbabwe",
    "africa",
    "asia",
    "america",
    "gaza",
    "crimea",
    "donbas",
    "moscow",
    "washington",
    "kyiv",
    "kiev",
    "london",
    "paris",
    "berlin",
    "beijing",
    "tokyo",
    "brussels",
    "geneva",
    "rome",
    "madrid",
    "warsaw",
    "vienna",
    "ankara",
    "istanbul",
    "tehran",
    "jerusalem",
    "cairo",
    "delhi",
    "minsk",
    "kharkiv",
    "odesa",
    "odessa",
    "mariupol",
    "kherson",
    "sevastopol",
    "stuttgart",
    "taipei",
    "seoul",
    "united states",
    "united kingdom",
    "south korea",
    "north korea",
    "new york",
    "black sea",
    "saudi arabia",
    "hong kong",
    "middle east",
    "south africa",
    "new zealand",
    "west bank",
    "european union",
    "united arab emirates",
    "sri lanka",
    "el salvador",
    "costa rica",
    "puerto rico",
    // More countries often in the news.
    "haiti",
    "jamaica",
    "honduras",
    "guatemala",
    "nicaragua",
    "panama",
    "ecuador",
    "uruguay",
    "paraguay",
    "tanzania",
    "zambia",
    "angola",
    "mozambique",
    "namibia",
    "botswana",
    "senegal",
    "mali",
    "niger",
    "chad",
    "cameroon",
    "congo",
    "eritrea",
    "djibouti",
    "oman",
    "uzbekistan",
    "turkmenistan",
    "kyrgyzstan",
    "tajikistan",
    "laos",
    "brunei",
    // The United States' states (those of two words open with a place
    // prefix or end in a place word).
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "wisconsin",
    "wyoming",
];

/// Capitalised words that start sentences rather than name anything the
/// article is about. Weekday and month names (and the months'
/// abbreviations) are not names either; they come from the lexicon.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "as",
    "after",
    "before",
    "when",
    "while",
    "if",
    "so",
    "yet",
    "still",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "some",
    "many",
    "most",
    "all",
    "no",
    "not",
    "one",
    "two",
    "three",
    "four",
    "five",
    "since",
    "for",
    "from",
    "with",
    "by",
    "of",
    "to",
    "speaking",
    "asked",
    "according",
    "meanwhile",
    "however",
    "although",
    "though",
    "because",
    "during",
    "despite",
    "until",
    "also",
    "then",
    "now",
    "last",
    "next",
    "first",
    "held",
    "built",
    "asked",
    "videos",
    "file",
    "photo",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "each",
    "every",
    "both",
    "neither",
    "either",
    "such",
    "other",
    "back",
    "few",
    "further",
    "still",
    "even",
    "only",
    "just",
    "indeed",
    "instead",
    "thus",
    "like",
    "unlike",
    "among",
    "amid",
];

/// Organisation words whose names go on with "for" and what the body is
/// for ("Office for Budget Control", "Centre for Strategic Studies"). Not
/// "House" or "Kremlin": "sent the bill to the White House for President
/// Biden" names two things.
const NAMED_FOR: &[&str] = &[
    "ministry",
    "office",
    "commission",
    "committee",
    "council",
    "agency",
    "institute",
    "centre",
    "center",
    "foundation",
    "department",
    "association",
    "society",
    "fund",
    "bureau",
    "authority",
    "coalition",
    "alliance",
    "organisation",
    "organization",
];

/// Words a name goes on across: "of", "the" ("Bank of the West") and the
/// particles of personal names ("von der").
const CONNECTOR_WORDS: [&str; 2 + NAME_PARTICLES.len()] =
    joined(&[&["of", "the"], &NAME_PARTICLES]);

/// Connectors as written in the text, for building runs.
static CONNECTORS: WordSet = WordSet::new(&CONNECTOR_WORDS);

/// What the word lists say of one folded word. A word of a run is checked
/// against several lists; looking it up once in one table that knows them
/// all replaces a hash lookup per list and question.
#[derive(Debug, Clone, Copy, Default)]
struct Roles {
    /// Ends a title before a name ([`TITLE_WORDS`]).
    title: bool,
    /// Makes a run an organisation ([`ORG_WORDS`]).
    org: bool,
    /// Makes a run a place ([`PLACE_WORDS`]).
    place_word: bool,
    /// A known place by itself ([`PLACES`]).
    place: bool,
    /// Not part of a name when it opens a run ([`NOT_NAMES`]).
    not_name: bool,
    /// "of", "van", "der"... ([`CONNECTOR_WORDS`]).
    connector: bool,
    /// Ends a company's name, not a name alone ([`TRADE_WORDS`],
    /// [`INSTITUTION_WORDS`]).
    trade: bool,
    /// Ends an institution's name ([`INSTITUTION_WORDS`]).
    institution: bool,
    /// Ends the name of a law, which names no entity (the lexicon's
    /// `LAW_WORDS`, rule `a_law_names_no_one`).
    law: bool,
}

struct RoleTable {
    roles: HashMap<&'static str, Roles, FnvBuild>,
    /// The listed words of at most eight bytes, by their bytes packed into
    /// one integer as [`Lowered::packed_at`] gives them, with their length:
    /// packing pads with zero bytes, so the length tells "us" from "us\0".
    /// Hashing one integer costs a multiplication where hashing a word
    /// costs one per byte.
    packed: HashMap<u64, (Roles, usize), BuildHasherDefault<PackedHasher>>,
    /// The longest listed word in bytes: longer words are rejected unhashed.
    longest: usize,
}

static ROLE_TABLE: OnceLock<RoleTable> = OnceLock::new();

/// A word list and how it marks the roles of its words.
type RoleList = (&'static [&'static str], fn(&mut Roles));

/// Each word list and the role it gives its words.
const ROLE_LISTS: [RoleList; 16] = [
    (TITLE_WORDS, |r| r.title = true),
    (&HONORIFIC_ABBREVIATIONS, |r| r.title = true),
    (&HONORIFIC_WORDS, |r| r.title = true),
    (&RANK_ABBREVIATIONS, |r| r.title = true),
    (TRADE_WORDS, |r| {
        r.org = true;
        r.trade = true;
    }),
    (INSTITUTION_WORDS, |r| {
        r.org = true;
        r.trade = true;
        r.institution = true;
    }),
    (ORG_WORDS, |r| r.org = true),
    // A legal form alone ("Limited", "Co") is no company's name.
    (&COMPANY_FORMS, |r| {
        r.org = true;
        r.trade = true;
    }),
    (PLACE_WORDS, |r| r.place_word = true),
    (PLACES, |r| r.place = true),
    (NOT_NAMES, |r| r.not_name = true),
    (&WEEKDAY_NAMES, |r| r.not_name = true),
    (&MONTH_NAMES, |r| r.not_name = true),
    (&MONTH_ABBREVIATIONS, |r| r.not_name = true),
    (&CONNECTOR_WORDS, |r| r.connector = true),
    (&LAW_WORDS, |r| r.law = true),
];

/// The roles of a folded word, or of folded words joined by single spaces
/// (the multi-word places).
fn roles_of(folded: &str) -> Roles {
    let table = role_table();
    if folded.len() > table.longest {
        return Roles::default();
    }
    table.roles.get(folded).copied().unwrap_or_default()
}

/// [`roles_of`] a folded word of at most eight bytes given packed, as
/// [`Lowered::packed_at`] packs it, and its length.
#[inline]
fn roles_of_packed(packed: u64, len: usize) -> Roles {
    match role_table().packed.get(&packed) {
        Some(&(roles, listed_len)) if listed_len == len => roles,
        _ => Roles::default(),
    }
}

/// Hashes the packed words with one multiplication (the high bits, which
/// the hash table reads first, mix every byte of the word).
#[derive(Default)]
struct PackedHasher(u64);

impl std::hash::Hasher for PackedHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

fn role_table() -> &'static RoleTable {
    ROLE_TABLE.get_or_init(|| {
        let mut roles: HashMap<&'static str, Roles, FnvBuild> = HashMap::default();
        for (list, mark) in ROLE_LISTS {
            for &w in list {
                mark(roles.entry(w).or_default());
            }
        }
        let longest = roles.keys().map(|w| w.len()).max().unwrap_or(0);
        let packed = roles
            .iter()
            .filter(|(w, _)| w.len() <= 8)
            .map(|(w, &r)| (packed(w.as_bytes()), (r, w.len())))
            .collect();
        RoleTable { roles, packed, longest }
    })
}

/// The words of one run, each lowercased and without a possessive ending,
/// as the word lists hold them, with their roles. The folded words are not
/// copied: they are read from the sentence's [`Lowered`], which the body
/// stages fill for every sentence anyway. A word's folded form without its
/// possessive ending is a prefix of the folded token, since every ending
/// ("’s", "'s", "s’") folds to two bytes at the token's end.
#[derive(Default)]
struct FoldedRun {
    /// Each word's token index in the sentence and the length in bytes of
    /// its folded form without possessive ending.
    words: Vec<(usize, usize)>,
    /// Each word's roles in the word lists.
    roles: Vec<Roles>,
    /// Consecutive folded words joined by single spaces, for the multi-word
    /// places, reused from name to name.
    joined: String,
}

impl FoldedRun {
    fn fill(&mut self, text: &str, words: &[Token], indices: &[usize], lowered: &Lowered) {
        self.words.clear();
        self.roles.clear();
        for (w, &k) in words.iter().zip(indices) {
            let written = w.text(text);
            let folded = lowered.at(k);
            let len = if strip_possessive(written).len() == written.len() {
                folded.len()
            } else {
                folded.len() - POSSESSIVE_FOLDED_LEN
            };
            self.words.push((k, len));
            let roles = match lowered.packed_at(k) {
                // The packed word less a stripped ending: its top bytes cleared.
                Some(packed) if len <= 8 => roles_of_packed(
                    packed & u64::MAX.checked_shr(64 - 8 * len as u32).unwrap_or(0),
                    len,
                ),
                _ => roles_of(&folded[..len]),
            };
            self.roles.push(roles);
        }
    }

    /// The folded word `i`.
    #[inline]
    fn at<'l>(&self, lowered: &'l Lowered, i: usize) -> &'l str {
        let (k, len) = self.words[i];
        &lowered.at(k)[..len]
    }

    /// Words `range`, folded and joined by single spaces.
    fn joined(&mut self, lowered: &Lowered, range: Range<usize>) -> &str {
        self.joined.clear();
        for i in range {
            if !self.joined.is_empty() {
                self.joined.push(' ');
            }
            let (k, len) = self.words[i];
            self.joined.push_str(&lowered.at(k)[..len]);
        }
        &self.joined
    }
}

/// The folded length of every possessive ending [`strip_possessive`]
/// removes: "’s" and "'s" lower-case to "'s", "s’" to "s'".
const POSSESSIVE_FOLDED_LEN: usize = 2;

/// Collects runs of capitalised words in a sentence; abbreviation dots and
/// initials ("Mr.", "J.") and inner "of"/"the" stay inside a run. The runs'
/// words go one after another into `words`, and each run's range of
/// `words` into `runs`, and each word's index in `toks` into `indices`: all
/// are cleared first and reused from sentence to sentence, so no run
/// allocates.
fn runs(
    text: &str,
    toks: &[Token],
    words: &mut Vec<Token>,
    indices: &mut Vec<usize>,
    runs: &mut Vec<Range<usize>>,
) {
    words.clear();
    indices.clear();
    runs.clear();
    let mut run_start = 0;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let w = t.text(text);
        let cap = t.word && is_capitalized(w);
        if cap {
            words.push(t);
            indices.push(i);
            // "Mr." "J." "Gen." – swallow the dot.
            if toks.get(i + 1).is_some_and(|d| !d.word && d.text(text) == "." && d.start == t.end)
                && (w.chars().count() <= 4)
            {
                i += 1;
            }
            i += 1;
            continue;
        }
        // "Ministry for Coastal Affairs", "Office for Budget Control": an
        // organisation's name goes on past "for" after its organisation word
        // (not after a person's, "Lind for Ostland", which is two names).
        let for_after_org = w == "for"
            && words.len() > run_start
            && with_lowercase(toks[i - 1].text(text), |f| NAMED_FOR.contains(&f));
        if for_after_org
            && toks.get(i + 1).is_some_and(|n| {
                n.word
                    && is_capitalized(n.text(text))
                    && with_lowercase(n.text(text), |f| !roles_of(f).title && !roles_of(f).not_name)
            })
        {
            words.push(t);
            indices.push(i);
            i += 1;
            continue;
        }
        if words.len() > run_start && plural_possessive_inside_a_name(text, toks, i) {
            i += 1;
            continue;
        }
        if w == "and" && and_joins_an_organisation(text, toks, &words[run_start..], i) {
            words.push(t);
            indices.push(i);
            i += 1;
            continue;
        }
        if t.word && words.len() > run_start && CONNECTORS.contains(w) {
            // Keep "of"/"the" only when a capitalised word follows.
            let mut j = i;
            while j < toks.len() && toks[j].word && CONNECTORS.contains(toks[j].text(text)) {
                j += 1;
            }
            if j < toks.len()
                && toks[j].word
                && is_capitalized(toks[j].text(text))
                && w != "the"
                && !person_of_organisation(text, toks, &words[run_start..], i, j)
            {
                words.extend_from_slice(&toks[i..j]);
                indices.extend(i..j);
                i = j;
                continue;
            }
        }
        if words.len() > run_start {
            runs.push(run_start..words.len());
            run_start = words.len();
        }
        i += 1;
    }
    if words.len() > run_start {
        runs.push(run_start..words.len());
    }
    if words.iter().any(|w| is_possessive(w.text(text))) {
        split_at_possessives(text, words, runs);
    }
}

/// Rule `a_plural_possessive_inside_an_organisation_name`: "the General
/// Workers' Union", "the Farmers’ Association": the apostrophe after a
/// plural, a token of its own, stays inside the run when an organisation
/// word follows among the next capitalised words, as
/// [`split_at_possessives`] keeps "St. Mary's Hospital" whole. `i` is the
/// apostrophe's index in `toks`, right after a word of the run.
fn plural_possessive_inside_a_name(text: &str, toks: &[Token], i: usize) -> bool {
    let t = toks[i];
    if t.word || !matches!(t.text(text), "'" | "’") || i == 0 {
        return false;
    }
    let before = toks[i - 1];
    if before.end != t.start || !before.text(text).ends_with('s') {
        return false;
    }
    toks.get(i + 1).is_some_and(|n| n.start == t.end + 1)
        && capitalised_after(text, toks, i)
            .iter()
            .any(|n| with_lowercase(n.text(text), |f| roles_of(f).org))
}

/// The most capitalised words on either side of an "and" inside an
/// organisation's name ("Food and Drug Administration", "Nursing and
/// Midwifery Union").
const AND_SIDE_WORDS: usize = 3;

/// The common nouns that head an organisation's name with an "and" inside
/// ("Food and Drug Administration", "Fish and Wildlife Service", "Food and
/// Allied Workers Union"), for rule `and_joins_an_organisation_name`. Only
/// nouns for a body: not the organisation words that are names of their own
/// ("Nato", "Reuters") or an outlet's ("Times", "TV"), after which "and"
/// joins two names ("EU and Nato", "Mac Mini and Apple TV").
const AND_NAME_HEADS: &[&str] = &[
    "administration",
    "agency",
    "alliance",
    "association",
    "authority",
    "board",
    "bureau",
    "centre",
    "center",
    "coalition",
    "commission",
    "committee",
    "council",
    "department",
    "directorate",
    "federation",
    "forum",
    "foundation",
    "fund",
    "inspectorate",
    "institute",
    "league",
    "ministry",
    "office",
    "service",
    "trust",
    "union",
];

/// Rule `a_group_of_members_is_not_a_name`: how many words open `run`
/// before the name when they are a plural noun for people (the lexicon's
/// `GROUP_NOUNS`) and "of", perhaps with "the" ("Members of the Nursing and
/// Midwifery Union", "Residents of Millbrook"): 2 or 3, else 0.
fn members_of(text: &str, run: &[Token]) -> usize {
    let group = run.len() > 2
        && with_lowercase(run[0].text(text), crate::lexicon::counting::in_group_nouns)
        && run[1].text(text) == "of";
    match group {
        false => 0,
        true if run[2].text(text) == "the" => 3,
        true => 2,
    }
}

/// Rule `and_joins_an_organisation_name`: "the Food and Drug
/// Administration", "the Securities and Exchange Commission", "the Nursing
/// and Midwifery Union" are one organisation, not "Food" and an
/// organisation "Drug Administration". An "and" stays inside a run when
/// the run before it is of one to three capitalised words that are neither
/// titles nor known places nor names of their own kind (an organisation
/// word) nor acronyms, and the capitalised words after it (at most three)
/// end in a noun for a body ([`AND_NAME_HEADS`]). Two names joined by "and"
/// ("Britain and France", "Ms. Lind and Labour Party", "EU and Nato",
/// "EYP and HP Services") are left apart: a place, a title, an acronym or
/// an organisation word before the "and" ends the run. `run` is the run so
/// far and `i` the index of the "and" in `toks`.
fn and_joins_an_organisation(text: &str, toks: &[Token], run: &[Token], i: usize) -> bool {
    // The name before the "and" starts after a group of its members
    // ("Members of the Nursing and Midwifery Union", rule
    // `a_group_of_members_is_not_a_name`) and after a sentence's opening
    // "The", capitalised but not part of the name. Any other connector in
    // the run is inside a name ("Defenders of Wildlife and Center for
    // Biological Diversity" is two).
    let run = &run[members_of(text, run)..];
    let run = match run.split_first() {
        Some((first, rest)) if first.text(text) == "The" => rest,
        _ => run,
    };
    if run.is_empty() || run.len() > AND_SIDE_WORDS || toks[i - 1].end + 1 != toks[i].start {
        return false;
    }
    // A trade word may stand on either side ("Harbour and Transport
    // Union", "Transport and General Workers' Union") but not end a name
    // of two words before the "and" ("Velto Mobility and Transport Union"
    // are two).
    let plain_or_trade = |t: &Token, trade_ok: bool| {
        let word = strip_possessive(t.text(text));
        !word.chars().skip(1).all(|c| c.is_uppercase())
            && with_lowercase(word, |f| {
                let r = roles_of(f);
                let org = r.org && !(trade_ok && r.trade);
                !(r.title || r.place || org || r.not_name || r.connector)
            })
    };
    if !run.iter().all(|t| plain_or_trade(t, run.len() == 1)) {
        return false;
    }
    let after = capitalised_after(text, toks, i);
    after.split_last().is_some_and(|(last, middle)| {
        with_lowercase(last.text(text), |f| AND_NAME_HEADS.contains(&f))
            && middle.iter().all(|t| plain_or_trade(t, true))
    })
}

/// The capitalised words right after token `i`, at most [`AND_SIDE_WORDS`]
/// of them: the rest of an organisation's name after an "and" or a
/// plural's apostrophe.
fn capitalised_after<'t>(text: &str, toks: &'t [Token], i: usize) -> &'t [Token] {
    let rest = &toks[i + 1..];
    let n = rest
        .iter()
        .take(AND_SIDE_WORDS)
        .take_while(|t| t.word && is_capitalized(t.text(text)))
        .count();
    &rest[..n]
}

fn is_possessive(word: &str) -> bool {
    strip_possessive(word).len() != word.len()
}

/// Rule `a_possessive_ends_a_name`: "Russia's Vladimir Putin" is Russia and
/// Vladimir Putin, "Microsoft's Bill Gates" Microsoft and Bill Gates, so a
/// run of capitalised words ends after a possessive. It stays whole when
/// the possessive is inside an organisation's name, an organisation word
/// coming after it ("St. Mary's Hospital", "McDonald's Corp"), or when a
/// connector follows it ("Lloyd's of London").
fn split_at_possessives(text: &str, words: &[Token], runs: &mut Vec<Range<usize>>) {
    let mut split = Vec::with_capacity(runs.len() + 1);
    for run in runs.drain(..) {
        let mut start = run.start;
        for k in run.start..run.end - 1 {
            // Most words are no possessive: the organisation words after
            // one are looked up only then.
            if !is_possessive(words[k].text(text)) || CONNECTORS.contains(words[k + 1].text(text)) {
                continue;
            }
            let org_after = words[k + 1..run.end]
                .iter()
                .any(|w| with_lowercase(w.text(text), |f| roles_of(f).org));
            if !org_after {
                split.push(start..k + 1);
                start = k + 1;
            }
        }
        split.push(start..run.end);
    }
    *runs = split;
}

/// "Tomas Reyes of the Tide Party", "Ida Marsh of the Harbor Trust": a
/// person's name, then "of" and the organisation they belong to, is two
/// names, not one organisation. The run so far (`run`) is two or three
/// plain capitalised words (no title, organisation or place word: "Bank of
/// England" and "Secretary of State" stay whole), perhaps after a title
/// ("Pastor Joel Cauley of First Baptist Church"), or one such word after
/// a title ("Mr. Morgan of the Sierra Club"), and the capitalised
/// words from `j` (after "of the" at `i..j`) hold an organisation word.
/// Rule `person_of_organisation`; rule `person_of_their_town` splits "Joyce
/// Rell of Jackson, Miss." and "Sen. Ivo Brandt of Texas" the same way when
/// "of" alone is followed by a town located by its state
/// ([`locates_a_town`]), or by a known place after a titled name.
fn person_of_organisation(text: &str, toks: &[Token], run: &[Token], i: usize, j: usize) -> bool {
    let roles = |t: &Token| with_lowercase(strip_possessive(t.text(text)), roles_of);
    let plain = |t: &Token| {
        let r = roles(t);
        !(r.title || r.org || r.place || r.place_word || r.connector || r.not_name)
    };
    // Past a sentence's opening word ("Then Mr. Morgan of…").
    let run = &run[run.iter().take_while(|t| roles(t).not_name).count()..];
    // The title is every word up to the last title word ("Prime Minister").
    let titles = run.iter().rposition(|t| roles(t).title).map_or(0, |k| k + 1);
    let name = &run[titles..];
    // A surname alone after a title ("Mr. Morgan of the Sierra Club")
    // is a person's name too.
    let a_name = (2..=3).contains(&name.len()) || titles > 0 && name.len() == 1;
    if !(a_name && name.iter().all(plain) && toks[i].text(text) == "of") {
        return false;
    }
    // The capitalised words after "of", past a plural's apostrophe ("of
    // the General Workers' Union").
    let after: Vec<&Token> = toks[j..]
        .iter()
        .enumerate()
        .take_while(|&(k, t)| {
            t.word && (is_capitalized(t.text(text)) || CONNECTORS.contains(t.text(text)))
                || plural_possessive_inside_a_name(text, toks, j + k)
        })
        .map(|(_, t)| t)
        .filter(|t| t.word)
        .collect();
    if after.iter().any(|t| with_lowercase(t.text(text), roles_of).org) {
        return true;
    }
    // Rule `person_of_their_town`.
    let Some(last) = after.last().filter(|_| j == i + 1 && after.len() <= 3) else {
        return false;
    };
    // A town located by its state ("of Jackson, Miss."), or any known
    // place after a titled name ("Sen. Ana Roe of Texas"), or one word of
    // any kind after a titled name ("President Anselm Korvath of Veradia",
    // as some papers name a head of state): "Writers Guild of America" and
    // "United Tribes of New Zealand" stay whole.
    let place = text[after[0].start..last.end].to_lowercase();
    locates_a_town(&text[last.end..]) || titles > 0 && (after.len() == 1 || roles_of(&place).place)
}

/// An Epoch Times style dateline, "LINDAU—" or "NEW YORK—": one to four
/// all-caps words directly followed by a dash. The number of its words,
/// when `toks` open with one. Plain-text classification asks it too, so a
/// first line opening with a dateline is not taken for a headline.
pub(crate) fn dash_dateline(text: &str, toks: &[Token]) -> Option<usize> {
    let words = opening_capitals(text, toks)?;
    toks.get(words).is_some_and(|t| t.text(text) == "—").then_some(words)
}

/// How many all-caps words of two letters or more open `toks`, when one to
/// four do: a dateline's place ("NEW YORK", "SORREL FORD").
fn opening_capitals(text: &str, toks: &[Token]) -> Option<usize> {
    let first = toks.first()?;
    // Nearly every sentence fails this test at its first letter.
    let bytes = text.as_bytes();
    if !bytes[first.start].is_ascii_uppercase()
        || !bytes.get(first.start + 1).is_some_and(u8::is_ascii_uppercase)
    {
        return None;
    }
    let all_caps = |t: &Token| {
        t.word && t.text(text).chars().count() >= 2 && t.text(text).chars().all(char::is_uppercase)
    };
    let words = toks.iter().take(5).take_while(|t| all_caps(t)).count();
    (1..=4).contains(&words).then_some(words)
}

/// A [`dash_dateline`] opening a paragraph names a place, and the sentence
/// proper starts after the dash. Returns the dateline's words and the
/// tokens after the dash.
fn split_dateline<'t>(text: &str, toks: &'t [Token]) -> (Option<Range<usize>>, &'t [Token]) {
    // The dash dateline's words and dash are left out of the sentence; a
    // wire dateline's place only, so its agency ("(Wirenews)") is read.
    let Some((words, rest)) = dash_dateline(text, toks)
        .map(|w| (w, w + 1))
        .or_else(|| wire_dateline(text, toks).map(|w| (w, w)))
    else {
        return (None, toks);
    };
    // Callers find the rest's first token at `toks.len() - rest.len()`.
    let bytes = text.as_bytes();
    let mut line_start = toks[0].start;
    while line_start > 0 && matches!(bytes[line_start - 1], b' ' | b'\t') {
        line_start -= 1;
    }
    if line_start > 0 && bytes[line_start - 1] != b'\n' {
        return (None, toks);
    }
    (Some(toks[0].start..toks[words - 1].end), &toks[rest..])
}

/// Tokens a wire dateline may hold between its place and its dash:
/// "SORREL FORD, June 4 (Wirenews) —", "KARSK, Ostland (Wirenews) -".
const WIRE_DATELINE_REACH: usize = 10;

/// A wire service's dateline, "SORREL FORD, June 4 (Wirenews) —": one to
/// four all-caps words, then a comma or a parenthesis, then within
/// [`WIRE_DATELINE_REACH`] tokens none of which is a lower-case word, a
/// dash. Returns the place's word count. Rule `wire_dateline_names_a_place`.
fn wire_dateline(text: &str, toks: &[Token]) -> Option<usize> {
    let words = opening_capitals(text, toks)?;
    if !toks.get(words).is_some_and(|t| matches!(t.text(text), "," | "(")) {
        return None;
    }
    toks.iter()
        .skip(words + 1)
        .take(WIRE_DATELINE_REACH)
        .take_while(|t| !(t.word && t.text(text).starts_with(char::is_lowercase)))
        .any(|t| matches!(t.text(text), "—" | "–" | "-"))
        .then_some(words)
}

type FnvHashMap<K, V> = HashMap<K, V, FnvBuild>;

#[derive(Default)]
struct Registry {
    entities: Vec<FoundEntity>,
    /// Folded name → entity, one map per kind (indexed by `kind as usize`),
    /// so a name is looked up by `&str` without building a key.
    by_key: [FnvHashMap<String, usize>; 3],
    /// Folded last name → person entity, for "Mr. Austin" and "Austin".
    by_surname: FnvHashMap<String, usize>,
    /// How often each written form was used, to pick the canonical name, in
    /// the order first seen. A list, not a hash map: an entity has a handful
    /// of forms, and ties must be broken by the text, not by hash order
    /// (which varied from run to run).
    forms: Vec<Vec<(String, usize)>>,
    /// The folded name being added, reused from call to call.
    folded_name: String,
}

/// `name.split_whitespace().count() >= 2`, without splitting: once the ends
/// are trimmed, a second word means a space inside. Every mention is
/// asked, and most names are ASCII, whose bytes are tested without
/// decoding them.
fn has_several_words(name: &str) -> bool {
    let trimmed = name.trim();
    if trimmed.is_ascii() {
        // char::is_whitespace on ASCII: space, \t, \n, \x0b, \x0c, \r.
        trimmed.bytes().any(|b| matches!(b, b' ' | b'\t'..=b'\r'))
    } else {
        trimmed.contains(char::is_whitespace)
    }
}

/// Gives `e` the title `t` unless it has it already; the title is copied
/// only then.
fn add_title(e: &mut FoundEntity, t: &str) {
    if !e.titles.iter().any(|known| known == t) {
        e.titles.push(t.to_string());
    }
}

impl Registry {
    /// Whether `name` is, folded, the name of a place a dateline named.
    fn names_dateline_place(&self, datelines: &[usize], name: &str) -> bool {
        !datelines.is_empty()
            && with_lowercase(name, |f| {
                self.by_key[EntityKind::Place as usize]
                    .get(f)
                    .is_some_and(|i| datelines.contains(i))
            })
    }

    fn add(
        &mut self,
        kind: EntityKind,
        name: &str,
        title: Option<&str>,
        mention: Range<usize>,
    ) -> usize {
        self.folded_name.clear();
        lowercase_into(&mut self.folded_name, name);
        let by_key = &mut self.by_key[kind as usize];
        let idx = if let Some(&i) = by_key.get(self.folded_name.as_str()) {
            i
        } else {
            // Persons: "Lloyd J. Austin" joins "Lloyd Austin" (same first and last name).
            let mut words = name.split_whitespace();
            let first_word = words.next();
            // The last word, when there are two or more.
            let last_word = words.next_back();
            let surname = last_word.filter(|_| kind == EntityKind::Person).map(lowercase);
            let existing =
                surname.as_ref().and_then(|s| self.by_surname.get(s.as_str())).copied().filter(
                    |&i| {
                        let mut other = self.entities[i].name.split_whitespace();
                        match (other.next(), other.next()) {
                            (Some(other_first), Some(_)) => with_lowercase(other_first, |a| {
                                with_lowercase(first_word.unwrap_or(""), |b| a == b)
                            }),
                            _ => true,
                        }
                    },
                );
            let i = existing.unwrap_or_else(|| {
                self.entities.push(FoundEntity {
                    kind,
                    name: name.to_string(),
                    titles: Vec::new(),
                    mentions: Vec::new(),
                });
                self.forms.push(Vec::new());
                self.entities.len() - 1
            });
            by_key.insert(self.folded_name.clone(), i);
            if let Some(s) = surname {
                self.by_surname.insert(s, i);
            }
            i
        };
        let e = &mut self.entities[idx];
        e.mentions.push(mention);
        if let Some(t) = title {
            add_title(e, t);
        }
        if has_several_words(name) {
            let forms = &mut self.forms[idx];
            match forms.iter_mut().find(|(form, _)| form == name) {
                Some((_, count)) => *count += 1,
                None => forms.push((name.to_string(), 1)),
            }
        }
        idx
    }
}

/// Finds the entities in the given sentences (byte ranges of `text`). The
/// pipeline drives [`EntityFinder`] itself, with the tokens and folded words
/// it makes for its other stages.
#[cfg(test)] // the passes call the `_in`/`_into` forms on shared tokens
pub fn find_entities(text: &str, sentences: &[Range<usize>]) -> Vec<FoundEntity> {
    let mut finder = EntityFinder::default();
    let (mut toks, mut lowered) = (Vec::new(), Lowered::default());
    for s in sentences {
        crate::parse::tokens::tokenize_into(text, s.clone(), &mut toks);
        lowered.fill(text, &toks);
        finder.sentence(text, &toks, &lowered);
    }
    finder.finish(text)
}

/// Does `text[name]`, a name standing beside a date in a page's header
/// ("Ana Vell | 4 June 2025", "Sorrel Ford | 4 June 2025"), name a person,
/// the writer, rather than the place the story is filed from? By the
/// evidence the entity reader has: read alone, the name must be a
/// person's (not a known place, nor a name with a place or organisation
/// word: "Lindau City", "Harbor Board"), of two words or more and not in
/// capitals (datelines set their place in capitals: "SORREL FORD"); and
/// the rest of the text must not name it after a place preposition ("in
/// Sorrel Ford"). Rule `a_name_beside_a_header_date_is_its_writer`.
pub(crate) fn header_name_is_a_person(text: &str, name: Range<usize>) -> bool {
    let written = &text[name.clone()];
    if !written.contains(' ') || !written.chars().any(char::is_lowercase) {
        return false;
    }
    let toks = crate::parse::tokens::tokenize(text, name.clone());
    let mut lowered = Lowered::default();
    lowered.fill(text, &toks);
    let mut finder = EntityFinder::default();
    finder.sentence(text, &toks, &lowered);
    let read = finder.finish(text);
    let a_person = matches!(
        read.as_slice(),
        [e] if e.kind == EntityKind::Person && e.mentions.as_slice() == [name.clone()]
    );
    a_person && !named_after_place_preposition(text, written, name.end)
}

/// "AFP, Tuesday 2 Jul 2013": a date line's "place" that is an agency's
/// acronym, three capitals at most and no known place ("UK" is one), as
/// agencies sign their copy; the towns datelines name are written out.
/// Such a place is not registered as one (rule
/// `a_header_date_line_names_its_place`).
pub(crate) fn reads_as_agency_acronym(name: &str) -> bool {
    (2..=3).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_uppercase())
        && !with_lowercase(name, |f| roles_of(f).place)
}

/// Rule `a_company_named_short`: after "Velto Mobility" or "Halcyra
/// Systems Inc.", "Velto" and "Halcyra" alone are that company, as news
/// shortens a company's name once it has given it whole. The full name has
/// two or three words and ends in a trade word ("Mobility", "Systems",
/// [`TRADE_WORDS`]) or a legal form ("Inc.", [`COMPANY_FORMS`]), so "Fish"
/// is not "Fish and Wildlife Service", nor is "Wasilla" the "Wasilla Bible
/// Church" ([`INSTITUTION_WORDS`]); two such companies ("Velto Mobility",
/// "Velto Motors") leave the short name unread. Returns the company's
/// entity.
fn company_named_short(companies: &FnvHashMap<String, Option<usize>>, word: &str) -> Option<usize> {
    if companies.is_empty() {
        return None;
    }
    companies.get(&word.to_ascii_lowercase()).copied().flatten()
}

/// The index [`company_named_short`] reads: each company's first word,
/// ASCII-folded as [`names_company_short`] compares it, to the one company
/// it shortens, or `None` when two do. Built once per article, so each
/// lone word is one lookup rather than a scan of every organisation, which
/// made a long article's parse quadratic (a 777 KB paste of 400 ECB+
/// articles spent half its time here).
fn short_company_names(entities: &[FoundEntity]) -> FnvHashMap<String, Option<usize>> {
    let mut index: FnvHashMap<String, Option<usize>> = HashMap::default();
    for (i, e) in entities.iter().enumerate() {
        let first = e.name.split_whitespace().next().unwrap_or("");
        if e.kind == EntityKind::Organization && names_company_short(&e.name, first) {
            index
                .entry(first.to_ascii_lowercase())
                .and_modify(|only| *only = None)
                .or_insert(Some(i));
        }
    }
    index
}

/// Whether `word` alone names the company `name`: `name` is two or three
/// words, `word` the first, and the last a trade word or a legal form
/// ("Velto" for "Velto Mobility", "Brannock" for "Brannock Chemicals Ltd").
/// Comparison asks it too, across articles (rule
/// `a_company_named_short_across_articles`).
pub(crate) fn names_company_short(name: &str, word: &str) -> bool {
    let mut words = name.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else { return false };
    words.count() <= 1
        && first.eq_ignore_ascii_case(word)
        && with_lowercase(last.trim_end_matches('.'), |f| {
            let r = roles_of(f);
            (r.trade && !r.institution) || COMPANY_FORMS.contains(&f)
        })
}

/// Is `name` written in `text` from byte `from` on right after a place
/// preposition ([`PLACE_PREPOSITIONS`]: "in Sorrel Ford")?
fn named_after_place_preposition(text: &str, name: &str, from: usize) -> bool {
    text[from..].match_indices(name).any(|(at, _)| {
        let before = text[..from + at].trim_end_matches(' ');
        let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        before.len() < from + at && PLACE_PREPOSITIONS.iter().any(|p| word.eq_ignore_ascii_case(p))
    })
}

/// Prepositions after which a lone capitalised word is read as a place
/// ("in Karsk", "across Velmora").
const PLACE_PREPOSITIONS: [&str; 7] = ["in", "at", "near", "from", "to", "into", "across"];

/// What the words before a lone capitalised word say it is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hint {
    None,
    /// After a place preposition ("in Karsk") or "the village of". (A
    /// titled single is a person whatever its hint.)
    Place,
    /// After a noun for a body ("carmaker Velto").
    Organisation,
}

/// What the words around a lone capitalised word (`first` and `last`: its
/// run's first and last token in `toks`, `start` its byte) hint it is: a place after a
/// place preposition, unless it is an adjective before a noun ("in Mexican
/// restaurants"); an organisation after a noun for a body; else nothing.
fn single_hint(
    text: &str,
    toks: &[Token],
    lowered: &Lowered,
    skipped: usize,
    (first, last): (usize, usize),
    start: usize,
) -> Hint {
    if follows_place_preposition(toks, lowered, skipped, start)
        && !adjective_before_a_noun(text, toks, last)
    {
        Hint::Place
    } else if names_a_one_word_organisation(text, toks, first) {
        Hint::Organisation
    } else {
        Hint::None
    }
}

/// Does the token before byte `start` of the sentence read as a place
/// preposition, or do the two before it name a kind of place and "of"
/// (rule `a_place_noun_of_names_a_place`: "the village of Lissop", "the
/// port of Harlov")? `toks` leave out the dateline's `skipped` tokens, which
/// `lowered` counts.
fn follows_place_preposition(
    toks: &[Token],
    lowered: &Lowered,
    skipped: usize,
    start: usize,
) -> bool {
    // Tokens are in text order, so the one before the name is found by bisection.
    let Some(b) = toks.partition_point(|t| t.end <= start).checked_sub(1) else { return false };
    let word = lowered.at(skipped + b);
    PLACE_PREPOSITIONS.contains(&word)
        || word == "of"
            && b.checked_sub(1).is_some_and(|a| in_place_nouns_before_of(lowered.at(skipped + a)))
}

/// How adjectives of nations and creeds end ("Mexican", "European",
/// "Communist", "Japanese", "British"). Not "-an" alone, which ends towns
/// as often ("Lampahan village", "Kerman province", "Milan").
const ADJECTIVE_ENDINGS: [&str; 6] = ["ian", "ean", "can", "ist", "ese", "ish"];

/// Rule `an_adjective_before_a_noun_is_no_place`: "in Mexican restaurants",
/// "people of Mexican descent", "citizens of Communist cities": a capitalised
/// word ending as adjectives of nations and creeds do
/// ([`ADJECTIVE_ENDINGS`]) right before a lower-case word
/// that is no function word qualifies that noun and names no place. `last`
/// is the index in `toks` of the word.
fn adjective_before_a_noun(text: &str, toks: &[Token], last: usize) -> bool {
    let word = toks[last].text(text);
    let adjective = ADJECTIVE_ENDINGS.iter().any(|e| word.ends_with(e));
    let next = toks.get(last + 1).filter(|t| t.word && t.start == toks[last].end + 1);
    adjective
        && next.is_some_and(|t| {
            let w = t.text(text);
            !is_capitalized(w) && !crate::lexicon::function_words::FUNCTION_WORDS.contains(&w)
        })
}

/// The lexicon's holidays, hashed: every capitalised name is asked whether
/// it is one.
static HOLIDAY_NAMES: WordSet = WordSet::new(HOLIDAYS);

/// Whether `name` as written ("Christmas Eve", "New Year’s Day") is one of
/// [`HOLIDAYS`]: case aside, a typographic apostrophe read as a straight
/// one ([`holiday_form`]).
fn names_a_holiday(name: &str) -> bool {
    holiday_form(name, &mut [0; HOLIDAY_NAME_MAX]).is_some_and(|f| HOLIDAY_NAMES.contains(f))
}

/// The name a run of capitalised words makes, with the title before it and
/// what the word lists say of both.
struct RunName {
    /// The name as it stands in the text, without a possessive ending.
    mention: Range<usize>,
    /// The title's words and the abbreviation dot right after them ("Gen.").
    title: Option<Range<usize>>,
    /// How many words the name has.
    name_len: usize,
    /// The name's only word, when it has one.
    single_word: Option<Range<usize>>,
    /// Some word of the run makes it an organisation.
    has_org: bool,
    /// The name is an organisation's (an organisation word, or "The X"
    /// with no title).
    name_has_org: bool,
    /// Some word of the name is a place word ("Port", "River").
    place_word: bool,
    /// The name opens with a word of [`PLACE_PREFIXES`] ("Los Angeles").
    place_prefix: bool,
    /// The name is a known place.
    known_place: bool,
}

/// What a run's name becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// An entity of this kind.
    Entity(EntityKind),
    /// One titled word ("Mr. Austin"): a person, named in full elsewhere.
    TitledSingle,
    /// One plain word: a later pass decides (a known surname, or a place
    /// after a place preposition, or nothing).
    Single,
}

impl RunName {
    /// Reads the name in the run `run` (its roles already filled in
    /// `folded`); `None` when the run names no one: only function words, a
    /// role ("the Defense Secretary"), a place noun opening the sentence
    /// ("Port officials said"), a trade word alone ("Energy prices").
    fn read(
        text: &str,
        run: &[Token],
        folded: &mut FoldedRun,
        lowered: &Lowered,
        opens_sentence: bool,
    ) -> Option<RunName> {
        // People are not called "The X": a run opening with it names an organisation.
        let opened_with_the = run.first().is_some_and(|w| w.text(text) == "The") && run.len() >= 3;
        // Drop sentence-opening function words and the like, and connectors at the end.
        let mut first = 0;
        // Rule `a_group_of_members_is_not_a_name` ([`members_of`]): the
        // group and its "of", capitalised only because they open the
        // sentence, come before the name. Not when another "of" follows: "Leaders of the United Tribes of
        // Ostland" would leave a name of four words, read as a person's.
        // Nor before one word ("Residents of Marroscor"): an unknown word
        // alone is not read, and the run whole keeps the town's mention.
        let members = if opens_sentence { members_of(text, run) } else { 0 };
        if members > 0
            && !run[members..].iter().any(|w| w.text(text) == "of")
            && run.len() - members >= 2
        {
            first = members;
        }
        // Rule `an_organisation_noun_names_an_organisation`, at a
        // sentence's start: "Carmaker Velto Mobility recalled…" names
        // "Velto Mobility", the noun capitalised only by its place.
        if opens_sentence
            && first == 0
            && run.len() >= 3
            && in_organisation_nouns(folded.at(lowered, 0))
            && is_capitalized(run[1].text(text))
        {
            first = 1;
        }
        while first < run.len() && folded.roles[first].not_name {
            first += 1;
        }
        // Rule `a_weekday_ends_no_name`: "the Wasilla Bible Church Friday
        // night" names the church; the day is not part of its name.
        let mut last = run.len();
        while last > first
            && (CONNECTORS.contains(run[last - 1].text(text))
                || crate::lexicon::calendar::weekday_named(run[last - 1].text(text)).is_some())
        {
            last -= 1;
        }
        if first == last {
            return None;
        }
        // Rule `a_role_opening_a_sentence_is_a_title`: "Witness Carys
        // Pritchard said", "Firefighter Dan Okoro said": a noun for a person
        // (the lexicon's PERSON_NOUNS), capitalised only because it opens
        // the sentence, before a name of two words or more is the person's
        // role, not a given name.
        if opens_sentence
            && first == 0
            && last >= 3
            && crate::lexicon::counting::in_person_nouns(folded.at(lowered, 0))
        {
            folded.roles[0].title = true;
        }
        let words = &run[first..last];
        let roles = &folded.roles[first..last];
        // A run that ends in a title names a role, not anyone.
        if roles[words.len() - 1].title {
            return None;
        }
        let k = name_start(text, words, roles, |i| folded.at(lowered, first + i));
        let titled = k > 0 && k < words.len() && roles[..k].iter().any(|r| r.title);
        let (title_part, name_part) =
            if titled { (&words[..k], &words[k..]) } else { (&words[..0], words) };
        // The name's words, as indices of `words`.
        let name_words = words.len() - name_part.len()..words.len();
        // Rule `a_function_word_names_no_one`: "Doctor Who" is a title and
        // a function word, not a doctor called Who.
        if name_part.len() == 1 && roles[name_words.start].not_name {
            return None;
        }
        let has_org = roles.iter().any(|r| r.org);
        let place_prefix = (2..=4).contains(&name_part.len())
            && !titled
            && PLACE_PREFIXES.contains(&folded.at(lowered, first + name_words.start));
        let place_word = roles[name_words.clone()].iter().any(|r| r.place_word);
        // "Port officials said…": a lone place noun opening a sentence is
        // capitalised for its position, not a name.
        if words.len() == 1 && place_word && first == 0 && opens_sentence && !roles[0].place {
            return None;
        }
        // "Insurance adjusters", "Energy prices": a trade word alone is no name.
        if words.len() == 1 && roles[0].trade {
            return None;
        }
        let start = name_part[0].start;
        let end = name_part[name_part.len() - 1].end;
        let name_text = strip_possessive(&text[start..end]).trim_end_matches(['.', '’', '\'']);
        // Rule `a_holiday_names_no_one`: "Christmas Eve", "the Fourth of
        // July" are days, not people or places.
        if names_a_holiday(name_text) {
            return None;
        }
        // Rule `a_law_names_no_one`: "the Mental Health Act", "the Paris
        // Accord" name documents, not people, organisations or places.
        if name_part.len() >= 2 && roles[name_words.end - 1].law {
            return None;
        }
        // A one-word name's roles are known already; a longer one is looked up joined ("united states").
        let known_place = if name_words.len() == 1 {
            roles[name_words.start].place
        } else {
            roles_of(folded.joined(lowered, first + name_words.start..first + name_words.end)).place
        };
        Some(RunName {
            mention: start..start + name_text.len(),
            title: (!title_part.is_empty()).then(|| {
                let end = title_part[title_part.len() - 1].end;
                title_part[0].start..end + usize::from(text[end..].starts_with('.'))
            }),
            name_len: name_part.len(),
            single_word: (name_part.len() == 1).then(|| name_part[0].range()),
            has_org,
            name_has_org: !titled && (has_org || opened_with_the),
            place_word: place_word
                || !titled
                    && !name_part.iter().any(|w| w.text(text) == "of")
                    && locates_a_town(&text[name_part[name_part.len() - 1].end..]),
            place_prefix,
            known_place,
        })
    }

    /// The name's text.
    fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.mention.clone()]
    }

    /// The title's text.
    fn title<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.title.clone().map(|r| &text[r])
    }

    /// What the name is, by the first rule that applies: a known place; an
    /// organisation's name (a place when only a place word says so); a
    /// titled name, or two to four plain words, is a person; a place word
    /// makes a place; one word is an organisation when it is an acronym
    /// ("NATO") and waits for a later pass otherwise; longer names are
    /// organisations.
    fn reading(&self, text: &str) -> Reading {
        let titled = self.title.is_some();
        if self.known_place && !titled {
            Reading::Entity(EntityKind::Place)
        } else if self.name_has_org {
            let place = self.place_word && !self.has_org;
            Reading::Entity(if place { EntityKind::Place } else { EntityKind::Organization })
        } else if titled
            || ((2..=4).contains(&self.name_len)
                && !self.known_place
                && !self.place_word
                && !self.place_prefix)
        {
            if self.name_len == 1 {
                Reading::TitledSingle
            } else {
                Reading::Entity(EntityKind::Person)
            }
        } else if self.known_place || self.place_word || self.place_prefix {
            Reading::Entity(EntityKind::Place)
        } else if let Some(word) = self.single_word.clone() {
            if is_acronym(&text[word]) {
                Reading::Entity(EntityKind::Organization)
            } else {
                Reading::Single
            }
        } else {
            Reading::Entity(EntityKind::Organization)
        }
    }
}

/// Rule `an_organisation_noun_names_an_organisation`: "carmaker Velto
/// Mobility", "consumer group Safe Home", "the charity Safe Home": a name
/// right after a lower-case noun for a kind of organisation (the lexicon's
/// `ORGANISATION_NOUNS`) names that organisation, not a person.
/// `first` is the index in `toks` of the run's first word.
fn after_an_organisation_noun(text: &str, toks: &[Token], first: usize) -> bool {
    let Some(before) = first.checked_sub(1).map(|i| toks[i]) else { return false };
    let w = before.text(text);
    before.word
        && before.end + 1 == toks[first].start
        && !is_capitalized(w)
        && with_lowercase(w, in_organisation_nouns)
}

/// Rule `an_organisation_noun_names_a_one_word_organisation`: a lone
/// capitalised word right after a noun for a body is that body
/// ("e-bike maker Velto", "retailer Zara"). Not after "giant", which
/// before one word is more often the adjective ("the giant Bolton field",
/// "the giant Haast's eagle"), nor a plural of capitals ("company CEOs").
fn names_a_one_word_organisation(text: &str, toks: &[Token], first: usize) -> bool {
    let Some(before) = first.checked_sub(1).map(|i| toks[i]) else { return false };
    let word = toks[first].text(text);
    let plural_of_capitals = word
        .strip_suffix('s')
        .is_some_and(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase()));
    after_an_organisation_noun(text, toks, first)
        && !before.text(text).eq_ignore_ascii_case("giant")
        && !plural_of_capitals
}

/// A given name and a surname, perhaps a middle name: two or three words,
/// each capitalised and in lower case after its first letter, no initial
/// and no acronym ("Joe Montana", not "Republic of Korea" nor "IDC Canada").
fn plain_full_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && w.len() > 2
                && chars.all(|c| c.is_lowercase() || c == '\'' || c == '’' || c == '-')
        })
}

/// "NATO", "UN": two to six capital letters. Comparison asks it too, to
/// join an acronym to its organisation's full name
/// (`an_acronym_names_its_organisation`).
pub(crate) fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Where the name starts among a run's `words`: its tail of up to four
/// plain words. A title word, an organisation word, a connector (but not a
/// particle inside the name: "Ilse van der Meer") or a possessive before
/// the last word ends it. `lowered(i)` is word `i` lower-cased.
fn name_start<'l>(
    text: &str,
    words: &[Token],
    roles: &[Roles],
    lowered: impl Fn(usize) -> &'l str,
) -> usize {
    let mut k = words.len();
    while k > 0 && words.len() - k < 4 {
        let word = words[k - 1].text(text);
        let possessive = strip_possessive(word).len() != word.len();
        let r = roles[k - 1];
        let particle_inside =
            r.connector && !matches!(lowered(k - 1), "of" | "the") && k > 1 && k < words.len();
        if r.title || r.org || (r.connector && !particle_inside) || (possessive && k < words.len())
        {
            break;
        }
        k -= 1;
    }
    k
}

/// Finds entities sentence by sentence, so the pipeline can hand it each
/// sentence's folded words ([`Lowered`]) as it folds them for the other
/// stages instead of folding every run's words again.
#[derive(Default)]
pub struct EntityFinder {
    reg: Registry,
    /// Single words waiting for the full name to be known (a later "Lloyd
    /// Austin" claims an earlier "Austin").
    /// Each is kept as its mention, which is also its name in the text, its
    /// title's range in the text, and what the words before it hint at.
    singles: Vec<(Range<usize>, Option<Range<usize>>, Hint)>,
    run_words: Vec<Token>,
    /// Each of `run_words`' index among the sentence's tokens.
    run_indices: Vec<usize>,
    run_ranges: Vec<Range<usize>>,
    folded: FoldedRun,
    /// Places named by a dateline, written in capitals there.
    datelines: Vec<usize>,
}

impl EntityFinder {
    /// Reads the next sentence: `toks` are its tokens and `lowered` their
    /// folded forms. Sentences must come in text order.
    ///
    /// Always inlined: the pipeline calls it from one place, and the
    /// compiler stopped inlining the finder when the dateline test was
    /// added, which cost about one instruction per input byte (measured
    /// with callgrind).
    #[inline(always)]
    pub fn sentence(&mut self, text: &str, toks: &[Token], lowered: &Lowered) {
        let EntityFinder { reg, singles, run_words, run_indices, run_ranges, folded, datelines } =
            self;
        let (dateline, rest) = split_dateline(text, toks);
        // `lowered` holds every token of the sentence; the dateline's come first.
        let skipped = toks.len() - rest.len();
        let toks = rest;
        if let Some(d) = dateline {
            datelines.push(reg.add(EntityKind::Place, &text[d.clone()], None, d));
        }
        runs(text, toks, run_words, run_indices, run_ranges);
        for k in run_indices.iter_mut() {
            *k += skipped;
        }
        for run in run_ranges.iter() {
            let opens_sentence =
                toks.first().is_some_and(|t| t.start == run_words[run.start].start);
            let words = &run_words[run.clone()];
            folded.fill(text, words, &run_indices[run.clone()], lowered);
            let Some(name) = RunName::read(text, words, folded, lowered, opens_sentence) else {
                continue;
            };
            match name.reading(text) {
                Reading::Entity(kind) => {
                    // A two-word name the dateline gave as a place ("SORREL
                    // FORD —", then "in Sorrel Ford") is that place.
                    let kind = if kind == EntityKind::Person
                        && reg.names_dateline_place(datelines, name.text(text))
                    {
                        EntityKind::Place
                    } else if kind == EntityKind::Person
                        && name.title.is_none()
                        && after_an_organisation_noun(text, toks, run_indices[run.start] - skipped)
                    {
                        EntityKind::Organization
                    } else {
                        kind
                    };
                    // Rule `a_surname_before_a_place`: after "Joe Montana",
                    // "Montana" alone is the person, not the state; only a
                    // plain given name and surname claim it ("Republic of
                    // Korea", "IDC Canada" and "N. Korea" do not).
                    if kind == EntityKind::Place && name.single_word.is_some() {
                        let person =
                            with_lowercase(name.text(text), |f| reg.by_surname.get(f).copied())
                                .filter(|&i| plain_full_name(&reg.entities[i].name));
                        if let Some(i) = person {
                            reg.entities[i].mentions.push(name.mention.clone());
                            continue;
                        }
                    }
                    let title = if kind == EntityKind::Person { name.title(text) } else { None };
                    reg.add(kind, name.text(text), title, name.mention.clone());
                }
                Reading::TitledSingle => singles.push((name.mention, name.title, Hint::None)),
                Reading::Single => {
                    // The run's first and last words, as indices of `toks`.
                    let words =
                        (run_indices[run.start] - skipped, run_indices[run.end - 1] - skipped);
                    let hint = single_hint(text, toks, lowered, skipped, words, name.mention.start);
                    singles.push((name.mention, None, hint));
                }
            }
        }
    }

    /// The place a header's date line names ("Lindau, 4 June 2025"),
    /// read before the body: it is a place as a wire dateline's is, and so
    /// is the same name in the body ("the pier in Lindau"). Rule
    /// `a_header_date_line_names_its_place`.
    pub fn header_place(&mut self, text: &str, place: Range<usize>) {
        let i = self.reg.add(EntityKind::Place, &text[place.clone()], None, place);
        self.datelines.push(i);
    }

    /// The entities found in all the sentences read.
    pub fn finish(self, text: &str) -> Vec<FoundEntity> {
        let EntityFinder { mut reg, singles, datelines, .. } = self;
        // The lone words below add only one-word entities, which shorten
        // no company, so the index holds through the loop.
        let companies = short_company_names(&reg.entities);
        // Single words: a surname of a known person, else a place after "in".
        for (mention, title, hint) in singles {
            // The mention covers exactly the name as written.
            let name = &text[mention.clone()];
            let title = title.map(|r| &text[r]);
            if let Some(i) = with_lowercase(name, |f| reg.by_surname.get(f).copied()) {
                let e = &mut reg.entities[i];
                e.mentions.push(mention);
                if let Some(t) = title {
                    add_title(e, t);
                }
            } else if title.is_some() {
                reg.add(EntityKind::Person, name, title, mention);
            } else if let Some(i) = company_named_short(&companies, name) {
                reg.entities[i].mentions.push(mention);
            } else if let Some(i) = with_lowercase(name, |f| {
                reg.by_key[EntityKind::Organization as usize].get(f).copied()
            }) {
                // Rule `a_one_word_organisation_keeps_its_name`: after
                // "e-bike maker Velto", "shares in Velto's part-owner" is
                // the company again, not a place read after "in".
                reg.entities[i].mentions.push(mention);
            } else if hint == Hint::Organisation {
                // Rule `an_organisation_noun_names_a_one_word_organisation`:
                // "e-bike maker Velto", "retailer Zara", "airline Ryanair".
                reg.add(EntityKind::Organization, name, None, mention);
            } else if hint == Hint::Place
                || !datelines.is_empty()
                    && with_lowercase(name, |f| {
                        datelines
                            .iter()
                            .any(|&d| reg.by_key[EntityKind::Place as usize].get(f) == Some(&d))
                    })
            {
                reg.add(EntityKind::Place, name, None, mention);
            }
        }
        // The canonical name is the most used full form; among equals the
        // shorter, then the first written. The forms are not read again, so
        // the chosen one is moved into the name, not copied.
        for (e, forms) in reg.entities.iter_mut().zip(&mut reg.forms) {
            let best = forms.iter_mut().enumerate().max_by(|(ai, a), (bi, b)| {
                a.1.cmp(&b.1).then_with(|| b.0.len().cmp(&a.0.len())).then_with(|| bi.cmp(ai))
            });
            if let Some((_, (best, _))) = best {
                if e.kind == EntityKind::Person {
                    e.name = std::mem::take(best);
                }
            }
            crate::lexicon::sort_by(&mut e.mentions, |a, b| a.start.cmp(&b.start));
        }
        name_datelines_as_written(text, &mut reg.entities, &datelines);
        merge_short_organisations(reg.entities)
    }
}

/// "the Commission" after "the European Commission": a one-word
/// organisation that is the last word of exactly one longer organisation's
/// name is that organisation named short. Two candidates ("Senate Armed
/// Services Committee", "Budget Committee") leave it alone. Only a body's
/// common noun is its short name: an acronym ("API" in "Fetch API", "FSF")
/// is a name of its own, a plural ("Republicans" beside "House
/// Republicans") names a group, and "House" is a chamber beside "White
/// House".
fn merge_short_organisations(mut entities: Vec<FoundEntity>) -> Vec<FoundEntity> {
    let is_short = |e: &FoundEntity| {
        e.kind == EntityKind::Organization
            && !has_several_words(&e.name)
            && e.name.chars().skip(1).any(|c| c.is_lowercase())
            && (!e.name.ends_with('s') || e.name.ends_with("ss"))
            && !e.name.eq_ignore_ascii_case("house")
            && with_lowercase(&e.name, |f| roles_of(f).org)
    };
    if !entities.iter().any(is_short) {
        return entities;
    }
    // Folded last word → the one longer name ending in it, or None when
    // several do: one pass, so the merge stays linear in the entities.
    let mut by_last_word: FnvHashMap<String, Option<usize>> = HashMap::default();
    for (j, e) in entities.iter().enumerate() {
        if e.kind == EntityKind::Organization && has_several_words(&e.name) {
            let last = lowercase(e.name.rsplit(' ').next().unwrap_or(""));
            by_last_word.entry(last).and_modify(|only| *only = None).or_insert(Some(j));
        }
    }
    let mut merged_into: Vec<Option<usize>> = vec![None; entities.len()];
    for (i, short) in entities.iter().enumerate().filter(|(_, e)| is_short(e)) {
        merged_into[i] = with_lowercase(&short.name, |f| by_last_word.get(f).copied().flatten());
    }
    for i in 0..entities.len() {
        if let Some(j) = merged_into[i] {
            let mentions = std::mem::take(&mut entities[i].mentions);
            entities[j].mentions.extend(mentions);
            crate::lexicon::sort_by(&mut entities[j].mentions, |a, b| a.start.cmp(&b.start));
        }
    }
    let mut index = 0;
    entities.retain(|_| {
        index += 1;
        merged_into[index - 1].is_none()
    });
    entities
}

/// A dateline's place takes the case the article writes it in elsewhere
/// ("LINDAU—" and later "in Lindau": Lindau).
fn name_datelines_as_written(text: &str, entities: &mut [FoundEntity], datelines: &[usize]) {
    for &d in datelines {
        let e = &mut entities[d];
        if let Some(m) =
            e.mentions.iter().find(|m| text[(*m).clone()].chars().any(char::is_lowercase))
        {
            e.name = text[m.clone()].to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holidays_by_name_as_written() {
        assert!(names_a_holiday("Christmas Eve") && names_a_holiday("NEW YEAR’S DAY"));
        assert!(!names_a_holiday("Christmas Evans") && !names_a_holiday("Eve"));
        assert!(names_a_holiday("St. Patrick’s Day") && names_a_holiday("Mother's Day"));
        assert!(!names_a_holiday("Saint Patrick’s Day") && !names_a_holiday("Élection Day"));
    }

    fn find(text: &str) -> Vec<FoundEntity> {
        let sentences = crate::parse::sentences::split_sentences(text, 0..text.len());
        find_entities(text, &sentences)
    }

    #[test]
    fn equally_used_forms_give_the_first_written_name() {
        // Two forms, each used once and of one length: the name must not
        // depend on hash order, which changes from run to run.
        for _ in 0..8 {
            let e = find("Ida Marsh opened the pier on Monday. The banner read IDA MARSH in red.");
            let ida = e.iter().find(|e| e.name.eq_ignore_ascii_case("Ida Marsh")).expect("found");
            assert_eq!(ida.mentions.len(), 2, "both forms are mentions of one person");
            assert_eq!(ida.name, "Ida Marsh");
        }
    }

    /// Rule `wire_dateline_names_a_place`: the dateline's place, and the
    /// same name later in the text, is a place, not a person; the agency
    /// in the dateline is still read.
    #[test]
    fn a_wire_dateline_names_a_place() {
        for text in [
            "SORREL FORD, June 4 (WNA) - The dam above Sorrel Ford failed, said Petra Lind.",
            "SORREL FORD (WNA) — The dam above Sorrel Ford failed, said Petra Lind.",
        ] {
            let e = find(text);
            let place = e.iter().find(|e| e.name.eq_ignore_ascii_case("Sorrel Ford"));
            assert_eq!(
                place.map(|p| (p.kind, p.mentions.len())),
                Some((EntityKind::Place, 2)),
                "{e:?}"
            );
            assert!(e.iter().any(|e| e.name == "WNA"), "{e:?}");
            assert!(e.iter().any(|e| e.name == "Petra Lind" && e.kind == EntityKind::Person));
        }
        // Capitals that open a sentence without a dash are no dateline.
        let e = find("NATO, the alliance, met in Brussels on Monday.");
        assert!(e.iter().all(|e| e.kind != EntityKind::Place || e.name != "NATO"), "{e:?}");
    }

    fn kind_of(e: &[FoundEntity], name: &str) -> Option<EntityKind> {
        e.iter().find(|e| e.name == name).map(|e| e.kind)
    }

    /// Rule `a_possessive_ends_a_name`.
    #[test]
    fn a_possessive_ends_a_name() {
        let e =
            find("Ostland's Tomas Reyes met Brask Capital's Ida Marsh in Lindau. Ida Marsh left.");
        assert_eq!(kind_of(&e, "Tomas Reyes"), Some(EntityKind::Person), "{e:?}");
        let ida = e.iter().find(|e| e.name == "Ida Marsh").expect("one Ida Marsh");
        assert_eq!((ida.kind, ida.mentions.len()), (EntityKind::Person, 2), "{e:?}");
        assert_eq!(kind_of(&e, "Brask Capital"), Some(EntityKind::Organization), "{e:?}");
        // An organisation word after the possessive keeps the name whole.
        let e = find("Staff at St. Aldric's Hospital and Lloyd's of Karsk said so.");
        assert_eq!(kind_of(&e, "St. Aldric's Hospital"), Some(EntityKind::Organization), "{e:?}");
        assert!(e.iter().any(|e| e.name.starts_with("Lloyd")), "{e:?}");
        assert!(e.iter().all(|e| e.name != "Karsk"), "{e:?}");
    }

    /// A company's legal form makes its name an organisation's
    /// ([`COMPANY_FORMS`]), however plain the words before it.
    #[test]
    fn a_company_form_makes_an_organisation() {
        for (sentence, name) in [
            ("Talbot-Verne Co. announced the sale on Monday.", "Talbot-Verne Co"),
            ("The mill was bought by Anna Brisk LLC last year.", "Anna Brisk LLC"),
            ("Shares in Mora Kell PLC fell on Tuesday.", "Mora Kell PLC"),
        ] {
            let e = find(sentence);
            assert_eq!(kind_of(&e, name), Some(EntityKind::Organization), "{e:?}");
        }
    }

    /// `locates_a_town` reads the words after a comma whatever separates
    /// them: a curly quote is three bytes (the tag-soup property found
    /// this, `tests/html_parse.proptest-regressions`).
    #[test]
    fn a_town_after_a_comma_may_be_followed_by_any_character() {
        assert!(!locates_a_town(", A“A“"));
        assert!(locates_a_town(", Illinois—on Monday") == locates_a_town(", Illinois-on Monday"));
        let _ = find(". B, A“A“");
    }

    /// Rule `a_role_opening_a_sentence_is_a_title`.
    #[test]
    fn a_role_opening_a_sentence_is_a_title() {
        let e = find(
            "Witness Carys Pritchard said the smoke rose for miles. Firefighter Dan Okoro said \
             crews stayed all night. Son Min-jae scored twice. Promoter Lyle Brannigan said \
             sorry. Backbencher Neil Fairhurst voted against.",
        );
        for name in
            ["Carys Pritchard", "Dan Okoro", "Son Min-jae", "Lyle Brannigan", "Neil Fairhurst"]
        {
            assert_eq!(kind_of(&e, name), Some(EntityKind::Person), "{name}: {e:?}");
        }
    }

    /// Institutions named for a place or a patron are organisations.
    #[test]
    fn an_institution_is_an_organisation() {
        let e = find(
            "Pupils from Marden Hill School and the Friends of Brantwick Library met \
             outside the Kessel Theatre.",
        );
        for name in ["Marden Hill School", "Friends of Brantwick Library", "Kessel Theatre"] {
            assert_eq!(kind_of(&e, name), Some(EntityKind::Organization), "{name}: {e:?}");
        }
    }

    /// Political groupings are organisations, and a person of one is two
    /// names (`person_of_organisation`).
    #[test]
    fn a_political_grouping_is_an_organisation() {
        let e = find(
            "Opposition leader Marta Quell of the Green Alliance spoke. The Tide Coalition, the \
             Harbour Caucus and the Clean Water Movement did not.",
        );
        assert_eq!(kind_of(&e, "Marta Quell"), Some(EntityKind::Person), "{e:?}");
        for name in ["Green Alliance", "Tide Coalition", "Harbour Caucus", "Clean Water Movement"] {
            assert_eq!(kind_of(&e, name), Some(EntityKind::Organization), "{name}: {e:?}");
        }
    }

    /// Landmarks and land forms are places, not people: "Marrow Point" is
    /// two plain words, as a person's name is.
    #[test]
    fn a_landmark_is_a_place() {
        let e = find(
            "Divers searched the water off Marrow Point and near Calder Falls, \
             then met at Westgate Station before driving to Holm Glacier.",
        );
        for name in ["Marrow Point", "Calder Falls", "Westgate Station", "Holm Glacier"] {
            assert_eq!(kind_of(&e, name), Some(EntityKind::Place), "{name}: {e:?}");
        }
    }

    /// Papers' names hold an organisation word.
    #[test]
    fn a_paper_is_an_organisation() {
        let e = find("Ida Marsh told Grendale Echo and Karsk Examiner readers about Tarn Argus.");
        for paper in ["Grendale Echo", "Karsk Examiner", "Tarn Argus"] {
            assert_eq!(kind_of(&e, paper), Some(EntityKind::Organization), "{paper}: {e:?}");
        }
    }

    /// Rule `a_holiday_names_no_one`.
    #[test]
    fn a_holiday_names_no_one() {
        let e = find("On Christmas Eve, Ida Marsh led the Fourth of July parade in Karsk.");
        let names: Vec<&str> = e.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Ida Marsh"), "{e:?}");
        assert!(!names.iter().any(|n| n.contains("Christmas") || n.contains("July")), "{e:?}");
    }

    /// "Works" ends a company's name.
    #[test]
    fn works_end_a_company_name() {
        let e = find("Engineers from Calder Works left.");
        assert_eq!(kind_of(&e, "Calder Works"), Some(EntityKind::Organization), "{e:?}");
    }

    /// Rule `a_law_names_no_one`.
    #[test]
    fn a_law_names_no_one() {
        let e = find("Ida Marsh was held under the Mental Health Act. The Paris Accord stands.");
        let names: Vec<&str> = e.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, vec!["Ida Marsh"], "{e:?}");
        let e = find("Ida Marsh met Senator Bill Tarrow.");
        assert!(e.iter().any(|e| e.name == "Bill Tarrow"), "{e:?}");
    }

    /// Rule `a_name_before_its_state_is_a_place`.
    #[test]
    fn a_name_before_its_state_is_a_place() {
        let e = find(
            "Storms hit Harrow Glen, Illinois, and Dunmore Falls, Calif., on Monday. \
             Clinics in Ashby Vale, Texas, said they were full. She flew to Rancho Mirage, Calif, \
             that night.",
        );
        for place in ["Harrow Glen", "Dunmore Falls", "Ashby Vale", "Rancho Mirage"] {
            assert_eq!(kind_of(&e, place), Some(EntityKind::Place), "{place}: {e:?}");
        }
        // A state that describes a person, or owns something, is no town's.
        let e = find(
            "Ida Marsh, Texas Republican, Jon Vell, Texas's envoy, and Ana Roe, Texas state senator, spoke.",
        );
        for person in ["Ida Marsh", "Jon Vell", "Ana Roe"] {
            assert_eq!(kind_of(&e, person), Some(EntityKind::Person), "{person}: {e:?}");
        }
    }

    /// Rule `a_place_prefix_makes_a_place`, and institutions' words.
    #[test]
    fn place_prefixes_and_institutions() {
        let e = find(
            "Crews flew from San Aldo and New Velmora to North Ostland. \
             Staff at Reyes Hospital and the Marsh Bible Church helped. \
             Leaders signed the North Karsk Free Passage Pact. The Northern Sentinel reported it. \
             Ferries to the Skerrin Isles stopped, and St Aldric and Downing Terrace were shut.",
        );
        for place in [
            "San Aldo",
            "New Velmora",
            "North Ostland",
            "Skerrin Isles",
            "St Aldric",
            "Downing Terrace",
        ] {
            assert_eq!(kind_of(&e, place), Some(EntityKind::Place), "{place}: {e:?}");
        }
        // Five words are too many for a place name: the pact stays an organisation.
        for org in ["Reyes Hospital", "Marsh Bible Church", "North Karsk Free Passage Pact"] {
            assert_eq!(kind_of(&e, org), Some(EntityKind::Organization), "{org}: {e:?}");
        }
        assert_eq!(kind_of(&e, "Northern Sentinel"), Some(EntityKind::Organization), "{e:?}");
        // Alone at a sentence's start an institution's word is a common noun.
        let e = find("Hospital staff said the ward reopened.");
        assert!(e.is_empty(), "{e:?}");
    }

    /// Rule `a_function_word_names_no_one`, company words and the places
    /// table's states and countries.
    #[test]
    fn titles_before_function_words_companies_and_states() {
        let e = find(
            "Fans of Doctor Who met Ida Marsh of Velmora Foods in Ohio. Texas and Oman agreed.",
        );
        assert!(e.iter().all(|e| e.name != "Who"), "{e:?}");
        assert_eq!(kind_of(&e, "Velmora Foods"), Some(EntityKind::Organization), "{e:?}");
        for place in ["Ohio", "Texas", "Oman"] {
            assert_eq!(kind_of(&e, place), Some(EntityKind::Place), "{place}: {e:?}");
        }
        let e =
            find("Alpline Coaches and Medora Supplies said Ida Marsh had left. Supplies ran low.");
        for org in ["Alpline Coaches", "Medora Supplies"] {
            assert_eq!(kind_of(&e, org), Some(EntityKind::Organization), "{org}: {e:?}");
        }
        assert_eq!(kind_of(&e, "Supplies"), None, "{e:?}");
        // A state's name inside a person's name is the person's.
        let e = find("The quarterback Joe Montana retired. Montana said so.");
        let joe = e.iter().find(|e| e.name == "Joe Montana").expect("Joe Montana");
        assert_eq!((joe.kind, joe.mentions.len()), (EntityKind::Person, 2), "{e:?}");
        assert!(e.iter().all(|e| e.kind != EntityKind::Place), "{e:?}");
    }

    /// Rule `a_weekday_ends_no_name`.
    #[test]
    fn a_weekday_ends_no_name() {
        let e = find("Fire damaged the Marsh Bible Church Friday night, said Ida Marsh Tuesday.");
        assert_eq!(kind_of(&e, "Marsh Bible Church"), Some(EntityKind::Organization), "{e:?}");
        assert_eq!(kind_of(&e, "Ida Marsh"), Some(EntityKind::Person), "{e:?}");
    }

    /// Rule `person_of_organisation`.
    #[test]
    fn a_person_of_an_organisation_is_two_names() {
        let kinds = |text: &str| -> Vec<(EntityKind, String)> {
            let mut v: Vec<_> = find(text).into_iter().map(|e| (e.kind, e.name)).collect();
            v.sort_by(|a, b| a.1.cmp(&b.1));
            v
        };
        assert_eq!(
            kinds("The plan was cut, said Tomas Reyes of the Tide Party on Monday."),
            vec![
                (EntityKind::Organization, "Tide Party".to_string()),
                (EntityKind::Person, "Tomas Reyes".to_string())
            ]
        );
        // Rule `person_of_their_town`, and a titled person of an
        // organisation.
        for (sentence, person, other) in [
            ("Joyce Rell of Jackson, Miss., said the river rose.", "Joyce Rell", "Jackson"),
            ("Sen. Ivo Brandt of Texas said it rained for days.", "Ivo Brandt", "Texas"),
            ("Mayor Ana Roe of the Tide Party spoke.", "Ana Roe", "Tide Party"),
            ("Then Mr. Morgan of the Harbor Trust spoke.", "Morgan", "Harbor Trust"),
        ] {
            let e = kinds(sentence);
            assert!(e.iter().any(|(k, n)| *k == EntityKind::Person && n == person), "{e:?}");
            assert!(e.iter().any(|(k, n)| *k != EntityKind::Person && n == other), "{e:?}");
        }
        // A titled person of one word of any kind, the title of several
        // words: the word after "of" names no person.
        for (sentence, person, other) in [
            ("President Anselm Korvath of Veradia agreed.", "Anselm Korvath", "Veradia"),
            ("Prime Minister Mirela Daskova of Ostrava agreed.", "Mirela Daskova", "Ostrava"),
        ] {
            let e = kinds(sentence);
            assert!(e.iter().any(|(k, n)| *k == EntityKind::Person && n == person), "{e:?}");
            assert!(!e.iter().any(|(k, n)| *k == EntityKind::Person && n == other), "{e:?}");
        }
        // An organisation's own "of" stays inside its name.
        for whole in [
            "The Writers Guild of America voted on Monday.",
            "Leaders of the United Tribes of Ostland met.",
            "The loan came from the Bank of Ostland on Monday.",
            "The Secretary of State arrived on Monday.",
            "Staff of the Harbor Institute of Marine Studies left.",
            "The Northern Division of the Karsk Police Department arrived.",
        ] {
            let e = kinds(whole);
            assert!(
                e.iter().all(|(k, n)| *k != EntityKind::Person && !n.starts_with("Karsk")),
                "{whole}: {e:?}"
            );
        }
    }

    #[test]
    fn aliases_merge_and_titles_split() {
        let text = "Harbor Defense Secretary Mira Okafor met envoys. Mira J. Okafor later spoke. Mr. Okafor said little. Secretary Okafor left. Okafor’s aide stayed.";
        let e = find(text);
        let okafor: Vec<&FoundEntity> = e.iter().filter(|e| e.name.contains("Okafor")).collect();
        assert_eq!(okafor.len(), 1, "{e:?}");
        assert_eq!(okafor[0].name, "Mira Okafor");
        assert_eq!(okafor[0].kind, EntityKind::Person);
        assert_eq!(okafor[0].mentions.len(), 5);
        assert!(okafor[0].titles.iter().any(|t| t == "Mr."));
        assert!(okafor[0].titles.iter().any(|t| t.ends_with("Secretary")));
    }

    #[test]
    fn packed_roles_agree_with_roles_by_word() {
        for w in ROLE_LISTS
            .iter()
            .flat_map(|(l, _)| l.iter())
            .chain(&["austin", "marsh", "x", ""])
            .filter(|w| w.len() <= 8)
        {
            assert_eq!(
                format!("{:?}", roles_of_packed(packed(w.as_bytes()), w.len())),
                format!("{:?}", roles_of(w)),
                "{w}"
            );
        }
        // Packing pads with zero bytes: the length keeps "us\0" apart from "us".
        assert!(roles_of("us").place && !roles_of_packed(packed(b"us\0"), 3).place);
    }

    #[test]
    fn name_particles_stay_in_the_name() {
        let e = find("Mayor Ilse van der Meer spoke. Van der Meer left.");
        assert!(
            e.iter()
                .any(|e| e.name == "Ilse van der Meer" && e.titles == vec!["Mayor".to_string()]),
            "{e:?}"
        );
    }

    #[test]
    fn organisation_names_go_on_past_for_and_a_possessive() {
        let e = find("Officials at Ostland's Ministry for Coastal Affairs met. The Office for Budget Control objected. The vote went to the White House for President Ana Pell to sign.");
        let org = |n: &str| e.iter().any(|e| e.name == n && e.kind == EntityKind::Organization);
        assert!(org("Ostland's Ministry for Coastal Affairs"), "{e:?}");
        assert!(org("Office for Budget Control"), "{e:?}");
        assert!(org("White House"), "a title after “for” starts a new name: {e:?}");
        assert!(e.iter().any(|e| e.name == "Ana Pell" && e.kind == EntityKind::Person), "{e:?}");
    }

    #[test]
    fn trade_words_make_companies() {
        let e = find("Sandvik Marine cut jobs. Brask Capital and Tiller Motors declined to comment. Insurance adjusters visited Karsk Basin.");
        for company in ["Sandvik Marine", "Brask Capital", "Tiller Motors"] {
            assert!(
                e.iter().any(|e| e.name == company && e.kind == EntityKind::Organization),
                "{company}: {e:?}"
            );
        }
        assert!(
            !e.iter().any(|e| e.name == "Insurance"),
            "a trade word alone is a common noun: {e:?}"
        );
        assert!(e.iter().any(|e| e.name == "Karsk Basin" && e.kind == EntityKind::Place), "{e:?}");
    }

    /// The trade words of transport, housing, sport, music and money, and
    /// "FC" before a club's name.
    #[test]
    fn clubs_labels_and_builders_are_organisations() {
        let e = find("Northline Trains apologised. Castellan Homes built the estate. Ardwick Rovers beat FC Santora. Northgate Records signed her. Ashby Investors sold.");
        for org in [
            "Northline Trains",
            "Castellan Homes",
            "Ardwick Rovers",
            "FC Santora",
            "Northgate Records",
            "Ashby Investors",
        ] {
            assert_eq!(kind_of(&e, org), Some(EntityKind::Organization), "{org}: {e:?}");
        }
    }

    /// The trade words of industries.
    #[test]
    fn industries_end_company_names() {
        let e = find("The boats were insured by Velcora Freight. Ardo Robotics and Tamsin Brewery declined to comment. Shares in Kessel Semiconductor fell.");
        for org in ["Velcora Freight", "Ardo Robotics", "Tamsin Brewery", "Kessel Semiconductor"] {
            assert_eq!(kind_of(&e, org), Some(EntityKind::Organization), "{org}: {e:?}");
        }
    }

    /// Rule `a_company_named_short` ([`company_named_short`]).
    #[test]
    fn a_company_named_short() {
        let e = find("Carmaker Velto Mobility recalled 48,000 batteries. Velto said the fires were rare. Fish and Wildlife Service staff and Fish said nothing.");
        let velto = e.iter().find(|e| e.name == "Velto Mobility").expect("Velto Mobility");
        assert_eq!(velto.mentions.len(), 2, "{e:?}");
        let e =
            find("Velto Mobility and Velto Motors recalled bikes. Velto said the fires were rare.");
        assert!(e.iter().all(|e| e.mentions.len() == 1), "{e:?}");
    }

    /// Rule `and_joins_an_organisation_name` ([`and_joins_an_organisation`]).
    #[test]
    fn and_joins_an_organisation_name() {
        let e = kinds("The Food and Drug Administration approved it. Members of the Nursing and Midwifery Union walked out, as did the Surrey Fire and Rescue Service.");
        for org in [
            "Food and Drug Administration",
            "Nursing and Midwifery Union",
            "Surrey Fire and Rescue Service",
        ] {
            assert!(e.contains(&(org.into(), EntityKind::Organization)), "{org}: {e:?}");
        }
        // A trade word beside the "and".
        let e = kinds("The Harbour and Transport Union said no. Velto Mobility and Transport Union staff met.");
        assert!(
            e.contains(&("Harbour and Transport Union".into(), EntityKind::Organization)),
            "{e:?}"
        );
        for org in ["Velto Mobility", "Transport Union"] {
            assert!(e.contains(&(org.into(), EntityKind::Organization)), "{org}: {e:?}");
        }
        // Two names joined by "and" stay two.
        let e = kinds("Britain and France objected. The EU and Nato met. Ida Marsh and Labour Party aides left.");
        for name in ["Britain", "France", "EU", "Nato", "Ida Marsh", "Labour Party"] {
            assert!(e.iter().any(|(n, _)| n == name), "{name}: {e:?}");
        }
    }

    /// Rule `a_plural_possessive_inside_an_organisation_name`
    /// ([`plural_possessive_inside_a_name`]).
    #[test]
    fn a_plural_possessive_inside_an_organisation_name() {
        let e = kinds(
            "Gail Penrose of the General Workers' Union spoke. The Farmers’ Association agreed.",
        );
        for org in ["General Workers' Union", "Farmers’ Association"] {
            assert!(e.contains(&(org.into(), EntityKind::Organization)), "{org}: {e:?}");
        }
        // Not before a person's name.
        let e = kinds("The Workers' Ida Marsh spoke.");
        assert!(e.iter().any(|(n, _)| n == "Ida Marsh"), "{e:?}");
    }

    /// Rule `an_organisation_noun_names_an_organisation`
    /// ([`after_an_organisation_noun`]).
    #[test]
    fn an_organisation_noun_names_an_organisation() {
        let e = find("The recall hit carmaker Velto Mobility. Consumer group Safe Home counted 30 fires, said crane operator Lorna Fitch.");
        assert_eq!(kind_of(&e, "Velto Mobility"), Some(EntityKind::Organization), "{e:?}");
        assert_eq!(kind_of(&e, "Safe Home"), Some(EntityKind::Organization), "{e:?}");
        assert_eq!(kind_of(&e, "Lorna Fitch"), Some(EntityKind::Person), "{e:?}");
        // A title before the name still makes a person.
        let e = find("The company chairman Rui Fontelo resigned.");
        assert_eq!(kind_of(&e, "Rui Fontelo"), Some(EntityKind::Person), "{e:?}");
    }

    #[test]
    fn an_organisation_noun_names_a_one_word_organisation() {
        let e =
            find("E-bike maker Velto has recalled its batteries, and retailer Zara cut prices.");
        assert_eq!(kind_of(&e, "Velto"), Some(EntityKind::Organization), "{e:?}");
        assert_eq!(kind_of(&e, "Zara"), Some(EntityKind::Organization), "{e:?}");
        // "giant" before one word is the adjective; a plural of capitals
        // is no name.
        let e = find("His company found the giant Bolton field, and insurance company CEOs met.");
        assert_eq!(kind_of(&e, "Bolton"), None, "{e:?}");
        assert_eq!(kind_of(&e, "CEOs"), None, "{e:?}");
    }

    #[test]
    fn a_one_word_organisation_keeps_its_name() {
        let e =
            find("E-bike maker Velto recalled its batteries. Shares in Velto's part-owner fell.");
        let velto: Vec<_> = e.iter().filter(|e| e.name == "Velto").collect();
        assert_eq!(velto.len(), 1, "{e:?}");
        assert_eq!(
            (velto[0].kind, velto[0].mentions.len()),
            (EntityKind::Organization, 2),
            "{e:?}"
        );
    }

    #[test]
    fn a_place_noun_of_names_a_place() {
        let e =
            find("Several homes near the village of Lissop burned, and the island of Qeshm shook.");
        assert_eq!(kind_of(&e, "Lissop"), Some(EntityKind::Place), "{e:?}");
        assert_eq!(kind_of(&e, "Qeshm"), Some(EntityKind::Place), "{e:?}");
        // Not after any noun and "of".
        let e = find("The sound of Lissop rang out.");
        assert_eq!(kind_of(&e, "Lissop"), None, "{e:?}");
    }

    /// Rule `an_adjective_before_a_noun_is_no_place`.
    #[test]
    fn an_adjective_before_a_noun_is_no_place() {
        let e = find("They ate in Mexican restaurants, and people of Italian descent in Lissop.");
        assert_eq!(kind_of(&e, "Mexican"), None, "{e:?}");
        assert_eq!(kind_of(&e, "Italian"), None, "{e:?}");
        assert_eq!(kind_of(&e, "Lissop"), Some(EntityKind::Place), "{e:?}");
        // A town that ends in "-an" before a noun stays a place.
        let e = find("The quake struck in Lampahan village and in Kerman province.");
        assert_eq!(kind_of(&e, "Lampahan"), Some(EntityKind::Place), "{e:?}");
        assert_eq!(kind_of(&e, "Kerman"), Some(EntityKind::Place), "{e:?}");
    }

    #[test]
    fn a_constable_is_titled() {
        let e = find("Police Constable Tim Fanning said the man was arrested.");
        let tim = e.iter().find(|e| e.name == "Tim Fanning").expect("Tim Fanning");
        assert_eq!(
            (tim.kind, tim.titles.clone()),
            (EntityKind::Person, vec!["Police Constable".to_string()]),
            "{e:?}"
        );
    }

    #[test]
    fn a_short_organisation_name_joins_the_one_long_name() {
        let e = find("The European Commission opened a probe. The Commission said more. The US Congress voted and Congress adjourned. The Fetch API replaced XHR. The API is new.");
        let commission = e.iter().find(|e| e.name == "European Commission").expect("found");
        assert_eq!(commission.mentions.len(), 2, "{e:?}");
        assert!(!e.iter().any(|e| e.name == "Commission"), "{e:?}");
        assert!(e.iter().any(|e| e.name == "US Congress" && e.mentions.len() == 2), "{e:?}");
        assert!(e.iter().any(|e| e.name == "API"), "an acronym is a name of its own: {e:?}");
    }

    #[test]
    fn a_parliamentarians_title_stays_apart() {
        let e = find("Greens MEP Ana Lujan spoke. Lujan left.");
        assert!(
            e.iter().any(|e| e.name == "Ana Lujan"
                && e.titles == vec!["Greens MEP".to_string()]
                && e.mentions.len() == 2),
            "{e:?}"
        );
    }

    #[test]
    fn organisations_and_places() {
        let e = find(
            "The Valdor Defence Ministry said troops moved in Tarsk. The ministry met in Moscow.",
        );
        assert!(
            e.iter()
                .any(|e| e.name == "Valdor Defence Ministry" && e.kind == EntityKind::Organization),
            "{e:?}"
        );
        assert!(e.iter().any(|e| e.name == "Tarsk" && e.kind == EntityKind::Place), "{e:?}");
        assert!(e.iter().any(|e| e.name == "Moscow" && e.kind == EntityKind::Place), "{e:?}");
    }

    fn kinds(text: &str) -> Vec<(String, EntityKind)> {
        find(text).into_iter().map(|e| (e.name, e.kind)).collect()
    }

    #[test]
    fn runs_that_name_no_one() {
        // A place noun opening a sentence, a trade word alone, a role.
        assert_eq!(kinds("Port officials said the pier held."), vec![]);
        assert_eq!(kinds("Energy prices rose again."), vec![]);
        assert_eq!(kinds("He met the Defense Secretary."), vec![]);
    }

    #[test]
    fn how_a_run_is_read() {
        assert_eq!(
            kinds("NATO met in Brussels."),
            vec![("NATO".into(), EntityKind::Organization), ("Brussels".into(), EntityKind::Place)]
        );
        assert_eq!(kinds("The ferry sailed to Karsk."), vec![("Karsk".into(), EntityKind::Place)]);
        assert_eq!(kinds("Then Karsk slept."), vec![]);
        assert_eq!(
            kinds("Mayor Ilse van der Meer spoke."),
            vec![("Ilse van der Meer".into(), EntityKind::Person)]
        );
        assert_eq!(
            kinds("The Grey Tide Collective met."),
            vec![("Grey Tide Collective".into(), EntityKind::Organization)]
        );
        assert!(is_acronym("UN") && is_acronym("NATO") && !is_acronym("N") && !is_acronym("Nato"));
        assert!(PLACE_PREPOSITIONS.contains(&"across") && !PLACE_PREPOSITIONS.contains(&"by"));
    }
}

//! A generator of fictional news articles for the scale benchmark and the
//! determinism test: stories about invented disasters in invented towns,
//! each reported by several invented outlets with varied wording, varied
//! figures and filler, about 700 words per article. Deterministic: the same
//! seed gives the same articles.

/// A small deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E3779B97F4A7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545F4914F6CDD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "ar", "bel", "cor", "dun", "el", "fen", "gar", "hol", "is", "jor", "kel", "lun", "mar", "nor",
    "os", "pel", "quin", "ros", "sel", "tor", "ul", "ven", "wen", "yar", "zel",
];
const FIRST: &[&str] = &[
    "Ada", "Bram", "Cora", "Dov", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Lev",
    "Mira", "Nils", "Orla", "Piet",
];
const OUTLETS: &[&str] = &[
    "The Harbor Ledger",
    "Valley Courier",
    "Northgate Post",
    "Coastline Daily",
    "The Meridian Wire",
    "Upland Gazette",
];
const EVENTS: &[(&str, &str, &str)] = &[
    ("storm", "a storm", "the storm"),
    ("fire", "a warehouse fire", "the fire"),
    ("flood", "flash flooding", "the flooding"),
    ("quake", "an earthquake", "the quake"),
    ("collapse", "a bridge collapse", "the collapse"),
    ("blast", "a gas explosion", "the blast"),
];
const WEEKDAYS: &[&str] =
    &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const NUMBER_WORDS: &[&str] =
    &["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

fn name(rng: &mut Rng, parts: usize) -> String {
    let mut s = String::new();
    for _ in 0..parts {
        s.push_str(rng.pick(SYLLABLES));
    }
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

fn count(n: usize, rng: &mut Rng) -> String {
    if n <= 10 && rng.below(2) == 0 {
        NUMBER_WORDS[n].to_string()
    } else {
        n.to_string()
    }
}

const SUBJECTS: &[&str] = &[
    "Residents of {T}",
    "Emergency crews",
    "The regional council",
    "Local engineers",
    "Volunteers from nearby villages",
    "Insurance adjusters",
    "Shopkeepers on the high street",
    "Hospital staff",
    "Aid groups",
    "Rail operators",
    "The harbor authority",
    "Teachers at the primary school",
    "Police officers",
    "Several families",
    "The grid operator",
    "Counselors",
    "Church leaders",
    "Farmers outside {T}",
];
const VERBS: &[&str] = &[
    "described",
    "reported",
    "inspected",
    "cleared",
    "organized",
    "documented",
    "repaired",
    "checked",
    "questioned",
    "surveyed",
    "photographed",
    "counted",
    "reopened",
    "closed",
    "guarded",
    "mapped",
];
const OBJECTS: &[&str] = &[
    "damaged roofs",
    "the main road",
    "a temporary shelter",
    "flooded basements",
    "broken windows",
    "the old market hall",
    "power lines",
    "the footbridge",
    "school buildings",
    "the ferry terminal",
    "water pipes",
    "the sports ground",
    "several warehouses",
    "the clinic",
    "the library",
    "a row of cottages",
];
const TAILS: &[&str] = &[
    "within hours",
    "before nightfall",
    "on {D} morning",
    "late on {D}",
    "as rain began to fall",
    "despite strong winds",
    "with help from {O}",
    "near the center of {T}",
    "along the river",
    "for most of the day",
    "while crowds watched",
    "under floodlights",
];

/// A sentence of background detail, drawn from a large space of
/// combinations so different stories rarely share one.
fn filler(rng: &mut Rng, landmarks: &[String]) -> String {
    let landmark = &landmarks[rng.below(landmarks.len())];
    let place = match rng.below(3) {
        0 => format!("on {landmark} Street"),
        1 => format!("by the {landmark} bridge"),
        _ => format!("at {landmark} Park"),
    };
    format!(
        "{} {} {} {place} {}.",
        rng.pick(SUBJECTS),
        rng.pick(VERBS),
        rng.pick(OBJECTS),
        rng.pick(TAILS)
    )
}

/// One article of story `story`, as outlet `outlet` writes it.
pub fn article(story: u64, outlet: usize) -> String {
    let mut srng = Rng::new(story + 1);
    srng.next();
    let parts = 2 + srng.below(2);
    let town = name(&mut srng, parts);
    let official = format!("{} {}", srng.pick(FIRST), name(&mut srng, 2));
    let (kind, event, the_event) = EVENTS[srng.below(EVENTS.len())];
    let killed = 2 + srng.below(9);
    let injured = 20 + srng.below(180);
    let day = srng.pick(WEEKDAYS);
    let fund = 2 + srng.below(40);
    let mut rng = Rng::new(story * 131 + outlet as u64 * 7 + 3);
    // Outlets disagree on the toll now and then.
    let killed_here = if rng.below(4) == 0 { killed + 1 } else { killed };
    let injured_here = if rng.below(3) == 0 { injured + rng.below(30) } else { injured };
    let outlet_name = OUTLETS[outlet % OUTLETS.len()];
    let title = match rng.below(3) {
        0 => format!(
            "{} {} kills {} in {}",
            capital(kind),
            "disaster",
            count(killed_here, &mut rng),
            town
        ),
        1 => format!("{town} counts the cost after {event}"),
        _ => format!(
            "{} dead, {} hurt as {event} hits {town}",
            count(killed_here, &mut rng),
            injured_here
        ),
    };
    let lead = match rng.below(3) {
        0 => format!("{} struck {town} on {day}, killing {} people and injuring {injured_here} more, officials said.", capital(event), count(killed_here, &mut rng)),
        1 => format!("At least {} people were killed and {injured_here} others were injured when {event} hit {town} on {day}.", count(killed_here, &mut rng)),
        _ => format!("{} people died and about {injured_here} were hurt after {event} tore through {town} on {day}, according to local authorities.", capital(&count(killed_here, &mut rng))),
    };
    let quote = format!(
        "“We are doing everything we can to help the families of {town},” {official} said."
    );
    let quote2 = match rng.below(2) {
        0 => format!("{official}, who leads the emergency committee, said: “We are doing everything we can to help the families of {town}.”"),
        _ => quote.clone(),
    };
    let fund_line = match rng.below(2) {
        0 => format!("The council approved ${fund}m in emergency funding for repairs."),
        _ => {
            format!("Councillors approved nearly ${fund} million in emergency funding for repairs.")
        }
    };
    let cause = format!("Investigators said {the_event} was being treated as an accident, and that the search of damaged buildings would continue overnight.");
    // The story's background details: each outlet reports some of them.
    // Local places named in the details, as real reports name streets and
    // landmarks: they give each story its own vocabulary.
    let landmarks: Vec<String> = (0..8).map(|_| name(&mut srng, 2)).collect();
    let details: Vec<String> = (0..60)
        .map(|_| {
            filler(&mut srng, &landmarks)
                .replace("{T}", &town)
                .replace("{O}", &official)
                .replace("{D}", day)
        })
        .collect();
    let mut paragraphs = vec![lead, quote2, fund_line, cause];
    let mut words: usize = paragraphs.iter().map(|p| p.split_whitespace().count()).sum();
    while words < 700 {
        let mut para = String::new();
        for _ in 0..3 {
            para.push_str(&details[rng.below(details.len())]);
            para.push(' ');
        }
        words += para.split_whitespace().count();
        paragraphs.push(para.trim_end().to_string());
    }
    format!("{title}\n\n{}\n\nReporting by {outlet_name} staff.\n", paragraphs.join("\n\n"))
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// `n` articles: stories of five outlets each.
#[allow(dead_code)] // shared by #[path] with tests that use only `article`
pub fn corpus(n: usize) -> Vec<String> {
    (0..n).map(|i| article((i / 5) as u64, i % 5)).collect()
}

/// Article `i` of a generated feed as one JSON Lines record
/// `{"id", "text", "published"}`: stories of five outlets each (as
/// [`corpus`]), `stories_per_day` new stories a day from 2025-01-01, each
/// outlet publishing on the story's day or, now and then, the next.
#[allow(dead_code)]
pub fn feed_line(i: usize, stories_per_day: usize) -> String {
    let story = i / 5;
    let outlet = i % 5;
    let late = Rng::new(i as u64 * 17 + 5).below(4) == 0;
    let day = 20_089 + (story / stories_per_day.max(1)) as i64 + late as i64;
    serde_json::json!({
        "id": format!("g{i:06}"),
        "text": article(story as u64, outlet),
        "published": parallax::internals::iso_day(day),
    })
    .to_string()
}

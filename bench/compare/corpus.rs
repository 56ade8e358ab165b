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

const SYLLABLES: &[&str] = &["ar", "bel", "cor", "dun", "el", "fen", "gar", "hol", "is", "jor", "kel", "lun", "mar", "nor", "os", "pel", "quin", "ros", "sel", "tor", "ul", "ven", "wen", "yar", "zel"];
const FIRST: &[&str] = &["Ada", "Bram", "Cora", "Dov", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Lev", "Mira", "Nils", "Orla", "Piet"];
const OUTLETS: &[&str] = &["The Harbor Ledger", "Valley Courier", "Northgate Post", "Coastline Daily", "The Meridian Wire", "Upland Gazette"];
const EVENTS: &[(&str, &str, &str)] = &[
    ("storm", "a storm", "the storm"),
    ("fire", "a warehouse fire", "the fire"),
    ("flood", "flash flooding", "the flooding"),
    ("quake", "an earthquake", "the quake"),
    ("collapse", "a bridge collapse", "the collapse"),
    ("blast", "a gas explosion", "the blast"),
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const NUMBER_WORDS: &[&str] = &["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

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

/// Generic filler sentences; `{T}` is the town, `{E}` the event, `{O}` the
/// official, `{N}` a small number.
const FILLER: &[&str] = &[
    "Residents of {T} described scenes of confusion as emergency crews arrived within minutes.",
    "The regional council said it would review building codes once the immediate response was over.",
    "Local schools remained closed while engineers inspected several buildings near the center of {T}.",
    "{O} told reporters that volunteers had brought food and blankets to a temporary shelter.",
    "Insurance adjusters are expected to begin assessing the damage later this week.",
    "Traffic on the main road into {T} was diverted for most of the day.",
    "A spokesperson for the water utility said supplies were safe to drink.",
    "Shopkeepers swept glass from the pavement as a light rain began to fall.",
    "The town last faced a comparable emergency more than a decade ago, according to archive records.",
    "Hospitals in neighboring districts said they had beds available if needed.",
    "Officials urged people to avoid the area so that rescue teams could work.",
    "Several families said they had lost contact with relatives for hours.",
    "A fundraising page set up by a local church had collected thousands of donations by evening.",
    "Power was restored to most homes overnight, the grid operator said.",
    "The mayor's office announced a public meeting to answer questions from residents.",
    "Investigators have not yet said what caused {E}.",
    "Photographs shared online showed damaged roofs and debris scattered across a car park.",
    "Rail services between {T} and the coast were suspended as a precaution.",
    "Aid groups said the coming days would be critical for those who lost their homes.",
    "The national weather service said conditions were expected to improve by the weekend.",
    "Emergency numbers were overwhelmed with calls during the first hour, a dispatcher said.",
    "Neighbors opened their homes to people who could not return to damaged buildings.",
    "The harbor authority said it had checked all vessels moored nearby.",
    "Counselors will be available at the community center throughout the week.",
];

/// One article of story `story`, as outlet `outlet` writes it.
pub fn article(story: u64, outlet: usize) -> String {
    let mut srng = Rng::new(story + 1);
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
        0 => format!("{} {} kills {} in {}", capital(kind), "disaster", count(killed_here, &mut rng), town),
        1 => format!("{town} counts the cost after {event}"),
        _ => format!("{} dead, {} hurt as {event} hits {town}", count(killed_here, &mut rng), injured_here),
    };
    let lead = match rng.below(3) {
        0 => format!("{} struck {town} on {day}, killing {} people and injuring {injured_here} more, officials said.", capital(event), count(killed_here, &mut rng)),
        1 => format!("At least {} people were killed and {injured_here} others were injured when {event} hit {town} on {day}.", count(killed_here, &mut rng)),
        _ => format!("{} people died and about {injured_here} were hurt after {event} tore through {town} on {day}, according to local authorities.", capital(&count(killed_here, &mut rng))),
    };
    let quote = format!("“We are doing everything we can to help the families of {town},” {official} said.");
    let quote2 = match rng.below(2) {
        0 => format!("{official}, who leads the emergency committee, said: “We are doing everything we can to help the families of {town}.”"),
        _ => quote.clone(),
    };
    let fund_line = match rng.below(2) {
        0 => format!("The council approved ${fund}m in emergency funding for repairs."),
        _ => format!("Councillors approved nearly ${fund} million in emergency funding for repairs."),
    };
    let cause = format!("Investigators said {the_event} was being treated as an accident, and that the search of damaged buildings would continue overnight.");
    let mut paragraphs = vec![lead, quote2, fund_line, cause];
    let mut words: usize = paragraphs.iter().map(|p| p.split_whitespace().count()).sum();
    while words < 700 {
        let mut para = String::new();
        for _ in 0..3 {
            let s = rng.pick(FILLER).replace("{T}", &town).replace("{E}", the_event).replace("{O}", &official);
            para.push_str(&s);
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
pub fn corpus(n: usize) -> Vec<String> {
    (0..n).map(|i| article((i / 5) as u64, i % 5)).collect()
}

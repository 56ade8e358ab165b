// Fictional articles of any size for the page benchmark and the large-article
// e2e test: two outlets' reports of one invented story (a harbour storm in an
// invented town), long enough to be megabytes. The second outlet rewords most
// paragraphs, gives other figures in some (conflicting figures), reports a few
// things the first does not (sentences only one article has) and shares the
// quotes, so the comparison finds every kind of result the page draws.
// Names, places and figures vary with the paragraph number: a text made of one
// repeated paragraph would flatter the browser's caches and the comparison.

const FIRST = ['Ida', 'Oren', 'Talia', 'Jonas', 'Mara', 'Ilse', 'Bram', 'Nell', 'Casimir', 'Wren', 'Petra', 'Anselm'];
const LAST = ['Marsh', 'Pike', 'Brook', 'Venn', 'Quell', 'Varn', 'Hollis', 'Ardent', 'Sorrel', 'Fenwick', 'Tarrow'];
const PLACES = ['Port Veyra', 'Calder Bay', 'Oststrand', 'Lowmere', 'Harrow Point', 'Saltmarrow', 'Gilden Quay'];
const GROUPS = ['the Veyra Harbour Board', 'the Coastal Relief Office', 'Lowmere Ferries', 'the Saltmarrow Fire Service'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

const pick = (list, n) => list[n % list.length];
const person = (n) => `${pick(FIRST, n)} ${pick(LAST, Math.floor(n / FIRST.length) + n)}`;

/**
 * Paragraph `n` as outlet `variant` (0 or 1) tells it. Both share the quote;
 * outlet 1 rewords the report, disagrees on a figure in every seventh
 * paragraph and adds a sentence of its own to every fifth. Typographic
 * quotes, an em dash and now and then an emoji keep UTF-16 offsets honest.
 */
function paragraph(n, variant) {
  const place = pick(PLACES, Math.floor(n / 3));
  const group = pick(GROUPS, n);
  const speaker = person(n);
  const day = pick(DAYS, n);
  const boats = 10 + (n % 40);
  const people = 100 + ((n * 7) % 900);
  const cost = 3 + (n % 20);
  const conflicting = variant === 1 && n % 7 === 3;
  const meals = 50 + ((n * 13) % 500) + (conflicting ? 25 : 0);
  const quote = `“We expect the crossing at ${place} to reopen by ${pick(DAYS, n + 3)},” said ${speaker}, who speaks for ${group}.`;
  const sentences = variant === 0
    ? [
        `The storm damaged ${boats} boats in ${place} on ${day}, ${group} said in a statement.`,
        quote,
        `About ${people} passengers — among them ${5 + (n % 30)} children — waited in the terminal, where volunteers handed out ${meals} meals.`,
        `Repairs in ${place} would cost $${cost} million, officials said${n % 11 === 0 ? ' 🌊' : ''}.`,
      ]
    : [
        `${group[0].toUpperCase()}${group.slice(1)} said the storm damaged ${boats} boats in ${place} on ${day}.`,
        quote,
        `Volunteers handed out ${meals} meals to about ${people} passengers — among them ${5 + (n % 30)} children — in the terminal.`,
        `Officials put the cost of repairs in ${place} at $${cost} million.`,
      ];
  if (variant === 1 && n % 5 === 1) sentences.push(`Residents of ${place} told reporters that the sea wall near the ${pick(['north', 'south', 'old'], n)} pier had cracked in ${2 + (n % 6)} places.`);
  return sentences.join(' ');
}

/** One article of at least `bytes` UTF-8 bytes from outlet `variant`; CRLF line ends when `crlf`. */
export function largeArticle(bytes, variant, { crlf = false } = {}) {
  const outlet = variant === 0 ? 'The Veyra Tidings' : 'Gilden Coast Courier';
  const head = [
    variant === 0 ? 'Storm strands ferries across the Veyra coast' : 'Ferries halted as storm batters Veyra coast',
    '',
    `By ${variant === 0 ? 'Talia Brook' : 'Jonas Venn'}`,
    outlet,
    'June 25, 2024',
    '',
    '',
  ].join('\n');
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let n = 0; size < bytes; n++) {
    const p = `${paragraph(n, variant)}\n\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  // One figure each article states once and the two disagree on, at the
  // end: the paragraphs' own disagreements are on quantities each article
  // gives many values for (the meals of each paragraph), which the conflict
  // rules rightly leave out.
  parts.push(`In all, the storm stranded ${variant === 0 ? '2,400' : '2,150'} travellers along the Veyra coast, the harbour master said.\n`);
  const text = parts.join('');
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** The two articles of one benchmark size, as the paste box takes them (a `===` line between). */
export function pastedPair(megabytes) {
  const bytes = Math.round(megabytes * 1024 * 1024);
  return `${largeArticle(bytes, 0)}\n===\n${largeArticle(bytes, 1)}`;
}

// ------------------------------------------------------------ many stories
// A day's feed for the story-list benchmark and e2e test: `n` short
// articles about invented events in invented towns, most reported by
// several invented outlets in their own words, some followed up a week later
// (a thread of two events), some reported once (unmatched). Outlets disagree
// on a figure now and then (conflicts) and share the official's quote;
// every ninth article has no headline (the page shows its first sentence).

const SYLLABLES = ['ar', 'bel', 'cor', 'dun', 'el', 'fen', 'gar', 'hol', 'is', 'jor', 'kel', 'lun', 'mar', 'nor', 'os', 'pel', 'quin', 'ros', 'sel', 'tor', 'ul', 'ven', 'wen', 'yar'];
const OUTLETS = ['The Harbor Ledger', 'Valley Courier', 'Northgate Post', 'Coastline Daily', 'The Meridian Wire', 'Upland Gazette', 'Eastwater Bulletin', 'The Fennick Observer'];
const KINDS = [
  { what: 'storm', a: 'A storm', the: 'the storm', verb: 'tore through' },
  { what: 'fire', a: 'A warehouse fire', the: 'the fire', verb: 'swept through' },
  { what: 'flood', a: 'Flash flooding', the: 'the flooding', verb: 'swamped' },
  { what: 'quake', a: 'An earthquake', the: 'the quake', verb: 'shook' },
  { what: 'collapse', a: 'A bridge collapse', the: 'the collapse', verb: 'cut off' },
  { what: 'blast', a: 'A gas explosion', the: 'the blast', verb: 'rocked' },
];
/** What each story's official says (`{town}` is filled in). */
const QUOTES = [
  'We are still counting the damage in {town}, and we will not stop until every family has a roof',
  'Nobody in {town} has seen anything like this in forty years',
  'The crews worked without a break, and I am proud of every one of them',
  'Our first duty is to the families who lost someone tonight',
  'We had a plan for this, and the plan held, but the cost is heavy',
  'Please stay away from the river banks until the engineers say it is safe',
  'Every hospital bed in {town} is ready, and more help is on the way',
  'We will rebuild {town}, street by street, and nobody will be left behind',
];

/** Sentences about the aftermath; each story reads with its own pair of them. */
const FRAMES = [
  (f) => `Around ${f.street} and the ${f.landmark} gardens, ${f.homes} homes were left without power.`,
  (f) => `${f.homes} households near the ${f.landmark} gardens lost electricity, and ${f.street} was shut.`,
  (f) => `Engineers from the ${f.craft} works spent the night shoring up ${f.street}.`,
  (f) => `The ${f.fund} trust pledged money to the ${f.quarter} families by Monday.`,
  (f) => `Lorries from the ${f.craft} depot brought sandbags, tents and ${f.homes} blankets.`,
  (f) => `Traffic on ${f.street} was diverted past the ${f.landmark} market.`,
  (f) => `Police sealed off the ${f.landmark} embankment and asked drivers to avoid ${f.street}.`,
  (f) => `Charities said ${f.homes} people had asked for help at the ${f.fund} centre.`,
  (f) => `The ${f.craft} ferry carried the injured across to the ${f.landmark} clinic.`,
];

/** Articles per story, in turn; 1 is an article no other outlet reports. */
const SIZES = [7, 5, 4, 3, 2, 6, 1, 5, 3, 4, 1, 2];

/** A deterministic pseudo-random integer for (n, k) (an integer hash). */
const mix = (n, k = 0) => {
  let h = Math.imul(n + 1, 0x9e3779b1) ^ Math.imul(k + 7, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
};
/** An invented name of `parts` syllables, different for each n. */
const word = (n, parts) => {
  let s = '';
  for (let k = 0; k < parts; k++) s += SYLLABLES[mix(n, k) % SYLLABLES.length];
  return s[0].toUpperCase() + s.slice(1);
};
const lower = (text) => text[0].toLowerCase() + text.slice(1);
/** Details that set one story apart from the others (each story takes three). */
const DETAILS = [
  'The ferry terminal closed and commuters waited for buses that never came.',
  'A school gym became a shelter with camp beds and donated blankets.',
  'Power lines fell across the ring road, and the tram depot lost its roof.',
  'The mayor cut short a visit abroad and flew back overnight.',
  'Volunteers from the rowing club carried pensioners from their flats.',
  'The old grain silo by the canal was cordoned off after cracks appeared.',
  'Hospital wards postponed routine surgery to make room for the injured.',
  'A bakery on the market square handed out bread to rescue crews all night.',
  'Insurers sent assessors, and queues formed outside the town hall by dawn.',
  'The football stadium car park was turned into a depot for aid trucks.',
  'Farmers outside town said their cattle sheds and orchards were ruined.',
  'The regional rail line stopped at the next station, stranding travellers.',
  'A church choir held a vigil with candles on the riverside steps.',
  'Divers checked the harbour wall and the lighthouse steps for damage.',
  'The water company warned residents to boil tap water for a week.',
  'A wedding party sheltered in the cellar of a hotel near the square.',
  'Firefighters from three neighbouring districts joined the effort.',
  'Shopkeepers swept glass from the pavements of the high street.',
  'The museum moved its paintings to the vault of a nearby bank.',
  'Students from the technical college set up a phone charging station.',
  'A landslide blocked the mountain pass that links the valley villages.',
  'The zoo said its keepers stayed overnight to calm frightened animals.',
  'Cyclists ferried medicine to clinics when the roads were jammed.',
  'The library opened its reading room as a place to keep warm.',
];

/** The facts of story `s`: every third story follows up the one before it in the same town, a week later. */
function storyFacts(s) {
  const followUp = s % 3 === 2;
  const base = followUp ? s - 1 : s;
  const kind = KINDS[base % KINDS.length];
  const day = 1 + ((base * 5) % 20) + (followUp ? 7 : 0);
  return {
    kind,
    town: `${word(base, 2)}${['ton', 'by', 'mere', 'wick'][base % 4]}`,
    street: `${word(s + 40, 2)} Street`,
    official: `${word(s + 11, 1)} ${word(s + 23, 2)}`,
    agency: `the ${word(base + 5, 2)} ${['Fire Service', 'Civil Protection Office', 'Harbour Board', 'Emergency Service'][s % 4]}`,
    dead: 2 + (s % 9),
    injured: 12 + ((s * 7) % 60),
    homes: 30 + ((s * 13) % 400),
    date: `2025-0${1 + (base % 9)}-${String(day).padStart(2, '0')}`,
    weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][(base + day) % 7],
    followUp,
    story: s,
    // Three details of its own, in its own district: two stories may share a
    // detail's words, never its place.
    details: [0, 1, 2].map((k) => `In ${word(s * 3 + k + 500, 3)}, ${lower(pick(DETAILS, mix(s, 50 + k)))}`),
    // Lower-case words of its own (a quarter, a landmark): what lets a reader,
    // and the comparison, tell two storms in two towns apart.
    terms: [0, 1, 2, 3].map((k) => word(s * 5 + k + 900, 2).toLowerCase()),
    said: `${pick(QUOTES, mix(s, 60))}; ${lower(pick(QUOTES, mix(s, 60) + 1 + (mix(s, 61) % (QUOTES.length - 1))))}`,
    frame: mix(s, 70),
  };
}

/** Article `k` of a story: outlet-specific wording, a figure off by one in every fourth. */
function storyArticle(f, k, serial) {
  const outlet = OUTLETS[(f.story * 3 + k) % OUTLETS.length];
  const dead = f.dead + (k % 4 === 3 ? 1 : 0);
  const again = f.followUp ? ' for the second time in a week' : '';
  const quote = `“${f.said.replace('{town}', f.town)},” said ${f.official}, who speaks for ${f.agency}.`;
  const [quarter, landmark, craft, fund] = f.terms;
  const lead = [
    `${f.kind.a} ${f.kind.verb} the ${quarter} quarter of ${f.town}${again} on ${f.weekday}, killing ${dead} people and injuring ${f.injured}, ${f.agency} said.`,
    `At least ${dead} people died and ${f.injured} were hurt when ${f.kind.the} ${f.kind.verb} ${f.town}'s ${quarter} quarter${again} on ${f.weekday}, officials said.`,
    `${f.town} was counting its losses in the ${quarter} quarter after ${f.kind.the} on ${f.weekday}${again}: ${dead} dead and ${f.injured} injured, according to ${f.agency}.`,
  ][k % 3];
  const body = [
    lead,
    // Frames differ between stories (as outlets' habits do not make two
    // stories read alike) and a little between the outlets of one story.
    pick(FRAMES, f.frame + (k % 2))({ ...f, landmark, craft, fund, quarter }),
    quote,
    f.details[k % 3],
    f.details[(k + 1) % 3],
  ];
  const headline = [
    `${f.kind.a.replace(/^An? /, '')} kills ${dead} in ${f.town}`,
    `${dead} dead after ${f.kind.the} in ${f.town}`,
    `${f.town}: ${f.kind.the} leaves ${dead} dead, ${f.injured} hurt`,
  ][k % 3];
  const head = serial % 9 === 8 ? [''] : [headline.charAt(0).toUpperCase() + headline.slice(1), ''];
  return [...head, `By ${word(serial + 3, 1)} ${word(serial + 17, 2)}`, outlet, f.date, '', ...body.flatMap((p) => [p, ''])].join('\n');
}

/** `n` articles of many stories, as [{ name, text }], in an interleaved order (a feed, not sorted by story). */
export function storyArticles(n) {
  const all = [];
  for (let s = 0; all.length < n; s++) {
    const facts = storyFacts(s);
    const size = SIZES[s % SIZES.length];
    for (let k = 0; k < size && all.length < n; k++) all.push({ story: s, text: storyArticle(facts, k, all.length) });
  }
  // Interleave: a feed arrives by time, not story by story.
  const order = all.map((_, i) => i).sort((x, y) => ((x * 7919) % all.length) - ((y * 7919) % all.length) || x - y);
  return order.map((i, k) => ({ name: `feed-${String(k + 1).padStart(4, '0')}.txt`, story: all[i].story, text: all[i].text }));
}

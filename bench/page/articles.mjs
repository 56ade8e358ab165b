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
  const text = parts.join('');
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** The two articles of one benchmark size, as the paste box takes them (a `===` line between). */
export function pastedPair(megabytes) {
  const bytes = Math.round(megabytes * 1024 * 1024);
  return `${largeArticle(bytes, 0)}\n===\n${largeArticle(bytes, 1)}`;
}

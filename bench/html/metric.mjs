// The article-extraction-benchmark metric, as ../shared/corpora/README.md
// describes it: 4-token shingles of `\w+` tokens (Unicode word characters, no
// lowercasing), counted as a multiset; per page TP/FP/FN normalised to sum to
// one; precision and recall are means over the pages where they are defined,
// and F1 is the harmonic mean of those two means.

// Unicode word characters as Python's `\w` understands them: letters, digits
// (every numeric category) and the underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text) {
  return (text || '').match(TOKEN) || [];
}

/** Shingle counts. A text of fewer than `n` tokens is one short shingle. */
export function shingles(text, n = 4) {
  const tokens = tokenize(text);
  const counts = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const part = tokens.slice(i, i + n);
    if (part.length === 0) continue;
    const key = part.join('\u0001');
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return counts;
}

/** [tp, fp, fn] for one page, normalised to sum to 1 (all zero when both are empty). */
export function pageScore(truth, prediction, n = 4) {
  const t = shingles(truth, n);
  const p = shingles(prediction, n);
  let tp = 0, fp = 0, fn = 0;
  const keys = new Set([...t.keys(), ...p.keys()]);
  for (const key of keys) {
    const tc = t.get(key) || 0;
    const pc = p.get(key) || 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function precisionOf([tp, fp, fn]) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf([tp, fp, fn]) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Scores predictions `{id: {articleBody}}` against the ground truth of the
 * same shape. Every ground-truth id must be predicted (a missing one counts as
 * an empty prediction). Returns {precision, recall, f1, pages}.
 */
export function evaluate(groundTruth, predictions) {
  const scores = Object.keys(groundTruth).map((id) =>
    pageScore(groundTruth[id].articleBody || '', (predictions[id] && predictions[id].articleBody) || ''),
  );
  const precision = mean(scores.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(scores.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  const f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: scores.length, perPage: scores };
}

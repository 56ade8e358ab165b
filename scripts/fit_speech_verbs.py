#!/usr/bin/env python3
"""Fits the parser's speech verbs (src/lexicon/speech_verbs.rs, SPEECH_VERBS)
on PolNeAR's train split: the verbs annotators marked as the cue of an
attribution with a direct quote.

    python3 scripts/fit_speech_verbs.py [../shared/corpora/polnear/train.jsonl]

For every quote's cue ("said", "has said", "said in a statement", "went on
to say") the verb is its first word past auxiliaries and adverbs. A verb form
is kept when it is seen at least MIN_COUNT times and reads as a verb
(an -ed, -s or -ing form, or an irregular past listed below). The table is
the union of those and the hand-written forms the seeds and fixtures were
written with (HAND), sorted; the script rewrites the block between the
`fitted:` markers in speech_verbs.rs. Dev and test are never read.
"""
import collections
import json
import re
import sys
from pathlib import Path

MIN_COUNT = 4
# Words before a cue's verb: auxiliaries, negation, adverbs of time.
SKIP = {"has", "have", "had", "is", "was", "were", "are", "will", "would", "also",
        "later", "then", "once", "again", "just", "been", "be", "did", "does", "do",
        "not", "never", "previously", "recently", "often", "repeatedly", "publicly"}
IRREGULAR = {"said", "told", "wrote", "spoke", "put", "sang"}
# Seen as cues, but their subject is a text or a finding more often than a
# speaker ("a banner read", "the poll found", "a film titled"): left out.
NOT_SPEECH = {"read", "reads", "found", "shows", "includes", "included", "named",
              "titled", "published", "thought", "cited", "citing", "referred",
              "referring", "focuses", "portrayed", "expected", "used", "launched",
              "fired", "released", "issued", "offered", "expressed", "put"}
ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "src/lexicon/speech_verbs.rs"


def verb_of(cue):
    for w in re.findall(r"[A-Za-z]+", cue):
        if w.lower() in SKIP or w.lower().endswith("ly"):
            continue
        return w
    return None


def reads_as_verb(w):
    return w in IRREGULAR or w.endswith(("ed", "s", "ing")) and len(w) > 3


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else ROOT / "../shared/corpora/polnear/train.jsonl"
    counts = collections.Counter()
    for line in open(path, encoding="utf-8"):
        for q in json.loads(line)["quotes"]:
            v = verb_of(q.get("cue") or "")
            if v and v.islower():
                counts[v] += 1
    fitted = {w for w, n in counts.items()
              if n >= MIN_COUNT and reads_as_verb(w) and w not in NOT_SPEECH}
    source = TABLE.read_text(encoding="utf-8")
    hand = re.search(r"// hand:\n(.*?)// fitted:", source, re.S)
    hand_words = set(re.findall(r'"([a-z]+)"', hand.group(1)))
    words = sorted(fitted - hand_words)
    body = "".join(f'    "{w}",\n' for w in words)
    new = re.sub(r"(// fitted:[^\n]*\n).*?(\];)", lambda m: m.group(1) + body + m.group(2),
                 source, count=1, flags=re.S)
    n = len(hand_words) + len(words)
    new = re.sub(r"SPEECH_VERBS: \[&str; \d+\]", f"SPEECH_VERBS: [&str; {n}]", new, count=1)
    TABLE.write_text(new, encoding="utf-8")
    print(f"{len(words)} fitted forms beside {len(hand_words)} hand-written: {', '.join(words)}")


if __name__ == "__main__":
    main()

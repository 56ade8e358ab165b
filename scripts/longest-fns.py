#!/usr/bin/env python3
"""Lists the longest functions under src/ (lines from `fn` to its closing
brace), longest first: `scripts/longest-fns.py [N] [--max L]`. With --max,
exits 1 when any function is longer than L lines (the house limit is 120)."""
import re, sys, pathlib

def functions(path):
    lines = path.read_text().splitlines()
    out = []
    for i, line in enumerate(lines):
        m = re.match(r'\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)', line)
        if not m:
            continue
        depth, started = 0, False
        for j in range(i, len(lines)):
            text = re.sub(r'"(\\.|[^"\\])*"', '""', lines[j])
            text = re.sub(r"'(\\.|[^'\\])'", "''", text)
            text = text.split('//')[0]
            if not started and ';' in text and '{' not in text:
                break  # a declaration without a body
            depth += text.count('{') - text.count('}')
            if '{' in text:
                started = True
            if started and depth <= 0:
                out.append((j - i + 1, f"{path}:{i + 1}", m.group(6)))
                break
    return out

args = sys.argv[1:]
limit = None
if '--max' in args:
    k = args.index('--max'); limit = int(args[k + 1]); del args[k:k + 2]
n = int(args[0]) if args else 10
found = sorted((f for p in pathlib.Path('src').rglob('*.rs') for f in functions(p)), reverse=True)
for length, where, name in found[:n]:
    print(f"{length:5} {name:32} {where}")
if limit is not None and found and found[0][0] > limit:
    print(f"{sum(1 for f in found if f[0] > limit)} functions are over {limit} lines", file=sys.stderr)
    sys.exit(1)

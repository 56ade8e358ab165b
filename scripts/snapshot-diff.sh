#!/usr/bin/env bash
# Sets two snapshots (examples/snapshot.rs) side by side: for each set, how
# many of its lines (articles or comparisons) differ, and which. Exit 1 when
# anything differs, so a behaviour-preserving change can assert identity.
set -uo pipefail
a=${1:?usage: scripts/snapshot-diff.sh BEFORE_DIR AFTER_DIR}; b=${2:?usage: scripts/snapshot-diff.sh BEFORE_DIR AFTER_DIR}
status=0; total=0
for f in "$a"/*.jsonl; do
  name=$(basename "$f")
  if [ ! -f "$b/$name" ]; then echo "$name: missing in $b"; status=1; continue; fi
  n=$(wc -l < "$f")
  differ=$(paste -d '\n' "$f" "$b/$name" | awk 'NR % 2 == 1 { left = $0; next } left != $0 { c++ } END { print c + 0 }')
  total=$((total + n))
  if [ "$differ" -gt 0 ]; then
    status=1
    names=$(paste -d '\t' "$f" "$b/$name" | awk -F '\t' '$1 != $2' | grep -oE '"(id|group)":"[^"]*"' | cut -d'"' -f4 | sort -u | head -12 | tr '\n' ' ')
    echo "$name: $differ of $n differ: $names"
  fi
done
[ "$status" -eq 0 ] && echo "identical: $total lines in $(ls "$a"/*.jsonl | wc -l) files"
exit $status

#!/usr/bin/env bash
# Runs every cargo-fuzz target for a bounded time and prints how many inputs
# each one executed. Usage: scripts/fuzz.sh [seconds-per-target] [target...]
# (default 60 s, all targets; FUZZ_SECONDS also sets the time).
#
# Needs the nightly toolchain (libFuzzer's instrumentation is nightly-only)
# and cargo-fuzz, which this script installs when it is missing. Targets are
# built without a sanitizer: the crate has no unsafe code, so what the fuzzer
# can find is panics, failed invariants, overflows (debug assertions stay on)
# and hangs (-timeout), and an uninstrumented build runs several times faster.
#
# Each target starts from tests/fixtures (text and hostile inputs) plus what
# earlier runs kept in fuzz/corpus/<target>. A crash leaves its input in
# fuzz/artifacts/<target>/; copy it to tests/fixtures/hostile/crashes/ with a
# regression test in tests/hostile_regressions.rs once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$PATH"

SECONDS_PER_TARGET="${1:-${FUZZ_SECONDS:-60}}"
shift || true

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "==> installing the nightly toolchain (libFuzzer needs it)"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "==> installing cargo-fuzz (cargo install cargo-fuzz)"
  cargo install --locked cargo-fuzz
fi

cd fuzz
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  mapfile -t TARGETS < <(cargo +nightly fuzz list)
fi

echo "==> building ${#TARGETS[@]} fuzz targets: ${TARGETS[*]}"
# `cargo fuzz build` takes one target, or none for all of them.
if [ $# -eq 0 ]; then
  cargo +nightly fuzz build --sanitizer none
else
  for target in "${TARGETS[@]}"; do cargo +nightly fuzz build --sanitizer none "$target"; done
fi

declare -A EXECS RESULT
status=0
for target in "${TARGETS[@]}"; do
  corpus="corpus/$target"
  mkdir -p "$corpus" "artifacts/$target"
  # Seed with the project's own fixtures (fictional articles and payloads).
  find "$ROOT/tests/fixtures" -type f -size -64k -exec cp -n {} "$corpus/" \; 2>/dev/null || true
  log="artifacts/$target/last-run.log"
  echo "==> fuzzing $target for ${SECONDS_PER_TARGET}s"
  set +e
  cargo +nightly fuzz run --sanitizer none "$target" "$corpus" -- \
    -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -n 1)
  [ -n "$execs" ] || execs=$(sed -nE 's/^Done ([0-9]+) runs.*/\1/p' "$log" | tail -n 1)
  EXECS[$target]="${execs:-0}"
  if [ "$rc" -eq 0 ]; then
    RESULT[$target]="no crash"
  else
    status=1
    artifact=$(sed -nE 's/.*Test unit written to (.*)$/\1/p' "$log" | tail -n 1)
    RESULT[$target]="CRASH (exit $rc) ${artifact:+input: $artifact}"
    grep -m 3 -E "panicked|ERROR|timeout" "$log" | sed 's/^/    /' || true
  fi
  echo "    $target: ${EXECS[$target]} executions, ${RESULT[$target]}"
done

echo "==> fuzz summary (${SECONDS_PER_TARGET}s per target)"
for target in "${TARGETS[@]}"; do
  printf '    %-12s %12s executions  %s\n' "$target" "${EXECS[$target]}" "${RESULT[$target]}"
done
exit "$status"

#!/usr/bin/env bash
# The long hardening run (issue 13). First each Jazzer fuzz target is fuzzed for real (JAZZER_FUZZ=1,
# each for its @FuzzTest maxDuration, 2 minutes), printing how many inputs it ran and its first
# finding; then `mvn verify -Pfuzz-long` runs the SIGKILL test (1,000 kills), the two-process lock
# test and the property tests at full size. Findings are written by Jazzer under
# src/test/resources/dev/tokendoctor/hardening/*Inputs/: look at them before committing anything.
# Usage: scripts/fuzz-long.sh [target ...]   (e.g. ParserFuzzTest#redaction)
set -uo pipefail
export HARDENING_INPUT_SECONDS="${HARDENING_INPUT_SECONDS:-60}" # a busy machine: class loading is slow, hangs are not
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(ParserFuzzTest#tokenRecords ParserFuzzTest#jwts ParserFuzzTest#envFiles ParserFuzzTest#pastedErrors
           ParserFuzzTest#redaction StoreFuzzTest#chromeLevelDb StoreFuzzTest#firefoxSqlite StoreFuzzTest#webViewSqlite
           SandboxFuzzTest#requests)
fi
total=0
for t in "${targets[@]}"; do
  out=$(JAZZER_FUZZ=1 mvn -B -o verify -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false 2>&1)
  runs=$(grep -oE "Done [0-9]+ runs" <<<"$out" | awk '{s+=$2} END {print s+0}')
  finding=$(grep -m1 -oE "FuzzTestFindingException.{0,0}|did not finish within [0-9]+ s|threw [A-Za-z.]+(Exception|Error)" <<<"$out" || true)
  printf '%-34s %10d inputs   %s\n' "$t" "$runs" "${finding:-no finding}"
  total=$((total + runs))
done
echo "fuzzed inputs in total: $total (floor: 1,000,000)"
mvn -B -o verify -Pfuzz-long 2>&1 | grep -E "Tests run:|KilledSavesTest:|FAIL|BUILD" | tail -20

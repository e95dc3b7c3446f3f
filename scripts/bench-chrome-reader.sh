#!/usr/bin/env bash
# The Inspector's path over a Chrome-format localStorage store (~100k entries, ~114 MB, written once
# with python3-plyvel and kept under target/, never committed) next to its floor, C++ LevelDB through
# python3-plyvel, on the same copy of the store, warm, rounds alternated; prints both medians and
# the ratio. MEMORY=1 instead writes a ~1 GB store (20,000 values of 50,000 characters over 200
# origins: 5 MB each, a browser's quota) and reads it the Inspector's way under -Xmx64m.
#   apt-get install -y python3-plyvel
#   scripts/bench-chrome-reader.sh                 # -Xmx64m, 5 rounds each
#   HEAP=32m ROUNDS=7 ENTRIES=200000 scripts/bench-chrome-reader.sh
#   MEMORY=1 scripts/bench-chrome-reader.sh
#   JAVA_FLAGS=-XX:TieredStopAtLevel=1 scripts/bench-chrome-reader.sh   # as the packaged launcher runs (C1 only)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${MEMORY:-}" ]; then
  entries=${ENTRIES:-20000}; origins=200; chars=50000
else
  entries=${ENTRIES:-100000}; origins=500; chars=1000
fi
store=${STORE:-target/bench-chrome-store-$entries-$chars}
if [ ! -f "$store/CURRENT" ]; then
  rm -rf "$store"
  mkdir -p "$(dirname "$store")"
  echo "writing $entries entries of $chars characters to $store ..."
  /usr/bin/python3 scripts/make-chrome-bench-store.py "$store" "$entries" "$origins" "$chars"
fi
# The copy both readers read. C++ LevelDB writes when it opens a store (it turns the log into a
# table, then a new MANIFEST), so it opens the copy once first; from then on both see the same files.
copy=target/bench-chrome-copy
rm -rf "$copy"
cp -r "$store" "$copy"
/usr/bin/python3 scripts/read-chrome-store-plyvel.py "$copy" 1 >/dev/null
du -sh "$copy"

. scripts/lib/test-classpath.sh
. scripts/lib/frozen-classes.sh
trap 'rm -rf "$frozen_classes"' EXIT

rounds=${ROUNDS:-7}
if [ -n "${MEMORY:-}" ]; then
  java -Xmx"${HEAP:-64m}" ${JAVA_FLAGS:-} -cp "$TEST_CLASSPATH" dev.tokendoctor.bench.ChromeReaderBenchmark "$copy" 2
  exit 0
fi
echo "Java: the Inspector's path (TokenFinder.scanKeepingTokens + find), -Xmx${HEAP:-64m}; medians of the rounds after the first two;"
echo "C++: LevelDB through python3-plyvel, checksums verified; one C++ round after each Java round"
# shellcheck disable=SC2086
out=$(java -Xmx"${HEAP:-64m}" ${JAVA_FLAGS:-} -cp "$TEST_CLASSPATH" dev.tokendoctor.bench.ChromeReaderBenchmark "$copy" "$rounds" \
  /usr/bin/python3 scripts/read-chrome-store-plyvel.py "$copy" 1 | tee /dev/stderr)
get() { echo "$out" | awk -v k="$1" '$1 == k {print $2}'; }
echo
printf 'median: Inspector path (Java) %s s   C++ LevelDB %s s   ratio %s\n' "$(get java-median-s)" "$(get floor-median-s)" \
  "$(awk -v a="$(get java-median-s)" -v b="$(get floor-median-s)" 'BEGIN {printf "%.2fx", a / b}')"
printf 'CPU:    Inspector path (Java) %s s   C++ LevelDB %s s   ratio %s   (medians of process CPU time)\n' \
  "$(get java-median-cpu-s)" "$(get floor-median-cpu-s)" \
  "$(awk -v a="$(get java-median-cpu-s)" -v b="$(get floor-median-cpu-s)" 'BEGIN {printf "%.2fx", a / b}')"
printf 'best:   Inspector path (Java) %s s   C++ LevelDB %s s   ratio %s\n' "$(get java-min-s)" "$(get floor-min-s)" \
  "$(awk -v a="$(get java-min-s)" -v b="$(get floor-min-s)" 'BEGIN {printf "%.2fx", a / b}')"

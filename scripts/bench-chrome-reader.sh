#!/usr/bin/env bash
# Builds a ~100k-entry (~100 MB) Chrome-format localStorage store with python3-plyvel (once; kept
# under target/, never committed), then scans it with the app's LevelDB reader under a small heap
# and prints entries/s, MB/s and the heap's peak.
#   apt-get install -y python3-plyvel
#   scripts/bench-chrome-reader.sh                 # -Xmx64m, 3 rounds
#   HEAP=32m ROUNDS=5 ENTRIES=200000 scripts/bench-chrome-reader.sh
set -euo pipefail
cd "$(dirname "$0")/.."

entries=${ENTRIES:-100000}
store=${STORE:-target/bench-chrome-store-$entries}
if [ ! -f "$store/CURRENT" ]; then
  rm -rf "$store"
  mkdir -p "$(dirname "$store")"
  echo "writing $entries entries to $store ..."
  /usr/bin/python3 scripts/make-chrome-bench-store.py "$store" "$entries" 500
fi
du -sh "$store"

. scripts/lib/test-classpath.sh

java -Xmx"${HEAP:-64m}" -cp "$TEST_CLASSPATH" \
    dev.tokendoctor.bench.ChromeReaderBenchmark "$store" "${ROUNDS:-3}"

#!/usr/bin/env bash
# Measures parse + evaluate per record (Coze response, double-encoded nested camelCase, bare JWT)
# with JMH and prints the figures in µs/op.
#   scripts/bench-parse.sh                 # offline, 1 fork, 5 warm-up and 5 measured 1 s iterations
#   MVN_FLAGS= scripts/bench-parse.sh      # let Maven go online (a fresh machine)
#   scripts/bench-parse.sh -i 10           # extra arguments go to JMH
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/lib/test-classpath.sh

java -cp "$TEST_CLASSPATH" \
    org.openjdk.jmh.Main ParseEvaluateBenchmark -f 1 -wi 5 -i 5 -w 1s -r 1s "$@"

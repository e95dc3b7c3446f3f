#!/usr/bin/env bash
# Times a refresh through CozeOAuthClient.refresh against a bare java.net.http POST of the same
# JSON body, both against the embedded sandbox on 127.0.0.1 (faults off), and prints
# mean/p50/p99 and the ratio.
#   scripts/bench-refresh.sh                            # offline, 300 warm-up + 2000 measured each
#   scripts/bench-refresh.sh --warmup 500 --iterations 5000
#   MVN_FLAGS= scripts/bench-refresh.sh                 # let Maven go online (a fresh machine)
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/lib/test-classpath.sh

java -cp "$TEST_CLASSPATH" \
    dev.tokendoctor.bench.RefreshOverheadBenchmark "$@"

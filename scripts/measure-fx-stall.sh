#!/usr/bin/env bash
# The longest FX-thread stall while Coze's token endpoint takes 5 s to answer "Refresh now"
# (the built-in sandbox delays its answers). Headless (Monocle) by default; budget: under 50 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/test-classpath.sh
cp="$TEST_CLASSPATH"
java -cp "$cp" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  dev.tokendoctor.bench.FxStallProbe 2>/dev/null

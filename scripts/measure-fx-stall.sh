#!/usr/bin/env bash
# The longest FX-thread stall while Coze's token endpoint takes 5 s to answer "Refresh now"
# (the built-in sandbox delays its answers). Headless (Monocle) by default; budget: under 50 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q ${MVN_FLAGS--o} test-compile
cp_file=$(mktemp)
mvn -B -q ${MVN_FLAGS--o} dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
cp="target/classes:target/test-classes:$(cat "$cp_file")"
rm -f "$cp_file"
java -cp "$cp" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  dev.tokendoctor.bench.FxStallProbe 2>/dev/null

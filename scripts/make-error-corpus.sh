#!/usr/bin/env bash
# Regenerates the classifier's labelled error corpus (src/test/resources/corpus/errors/*.jsonl) from
# real software: the official @coze/api (npm) and com.coze:coze-api (Maven, test scope) run against
# the built-in sandbox with every fault switch and wrong setting, real network failures (closed port,
# .invalid host, self-signed TLS, black-holed connect, refusing proxies) through the SDKs, node fetch,
# axios, Java, curl and Python's urllib, plus Chinese phrasings. npm packages go to a scratch folder, never into the repo.
# Needs: node + npm, python3, openssl, curl, Maven. Usage: scripts/make-error-corpus.sh [scratch-folder]
# (CORPUS_OUT=folder writes elsewhere, e.g. to compare a new SDK version with the committed corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
scratch=${1:-$(mktemp -d -t coze-corpus-XXXXXX)}
out=${CORPUS_OUT:-src/test/resources/corpus/errors}
mkdir -p "$out" "$scratch"
# shellcheck source=lib/test-classpath.sh
source scripts/lib/test-classpath.sh
abs_classpath=$(echo "$TEST_CLASSPATH" | sed "s#target/#$repo/target/#g")

(cd "$scratch" && [ -d node_modules/@coze/api ] || (cd "$scratch" && npm init -y >/dev/null && npm install --no-audit --no-fund @coze/api@1.3.9 axios@1 >/dev/null))
cp scripts/corpus/node-sdk.mjs "$scratch/"

# The fault servers live as long as their stdin stays open.
exec 3> >(python3 scripts/corpus/fault_servers.py > "$scratch/ports.json")
for _ in $(seq 50); do [ -s "$scratch/ports.json" ] && break; sleep 0.2; done
ports=$(cat "$scratch/ports.json")

(cd "$scratch" && CORPUS_PORTS="$ports" CORPUS_SCRATCH="$scratch" \
  CORPUS_SANDBOX_CMD="java -cp '$abs_classpath' dev.tokendoctor.corpus.CorpusSandboxMain" \
  node node-sdk.mjs > node.jsonl)
java -cp "$abs_classpath" dev.tokendoctor.corpus.JavaSdkCorpusMain "$ports" > "$scratch/java.jsonl" 2> "$scratch/java.err"
python3 scripts/corpus/tools.py "$ports" "java -cp '$abs_classpath' dev.tokendoctor.corpus.CorpusSandboxMain" > "$scratch/tools.jsonl"
python3 scripts/corpus/phrasings.py > "$scratch/zh.jsonl"
exec 3>&-

python3 scripts/corpus/assemble.py "$out" node-sdk="$scratch/node.jsonl" java-sdk="$scratch/java.jsonl" \
  tools="$scratch/tools.jsonl" phrasings="$scratch/zh.jsonl"
wc -l "$out"/*.jsonl

#!/usr/bin/env bash
# Wall time of command-line runs as users run them (the named module on the module path, no
# display), next to their floor measured the same way in the same run: the JVM alone, and the JVM
# resolving the app's module graph. N runs each, median printed. Needs `mvn -q -DskipTests verify` first.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
mp="target/classes:$(cat target/runtime-classpath.txt)"
data=$(mktemp -d)
home=$(mktemp -d)
trap 'rm -rf "$data" "$home"' EXIT

measure() {
  local label=$1; shift
  local values=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    env -u DISPLAY java -Duser.home="$home" "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    values+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${values[@]}" | sort -n | awk -v l="$label" '{a[NR]=$1} END {printf "%-28s median %5d ms  (min %d, max %d, n=%d)\n", l, a[int((NR+1)/2)], a[1], a[NR], NR}'
}

app=(--module-path "$mp" -m dev.tokendoctor/dev.tokendoctor.app.Launcher)
measure "floor: java -version" -version
measure "floor: module graph" --module-path "$mp" --add-modules dev.tokendoctor -version
measure "status (empty store)" "${app[@]}" status --data-dir "$data"
measure "status --json (a token)" "${app[@]}" status --json --token-file assets/samples/coze-response.json --data-dir "$data"
measure "diagnose --text" "${app[@]}" diagnose --text '{"code":4100,"msg":"authentication is invalid"}' --data-dir "$data"
measure "help" "${app[@]}" help

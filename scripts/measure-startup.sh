#!/usr/bin/env bash
# Time from process start to the first shown frame: the app's main window vs a bare JavaFX stage,
# both launched the same way (java on the class path, same flags), N runs each, median printed.
# Needs a display; without one it uses xvfb-run (Debian: apt-get install xvfb xauth libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
# --- pkg: `--image` measures the packaged runtime image instead (see that script) ---
if [ "${1:-}" = --image ]; then exec scripts/measure-image-startup.sh; fi
# --- end pkg ---
runs=${RUNS:-7}
. scripts/lib/test-classpath.sh
cp="$TEST_CLASSPATH"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
wrap=()
if [ -z "${DISPLAY:-}" ]; then wrap=(xvfb-run -a -s "-screen 0 1280x900x24"); fi

measure() {
  local label=$1; shift
  local values=()
  for _ in $(seq "$runs"); do
    line=$("${wrap[@]}" java -cp "$cp" "$@" 2>/dev/null | grep '^first-frame-ms' || true)
    values+=("${line##* }")
  done
  printf '%s\n' "${values[@]}" | sort -n | awk -v l="$label" '{a[NR]=$1} END {printf "%-12s median %d ms  (min %d, max %d, n=%d)\n", l, a[int((NR+1)/2)], a[1], a[NR], NR}'
}

measure "main-window" dev.tokendoctor.app.Launcher --measure-startup --lang en --data-dir "$data"
measure "bare-stage" 'dev.tokendoctor.bench.BareStage$Main'

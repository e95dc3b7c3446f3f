#!/usr/bin/env bash
# Time from process start to the first shown frame: the app's main window vs a bare JavaFX stage,
# both launched the same way (java on the class path, same flags), the two alternated run by run,
# medians and their ratio printed, then the classes each loads before its first frame.
# IMAGE=<jlink image folder> adds the packaged app vs a bare stage on the image's own runtime.
# Needs a display; without one it uses xvfb-run (Debian: apt-get install xvfb xauth libgtk-3-0).
#   scripts/measure-startup.sh                  # 7 runs each
#   RUNS=11 IMAGE=target/image scripts/measure-startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
. scripts/lib/test-classpath.sh
. scripts/lib/frozen-classes.sh
cp="$TEST_CLASSPATH"
data=$(mktemp -d)
trap 'rm -rf "$data" "$frozen_classes"' EXIT
wrap=()
if [ -z "${DISPLAY:-}" ]; then wrap=(xvfb-run -a -s "-screen 0 1280x900x24"); fi

first_frame() { # java-binary args... -> milliseconds
  local line
  line=$("${wrap[@]}" "$@" 2>/dev/null | grep '^first-frame-ms' || true)
  echo "${line##* }"
}

median() { sort -n | awk '{a[NR]=$1} END {printf "%d %d %d\n", a[int((NR+1)/2)], a[1], a[NR]}'; }

compare() { # label-a label-b : reads the two commands from the arrays A and B
  local av=() bv=()
  for _ in $(seq "$runs"); do
    av+=("$(first_frame "${A[@]}")")
    bv+=("$(first_frame "${B[@]}")")
  done
  read -r am amin amax < <(printf '%s\n' "${av[@]}" | median)
  read -r bm bmin bmax < <(printf '%s\n' "${bv[@]}" | median)
  printf '%-22s median %5d ms  (min %d, max %d, n=%d)\n' "$1" "$am" "$amin" "$amax" "$runs"
  printf '%-22s median %5d ms  (min %d, max %d, n=%d)\n' "$2" "$bm" "$bmin" "$bmax" "$runs"
  awk -v a="$am" -v b="$bm" -v l="$1" 'BEGIN {printf "%-22s %.2fx the bare stage\n", l, a / b}'
}

A=(java -cp "$cp" dev.tokendoctor.app.Launcher --measure-startup --lang en --data-dir "$data")
B=(java -cp "$cp" 'dev.tokendoctor.bench.BareStage$Main')
compare "main-window" "bare-stage"

classes() { "${wrap[@]}" "$@" 2>/dev/null | grep -c '^\[.*class,load' || true; }
printf 'classes loaded up to the first frame: app %s, bare stage %s\n' \
  "$(classes java -Xlog:class+load -cp "$cp" dev.tokendoctor.app.Launcher --measure-startup --lang en --data-dir "$data")" \
  "$(classes java -Xlog:class+load -cp "$cp" 'dev.tokendoctor.bench.BareStage$Main')"

if [ -n "${IMAGE:-}" ]; then
  A=("$IMAGE/bin/java" -m dev.tokendoctor/dev.tokendoctor.app.Launcher --measure-startup --lang en --data-dir "$data")
  B=("$IMAGE/bin/java" -cp "$frozen_classes/test-classes:$frozen_classes/classes" 'dev.tokendoctor.bench.BareStage$Main')
  compare "image main-window" "image bare-stage"
fi

#!/usr/bin/env bash
# Time from process start to the first shown frame: the app's main window vs a bare JavaFX stage,
# both launched the same way (java on the class path, same flags), the two alternated run by run,
# medians and their ratio printed, then the classes each loads before its first frame. A third side,
# the least a status screen needs in plain JavaFX controls (bench/PlainStatusStage), shows what
# JavaFX itself costs for such a screen before anything of the app's.
# IMAGE=<jlink image folder> adds the packaged app vs a bare stage on the image's own runtime.
# Needs a display; without one it uses xvfb-run (Debian: apt-get install xvfb xauth libgtk-3-0).
#   scripts/measure-startup.sh                  # 7 runs each
#   RUNS=11 IMAGE=target/image scripts/measure-startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# --- pkg: `--image` measures the packaged runtime image instead (see that script) ---
if [ "${1:-}" = --image ]; then exec scripts/measure-image-startup.sh; fi
# --- end pkg ---
runs=${RUNS:-7}
. scripts/lib/test-classpath.sh
. scripts/lib/frozen-classes.sh
cp="$TEST_CLASSPATH"
data=$(mktemp -d)
trap 'rm -rf "$data" "$frozen_classes"' EXIT
wrap=()
if [ -z "${DISPLAY:-}" ]; then wrap=(xvfb-run -a -s "-screen 0 1280x900x24"); fi

first_frame() { # java-binary args... -> "wall-ms cpu-ms" (CPU time of the process up to the first frame)
  local out wall cpu
  out=$("${wrap[@]}" "$@" 2>/dev/null | grep '^first-frame' || true)
  wall=$(echo "$out" | awk '$1 == "first-frame-ms" {print $3}')
  cpu=$(echo "$out" | awk '$1 == "first-frame-cpu-ms" {print $3}')
  echo "$wall ${cpu:-0}"
}

median() { sort -n | awk '{a[NR]=$1} END {printf "%d %d %d\n", a[int((NR+1)/2)], a[1], a[NR]}'; }

compare() { # label-a label-b [label-c] : reads the commands from the arrays A and B (and C, a third side compared with B too)
  local av=() bv=() cv=() ac=() bc=() cc=() r
  for _ in $(seq "$runs"); do
    r=$(first_frame "${A[@]}"); av+=("${r% *}"); ac+=("${r#* }")
    r=$(first_frame "${B[@]}"); bv+=("${r% *}"); bc+=("${r#* }")
    if [ -n "${3:-}" ]; then r=$(first_frame "${C[@]}"); cv+=("${r% *}"); cc+=("${r#* }"); fi
  done
  read -r am amin amax < <(printf '%s\n' "${av[@]}" | median)
  read -r bm bmin bmax < <(printf '%s\n' "${bv[@]}" | median)
  read -r acm _ _ < <(printf '%s\n' "${ac[@]}" | median)
  read -r bcm _ _ < <(printf '%s\n' "${bc[@]}" | median)
  printf '%-22s median %5d ms  (min %d, max %d, n=%d)  CPU median %d ms\n' "$1" "$am" "$amin" "$amax" "$runs" "$acm"
  printf '%-22s median %5d ms  (min %d, max %d, n=%d)  CPU median %d ms\n' "$2" "$bm" "$bmin" "$bmax" "$runs" "$bcm"
  if [ -n "${3:-}" ]; then
    read -r cm cmin cmax < <(printf '%s\n' "${cv[@]}" | median)
    read -r ccm _ _ < <(printf '%s\n' "${cc[@]}" | median)
    printf '%-22s median %5d ms  (min %d, max %d, n=%d)  CPU median %d ms\n' "$3" "$cm" "$cmin" "$cmax" "$runs" "$ccm"
  fi
  awk -v a="$am" -v b="$bm" -v c="$acm" -v d="$bcm" -v l="$1" \
    'BEGIN {printf "%-22s %.2fx the bare stage (wall), %.2fx (CPU)\n", l, a / b, (d > 0 ? c / d : 0)}'
  if [ -n "${3:-}" ]; then
    awk -v a="$cm" -v b="$bm" -v c="$ccm" -v d="$bcm" -v l="$3" \
      'BEGIN {printf "%-22s %.2fx the bare stage (wall), %.2fx (CPU)\n", l, a / b, (d > 0 ? c / d : 0)}'
  fi
}

A=(java -cp "$cp" dev.tokendoctor.app.Launcher --measure-startup --lang en --data-dir "$data")
B=(java -cp "$cp" 'dev.tokendoctor.bench.BareStage$Main')
# a second floor: the least a status screen needs in plain JavaFX controls, nothing of the app's
C=(java -cp "$cp" 'dev.tokendoctor.bench.PlainStatusStage$Main')
compare "main-window" "bare-stage" "plain-status-screen"

# counted up to the probe's first-frame line: what the process loads after it (the launch scan) is not start-up
classes() { "${wrap[@]}" "$@" 2>/dev/null | awk '/^first-frame-ms/ {done = 1} !done && /^\[.*class,load/ {n++} END {print n + 0}'; }
printf 'classes loaded up to the first frame: app %s, bare stage %s, plain status screen %s\n' \
  "$(classes java -Xlog:class+load -cp "$cp" dev.tokendoctor.app.Launcher --measure-startup --lang en --data-dir "$data")" \
  "$(classes java -Xlog:class+load -cp "$cp" 'dev.tokendoctor.bench.BareStage$Main')" \
  "$(classes java -Xlog:class+load -cp "$cp" 'dev.tokendoctor.bench.PlainStatusStage$Main')"

if [ -n "${IMAGE:-}" ]; then
  A=("$IMAGE/bin/java" -m dev.tokendoctor/dev.tokendoctor.app.Launcher --measure-startup --lang en --data-dir "$data")
  B=("$IMAGE/bin/java" -cp "$frozen_classes/test-classes:$frozen_classes/classes" 'dev.tokendoctor.bench.BareStage$Main')
  compare "image main-window" "image bare-stage"
fi

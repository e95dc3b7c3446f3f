#!/usr/bin/env bash
# Process start -> first frame of the packaged app (target/package/image, built by
# `mvn -Ppackage package`), with and without its class-data-sharing archive, next to a bare
# JavaFX stage on the same runtime, the app and a bare stage on the JDK's class path, and
# `mvn javafx:run` (wall clock from the command to the printed frame, Maven's own start included).
# Runs are interleaved so that load from other processes hits every variant alike; median of RUNS.
# Also reached as `scripts/measure-startup.sh --image`. Needs a display or xvfb-run, and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
image=${IMAGE:-target/package/image}
runs=${RUNS:-5}
[ -x "$image/bin/coze-token-doctor" ] || { echo "no $image/bin/coze-token-doctor: run mvn -Ppackage package first" >&2; exit 1; }
. scripts/lib/test-classpath.sh
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
wrap=()
if [ -z "${DISPLAY:-}" ]; then wrap=(xvfb-run -a -s "-screen 0 1280x900x24"); fi
# The image's launcher without its -XX:SharedArchiveFile option: only the JDK classes are shared.
sed 's/ "-XX:SharedArchiveFile=[^"]*"//' "$image/bin/coze-token-doctor" > "$image/bin/.no-app-cds"
chmod +x "$image/bin/.no-app-cds"
trap 'rm -rf "$data" "$image/bin/.no-app-cds"' EXIT
app_args=(--measure-startup --lang en --data-dir "$data")

# Prints "<ms to first frame>/<CPU ms of the whole process>": under load from other processes the
# wall-clock figure stretches, the CPU time (user + system, to the exit right after the frame) far less.
first_frame() {
  local ms cpu
  ms=$("${wrap[@]}" /usr/bin/time -f 'cpu %U %S' -o "$data/cpu" "$@" 2>/dev/null | awk '/^first-frame-ms/ {print $3}')
  cpu=$(awk '/^cpu/ {printf "%d", ($2 + $3) * 1000}' "$data/cpu")
  echo "$ms/$cpu"
}
mvn_wall() {
  local t0 t1
  t0=$(date +%s%N)
  "${wrap[@]}" mvn -o -q javafx:run -Dapp.args="${app_args[*]}" 2>/dev/null | grep -q '^first-frame-ms'
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
declare -A results
labels=("image app, app CDS" "image app, JDK CDS only" "image bare stage" "JDK app (class path)" "JDK bare stage" "mvn javafx:run (wall)")
for _ in $(seq "$runs"); do
  results[0]+=" $(first_frame "$image/bin/coze-token-doctor" "${app_args[@]}")"
  results[1]+=" $(first_frame "$image/bin/.no-app-cds" "${app_args[@]}")"
  results[2]+=" $(first_frame "$image/bin/java" --add-modules dev.tokendoctor --add-exports dev.tokendoctor/dev.tokendoctor.app=ALL-UNNAMED \
    -cp target/test-classes 'dev.tokendoctor.bench.BareStage$Main')"
  results[3]+=" $(first_frame java -cp "$TEST_CLASSPATH" dev.tokendoctor.app.Launcher "${app_args[@]}")"
  results[4]+=" $(first_frame java -cp "$TEST_CLASSPATH" 'dev.tokendoctor.bench.BareStage$Main')"
  if [ "${MVN_RUNS:-1}" != 0 ]; then results[5]+=" $(mvn_wall)"; fi
done
median() { sort -n | awk '{a[NR]=$1} END {printf "%5d ms (min %d, max %d, n=%d)", a[int((NR+1)/2)], a[1], a[NR], NR}'; }
printf '%-26s %-36s %s\n' "" "first frame, median" "CPU to exit, median"
for i in "${!labels[@]}"; do
  [ -n "${results[$i]:-}" ] || continue
  wall=$(printf '%s\n' ${results[$i]} | cut -d/ -f1 | median)
  cpu=-; if [ "$i" != 5 ]; then cpu=$(printf '%s\n' ${results[$i]} | cut -d/ -f2 | median); fi
  printf '%-26s %-36s %s\n' "${labels[$i]}" "$wall" "$cpu"
done

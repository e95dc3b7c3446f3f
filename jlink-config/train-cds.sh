#!/usr/bin/env bash
# Writes <image>/lib/app-cds.jsa: a dynamic class-data-sharing archive of the classes the app
# loads up to its first frame, recorded on one scripted start (--measure-startup) of the image's
# own launcher. Needs a display; without one it uses xvfb-run. Usage: train-cds.sh <image>
set -euo pipefail
image=$(cd "$1" && pwd)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
wrap=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "train-cds.sh: no DISPLAY and no xvfb-run" >&2; exit 1; }
  wrap=(xvfb-run -a -s "-screen 0 1280x900x24")
fi
rm -f "$image/lib/app-cds.jsa"
JDK_JAVA_OPTIONS="-XX:ArchiveClassesAtExit=$image/lib/app-cds.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" \
  "${wrap[@]}" "$image/bin/coze-token-doctor" --measure-startup --data-dir "$data" 2>/dev/null | grep '^first-frame-ms' >/dev/null
test -s "$image/lib/app-cds.jsa"
ls -l "$image/lib/app-cds.jsa" | awk '{printf "app-cds.jsa %.1f MB\n", $5/1048576}'

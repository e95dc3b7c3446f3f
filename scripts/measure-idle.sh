#!/usr/bin/env bash
# Idle cost: the app's Status screen counting down a valid token next to a bare JavaFX stage that
# stays open and the same bare stage setting one label once a second (the floor of any countdown), all started the same way (java on the class path, same flags, same display) and
# measured over the same window after a settle time. The app runs JavaFX's pulse at 30 a second
# (app/Window.PULSE_HZ) instead of 60; a fourth process, the ticking stage at the app's rate, shows
# what that alone saves: CPU % of one core (from /proc/<pid>/stat)
# and resident memory (VmRSS). Needs a display; without one it uses xvfb-run (Debian: apt-get
# install xvfb xauth libgtk-3-0 xdotool; xdotool moves the pointer off the windows, below).
#   scripts/measure-idle.sh                      # settle 120 s, measure 60 s
#   SETTLE=30 MEASURE=30 scripts/measure-idle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
settle=${SETTLE:-120}
window=${MEASURE:-60}
if [ -z "${DISPLAY:-}" ] && [ -z "${IDLE_UNDER_XVFB:-}" ]; then
  exec env IDLE_UNDER_XVFB=1 xvfb-run -a -s "-screen 0 1280x900x24" "$0" "$@"
fi
. scripts/lib/test-classpath.sh
. scripts/lib/frozen-classes.sh
cp="$TEST_CLASSPATH"
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work" "$frozen_classes"
}
trap cleanup EXIT

now=$(date +%s)
printf '{"access_token":"czu_IdleMeasureAccessToken0123456789abcdef","refresh_token":"rt_0123456789","expires_in":%d,"obtained_at":%d}\n' \
  $((now + 86400)) $((now - 60)) > "$work/token.json"
java -cp "$cp" dev.tokendoctor.app.Launcher --lang en --data-dir "$work/data" --token-file "$work/token.json" \
  >"$work/app.log" 2>&1 &
pids+=($!); app=$!
java -cp "$cp" 'dev.tokendoctor.bench.BareStage$Main' --stay >"$work/bare.log" 2>&1 &
pids+=($!); bare=$!
# the floor of a countdown: the same bare stage with one label set once a second
java -cp "$cp" 'dev.tokendoctor.bench.BareStage$Main' --stay --tick >"$work/tick.log" 2>&1 &
pids+=($!); tick=$!
app_pulse=$(sed -n 's/.*int PULSE_HZ = \([0-9]*\);.*/\1/p' src/main/java/dev/tokendoctor/app/Window.java)
java -Djavafx.animation.pulse="$app_pulse" -cp "$cp" 'dev.tokendoctor.bench.BareStage$Main' --stay --tick >"$work/tick-app-pulse.log" 2>&1 &
pids+=($!); tickp=$!

# Where the pointer rests matters: over a window, JavaFX picks the node under it again on every pulse
# that repaints (Scene.MouseHandler.pulse), once a second for a countdown. Under the script's own Xvfb
# the pointer starts in the middle of the screen, over whichever window opened last (the app, which
# starts slowest), so the app alone would pay for it. Move it off every window (the screen's corner;
# the windows are about 1000 x 780 in the middle of 1280 x 900), so that all four are measured alike.
# On your own display (DISPLAY set) the pointer is left alone.
pointer=" (the pointer left where it was)"
slept=0
if [ -n "${IDLE_UNDER_XVFB:-}" ]; then
  slept=8; sleep "$slept" # the windows are open (part of the settle time)
  if command -v xdotool >/dev/null; then
    xdotool mousemove 1279 899 && pointer=" (the pointer off every window)"
  else
    pointer=" (the pointer over the last window opened: apt-get install xdotool to move it off)"
  fi
fi

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # utime + stime, in clock ticks
rss_mib() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
echo "settling ${settle} s, then measuring ${window} s (all at once) ..."
sleep $((settle > slept ? settle - slept : 0))
# per thread (name and CPU ticks), to see where an app's idle goes: FX thread, JIT compilers, renderer
# in nanoseconds on the CPU (schedstat), not clock ticks: a thread's ticks are cut to whole 10 ms, and
# forty threads that each use a little would go missing from the sum
threads() { for t in /proc/"$1"/task/*; do printf '%s %s\n' "${t##*/}" "$(awk '{print $1}' "$t/schedstat" 2>/dev/null) $(tr ' ' '_' < "$t/comm" 2>/dev/null)"; done; }
a0=$(ticks "$app"); b0=$(ticks "$bare"); t0=$(ticks "$tick"); p0=$(ticks "$tickp")
threads "$app" > "$work/app.threads0"; threads "$tick" > "$work/tick.threads0"
# the resident size moves by ±15 MiB between readings (a young collection copies into fresh regions):
# read all three every 10 s over the window and compare medians
app_r=(); bare_r=(); tick_r=()
for _ in $(seq $((window / 10))); do
  sleep 10
  app_r+=("$(rss_mib "$app")"); bare_r+=("$(rss_mib "$bare")"); tick_r+=("$(rss_mib "$tick")")
done
sleep $((window % 10))
a1=$(ticks "$app"); b1=$(ticks "$bare"); t1=$(ticks "$tick"); p1=$(ticks "$tickp")
threads "$app" > "$work/app.threads1"; threads "$tick" > "$work/tick.threads1"
hz=$(getconf CLK_TCK)
median_of() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
range_of() { printf '%s\n' "$@" | sort -n | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%s–%s", lo, hi}'; }
app_rss=$(median_of "${app_r[@]}"); bare_rss=$(median_of "${bare_r[@]}"); tick_rss=$(median_of "${tick_r[@]}")
awk -v a=$((a1 - a0)) -v b=$((b1 - b0)) -v t=$((t1 - t0)) -v p=$((p1 - p0)) -v pulse="$app_pulse" -v hz="$hz" -v w="$window" -v ar="$app_rss" -v br="$bare_rss" -v tr="$tick_rss" -v ptr="$pointer" 'BEGIN {
  ac = 100 * a / hz / w; bc = 100 * b / hz / w; tc = 100 * t / hz / w; pc = 100 * p / hz / w
  printf "idle CPU (%% of one core)  app %.2f %%   bare stage %.2f %%   bare stage ticking once a second %.2f %%   (the same at the app'"'"'s %d pulses a second: %.2f %%)%s\n", ac, bc, tc, pulse, pc, ptr
  printf "resident memory (median)  app %d MiB   bare stage %d MiB   ratio %.2fx   (ticking bare stage %d MiB)\n", ar, br, ar / br, tr
}'
printf 'resident memory readings  app %s MiB   bare stage %s MiB   ticking bare stage %s MiB   (%d each, every 10 s)\n' \
  "$(range_of "${app_r[@]}")" "$(range_of "${bare_r[@]}")" "$(range_of "${tick_r[@]}")" "${#app_r[@]}"
per_thread() { # label before after: the threads that used CPU in the window, busiest first
  printf '  %-26s' "$1"
  awk -v w="$window" 'NR == FNR {t0[$1] = $2; next}
    {d = $2 - t0[$1]; if (d > 0) used[$3] += d}
    END {for (n in used) printf "%.2f %s\n", 100 * used[n] / 1e9 / w, n}' "$2" "$3" | sort -rn | head -6 |
    awk '{printf "%s %.2f %%   ", $2, $1} END {print ""}'
  awk -v w="$window" 'NR == FNR {t0[$1] = $2; next} {d = $2 - t0[$1]; if (d > 0) all += d}
    END {printf "  %-26s%.2f %% in all its living threads\n", "", 100 * all / 1e9 / w}' "$2" "$3"
}
echo "busiest threads over the window (% of one core):"
per_thread "app" "$work/app.threads0" "$work/app.threads1"
per_thread "bare stage ticking" "$work/tick.threads0" "$work/tick.threads1"

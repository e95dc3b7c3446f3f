#!/usr/bin/env bash
# Regenerates src/test/resources/fixtures/browsers/ with the REAL browsers (Debian's chromium and
# firefox-esr, headless, fresh profiles), then strips every profile down to its localStorage.
#   apt-get install -y chromium firefox-esr python3
#   scripts/make-browser-fixtures.sh            (PORT=8082 by default: the guide's origin)
# The values are fake tokens; the tests know them (see BrowserFixtures.java).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/src/test/resources/fixtures/browsers"
PORT=${PORT:-8082}
PORT2=$((PORT + 1))
WORK=$(mktemp -d)
SERVERS=()
cleanup() {
  for pid in "${SERVERS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/site"
cat > "$WORK/site/store.html" <<'HTML'
<!doctype html><meta charset="utf-8"><title>fixture</title>
<script>
// step=write: the first visit; step=update: a later visit that updates and removes keys;
// step=origin: one small token per origin; step=fill: enough data for LevelDB to write tables.
const step = new URLSearchParams(location.search).get('step');
const token = (v) => JSON.stringify({access_token: 'czu_fixture' + v + '_' + location.host.replace(/[^a-z0-9]/g, ''),
  refresh_token: 'rt_fixture' + v, expires_in: v === 'v1' ? 1700000000 : 4102444800, token_type: 'Bearer'});
if (step === 'write') {
  localStorage.setItem('coze_oauth_tokens', token('v1'));
  localStorage.setItem('greeting', '你好，中文 café');
  localStorage.setItem('counter', '1');
  localStorage.setItem('removed', 'soon gone');
  localStorage.setItem('big', 'x'.repeat(200000));
} else if (step === 'update') {
  localStorage.setItem('coze_oauth_tokens', token('v2'));
  localStorage.setItem('counter', '2');
  localStorage.removeItem('removed');
} else if (step === 'origin') {
  localStorage.setItem('coze_oauth_tokens', token('v1'));
  localStorage.setItem('origin', location.origin);
} else if (step === 'fill') {
  for (let i = 0; i < 3000; i++) localStorage.setItem('fill' + i, 'value ' + i + ' ' + 'abcdefghij'.repeat(60));
}
document.title = 'done ' + step;
if (navigator.userAgent.includes('Firefox')) setTimeout(() => window.close(), 3000);
</script>
HTML

for port in "$PORT" "$PORT2"; do
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$WORK/site" >/dev/null 2>&1 &
  SERVERS+=($!)
done
sleep 1

chrome_visit() { # profile-dir url
  # Chrome commits localStorage about 5 s after a write; SIGTERM makes it shut down cleanly.
  timeout -s TERM 12 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$1" "$2" >/dev/null 2>&1 || true
  sleep 1
}

firefox_visit() { # profile-dir url
  mkdir -p "$1"
  cat > "$1/user.js" <<'JS'
user_pref("dom.storage.next_gen", true);
user_pref("dom.allow_scripts_to_close_windows", true);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
user_pref("browser.startup.homepage_override.mstone", "ignore");
user_pref("app.update.enabled", false);
JS
  timeout -s TERM 25 firefox-esr --headless --profile "$1" --no-remote "$2" >/dev/null 2>&1 || true
  sleep 1
}

H1="http://localhost:$PORT/store.html"
UD="$WORK/chromium"
# Default: one visit that writes and one that updates, each a fresh start of the browser.
chrome_visit "$UD/main" "$H1?step=write"
chrome_visit "$UD/main" "$H1?step=update"
# Profile 1 of the same user data dir: many origins (host and port make the origin).
for origin in "localhost:$PORT" "127.0.0.1:$PORT" "localhost:$PORT2" "127.0.0.1:$PORT2"; do
  chrome_visit "$UD/many" "http://$origin/store.html?step=origin"
done
# Compacted: enough writes and restarts that LevelDB moves the log into .ldb tables.
chrome_visit "$UD/compacted" "$H1?step=write"
chrome_visit "$UD/compacted" "$H1?step=fill"
chrome_visit "$UD/compacted" "$H1?step=update"
chrome_visit "$UD/compacted" "http://127.0.0.1:$PORT/store.html?step=origin"

FF="$WORK/firefox"
firefox_visit "$FF/main" "$H1?step=write"
firefox_visit "$FF/main" "$H1?step=update"
firefox_visit "$FF/main" "http://127.0.0.1:$PORT2/store.html?step=origin"

rm -rf "$OUT"
copy_leveldb() { # chromium-user-data-dir target-profile-dir
  mkdir -p "$2/Local Storage"
  cp -a "$1/Default/Local Storage/leveldb" "$2/Local Storage/"
  rm -f "$2/Local Storage/leveldb/LOCK" "$2/Local Storage/leveldb/LOG" "$2/Local Storage/leveldb/LOG.old"
}
copy_leveldb "$UD/main" "$OUT/chromium/user-data/Default"
copy_leveldb "$UD/many" "$OUT/chromium/user-data/Profile 1"
copy_leveldb "$UD/compacted" "$OUT/chromium/compacted/Default"

P="$OUT/firefox/Profiles/fixture.default-release"
mkdir -p "$P"
(cd "$FF/main" && find storage/default -path '*/ls/*' -name 'data.sqlite' -print0 | xargs -0 -I{} cp --parents {} "$P/")
[ -f "$FF/main/webappsstore.sqlite" ] && cp "$FF/main/webappsstore.sqlite" "$P/"
cat > "$OUT/firefox/profiles.ini" <<'INI'
[Profile0]
Name=default-release
IsRelative=1
Path=Profiles/fixture.default-release
Default=1

[General]
StartWithLastProfile=1
Version=2
INI
# Timestamps in a git checkout are the checkout's: the tests never rely on file mtimes.
find "$OUT" -type f -exec ls -l {} +
du -sh "$OUT"

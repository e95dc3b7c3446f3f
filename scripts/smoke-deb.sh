#!/usr/bin/env bash
# Installs the .deb built by `mvn -Ppackage package` on this machine, starts the installed app the
# way the desktop menu does (the Exec line of its desktop entry) under a private Xvfb to a first
# frame, checks `coze-token-doctor --self-check` from the PATH, then removes the package again and
# checks that nothing is left behind. Needs root (apt-get) and Xvfb; Debian/Ubuntu only.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "smoke-deb: needs root (apt-get install/remove)" >&2; exit 1; }
deb=$(ls target/package/coze-token-doctor_*.deb 2>/dev/null | head -1 || true)
[ -n "$deb" ] || { echo "smoke-deb: no target/package/coze-token-doctor_*.deb: run mvn -Ppackage package" >&2; exit 1; }
work=$(mktemp -d)
xvfb_pid=
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  if dpkg -s coze-token-doctor >/dev/null 2>&1; then apt-get purge -y -qq coze-token-doctor >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "smoke-deb: FAILED: $*" >&2; exit 1; }
pass() { echo "smoke-deb: ok   $*"; }

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
pass "installed $(dpkg-query -W -f '${Package} ${Version}, ${Installed-Size} KB' coze-token-doctor)"
[ -x /opt/coze-token-doctor/bin/coze-token-doctor ] || fail "no /opt/coze-token-doctor/bin/coze-token-doctor"
command -v coze-token-doctor >/dev/null || fail "coze-token-doctor is not on the PATH"

entry=$(dpkg -L coze-token-doctor | grep '\.desktop$' | head -1)
[ -n "$entry" ] || fail "the package has no desktop entry"
exec_line=$(sed -n 's/^Exec=//p' "$entry" | head -1)
icon=$(sed -n 's/^Icon=//p' "$entry" | head -1)
[ -f "$icon" ] || fail "the desktop entry's icon $icon is missing"
pass "desktop entry $entry: Exec=$exec_line, Icon=$icon"
menu=/usr/share/applications/$(basename "$entry")
[ -f "$menu" ] || fail "no menu entry $menu (xdg-desktop-menu)"
pass "menu entry $menu"
# The Exec line's field codes (%U, %f, ...) stand for files the menu would pass: none here.
read -r -a command <<< "$(printf '%s' "$exec_line" | sed 's/ %[a-zA-Z]//g; s/"//g')"

exec 3< <(Xvfb -displayfd 1 -screen 0 1280x900x24 -nolisten tcp 2>/dev/null & echo "pid $!")
read -r _ xvfb_pid <&3
read -r display <&3
frame=$(env -i HOME="$work" PATH=/usr/bin:/bin DISPLAY=":$display" "${command[@]}" --measure-startup --data-dir "$work/data" \
  2>"$work/err" | awk '/^first-frame-ms/ {print $3}')
[ -n "$frame" ] || { cat "$work/err"; fail "the installed app showed no first frame"; }
pass "started from the desktop entry's Exec line: first frame after $frame ms"
env -i HOME="$work" PATH=/usr/bin:/bin coze-token-doctor --self-check | grep -q '^self-check ok' || fail "coze-token-doctor --self-check"
pass "coze-token-doctor --self-check from the PATH"

apt-get remove -y -qq coze-token-doctor >/dev/null
[ "$(dpkg-query -W -f '${db:Status-Status}' coze-token-doctor)" != installed ] || fail "still installed after apt-get remove"
[ ! -e /opt/coze-token-doctor ] || fail "/opt/coze-token-doctor is left behind"
[ ! -e /usr/bin/coze-token-doctor ] || fail "/usr/bin/coze-token-doctor is left behind"
[ ! -e "$entry" ] || fail "$entry is left behind"
[ ! -e "$menu" ] || fail "$menu is left behind"
apt-get purge -y -qq coze-token-doctor >/dev/null   # dpkg keeps a removed package's record until purged
! dpkg -s coze-token-doctor >/dev/null 2>&1 || fail "dpkg still knows the package after apt-get purge"
pass "removed (and purged), nothing left behind"

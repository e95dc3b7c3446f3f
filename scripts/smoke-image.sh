#!/usr/bin/env bash
# Smoke test of the packaged runtime image, run the way a user without a JDK runs it: JAVA_HOME
# unset and no `java` on PATH. Builds the image first if there is none (IMAGE=dir to use another).
#   1. --self-check: exit 0, every check ok (HTTP client against the sandbox, SQLite, Snappy, a TLS
#      handshake to a local TLS server, a Chinese date);
#   2. the same with java.io.tmpdir on a noexec mount (root only: the native libraries must not be
#      unpacked into the temp folder);
#   3. --help in Chinese and in English;
#   4. the window under Xvfb with --measure-startup, until its first frame;
#   5. the window in Chinese with fontconfig showing no CJK font (only DejaVu), to a first frame,
#      and a screenshot in target/smoke/ when ImageMagick's `import` is there.
# Needs: Xvfb (Debian: apt-get install xvfb xauth libgtk-3-0), fonts-dejavu-core.
set -euo pipefail
cd "$(dirname "$0")/.."
image=${IMAGE:-target/package/image}
if [ ! -x "$image/bin/coze-token-doctor" ]; then
  mvn -B -q -Ppackage package -DskipTests -Dpackage.stages=image
fi
launcher=$(cd "$image" && pwd)/bin/coze-token-doctor
out=target/smoke
mkdir -p "$out"
work=$(mktemp -d)
xvfb_pid=
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  if mountpoint -q "$work/noexec-tmp" 2>/dev/null; then umount "$work/noexec-tmp"; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "smoke-image: FAILED: $*" >&2; exit 1; }
pass() { echo "smoke-image: ok   $*"; }

# A PATH holding only what the launcher script itself calls: no java anywhere on it.
mkdir -p "$work/bin" "$work/home"
for tool in sh dirname sed ls; do ln -s "$(command -v "$tool")" "$work/bin/$tool"; done
bare() { env -i HOME="$work/home" PATH="$work/bin" LANG=C.UTF-8 "$@"; }
if bare sh -c 'command -v java' >/dev/null; then fail "java is still on the PATH"; fi

# 1 and 2: the self-check, then with the temp folder on a noexec mount.
bare "$launcher" --self-check > "$out/self-check.txt" 2>&1 || { cat "$out/self-check.txt"; fail "--self-check"; }
grep -q '^self-check ok' "$out/self-check.txt" || fail "--self-check did not say ok"
for check in 'tls handshake' 'chinese date' sqlite-jdbc snappy-java; do
  grep -q "^ok  $check" "$out/self-check.txt" || fail "--self-check has no ok for $check"
done
pass "--self-check: $(grep -c '^ok' "$out/self-check.txt") checks, $(grep '^ok  tls' "$out/self-check.txt" | cut -c5-)"
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$work/noexec-tmp"
  mount -t tmpfs -o noexec,size=64m tmpfs "$work/noexec-tmp"
  bare JDK_JAVA_OPTIONS="-Djava.io.tmpdir=$work/noexec-tmp" "$launcher" --self-check > "$out/self-check-noexec.txt" 2>&1 \
    || { cat "$out/self-check-noexec.txt"; fail "--self-check with java.io.tmpdir on a noexec mount"; }
  pass "--self-check with java.io.tmpdir on a noexec mount"
else
  echo "smoke-image: skip the noexec temp folder check (needs root to mount)"
fi

# 3: --help in both languages.
bare "$launcher" --help --lang zh > "$out/help-zh.txt" 2>&1 || fail "--help --lang zh"
grep -q 'coze-token-doctor' "$out/help-zh.txt" && grep -qP '[\x{4e00}-\x{9fff}]' "$out/help-zh.txt" || fail "--help --lang zh is not Chinese"
bare "$launcher" --help --lang en > "$out/help-en.txt" 2>&1 || fail "--help --lang en"
grep -qi 'usage' "$out/help-en.txt" && ! grep -qP '[\x{4e00}-\x{9fff}]' "$out/help-en.txt" || fail "--help --lang en is not English"
pass "--help in Chinese and English"

# 4 and 5: the window, under a private Xvfb.
command -v Xvfb >/dev/null || fail "no Xvfb (apt-get install xvfb xauth libgtk-3-0)"
exec 3< <(Xvfb -displayfd 1 -screen 0 1280x900x24 -nolisten tcp 2>/dev/null & echo "pid $!")
read -r _ xvfb_pid <&3
read -r display <&3
[ -n "$display" ] || fail "Xvfb did not start"
frame=$(bare DISPLAY=":$display" "$launcher" --measure-startup --lang en --data-dir "$work/data" 2>"$out/gui.err" \
  | awk '/^first-frame-ms/ {print $3}')
[ -n "$frame" ] || { cat "$out/gui.err"; fail "no first frame"; }
pass "window: first frame after $frame ms"

dejavu=$(fc-list : file | grep -i dejavu | head -1 | cut -d: -f1 || true)
[ -n "$dejavu" ] || fail "no DejaVu font to stand for a machine without CJK fonts (apt-get install fonts-dejavu-core)"
mkdir -p "$work/fonts"
cp "$dejavu" "$work/fonts/"
cat > "$work/fonts.conf" <<EOF
<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>$work/fonts</dir><cachedir>$work/fontcache</cachedir></fontconfig>
EOF
no_cjk=(DISPLAY=":$display" FONTCONFIG_FILE="$work/fonts.conf")
if FONTCONFIG_FILE="$work/fonts.conf" fc-list :lang=zh | grep -q .; then
  fail "the no-CJK fontconfig still lists a Chinese font"
fi
frame=$(bare "${no_cjk[@]}" "$launcher" --measure-startup --lang zh --data-dir "$work/data" 2>"$out/gui-no-cjk.err" \
  | awk '/^first-frame-ms/ {print $3}')
[ -n "$frame" ] || { cat "$out/gui-no-cjk.err"; fail "no first frame without CJK fonts"; }
pass "window in Chinese with no system CJK font: first frame after $frame ms"
if command -v import >/dev/null; then
  bare "${no_cjk[@]}" "$launcher" --lang zh --data-dir "$work/data" >/dev/null 2>&1 &
  app=$!
  sleep 6   # a screenshot for people to look at, not a timed assertion
  DISPLAY=":$display" import -window root "$out/no-cjk-font-zh.png" || true
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  pass "screenshot: $out/no-cjk-font-zh.png"
fi
echo "smoke-image: all passed"

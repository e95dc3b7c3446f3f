#!/usr/bin/env bash
# Builds Coze Token Doctor for the OS this runs on, from the jars `mvn -Ppackage package` gathered
# in <out>/modules (the automatic modules already given descriptors by moditect):
#   <out>/image             jlink runtime image with bin/coze-token-doctor (no JDK needed)
#   <out>/jpackage/...      jpackage app image, then .deb/.rpm (Linux), .dmg (macOS), .msi (Windows)
#   <out>/coze-token-doctor-<version>-<os>-<arch>.tar.gz (.zip on Windows) of the app image
# Usage: build.sh <app.jar> <out dir> <version> <jdk home> [all|image]   (image: stop after the runtime image)
# Environment: CJK_FONT=path to wqy-microhei.ttc (default: Debian's fonts-wqy-microhei),
#              CDS=0 to leave out the application class-data archive.
set -euo pipefail
app_jar=$1 out=$2 version=$3 jdk=$4 stages=${5:-all}
conf=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$conf")
main=dev.tokendoctor/dev.tokendoctor.app.Launcher
mods=$out/modules image=$out/image
cjk_font=${CJK_FONT:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}

case "$(uname -s)" in
  Linux) os=linux native_os=Linux sqlite_lib=libsqlitejdbc.so snappy_lib=libsnappyjava.so sep=: native_ext=so fx_native_dir=lib ;;
  Darwin) os=mac native_os=Mac sqlite_lib=libsqlitejdbc.dylib snappy_lib=libsnappyjava.dylib sep=: native_ext=dylib fx_native_dir=lib ;;
  MINGW*|MSYS*|CYGWIN*) os=windows native_os=Windows sqlite_lib=sqlitejdbc.dll snappy_lib=snappyjava.dll sep=';' native_ext=dll fx_native_dir=bin ;;
  *) echo "build.sh: unsupported OS $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x86_64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) echo "build.sh: unsupported CPU $(uname -m)" >&2; exit 1 ;;
esac
if [ ! -f "$cjk_font" ]; then
  echo "build.sh: the CJK font $cjk_font is missing. Install it (Debian/Ubuntu: apt-get install fonts-wqy-microhei)" >&2
  echo "          or point CJK_FONT at a copy of wqy-microhei.ttc (WenQuanYi Micro Hei, Apache-2.0)." >&2
  exit 1
fi
strip_comments() { sed -e 's/[[:space:]]*#.*$//' -e '/^[[:space:]]*$/d' "$1"; }
step() { printf '== %s\n' "$*"; }

step "module path"
rm -f "$mods"/coze-token-doctor-*.jar   # an older build's app jar would be a second dev.tokendoctor
cp "$app_jar" "$mods/"
for jar in "$mods"/javafx-*.jar; do   # the unclassified org.openjfx jars are empty placeholders
  case $jar in *-linux.jar|*-linux-aarch64.jar|*-mac.jar|*-mac-aarch64.jar|*-win.jar) ;; *) rm -f "$jar" ;; esac
done

step "jlink -> $image"
rm -rf "$image"
jlink_args=("@$conf/jlink.args")
if [ -f "$conf/jlink-$os.args" ]; then jlink_args+=("@$conf/jlink-$os.args"); fi
"$jdk/bin/jlink" --module-path "$jdk/jmods$sep$mods" \
  --add-modules "$(strip_comments "$conf/modules.txt" | paste -sd, -)" \
  "${jlink_args[@]}" --launcher "coze-token-doctor=$main" --output "$image"

step "native libraries, pre-extracted into lib/native"
mkdir -p "$image/lib/native" "$out/tmp"
(cd "$out/tmp" && "$jdk/bin/jar" xf "$(ls "$mods"/sqlite-jdbc-*.jar)" "org/sqlite/native/$native_os/$arch/$sqlite_lib" \
  && "$jdk/bin/jar" xf "$(ls "$mods"/snappy-java-*.jar)" "org/xerial/snappy/native/$native_os/$arch/$snappy_lib")
cp "$out/tmp/org/sqlite/native/$native_os/$arch/$sqlite_lib" "$out/tmp/org/xerial/snappy/native/$native_os/$arch/$snappy_lib" "$image/lib/native/"
rm -rf "$out/tmp"

step "JavaFX native libraries -> $fx_native_dir"
for jar in "$mods"/javafx-*.jar; do
  entries=$("$jdk/bin/jar" tf "$jar" | grep -E "^[^/]+\.$native_ext\$" || true)
  if [ -n "$entries" ]; then (cd "$image/$fx_native_dir" && "$jdk/bin/jar" xf "$jar" $entries); fi
done
# Only used with heaps over 32 GB: not this app.
rm -f "$image/lib/server/classes_nocoops.jsa"

step "CJK font -> lib/fonts"
mkdir -p "$image/lib/fonts"
cp "$cjk_font" "$image/lib/fonts/wqy-microhei.ttc"
cp "$conf/fonts/NOTICE-wqy-microhei.txt" "$image/lib/fonts/"

# The JVM options with ${IMAGE} written for each kind of launcher ($1: what ${IMAGE} becomes).
jvm_options() {
  strip_comments "$conf/jvm-options.txt" | sed -e "s|\${SQLITE_LIB}|$sqlite_lib|g" -e "s|\${SNAPPY_LIB}|$snappy_lib|g" \
    -e "s|\${IMAGE}|$1|g"
  if [ -f "$image/lib/app-cds.jsa" ]; then echo "-XX:SharedArchiveFile=$1/lib/app-cds.jsa"; fi
}
write_launcher() {
  if [ "$os" = windows ]; then
    opts=$(jvm_options '%IMAGE%' | sed 's/.*/"&"/' | paste -sd' ' -)
    sed -e "s|@JVM_OPTIONS@|$opts|" -e "s|@MAIN@|$main|" "$conf/launcher/coze-token-doctor.bat" > "$image/bin/coze-token-doctor.bat"
  else
    opts=$(jvm_options '$IMAGE' | sed 's/.*/"&"/' | paste -sd' ' -)
    sed -e "s|@JVM_OPTIONS@|$opts|" -e "s|@MAIN@|$main|" "$conf/launcher/coze-token-doctor.sh" > "$image/bin/coze-token-doctor"
    chmod 755 "$image/bin/coze-token-doctor"
  fi
}
write_launcher

if [ "${CDS:-1}" != 0 ]; then
  step "application class-data archive (a scripted start to the first frame)"
  "$conf/train-cds.sh" "$image" && write_launcher || echo "build.sh: no CDS archive (the training start failed); the image works without it"
fi

if [ "$stages" = image ]; then du -sh "$image"; exit 0; fi

step "jpackage app image"
case $os in
  mac) appdir_image='$APPDIR/../runtime/Contents/Home' icon=$out/coze-token-doctor.icns ;;
  windows) appdir_image='$APPDIR\..\runtime' icon=$root/assets/icon/coze-token-doctor.ico ;;
  *) appdir_image='$APPDIR/../runtime' icon=$root/src/main/resources/dev/tokendoctor/app/icon-256.png ;;
esac
if [ "$os" = mac ]; then
  iconset=$out/coze-token-doctor.iconset; mkdir -p "$iconset"
  for s in 16 32 128 256; do sips -z $s $s "$root/src/main/resources/dev/tokendoctor/app/icon-256.png" --out "$iconset/icon_${s}x${s}.png" >/dev/null; done
  iconutil -c icns -o "$icon" "$iconset"
fi
pkg_version=${version%%-*}   # jpackage wants digits and dots: 0.1.0-SNAPSHOT -> 0.1.0
java_options=()
while IFS= read -r opt; do java_options+=(--java-options "$opt"); done < <(jvm_options "$appdir_image")
rm -rf "$out/jpackage"
"$jdk/bin/jpackage" @"$conf/jpackage.args" --type app-image --runtime-image "$image" --module "$main" --app-version "$pkg_version" \
  --icon "$icon" "${java_options[@]}" --dest "$out/jpackage"

step "installers"
app_image=coze-token-doctor; [ "$os" = mac ] && app_image=coze-token-doctor.app
installer_args=(@"$conf/jpackage.args" @"$conf/jpackage-$os.args" --app-image "$out/jpackage/$app_image"
  --app-version "$pkg_version" --icon "$icon" --dest "$out")
case $os in
  linux)
    installer_args+=(--resource-dir "$conf/linux")
    if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
      "$jdk/bin/jpackage" --type deb "${installer_args[@]}"
    else echo "build.sh: no .deb (needs dpkg-deb and fakeroot)"; fi
    if command -v rpmbuild >/dev/null; then
      "$jdk/bin/jpackage" --type rpm "${installer_args[@]}"
    else echo "build.sh: no .rpm (needs rpmbuild)"; fi ;;
  mac) "$jdk/bin/jpackage" --type dmg "${installer_args[@]}" ;;
  windows)
    if command -v candle.exe >/dev/null; then "$jdk/bin/jpackage" --type msi "${installer_args[@]}"
    else echo "build.sh: no .msi (needs the WiX Toolset 3 on PATH)"; fi ;;
esac

step "archive of the app image"
cpu=$arch; [ "$cpu" = x86_64 ] && cpu=x64
name=coze-token-doctor-$pkg_version-$os-$cpu
if [ "$os" = windows ]; then
  (cd "$out/jpackage" && "$jdk/bin/jar" --create --no-manifest --file "$out/$name.zip" "$app_image")
else
  tar -C "$out/jpackage" -czf "$out/$name.tar.gz" "$app_image"
fi

step "sizes"
du -sh "$image" "$out/jpackage/$app_image"
shopt -s nullglob
for file in "$out"/*.tar.gz "$out"/*.zip "$out"/*.deb "$out"/*.rpm "$out"/*.dmg "$out"/*.msi; do
  ls -l "$file" | awk '{printf "%8.1f MB  %s\n", $5/1048576, $NF}'
done

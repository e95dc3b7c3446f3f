#!/usr/bin/env bash
# Retakes the README screenshots: the real app on a virtual 1000×780 screen (Xvfb), put into each
# pictured state by dev.tokendoctor.bench.ReadmeScreens, captured with ImageMagick's `import`.
# Needs: xvfb xauth libgtk-3-0 fonts-wqy-microhei imagemagick. DISPLAY_NUMBER defaults to 94.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/test-classpath.sh
display=":${DISPLAY_NUMBER:-94}"
Xvfb "$display" -screen 0 1000x780x24 -nolisten tcp &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
for scene in ${SCENES:-status-zh status-en wizard-zh signin-zh status-signed-in-zh inspector-zh inspector-en bundle-viewer-zh}; do
  DISPLAY="$display" java -cp "$TEST_CLASSPATH" -Dprism.order=sw -Duser.language=en \
    'dev.tokendoctor.bench.ReadmeScreens$Main' "$scene" "assets/$scene.png"
  echo "assets/$scene.png"
done

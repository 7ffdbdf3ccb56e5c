#!/usr/bin/env bash
# The Debian package is complete: builds it with CPack from this build tree, checks it with
# dpkg-deb and lintian, validates the desktop entry and AppStream metainfo, then unpacks it into a
# clean folder and runs the installed binaries' --version.
set -euo pipefail
BUILD="$1"
SRC="$2"
for tool in dpkg-deb lintian desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || { echo "SKIPPED: $tool is not installed (scripts/deps installs it)"; exit 77; }
done
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
(cd "$BUILD" && cpack -G DEB -B "$TMP/out" >"$TMP/cpack.log" 2>&1) || { cat "$TMP/cpack.log"; exit 1; }
DEB=$(ls "$TMP"/out/neuralboard_*.deb)
echo "built $(basename "$DEB") ($(stat -c %s "$DEB") bytes)"
INFO=$(dpkg-deb -I "$DEB")
[[ "$INFO" == *"Depends: libopenblas0-pthread"* ]] || { echo "OpenBLAS missing from Depends"; exit 1; }
[[ "$INFO" == *"libtorch"* && "$INFO" == *"libqt6widgets6"* && "$INFO" == *"libqcustomplot"* ]] || { echo "LibTorch, Qt or QCustomPlot missing from Depends"; exit 1; }
[[ "$INFO" == *"Recommends: dataset-fashion-mnist"* ]] || { echo "Fashion-MNIST not recommended"; exit 1; }
dpkg-deb -c "$DEB" | awk '{print $6}' > "$TMP/files"
for f in ./usr/bin/neuralboard ./usr/bin/neuralboard-train \
         ./usr/share/applications/org.neuralboard.NeuralBoard.desktop \
         ./usr/share/metainfo/org.neuralboard.NeuralBoard.metainfo.xml \
         ./usr/share/mime/packages/org.neuralboard.NeuralBoard.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.neuralboard.NeuralBoard.svg \
         ./usr/share/icons/hicolor/48x48/apps/org.neuralboard.NeuralBoard.png \
         ./usr/share/icons/hicolor/256x256/apps/org.neuralboard.NeuralBoard.png \
         ./usr/share/doc/neuralboard/copyright ./usr/share/man/man1/neuralboard.1.gz; do
  grep -qx "$f" "$TMP/files" || { echo "missing from the package: $f"; exit 1; }
done
echo "all expected files are in the package"
lintian --fail-on error,warning "$DEB" >"$TMP/lintian.log" 2>&1 || { echo "lintian reports errors or warnings:"; cat "$TMP/lintian.log"; exit 1; }
echo "lintian: clean"
desktop-file-validate "$SRC/packaging/linux/org.neuralboard.NeuralBoard.desktop"
appstreamcli validate --no-net --pedantic "$SRC/packaging/linux/org.neuralboard.NeuralBoard.metainfo.xml" >/dev/null \
  || appstreamcli validate --no-net "$SRC/packaging/linux/org.neuralboard.NeuralBoard.metainfo.xml"
echo "desktop entry and metainfo: valid"
mkdir "$TMP/root"
dpkg-deb -x "$DEB" "$TMP/root"
"$TMP/root/usr/bin/neuralboard-train" --version
"$TMP/root/usr/bin/neuralboard" --version

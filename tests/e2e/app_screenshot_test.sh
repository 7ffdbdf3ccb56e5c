#!/usr/bin/env bash
# The desktop app as the README runs it: train a built-in set, write a screenshot, quit.
set -euo pipefail
APP="$1"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$TMP/config" XDG_RUNTIME_DIR="$TMP"
timeout 120 "$APP" --no-restore --data builtin:spiral --train --epochs 5 --screenshot "$TMP/s.png" --quit-after-training
python3 - "$TMP/s.png" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
w, h = struct.unpack(">II", data[16:24])
print(f"screenshot {w}x{h}, {len(data)} bytes")
assert w >= 800 and h >= 600 and len(data) > 20000
PY
rc=0
out=$("$APP" --no-restore --epochs 0 2>&1) || rc=$?
[[ $rc -eq 2 && "$out" == *"error: --epochs"* ]] || { echo "bad --epochs not refused (exit $rc): $out"; exit 1; }
# Without any display: --help prints the options, anything else says what to do instead and exits 1.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$APP" --help 2>/dev/null) || { echo "--help failed without a display"; exit 1; }
[[ "$out" == *"--presentation"* && "$out" == *"--data"* ]] || { echo "--help without a display printed: $out"; exit 1; }
rc=0
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$APP" --no-restore 2>&1) || rc=$?
[[ $rc -eq 1 && "$out" == *"no display"* && "$out" == *"neuralboard-train"* ]] || { echo "no display: exit $rc: $out"; exit 1; }
echo "without a display: --help works, the window refuses clearly"

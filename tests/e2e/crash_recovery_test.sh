#!/usr/bin/env bash
# Kill the app with SIGKILL while it trains; the next start recovers the autosaved session.
set -euo pipefail
APP="$1"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data" XDG_RUNTIME_DIR="$TMP"
export NB_AUTOSAVE_SECONDS=1
"$APP" --no-restore --data builtin:spiral:arms=5 --layers 24:tanh --train --epochs 100000 >"$TMP/app.log" 2>&1 &
pid=$!
# Up to 60 s: under a sanitizer on a loaded machine the first autosave can take longer than the 15 s
# this waited before (one failure in a -j2 run of the whole suite).
for _ in $(seq 1 240); do
  [[ -f "$TMP/data/NeuralBoard/NeuralBoard/autosave.nbsession" ]] && break
  sleep 0.25
done
sleep 1.5
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
AUTOSAVE="$TMP/data/NeuralBoard/NeuralBoard/autosave.nbsession"
[[ -f "$AUTOSAVE" ]] || { echo "no autosave after 1-second autosaves"; ls -R "$TMP/data" || true; cat "$TMP/app.log"; exit 1; }
echo "autosave left by the killed process: $(stat -c %s "$AUTOSAVE") bytes"
timeout 60 "$APP" --recover yes --view network --screenshot "$TMP/recovered.png" --quit-after-training >/dev/null 2>&1
[[ -s "$TMP/recovered.png" ]] || { echo "the recovered window wrote no screenshot"; exit 1; }
echo "recovered and rendered: $(stat -c %s "$TMP/recovered.png") bytes"

#!/usr/bin/env bash
# The exported model.py + state_dict.pt load in Python PyTorch and predict what was learned.
set -uo pipefail
CLI="$1"
PY=/usr/bin/python3
if ! "$PY" -c "import torch" 2>/dev/null; then
  echo "SKIPPED: python3-torch is not installed (apt-get install python3-torch)"
  exit 77
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
set -e
# Two well separated groups: learnable to ~100%; random weights would score about half.
"$PY" - "$TMP/data.csv" <<'PYEOF'
import random, sys
random.seed(1)
with open(sys.argv[1], "w") as f:
    f.write("height,weight,kind\n")
    for i in range(400):
        k = i % 2
        f.write(f"{random.gauss(150 + 40 * k, 5):.2f},{random.gauss(50 + 30 * k, 4):.2f},{'big' if k else 'small'}\n")
PYEOF
"$CLI" --data "csv:$TMP/data.csv" --layers 16:relu:0:bn,8:gelu:0.1 --epochs 10 --lr 0.01 --quiet \
  --export-pytorch "$TMP/export"
cd "$TMP/export"
"$PY" - "$TMP/data.csv" <<'PYEOF'
import csv, sys
import torch
import model as exported
net = exported.load_model()
rows = list(csv.DictReader(open(sys.argv[1])))
x = [[float(r["height"]), float(r["weight"])] for r in rows]
probs = exported.predict(net, x)
assert probs.shape == (400, 2), probs.shape
pred = [exported.CLASS_NAMES[i] for i in probs.argmax(1).tolist()]
acc = sum(p == r["kind"] for p, r in zip(pred, rows)) / len(rows)
print(f"Python PyTorch {torch.__version__}: accuracy of the exported model {acc:.3f}")
assert acc > 0.95, acc
PYEOF

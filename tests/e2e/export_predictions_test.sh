#!/usr/bin/env bash
# The model exported for PyTorch (model.py + state_dict.pt) and as ONNX gives, in Python, the same
# predictions on ten samples as the app itself (neuralboard-train --predict). Every activation,
# batch norm and dropout are in the network, so each is converted. ONNX's own checker checks the
# file where python3-onnx is installed.
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
"$PY" - "$TMP" <<'PYEOF'
import random, sys
random.seed(3)
d = sys.argv[1]
with open(f"{d}/data.csv", "w") as f, open(f"{d}/ten.csv", "w") as t:
    f.write("a,b,c,kind\n")
    t.write("a,b,c\n")
    for i in range(600):
        k = i % 3
        row = [random.gauss(10 * k, 3), random.gauss(-5 * k, 2), random.gauss(100, 20)]
        f.write(",".join(f"{v:.3f}" for v in row) + f",k{k}\n")
        if i < 10:
            t.write(",".join(f"{v:.3f}" for v in row) + "\n")
PYEOF
"$CLI" --data "csv:$TMP/data.csv" --layers 16:relu:0.1:bn,12:gelu,12:silu,10:tanh,10:leaky_relu,8:elu,8:softplus,8:hardtanh,6:sigmoid \
  --epochs 5 --lr 0.01 --quiet --export-pytorch "$TMP/py" --export-onnx "$TMP/model.onnx" --predict "$TMP/ten.csv" > "$TMP/app.csv"
test -s "$TMP/model.onnx"
cd "$TMP/py"
"$PY" - "$TMP" <<'PYEOF'
import csv, math, sys
import torch
d = sys.argv[1]
app = list(csv.DictReader(open(f"{d}/app.csv")))
assert len(app) == 10, len(app)
classes = [k[2:] for k in app[0] if k.startswith("p_")]
app_p = torch.tensor([[float(r["p_" + c]) for c in classes] for r in app])
x = [[float(v) for v in r.values()] for r in csv.DictReader(open(f"{d}/ten.csv"))]

import model as exported
net = exported.load_model()
py_p = exported.predict(net, x)
if not isinstance(py_p, torch.Tensor):
    py_p = torch.tensor(py_p)
print("PyTorch export vs app, largest difference:", float((py_p - app_p).abs().max()))
assert torch.allclose(py_p.float(), app_p, atol=1e-4), (py_p, app_p)
assert [exported.CLASS_NAMES[i] for i in py_p.argmax(1).tolist()] == [r["predicted"] for r in app]

try:
    import onnx
    from onnx import numpy_helper
except ImportError:
    print("SKIPPED the ONNX half: python3-onnx is not installed")
    sys.exit(0)
m = onnx.load(f"{d}/model.onnx")
onnx.checker.check_model(m, full_check=True)
# Run the graph with PyTorch's operators, one ONNX node at a time.
env = {i.name: torch.tensor(numpy_helper.to_array(i)) for i in m.graph.initializer}
env["features"] = torch.tensor(x, dtype=torch.float32)
attrs = lambda n: {a.name: onnx.helper.get_attribute_value(a) for a in n.attribute}
F = torch.nn.functional
for n in m.graph.node:
    a, i = attrs(n), [env[k] for k in n.input]
    op = n.op_type
    if op == "Gemm": y = i[0] @ (i[1].T if a.get("transB") else i[1]) + i[2]
    elif op == "BatchNormalization": y = (i[0] - i[3]) / torch.sqrt(i[4] + a["epsilon"]) * i[1] + i[2]
    elif op in ("Add", "Sub", "Mul", "Div"): y = getattr(torch, op.lower())(i[0], i[1])
    elif op == "Relu": y = torch.relu(i[0])
    elif op == "LeakyRelu": y = F.leaky_relu(i[0], a["alpha"])
    elif op == "Elu": y = F.elu(i[0], a["alpha"])
    elif op == "Erf": y = torch.erf(i[0])
    elif op == "Sigmoid": y = torch.sigmoid(i[0])
    elif op == "Tanh": y = torch.tanh(i[0])
    elif op == "Softplus": y = F.softplus(i[0])
    elif op == "Clip": y = torch.clamp(i[0], float(i[1]), float(i[2]))
    elif op == "Identity": y = i[0]
    elif op == "Softmax": y = torch.softmax(i[0], a.get("axis", -1))
    else: raise SystemExit(f"unexpected ONNX operator {op}")
    env[n.output[0]] = y
onnx_p = env["probabilities"]
meta = {p.key: p.value for p in m.metadata_props}
assert meta["class_names"].split(",") == classes, meta["class_names"]
print(f"ONNX {onnx.__version__} (checker passed) vs app, largest difference:", float((onnx_p - app_p).abs().max()))
assert torch.allclose(onnx_p, app_p, atol=1e-4), (onnx_p, app_p)
PYEOF

#!/usr/bin/env bash
# bench/gpu_check.sh: for a machine with an NVIDIA GPU and Python's CUDA PyTorch, but no Qt.
# Builds core and the CLI against the LibTorch inside Python's torch package, checks that CUDA is
# used, and prints epoch times beside the same model in Python PyTorch on the same GPU, for batch
# 64, 256 and 1024 and for a wide network (4096-wide hidden layers).
# Needs: cmake, a C++17 compiler, nlohmann-json and zlib headers (or build-deps/ from
# bench/gpu_prepare.sh), Fashion-MNIST (or MNIST) files:
#   bench/gpu_check.sh [DATA_DIR]      (default /usr/share/datasets/fashion-mnist)
#   NB_GPU_DRY_RUN=1 bench/gpu_check.sh   builds and checks the CLI without a GPU (no timings)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-/usr/share/datasets/fashion-mnist}"
PY="${PYTHON:-python3}"
PREFIX=$("$PY" -c 'import torch; print(torch.utils.cmake_prefix_path)')
DRY="${NB_GPU_DRY_RUN:-}"
[[ -n $DRY ]] || "$PY" -c 'import torch; assert torch.cuda.is_available(), "this PyTorch sees no GPU"; print("PyTorch", torch.__version__, "CUDA", torch.version.cuda, torch.cuda.get_device_name(0))'
BUILD=build-cuda
# Headers the machine may lack come from build-deps/ (bench/gpu_prepare.sh); zlib's library is the
# runtime one every Linux has.
EXTRA=()
if [[ -d build-deps ]]; then
  EXTRA+=(-DCMAKE_PREFIX_PATH="$PREFIX;$PWD/build-deps")
  if [[ ! -e /usr/include/zlib.h ]]; then
    ZLIB_SO=$(ls /usr/lib/x86_64-linux-gnu/libz.so* /lib/x86_64-linux-gnu/libz.so* 2>/dev/null | head -1)
    EXTRA+=(-DZLIB_INCLUDE_DIR="$PWD/build-deps/include" -DZLIB_LIBRARY="$ZLIB_SO")
  fi
else
  EXTRA+=(-DCMAKE_PREFIX_PATH="$PREFIX")
fi
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release "${EXTRA[@]}" -DNB_BUILD_GUI=OFF -DNB_BUILD_TESTS=OFF -DNB_BUILD_BENCH=OFF >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target neuralboard-train
CLI="$BUILD/app/neuralboard-train"
if [[ -n $DRY ]]; then
  "$CLI" --data builtin:spiral --epochs 2 --quiet --json | tail -1
  echo "dry run: built against $PREFIX and trained on the CPU; no GPU timings"
  exit 0
fi
"$CLI" --list | grep -q "cuda:0" || { echo "the CLI does not see CUDA"; "$CLI" --list; exit 1; }
echo "CUDA is used: $("$CLI" --list | grep cuda:0)"

app_epoch() { # batch layers -> median epoch seconds of 3 (after a warm-up epoch)
  "$CLI" --data "mnist:$DATA" --device cuda --batch "$1" --layers "$2" --epochs 4 --json --quiet |
    "$PY" -c 'import json,sys,statistics; r=[json.loads(l)["seconds"] for l in sys.stdin][1:]; print(f"{statistics.median(r):.3f}")'
}
py_epoch() {
  "$PY" - "$DATA" "$1" "$2" <<'PYEOF'
import gzip, statistics, sys, time
import numpy as np, torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
data, batch, layers = sys.argv[1], int(sys.argv[2]), [int(x.split(":")[0]) for x in sys.argv[3].split(",")]
with gzip.open(f"{data}/train-images-idx3-ubyte.gz") as f:
    x = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 784).astype(np.float32) / 255
with gzip.open(f"{data}/train-labels-idx1-ubyte.gz") as f:
    y = np.frombuffer(f.read(), np.uint8, offset=8).astype(np.int64)
x = (x - x.mean()) / x.std()
dev = torch.device("cuda")
mods, inp = [], 784
for w in layers:
    mods += [nn.Linear(inp, w), nn.ReLU()]
    inp = w
model = nn.Sequential(*mods, nn.Linear(inp, 10)).to(dev)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
# The course-notebook way: a DataLoader on the CPU, batches moved to the GPU.
loader = DataLoader(TensorDataset(torch.from_numpy(x), torch.from_numpy(y)), batch_size=batch, shuffle=True)
times = []
for epoch in range(4):
    torch.cuda.synchronize(); t = time.perf_counter()
    for xb, yb in loader:
        xb, yb = xb.to(dev), yb.to(dev)
        opt.zero_grad()
        nn.functional.cross_entropy(model(xb), yb).backward()
        opt.step()
    torch.cuda.synchronize(); times.append(time.perf_counter() - t)
print(f"{statistics.median(times[1:]):.3f}")
PYEOF
}

printf '%-28s %12s %12s %8s\n' "setting" "NeuralBoard" "PyTorch" "ratio"
for case in "64 128:relu,64:relu" "256 128:relu,64:relu" "1024 128:relu,64:relu" "64 4096:relu,4096:relu" "1024 4096:relu,4096:relu"; do
  set -- $case
  a=$(app_epoch "$1" "$2")
  p=$(py_epoch "$1" "$2")
  printf '%-28s %11ss %11ss %8s\n' "batch $1, $2" "$a" "$p" "$("$PY" -c "print(f'{$a/$p:.2f}')")"
done
echo "target: NeuralBoard <= 0.5x PyTorch at batch 64"

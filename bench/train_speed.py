"""Reference for bench/train_speed: the same MLP, optimizer and batch in Python PyTorch, the way
course notebooks write it (a TensorDataset and a shuffling DataLoader). Prints the median epoch."""
import argparse
import gzip
import statistics
import time

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

parser = argparse.ArgumentParser()
parser.add_argument("--epochs", type=int, default=3)
parser.add_argument("--batch", type=int, default=64)
parser.add_argument("--dir", default="/usr/share/datasets/fashion-mnist")
args = parser.parse_args()

with gzip.open(f"{args.dir}/train-images-idx3-ubyte.gz") as f:
    x = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 784).astype(np.float32) / 255
with gzip.open(f"{args.dir}/train-labels-idx1-ubyte.gz") as f:
    y = np.frombuffer(f.read(), np.uint8, offset=8).astype(np.int64)
x = (x - x.mean()) / x.std()
torch.manual_seed(1)
loader = DataLoader(TensorDataset(torch.from_numpy(x), torch.from_numpy(y)), batch_size=args.batch, shuffle=True)
model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 10))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()
times = []
for epoch in range(args.epochs):
    start = time.perf_counter()
    for xb, yb in loader:
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
    times.append(time.perf_counter() - start)
print(f"median_epoch_seconds {statistics.median(times):.4f}")

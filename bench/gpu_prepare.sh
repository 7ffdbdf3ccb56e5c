#!/usr/bin/env bash
# Run here, on the Debian development machine, before bench/gpu_check.sh goes to a GPU machine that
# has CUDA and Python's PyTorch but none of the Debian packages (and no network to get them):
#   build-deps/  nlohmann-json's headers and CMake files, zlib's headers (system copies, not committed)
#   build-data/fashion-mnist/  the four IDX files from dataset-fashion-mnist
# Both are ignored by git; pass them to the device tool's `carry`:
#   run(command="bench/gpu_check.sh build-data/fashion-mnist", carry=["build-deps", "build-data"])
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf build-deps build-data
mkdir -p build-deps/include build-deps/share/cmake build-data
cp -r /usr/include/nlohmann build-deps/include/
cp -r /usr/share/cmake/nlohmann_json build-deps/share/cmake/
cp /usr/include/zlib.h /usr/include/zconf.h build-deps/include/
cp -r /usr/share/datasets/fashion-mnist build-data/
du -sh build-deps build-data

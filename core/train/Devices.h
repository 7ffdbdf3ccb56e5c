#pragma once

#include <string>
#include <vector>

namespace nb {

struct DeviceInfo {
    std::string id;   // "cpu", "cuda:0"
    std::string name; // for people
    bool available = true;
    std::string reason; // why not available
};

// The CPU, then each CUDA device; a disabled "cuda" entry when this LibTorch has no CUDA.
std::vector<DeviceInfo> listDevices();
// auto -> cuda:0 when CUDA works, else cpu. Throws nb::Error for a device that is not there.
std::string resolveDevice(const std::string& requested);
std::string libtorchVersion();
int cpuThreads(); // LibTorch's intra-op threads

// How the CPU's cores are shared between LibTorch and its BLAS, chosen once before training.
// A LibTorch without MKL (Debian's) hands matrix products to OpenBLAS, which runs a thread per
// core of its own; LibTorch's OpenMP threads (one per physical core by default) then do only the
// element-wise work and, spinning beside OpenBLAS's, slow training down: 2 of each on 2 cores
// made a Fashion-MNIST epoch 3.5x slower than 1 LibTorch thread. So such a LibTorch keeps one
// thread, an MKL one (which computes on LibTorch's threads) its default. NB_CPU_THREADS=N sets
// LibTorch's threads, as does OMP_NUM_THREADS, which is then left alone.
struct CpuThreading {
    int threads = 1;         // LibTorch's intra-op threads after the choice
    bool blasThreads = false; // matrix products run on the BLAS's own threads (not MKL)
    std::string why;          // for --list and logs
};
CpuThreading configureCpuThreads();

} // namespace nb

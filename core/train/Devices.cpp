#include "train/Devices.h"

#include "common/Error.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>
#include <torch/version.h>

#include <cstdlib>
#include <thread>

namespace nb {

std::vector<DeviceInfo> listDevices()
{
    std::vector<DeviceInfo> out;
    const CpuThreading threads = configureCpuThreads();
    out.push_back({"cpu", "CPU (" + std::to_string(std::max(1u, std::thread::hardware_concurrency())) + " cores; " + threads.why + ")", true, {}});
    if (torch::cuda::is_available()) {
        const auto n = torch::cuda::device_count();
        for (size_t i = 0; i < n; ++i)
            out.push_back({"cuda:" + std::to_string(i), "CUDA GPU " + std::to_string(i), true, {}});
    } else {
        out.push_back({"cuda", "CUDA GPU", false,
            "this LibTorch was built without CUDA or no GPU was found; build against a CUDA LibTorch to train on a GPU"});
    }
    return out;
}

std::string resolveDevice(const std::string& requested)
{
    if (requested.empty() || requested == "auto")
        return torch::cuda::is_available() ? "cuda:0" : "cpu";
    if (requested == "cpu")
        return "cpu";
    if (requested.rfind("cuda", 0) == 0) {
        if (!torch::cuda::is_available())
            throw Error("device " + requested + ": CUDA is not available (this LibTorch has no CUDA, or no GPU was found)");
        int index = 0;
        if (requested.size() > 4) {
            if (requested[4] != ':')
                throw Error("unknown device \"" + requested + "\" (auto, cpu, cuda, cuda:N)");
            try {
                index = std::stoi(requested.substr(5));
            } catch (...) {
                throw Error("unknown device \"" + requested + "\" (auto, cpu, cuda, cuda:N)");
            }
        }
        if (index < 0 || static_cast<size_t>(index) >= torch::cuda::device_count())
            throw Error("device " + requested + ": there are " + std::to_string(torch::cuda::device_count()) + " CUDA devices");
        return "cuda:" + std::to_string(index);
    }
    throw Error("unknown device \"" + requested + "\" (auto, cpu, cuda, cuda:N)");
}

std::string libtorchVersion() { return TORCH_VERSION; }

int cpuThreads() { return at::get_num_threads(); }

CpuThreading configureCpuThreads()
{
    CpuThreading t;
    t.blasThreads = !at::hasMKL();
    int wanted = 0;
    const char* source = nullptr;
    if (const char* env = std::getenv("NB_CPU_THREADS"); env && *env) {
        char* end = nullptr;
        const long n = std::strtol(env, &end, 10);
        if (*end == '\0' && n >= 1 && n <= 1024) {
            wanted = static_cast<int>(n);
            source = "NB_CPU_THREADS";
        }
    }
    if (!source) {
        if (const char* omp = std::getenv("OMP_NUM_THREADS"); omp && *omp)
            source = "OMP_NUM_THREADS"; // LibTorch read it at start
        else if (t.blasThreads)
            wanted = 1;
    }
    // Stored for every thread LibTorch starts or first uses from now on, and set for this one.
    if (wanted > 0 && at::get_num_threads() != wanted)
        at::set_num_threads(wanted);
    t.threads = at::get_num_threads();
    const std::string n = std::to_string(t.threads) + (t.threads == 1 ? " thread" : " threads");
    if (source)
        t.why = "LibTorch on " + n + ", from " + source;
    else if (t.blasThreads)
        t.why = "matrix products on the BLAS's own threads, LibTorch on " + n;
    else
        t.why = "MKL on LibTorch's " + n;
    return t;
}

} // namespace nb

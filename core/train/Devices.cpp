#include "train/Devices.h"

#include "common/Error.h"

#include <torch/torch.h>
#include <torch/version.h>

namespace nb {

std::vector<DeviceInfo> listDevices()
{
    std::vector<DeviceInfo> out;
    out.push_back({"cpu", "CPU (" + std::to_string(at::get_num_threads()) + " threads)", true, {}});
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

} // namespace nb

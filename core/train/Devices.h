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
int cpuThreads();

} // namespace nb

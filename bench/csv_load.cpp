// bench/csv_load: writes a CSV of about the given size (default 1,000 MB) with 12 numeric
// columns in the Brazilian format, loads it with the app's reader and prints the time, the rows
// per second and the peak memory against the file's size.
// Usage: csv_load [MEGABYTES] [PATH]
#include "data/CsvReader.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <sys/resource.h>

int main(int argc, char** argv)
{
    const double megabytes = argc > 1 ? std::atof(argv[1]) : 1000.0;
    const std::string path = argc > 2 ? argv[2] : "/tmp/neuralboard-big.csv";
    {
        std::ofstream out(path, std::ios::binary);
        out << "a;b;c;d;e;f;g;h;i;j;k;quality\n";
        const auto target = static_cast<long long>(megabytes * 1e6);
        long long written = 0;
        unsigned x = 1;
        std::string row;
        while (written < target) {
            row.clear();
            for (int c = 0; c < 11; ++c) {
                x = x * 1103515245u + 12345u;
                row += std::to_string((x >> 16) % 100) + "," + std::to_string((x >> 8) % 100) + ";";
            }
            row += std::to_string(3 + (x >> 20) % 6) + "\n";
            out << row;
            written += static_cast<long long>(row.size());
        }
    }
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    const auto start = std::chrono::steady_clock::now();
    int lastPercent = -1;
    nb::CsvOptions o;
    o.task = nb::TaskKind::Regression;
    const nb::Dataset d = nb::readCsv(path, o, nullptr, [&](double f) {
        const int p = static_cast<int>(f * 100);
        if (p / 10 != lastPercent / 10)
            std::fprintf(stderr, "\r  %3d %%", p);
        lastPercent = p;
        return true;
    });
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    std::fprintf(stderr, "\n");
    std::printf("file %.0f MB, %lld rows x %lld features loaded in %.1f s (%.0f rows/s)\n", megabytes,
        static_cast<long long>(d.size()), static_cast<long long>(d.featureCount()), seconds, d.size() / seconds);
    std::printf("peak memory %.0f MB; the features alone take %.0f MB\n", after.ru_maxrss / 1024.0,
        d.features.size() * 4.0 / 1e6);
    std::remove(path.c_str());
    return 0;
}

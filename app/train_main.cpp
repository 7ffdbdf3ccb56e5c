// neuralboard-train: the headless trainer. Same core as the desktop app, for scripts, servers
// and benchmarks.
#include "common/Error.h"
#include "data/Catalog.h"
#include "data/DataSource.h"
#include "data/Generators.h"
#include "io/Checkpoint.h"
#include "io/OnnxExport.h"
#include "io/Runs.h"
#include "io/PyTorchExport.h"
#include "model/NetworkSpec.h"
#include "train/Devices.h"
#include "train/Evaluate.h"
#include "train/Trainer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unistd.h>

namespace {

const char* kUsage = R"(Usage: neuralboard-train --data SPEC [options]

Trains a multi-layer perceptron with LibTorch and reports each epoch.

Data:
  --data SPEC           builtin:NAME[:key=value,...]   spiral, moons, circles, xor, blobs, sine
                                                       (keys: samples, noise, arms, centers, seed)
                        csv:PATH[:TARGET]              target by name or 1-based column (default: last)
                        mnist:DIR                      a folder of MNIST-layout IDX files (.gz or raw)
                        mnist | fashion-mnist | wine-red | wine-white   catalog datasets
  --task T              auto | classification | regression (default: auto)
  --val-split F         validation fraction (default: the dataset's own test split if it has one,
                        else 0.2)
  --test-split F        hold out a further test fraction (default 0)
  --standardize on|off  standardize features on the training part (default: on for tables,
                        off for images)
  --drop-missing        drop CSV rows with missing values instead of failing
  --delimiter C         CSV delimiter: , ; tab (default: detected)
  --decimal C           CSV decimal mark: . or , (default: detected)

Network:
  --layers LIST         hidden layers UNITS[:ACTIVATION[:DROPOUT[:bn]]], comma-separated
                        (default 128:relu,64:relu; "none" for no hidden layer)
                        activations: identity relu leaky_relu elu gelu silu sigmoid tanh
                        softplus hardtanh
  --init I              default | xavier | he
  --closed-form         the linear model with no hidden layer, solved by least squares

Training:
  --loss L              auto | cross_entropy | binary_cross_entropy | mse | l1 | huber
  --optimizer O         sgd | adam | adamw | rmsprop | adagrad (default adam)
  --lr X                learning rate (default 0.001)
  --momentum X          SGD momentum (default 0.9)    --nesterov   Nesterov momentum
  --weight-decay X      L2 penalty (default 0)
  --batch N             batch size (default 64)
  --epochs N            epochs (default 10)
  --schedule S          constant | step | cosine      --step-every N  --gamma X
  --patience N          early stopping after N epochs without a better validation loss;
                        the best weights are kept
  --seed N              seed for initialization, shuffling and splits (default 42)
  --device D            auto | cpu | cuda | cuda:N (default auto)

Files:
  --save FILE           write a checkpoint (model, optimizer, settings, scaler, history)
  --load FILE           start from a checkpoint (with --epochs 0: only evaluate it)
  --export-pytorch DIR  write DIR/state_dict.pt and DIR/model.py for Python PyTorch
  --export-onnx FILE    write the model as ONNX (standardization inside; outputs logits and
                        probabilities, or values)
  --runs-dir DIR        record the run in a folder under DIR (settings, network, metrics, best and
                        final checkpoints), as the app does; --run-name NAME names it
  --predict FILE        after training (or --load with --epochs 0), predict the rows of a CSV of
                        feature values (a header line is skipped) and print CSV to stdout

Output:
  --json                one JSON object per epoch on stdout
  --quiet               no progress or summary lines on stderr
  --list                list the datasets this machine has, and the devices
  --help                this text
)";

[[noreturn]] void fail(const std::string& message, int code = 2);

// --predict: rows of feature values in, one CSV line per row out (class and probabilities, or
// the value), in the data's own units (the model's standardization is applied here).
void predictFile(const std::string& path, const nb::Model& model, const nb::Scaler& scaler, const std::vector<std::string>& classNames)
{
    std::ifstream in(path);
    if (!in)
        fail(path + ": cannot open");
    const int64_t width = model.spec().inputSize();
    std::vector<float> rows;
    std::string line;
    int64_t lineNo = 0, n = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty())
            continue;
        std::vector<float> values;
        std::stringstream cells(line);
        std::string cell;
        bool numeric = true;
        while (std::getline(cells, cell, ',')) {
            char* end = nullptr;
            const float v = std::strtof(cell.c_str(), &end);
            numeric = numeric && end != cell.c_str() && *end == '\0';
            values.push_back(v);
        }
        if (!numeric) {
            if (lineNo == 1)
                continue; // header
            fail(path + ":" + std::to_string(lineNo) + ": not a row of numbers");
        }
        if (static_cast<int64_t>(values.size()) != width)
            fail(path + ":" + std::to_string(lineNo) + ": " + std::to_string(values.size()) + " values, the model takes " + std::to_string(width));
        if (!scaler.empty())
            for (int64_t j = 0; j < width; ++j)
                values[static_cast<size_t>(j)] = (values[static_cast<size_t>(j)] - scaler.mean[static_cast<size_t>(j)]) * scaler.scale[static_cast<size_t>(j)];
        rows.insert(rows.end(), values.begin(), values.end());
        ++n;
    }
    const std::vector<float> out = model.predict(rows.data(), n);
    const int64_t k = model.spec().outputs;
    std::cout.precision(7);
    if (model.spec().task == nb::TaskKind::Classification) {
        std::cout << "predicted";
        for (int64_t c = 0; c < k; ++c)
            std::cout << ",p_" << (c < static_cast<int64_t>(classNames.size()) ? classNames[static_cast<size_t>(c)] : std::to_string(c));
        std::cout << "\n";
        for (int64_t i = 0; i < n; ++i) {
            const float* p = out.data() + i * k;
            const auto best = std::max_element(p, p + k) - p;
            std::cout << (best < static_cast<int64_t>(classNames.size()) ? classNames[static_cast<size_t>(best)] : std::to_string(best));
            for (int64_t c = 0; c < k; ++c)
                std::cout << ',' << p[c];
            std::cout << "\n";
        }
    } else {
        std::cout << "predicted\n";
        for (int64_t i = 0; i < n; ++i)
            std::cout << out[static_cast<size_t>(i)] << "\n";
    }
}

[[noreturn]] void fail(const std::string& message, int code)
{
    std::cerr << "error: " << message << "\n";
    std::exit(code);
}

double number(const std::string& option, const std::string& text)
{
    double v = 0;
    if (!nb::parseNumber(text, '.', v))
        fail(option + " needs a number, got \"" + text + "\"");
    return v;
}

int integer(const std::string& option, const std::string& text)
{
    const double v = number(option, text);
    if (v != std::floor(v) || std::fabs(v) > 2e9)
        fail(option + " needs a whole number, got \"" + text + "\"");
    return static_cast<int>(v);
}

double fraction(const std::string& option, const std::string& text)
{
    const double v = number(option, text);
    if (v < 0 || v >= 1)
        fail(option + " must be at least 0 and below 1, got " + text);
    return v;
}

nlohmann::json jsonNumber(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

class Reporter : public nb::TrainingObserver {
public:
    Reporter(nb::Trainer& trainer, bool json, bool quiet, nb::TaskKind task)
        : m_trainer(trainer), m_json(json), m_quiet(quiet), m_task(task), m_tty(isatty(2) != 0)
    {
    }

    void onBatch(const nb::BatchSnapshot& s) override
    {
        if (m_quiet || !m_tty)
            return;
        const int width = 30;
        const auto filled = static_cast<int>(width * s.batch / std::max<int64_t>(1, s.batchesPerEpoch));
        std::string bar(static_cast<size_t>(filled), '=');
        bar.resize(width, ' ');
        std::fprintf(stderr, "\r  epoch %d [%s] %lld/%lld  loss %.4f  %.0f samples/s   ", s.epoch, bar.c_str(),
            static_cast<long long>(s.batch), static_cast<long long>(s.batchesPerEpoch),
            s.losses.empty() ? 0.0 : static_cast<double>(s.losses.back()), s.samplesPerSecond);
        m_progressShown = true;
    }

    void onEpoch(const nb::EpochSnapshot& s) override
    {
        const auto& m = s.metrics;
        if (m_progressShown) {
            std::fprintf(stderr, "\r%100s\r", "");
            m_progressShown = false;
        }
        if (m_json) {
            nlohmann::json j = {{"epoch", m.epoch}, {"epochs", s.totalEpochs}, {"seconds", m.seconds},
                {"train_loss", jsonNumber(m.trainLoss)}, {"val_loss", jsonNumber(m.valLoss)},
                {"learning_rate", jsonNumber(m.learningRate)}, {"best", s.improved}};
            if (m_task == nb::TaskKind::Classification) {
                j["train_accuracy"] = jsonNumber(m.trainAccuracy);
                j["val_accuracy"] = jsonNumber(m.valAccuracy);
            } else {
                j["val_mse"] = jsonNumber(m.valMse);
                j["val_mae"] = jsonNumber(m.valMae);
                j["val_r2"] = jsonNumber(m.valR2);
            }
            std::cout << j.dump() << std::endl;
        }
        if (!m_quiet) {
            if (m_task == nb::TaskKind::Classification)
                std::fprintf(stderr, "epoch %3d/%d  %6.2f s  train loss %.4f  val loss %.4f  val accuracy %6.2f%%%s\n",
                    m.epoch, s.totalEpochs, m.seconds, m.trainLoss, m.valLoss, 100.0 * m.valAccuracy, s.improved ? "  *" : "");
            else
                std::fprintf(stderr, "epoch %3d/%d  %6.2f s  train loss %.4f  val MSE %.4f  MAE %.4f  R2 %.3f%s\n",
                    m.epoch, s.totalEpochs, m.seconds, m.trainLoss, m.valMse, m.valMae, m.valR2, s.improved ? "  *" : "");
        }
    }

    void onStateChanged(nb::TrainerState state, const std::string& message) override
    {
        if (state == nb::TrainerState::Paused && !message.empty()) {
            // Divergence pauses the run; there is nobody to resume it here.
            m_diverged = message;
            m_trainer.stop();
        }
    }

    const std::string& diverged() const { return m_diverged; }

private:
    nb::Trainer& m_trainer;
    bool m_json, m_quiet;
    nb::TaskKind m_task;
    bool m_tty;
    bool m_progressShown = false;
    std::string m_diverged;
};

void listEverything()
{
    std::cout << "Built-in datasets:\n";
    for (const auto& g : nb::generators())
        std::cout << "  builtin:" << g.id << "  " << g.description << "\n";
    std::cout << "Catalog datasets:\n";
    for (const auto& e : nb::catalog()) {
        const auto where = nb::locate(e);
        std::cout << "  " << e.id << "  " << e.title << ": " << (where ? "found at " + *where : "not found (download: " + e.files.front().url + ")") << "\n";
    }
    std::cout << "Devices (LibTorch " << nb::libtorchVersion() << "):\n";
    for (const auto& d : nb::listDevices())
        std::cout << "  " << d.id << "  " << d.name << (d.available ? "" : "  [unavailable: " + d.reason + "]") << "\n";
}

} // namespace

int main(int argc, char** argv)
{
    std::map<std::string, std::string> opt;
    const std::map<std::string, bool> known = {{"--data", true}, {"--task", true}, {"--val-split", true},
        {"--test-split", true}, {"--standardize", true}, {"--drop-missing", false}, {"--delimiter", true},
        {"--decimal", true}, {"--layers", true}, {"--init", true}, {"--closed-form", false}, {"--loss", true},
        {"--optimizer", true}, {"--lr", true}, {"--momentum", true}, {"--nesterov", false},
        {"--weight-decay", true}, {"--batch", true}, {"--epochs", true}, {"--schedule", true},
        {"--step-every", true}, {"--gamma", true}, {"--patience", true}, {"--seed", true}, {"--device", true},
        {"--save", true}, {"--load", true}, {"--export-pytorch", true}, {"--export-onnx", true}, {"--predict", true}, {"--runs-dir", true}, {"--run-name", true}, {"--json", false}, {"--quiet", false},
        {"--list", false}, {"--help", false}, {"--version", false}};
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        std::string value;
        const size_t eq = arg.find('=');
        const bool inlineValue = arg.rfind("--", 0) == 0 && eq != std::string::npos;
        if (inlineValue) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
        }
        if (arg == "-h")
            arg = "--help";
        const auto it = known.find(arg);
        if (it == known.end())
            fail("unknown option \"" + arg + "\" (see --help)");
        if (it->second && !inlineValue) {
            if (i + 1 >= argc)
                fail(arg + " needs a value");
            value = argv[++i];
        } else if (!it->second && inlineValue) {
            fail(arg + " takes no value");
        }
        opt[arg] = value;
    }
    auto has = [&](const char* k) { return opt.count(k) > 0; };
    if (has("--help")) {
        std::cout << kUsage;
        return 0;
    }
    if (has("--version")) {
        std::cout << "neuralboard-train " << NB_VERSION << " (LibTorch " << nb::libtorchVersion() << ")\n";
        return 0;
    }
    if (has("--list")) {
        listEverything();
        return 0;
    }
    const bool quiet = has("--quiet");

    try {
        std::optional<nb::Checkpoint> loaded;
        if (has("--load"))
            loaded = nb::loadCheckpoint(opt["--load"]);

        std::string dataSpec = has("--data") ? opt["--data"] : loaded ? loaded->datasetSpec : std::string();
        if (dataSpec.empty())
            fail("--data is required (see --help)");

        nb::LoadOptions lo;
        if (has("--task") && opt["--task"] != "auto")
            lo.task = nb::taskFromString(opt["--task"]);
        else if (loaded)
            lo.task = loaded->spec.task;
        lo.csv.dropMissing = has("--drop-missing");
        if (has("--delimiter")) {
            const std::string d = opt["--delimiter"];
            lo.csv.delimiter = d == "tab" || d == "\\t" ? '\t' : d.size() == 1 ? d[0] : 0;
            if (!lo.csv.delimiter)
                fail("--delimiter must be one character or \"tab\"");
        }
        if (has("--decimal")) {
            if (opt["--decimal"] != "." && opt["--decimal"] != ",")
                fail("--decimal must be . or ,");
            lo.csv.decimal = opt["--decimal"][0];
        }
        const nb::LoadedData data = nb::loadData(dataSpec, lo);
        if (!quiet)
            std::cerr << data.description << "\n";

        nb::PrepareOptions po;
        if (has("--val-split"))
            po.valFraction = fraction("--val-split", opt["--val-split"]);
        if (has("--test-split"))
            po.testFraction = fraction("--test-split", opt["--test-split"]);
        if (has("--seed"))
            po.seed = static_cast<uint64_t>(integer("--seed", opt["--seed"]));
        else if (loaded)
            po.seed = loaded->config.seed;
        if (has("--standardize")) {
            if (opt["--standardize"] != "on" && opt["--standardize"] != "off")
                fail("--standardize must be on or off");
            po.standardize = opt["--standardize"] == "on";
        }
        if (loaded)
            po.standardize = false; // the checkpoint's own scaler is applied below
        nb::DataSplit split = nb::prepareData(data, po);
        if (loaded) {
            split.scaler = loaded->scaler;
            split.scaler.apply(split.train);
            split.scaler.apply(split.val);
            split.scaler.apply(split.test);
        }

        nb::NetworkSpec spec;
        if (loaded) {
            spec = loaded->spec;
            if (has("--layers") || has("--closed-form"))
                fail("--layers and --closed-form cannot change a loaded checkpoint's network");
            if (spec.inputShape != split.train.sampleShape)
                fail("the checkpoint expects " + std::to_string(spec.inputSize()) + " inputs but the data has "
                    + std::to_string(split.train.featureCount()));
        } else {
            spec = nb::NetworkSpec::forDataset(split.train,
                has("--closed-form") ? std::vector<nb::LayerSpec>{}
                                     : nb::parseLayers(has("--layers") ? opt["--layers"] : "128:relu,64:relu"));
            if (has("--closed-form"))
                spec.kind = nb::ModelKind::ClosedFormLinear;
            if (has("--init"))
                spec.init = nb::initFromString(opt["--init"]);
        }
        spec.validate();

        nb::TrainConfig config = loaded ? loaded->config : nb::TrainConfig();
        if (loaded)
            config.epochs = 10;
        if (has("--loss"))
            config.loss = nb::lossFromString(opt["--loss"]);
        if (has("--optimizer"))
            config.optimizer = nb::optimizerFromString(opt["--optimizer"]);
        if (has("--lr"))
            config.learningRate = number("--lr", opt["--lr"]);
        if (has("--momentum"))
            config.momentum = number("--momentum", opt["--momentum"]);
        if (has("--nesterov"))
            config.nesterov = true;
        if (has("--weight-decay"))
            config.weightDecay = number("--weight-decay", opt["--weight-decay"]);
        if (has("--batch"))
            config.batchSize = integer("--batch", opt["--batch"]);
        if (has("--epochs"))
            config.epochs = integer("--epochs", opt["--epochs"]);
        if (has("--schedule"))
            config.schedule = nb::scheduleFromString(opt["--schedule"]);
        if (has("--step-every"))
            config.stepEvery = integer("--step-every", opt["--step-every"]);
        if (has("--gamma"))
            config.gamma = number("--gamma", opt["--gamma"]);
        if (has("--patience"))
            config.patience = integer("--patience", opt["--patience"]);
        if (has("--seed"))
            config.seed = po.seed;
        if (has("--device"))
            config.device = opt["--device"];
        config.snapshotWeights = false;
        config.snapshotPredictions = false;
        config.validate(spec.task);

        nb::Trainer trainer(spec, config, split);
        if (loaded)
            trainer.restore(*loaded);
        if (!quiet)
            std::cerr << "network " << nb::formatLayers(spec.hidden) << (spec.hidden.empty() ? "(no hidden layer)" : "")
                      << " -> " << spec.outputs << " outputs, " << spec.parameterCount() << " parameters, on "
                      << trainer.device() << "\n";

        Reporter reporter(trainer, has("--json"), quiet, spec.task);
        trainer.addObserver(&reporter);
        // --runs-dir: the run is recorded like the app's, so the app's Runs panel can compare it.
        std::unique_ptr<nb::RunRecorder> recorder;
        if (has("--runs-dir")) {
            const nb::RunStore store(opt["--runs-dir"]);
            const std::string name = has("--run-name") ? opt["--run-name"]
                : spec.hidden.empty()                  ? std::string("no hidden layer")
                                                       : nb::formatLayers(spec.hidden);
            recorder = std::make_unique<nb::RunRecorder>(store, store.create(name, dataSpec, split.train.name, spec, config),
                [&trainer] { return trainer.checkpoint(); });
            trainer.addObserver(recorder.get());
        }
        if (config.epochs > 0 || spec.kind == nb::ModelKind::ClosedFormLinear)
            trainer.run();
        if (recorder) {
            nb::Checkpoint final = trainer.checkpoint();
            final.datasetSpec = dataSpec;
            recorder->finish(trainer.state(), trainer.message(), trainer.state() == nb::TrainerState::Failed ? nullptr : &final);
            if (!recorder->problem().empty())
                std::cerr << "warning: " << recorder->problem() << "\n";
            else if (!quiet)
                std::cerr << "recorded the run in " << recorder->run().folder << "\n";
        }

        if (!reporter.diverged().empty())
            fail(reporter.diverged(), 1);
        if (trainer.state() == nb::TrainerState::Failed)
            fail(trainer.message(), 1);
        if (!quiet && !trainer.message().empty())
            std::cerr << trainer.message() << "\n";

        if (config.epochs == 0 && loaded) {
            const nb::Evaluation ev = nb::evaluateModel(trainer.model(), split.val);
            if (has("--json")) {
                nlohmann::json j = {{"epoch", 0}, {"seconds", 0}};
                if (spec.task == nb::TaskKind::Classification)
                    j["val_accuracy"] = ev.metrics.valAccuracy;
                else
                    j["val_mse"] = ev.metrics.valMse, j["val_mae"] = ev.metrics.valMae, j["val_r2"] = ev.metrics.valR2;
                std::cout << j.dump() << std::endl;
            }
            if (!quiet) {
                if (spec.task == nb::TaskKind::Classification)
                    std::fprintf(stderr, "validation accuracy %.2f%% on %lld samples\n", 100 * ev.metrics.valAccuracy,
                        static_cast<long long>(split.val.size()));
                else
                    std::fprintf(stderr, "validation MSE %.4f  MAE %.4f  R2 %.3f on %lld samples\n", ev.metrics.valMse,
                        ev.metrics.valMae, ev.metrics.valR2, static_cast<long long>(split.val.size()));
            }
        }

        if (has("--save")) {
            nb::Checkpoint ck = trainer.checkpoint();
            ck.datasetSpec = dataSpec;
            nb::saveCheckpoint(opt["--save"], ck);
            if (!quiet)
                std::cerr << "saved " << opt["--save"] << "\n";
        }
        if (has("--export-pytorch")) {
            const auto out = nb::exportForPython(opt["--export-pytorch"], trainer.model(), split.scaler,
                split.train.classNames, split.train.featureNames, split.train.name);
            if (!quiet)
                std::cerr << "exported " << out.stateDictPath << " and " << out.modelPyPath << "\n";
        }
        if (has("--export-onnx")) {
            nb::exportOnnxModel(opt["--export-onnx"], trainer.model(), split.scaler, split.train.classNames, split.train.featureNames,
                split.train.name);
            if (!quiet)
                std::cerr << "exported " << opt["--export-onnx"] << "\n";
        }
        if (has("--predict"))
            predictFile(opt["--predict"], trainer.model(), split.scaler, split.train.classNames);
        return trainer.state() == nb::TrainerState::Stopped && !reporter.diverged().empty() ? 1 : 0;
    } catch (const nb::Error& e) {
        fail(e.what());
    } catch (const std::exception& e) {
        fail(e.what());
    }
}

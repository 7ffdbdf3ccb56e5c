#include "model/ModelImpl.h"

#include "common/Error.h"
#include "data/Dataset.h"

#include <sstream>

namespace nb {

namespace {

// One module for every activation whose kind can change between batches (teaching: "what if this
// layer were tanh?"). It has no parameters, so state_dict keys are the same as with nn.ReLU & co.
struct ActivationFnImpl : torch::nn::Cloneable<ActivationFnImpl> {
    explicit ActivationFnImpl(Activation a) : kind(a) {}
    void reset() override {}
    torch::Tensor forward(const torch::Tensor& x)
    {
        namespace F = torch::nn::functional;
        switch (kind) {
        case Activation::Identity: return x;
        case Activation::ReLU: return torch::relu(x);
        case Activation::LeakyReLU: return F::leaky_relu(x, F::LeakyReLUFuncOptions().negative_slope(0.01));
        case Activation::ELU: return F::elu(x);
        case Activation::GELU: return F::gelu(x);
        case Activation::SiLU: return F::silu(x);
        case Activation::Sigmoid: return torch::sigmoid(x);
        case Activation::Tanh: return torch::tanh(x);
        case Activation::Softplus: return F::softplus(x);
        case Activation::Hardtanh: return F::hardtanh(x);
        }
        return x;
    }
    Activation kind;
};
TORCH_MODULE(ActivationFn);

torch::nn::AnyModule activationModule(Activation a) { return torch::nn::AnyModule(ActivationFn(a)); }

void initialize(const torch::nn::Linear& linear, Init init, Activation next)
{
    torch::NoGradGuard guard;
    if (init == Init::Xavier) {
        torch::nn::init::xavier_uniform_(linear->weight);
        torch::nn::init::zeros_(linear->bias);
    } else if (init == Init::He) {
        const bool leaky = next == Activation::LeakyReLU;
        torch::nn::init::kaiming_uniform_(linear->weight, leaky ? 0.01 : 0.0, torch::kFanIn,
            leaky ? torch::nn::init::NonlinearityType(torch::kLeakyReLU) : torch::nn::init::NonlinearityType(torch::kReLU));
        torch::nn::init::zeros_(linear->bias);
    }
}

// Outputs in evaluation mode (no dropout, batch-norm running statistics), leaving the mode as it was.
torch::Tensor evalForward(Model::Impl& impl, const float* samples, int64_t n)
{
    torch::NoGradGuard guard;
    const bool wasTraining = impl.net->is_training();
    impl.net->eval();
    torch::Tensor y = impl.net->forward(toTensor(samples, n, impl.spec.inputSize()).to(impl.device));
    impl.net->train(wasTraining);
    return y;
}

} // namespace

torch::nn::Sequential buildSequential(const NetworkSpec& spec)
{
    namespace nn = torch::nn;
    nn::Sequential seq;
    seq->push_back(nn::Flatten());
    int64_t in = spec.inputSize();
    for (const auto& l : spec.hidden) {
        nn::Linear linear(in, l.units);
        initialize(linear, spec.init, l.activation);
        seq->push_back(linear);
        if (l.batchNorm)
            seq->push_back(nn::BatchNorm1d(l.units));
        seq->push_back(activationModule(l.activation));
        if (l.dropout > 0)
            seq->push_back(nn::Dropout(l.dropout));
        in = l.units;
    }
    nn::Linear out(in, spec.outputs);
    initialize(out, spec.init == Init::He ? Init::Xavier : spec.init, Activation::Identity);
    seq->push_back(out);
    return seq;
}

torch::Tensor toTensor(const float* data, int64_t n, int64_t features)
{
    return torch::from_blob(const_cast<float*>(data), {n, features}, torch::kFloat32).clone();
}

std::vector<float> toVector(const torch::Tensor& t)
{
    const torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

Matrix toMatrix(const torch::Tensor& t)
{
    Matrix m;
    m.rows = t.dim() > 0 ? t.size(0) : 1;
    m.cols = t.dim() > 1 ? t.numel() / m.rows : 1;
    m.data = toVector(t);
    return m;
}

std::vector<torch::nn::Linear> Model::Impl::linears() const
{
    std::vector<torch::nn::Linear> out;
    for (const auto& m : net->children())
        if (auto l = std::dynamic_pointer_cast<torch::nn::LinearImpl>(m))
            out.emplace_back(l);
    return out;
}

Model::Model(const NetworkSpec& spec, uint64_t seed) : m_impl(std::make_unique<Impl>())
{
    spec.validate();
    m_impl->spec = spec;
    torch::manual_seed(seed);
    m_impl->net = buildSequential(spec);
}

Model::Model(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Model::~Model() = default;
Model::Model(Model&&) noexcept = default;
Model& Model::operator=(Model&&) noexcept = default;

void Model::setActivation(int layer, Activation a)
{
    if (layer < 0 || layer >= static_cast<int>(m_impl->spec.hidden.size()))
        throw Error("no hidden layer " + std::to_string(layer + 1));
    int seen = 0;
    for (const auto& child : m_impl->net->children())
        if (auto fn = std::dynamic_pointer_cast<ActivationFnImpl>(child)) {
            if (seen++ == layer) {
                fn->kind = a;
                m_impl->spec.hidden[static_cast<size_t>(layer)].activation = a;
                return;
            }
        }
    throw Error("the network has no activation for layer " + std::to_string(layer + 1));
}

Model Model::clone() const
{
    auto impl = std::make_unique<Impl>();
    impl->spec = m_impl->spec;
    impl->net = std::dynamic_pointer_cast<torch::nn::SequentialImpl>(m_impl->net->clone(torch::Device(torch::kCPU)));
    impl->net->train(m_impl->net->is_training());
    return Model(std::move(impl));
}

const NetworkSpec& Model::spec() const { return m_impl->spec; }

std::string Model::deviceName() const { return m_impl->device.str(); }

std::vector<float> Model::forward(const float* samples, int64_t n) const
{
    if (n <= 0)
        return {};
    return toVector(evalForward(*m_impl, samples, n));
}

std::vector<float> Model::predict(const float* samples, int64_t n) const
{
    if (n <= 0)
        return {};
    const torch::Tensor y = evalForward(*m_impl, samples, n);
    return toVector(m_impl->spec.task == TaskKind::Classification ? torch::softmax(y, 1) : y);
}

std::vector<float> Model::meanAbsInputGradient(const float* samples, int64_t n) const
{
    if (n <= 0)
        return std::vector<float>(static_cast<size_t>(m_impl->spec.inputSize()), 0.0f);
    const bool wasTraining = m_impl->net->is_training();
    m_impl->net->eval();
    torch::Tensor x = toTensor(samples, n, m_impl->spec.inputSize()).to(m_impl->device).requires_grad_(true);
    torch::Tensor y = m_impl->net->forward(x);
    // Classification: the probability of the class the model picks (the softmax sums to one, so
    // its total would not move). Each sample's output depends only on its own inputs, so one
    // backward pass of the sum gives every sample's gradient.
    if (m_impl->spec.task == TaskKind::Classification)
        y = std::get<0>(torch::softmax(y, 1).max(1));
    const auto grads = torch::autograd::grad({y.sum()}, {x});
    m_impl->net->train(wasTraining);
    return toVector(grads[0].abs().mean(0));
}

std::vector<LayerWeights> Model::weights() const
{
    torch::NoGradGuard guard;
    std::vector<LayerWeights> out;
    const auto lin = m_impl->linears();
    for (size_t i = 0; i < lin.size(); ++i) {
        LayerWeights w;
        w.name = i + 1 == lin.size() ? "output" : "hidden " + std::to_string(i + 1);
        w.weight = toMatrix(lin[i]->weight);
        w.bias = toVector(lin[i]->bias);
        out.push_back(std::move(w));
    }
    return out;
}

std::string Model::saveState() const
{
    torch::serialize::OutputArchive archive;
    m_impl->net->save(archive);
    std::ostringstream os;
    archive.save_to(os);
    return os.str();
}

void Model::loadState(const std::string& bytes)
{
    try {
        std::istringstream is(bytes);
        torch::serialize::InputArchive archive;
        archive.load_from(is, m_impl->device);
        m_impl->net->load(archive);
    } catch (const c10::Error& e) {
        std::string what = e.what_without_backtrace();
        throw Error("the model's weights do not match its network (" + what.substr(0, what.find('\n')) + ")");
    }
}

void Model::fitClosedForm(const Dataset& train)
{
    const auto& spec = m_impl->spec;
    if (spec.kind != ModelKind::ClosedFormLinear)
        throw Error("only the closed-form linear model is solved by least squares");
    if (train.size() == 0)
        throw Error("no training data");
    torch::NoGradGuard guard;
    const int64_t n = train.size();
    const int64_t f = train.featureCount();
    const torch::Tensor x = torch::from_blob(const_cast<float*>(train.features.data()), {n, f}, torch::kFloat32);
    const torch::Tensor t = torch::from_blob(const_cast<float*>(train.targets.data()), {n}, torch::kFloat32);
    // W = X+ Y, the pseudo-inverse solution of the workshop, as (X^T X)+ X^T Y (the same matrix:
    // X+ = (X^T X)+ X^T), with X^T X and X^T Y summed in double over blocks of rows. The SVD of
    // the whole X took 10-50 s for Fashion-MNIST's 60000 x 785 and 0.4 GB for X in double; this
    // is one pass of matrix products and an eigen-decomposition of 785 x 785.
    const int64_t cols = f + 1; // the bias column of ones
    torch::Tensor xtx = torch::zeros({cols, cols}, torch::kFloat64);
    torch::Tensor xty = torch::zeros({cols, spec.outputs}, torch::kFloat64);
    constexpr int64_t kRows = 8192;
    for (int64_t start = 0; start < n; start += kRows) {
        const int64_t len = std::min(kRows, n - start);
        const torch::Tensor xb = torch::cat({x.narrow(0, start, len).to(torch::kFloat64), torch::ones({len, 1}, torch::kFloat64)}, 1);
        const torch::Tensor tb = t.narrow(0, start, len);
        const torch::Tensor yb = spec.task == TaskKind::Classification
            ? torch::one_hot(tb.to(torch::kLong), spec.outputs).to(torch::kFloat64)
            : tb.to(torch::kFloat64).unsqueeze(1);
        xtx.addmm_(xb.t(), xb);
        xty.addmm_(xb.t(), yb);
    }
    const torch::Tensor w = torch::linalg::pinv(xtx, /*rcond=*/1e-12, /*hermitian=*/true).matmul(xty); // [f + 1, outputs]
    auto out = m_impl->linears().back();
    out->weight.copy_(w.narrow(0, 0, f).t().to(torch::kFloat32));
    out->bias.copy_(w[f].to(torch::kFloat32));
}

} // namespace nb

#include "train/FlatStep.h"

#include "train/AdamKernel.h"

#include <cmath>

namespace nb {

namespace {

std::string stateKey(const torch::Tensor& p) { return c10::guts::to_string(p.unsafeGetTensorImpl()); }

// A flat buffer cut into one view per tensor, in order, each shaped as its tensor.
std::vector<torch::Tensor> slicesLike(const torch::Tensor& flat, const std::vector<torch::Tensor>& tensors)
{
    std::vector<torch::Tensor> out;
    out.reserve(tensors.size());
    int64_t offset = 0;
    for (const auto& p : tensors) {
        out.push_back(flat.narrow(0, offset, p.numel()).view(p.sizes()));
        offset += p.numel();
    }
    return out;
}

template <typename Options>
const Options& onlyGroupOptions(torch::optim::Optimizer& o)
{
    return static_cast<const Options&>(o.param_groups().front().options());
}

// Points each parameter's Adam/AdamW state at its slice of the two moment buffers, keeping any
// values it had (a checkpoint's, a previous run's). Returns the step count they share.
template <typename State>
int64_t bindMoments(torch::optim::Optimizer& o, const std::vector<torch::Tensor>& tensors, const torch::Tensor& first,
    const torch::Tensor& second)
{
    auto& states = o.state();
    int64_t step = 0;
    const std::vector<torch::Tensor> firsts = slicesLike(first, tensors), seconds = slicesLike(second, tensors);
    for (size_t i = 0; i < tensors.size(); ++i) {
        const torch::Tensor& p = tensors[i];
        const torch::Tensor& m = firsts[i];
        const torch::Tensor& v = seconds[i];
        auto it = states.find(stateKey(p));
        if (it == states.end()) {
            auto s = std::make_unique<State>();
            s->exp_avg(m);
            s->exp_avg_sq(v);
            states[stateKey(p)] = std::move(s);
            continue;
        }
        auto& s = static_cast<State&>(*it->second);
        if (s.exp_avg().defined())
            m.copy_(s.exp_avg());
        if (s.exp_avg_sq().defined())
            v.copy_(s.exp_avg_sq());
        s.exp_avg(m);
        s.exp_avg_sq(v);
        step = std::max(step, s.step());
    }
    return step;
}

template <typename State>
void setSteps(torch::optim::Optimizer& o, const std::vector<torch::Tensor>& tensors, int64_t step)
{
    auto& states = o.state();
    for (const auto& p : tensors)
        static_cast<State&>(*states.at(stateKey(p))).step(step);
}

} // namespace

FlatStep::FlatStep(const std::vector<torch::Tensor>& params, torch::optim::Optimizer& optimizer, OptimizerKind kind)
    : m_tensors(params), m_optimizer(&optimizer), m_kind(kind)
{
    if (params.empty())
        return;
    torch::NoGradGuard guard;
    int64_t total = 0;
    for (const auto& p : params) {
        if (p.options().dtype() != params.front().options().dtype() || p.device() != params.front().device())
            return; // mixed tensors: leave them as they are, step() uses the optimizer's own
        total += p.numel();
    }
    m_params = torch::empty({total}, params.front().options());
    m_grads = torch::zeros({total}, params.front().options());
    const std::vector<torch::Tensor> values = slicesLike(m_params, m_tensors), grads = slicesLike(m_grads, m_tensors);
    for (size_t i = 0; i < m_tensors.size(); ++i) {
        values[i].copy_(m_tensors[i]);
        m_tensors[i].set_data(values[i]);
        // A gradient already there is accumulated into in place by backward, so it stays a view.
        m_tensors[i].mutable_grad() = grads[i];
    }
    m_fused = optimizer.param_groups().size() == 1 && optimizer.param_groups().front().params().size() == params.size();
    if (kind == OptimizerKind::Adam)
        m_fused = m_fused && !onlyGroupOptions<torch::optim::AdamOptions>(optimizer).amsgrad();
    else if (kind == OptimizerKind::AdamW)
        m_fused = m_fused && !onlyGroupOptions<torch::optim::AdamWOptions>(optimizer).amsgrad();
    else if (kind != OptimizerKind::SGD)
        m_fused = false;
    if (m_fused)
        bindState();
}

void FlatStep::bindState()
{
    if (m_kind == OptimizerKind::Adam || m_kind == OptimizerKind::AdamW) {
        m_first = torch::zeros_like(m_params);
        m_second = torch::zeros_like(m_params);
        m_step = m_kind == OptimizerKind::Adam ? bindMoments<torch::optim::AdamParamState>(*m_optimizer, m_tensors, m_first, m_second)
                                               : bindMoments<torch::optim::AdamWParamState>(*m_optimizer, m_tensors, m_first, m_second);
        return;
    }
    // SGD: momentum buffers exist once a step was taken; the first step starts them from the gradient.
    auto& states = m_optimizer->state();
    m_first = torch::zeros_like(m_params);
    m_momentumStarted = !states.empty();
    const std::vector<torch::Tensor> buffers = slicesLike(m_first, m_tensors);
    for (size_t i = 0; i < m_tensors.size(); ++i) {
        auto it = states.find(stateKey(m_tensors[i]));
        if (it == states.end()) {
            m_momentumStarted = false;
            continue;
        }
        auto& s = static_cast<torch::optim::SGDParamState&>(*it->second);
        if (s.momentum_buffer().defined())
            buffers[i].copy_(s.momentum_buffer());
        s.momentum_buffer(buffers[i]);
    }
}

void FlatStep::zeroGrad()
{
    if (m_grads.defined())
        m_grads.zero_();
    else if (m_optimizer)
        m_optimizer->zero_grad();
}

void FlatStep::step()
{
    if (!m_fused) {
        if (m_optimizer)
            m_optimizer->step();
        return;
    }
    torch::NoGradGuard guard;
    if (m_kind == OptimizerKind::SGD)
        sgdStep();
    else
        adamStep(m_kind == OptimizerKind::AdamW);
}

// The formulas of LibTorch's Adam::step and AdamW::step (no AMSGrad), over all weights at once.
void FlatStep::adamStep(bool decoupledDecay)
{
    double lr, eps, decay, beta1, beta2;
    if (decoupledDecay) {
        const auto& o = onlyGroupOptions<torch::optim::AdamWOptions>(*m_optimizer);
        lr = o.lr(), eps = o.eps(), decay = o.weight_decay();
        std::tie(beta1, beta2) = o.betas();
    } else {
        const auto& o = onlyGroupOptions<torch::optim::AdamOptions>(*m_optimizer);
        lr = o.lr(), eps = o.eps(), decay = o.weight_decay();
        std::tie(beta1, beta2) = o.betas();
    }
    ++m_step;
    if (decoupledDecay)
        setSteps<torch::optim::AdamWParamState>(*m_optimizer, m_tensors, m_step);
    else
        setSteps<torch::optim::AdamParamState>(*m_optimizer, m_tensors, m_step);
    const double correction1 = 1 - std::pow(beta1, static_cast<double>(m_step));
    const double correction2 = 1 - std::pow(beta2, static_cast<double>(m_step));

    if (m_params.device().is_cpu() && m_params.scalar_type() == torch::kFloat) {
        // One pass over the four buffers (the eight operations below each make a pass).
        AdamStep s;
        s.lr = static_cast<float>(lr), s.beta1 = static_cast<float>(beta1), s.beta2 = static_cast<float>(beta2);
        s.eps = static_cast<float>(eps), s.weightDecay = static_cast<float>(decay), s.decoupled = decoupledDecay;
        s.correction1 = correction1, s.correction2 = correction2;
        adamUpdate(m_params.data_ptr<float>(), m_grads.data_ptr<float>(), m_first.data_ptr<float>(), m_second.data_ptr<float>(),
            m_params.numel(), s);
        return;
    }
    torch::Tensor grad = m_grads;
    if (decay != 0) {
        if (decoupledDecay)
            m_params.mul_(1 - lr * decay);
        else
            grad = grad.add(m_params, decay);
    }
    m_first.mul_(beta1).add_(grad, 1 - beta1);
    m_second.mul_(beta2).addcmul_(grad, grad, 1 - beta2);
    if (!m_denom.defined())
        m_denom = torch::empty_like(m_params);
    at::sqrt_out(m_denom, m_second);
    m_denom.div_(std::sqrt(correction2)).add_(eps);
    m_params.addcdiv_(m_first, m_denom, -lr / correction1);
}

// LibTorch's SGD::step: weight decay, momentum with dampening, Nesterov.
void FlatStep::sgdStep()
{
    const auto& o = onlyGroupOptions<torch::optim::SGDOptions>(*m_optimizer);
    torch::Tensor grad = m_grads;
    if (o.weight_decay() != 0)
        grad = grad.add(m_params, o.weight_decay());
    if (o.momentum() != 0) {
        if (!m_momentumStarted) {
            m_first.copy_(grad);
            auto& states = m_optimizer->state();
            const std::vector<torch::Tensor> buffers = slicesLike(m_first, m_tensors);
            for (size_t i = 0; i < m_tensors.size(); ++i) {
                auto s = std::make_unique<torch::optim::SGDParamState>();
                s->momentum_buffer(buffers[i]);
                states[stateKey(m_tensors[i])] = std::move(s);
            }
            m_momentumStarted = true;
        } else {
            m_first.mul_(o.momentum()).add_(grad, 1 - o.dampening());
        }
        grad = o.nesterov() ? grad.add(m_first, o.momentum()) : m_first;
    }
    m_params.add_(grad, -o.lr());
}

} // namespace nb

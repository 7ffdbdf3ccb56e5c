#include "io/OnnxExport.h"

#include "common/Error.h"
#include "io/AtomicFile.h"
#include "model/ModelImpl.h"

#ifdef NB_HAVE_ONNX
#include <onnx/checker.h>
#include <onnx/onnx_pb.h>
#endif

#include <cmath>

namespace nb {

#ifndef NB_HAVE_ONNX

bool onnxExportAvailable() { return false; }

void exportOnnxModel(const std::string&, const Model&, const Scaler&, const std::vector<std::string>&, const std::vector<std::string>&,
    const std::string&)
{
    throw Error("this build of NeuralBoard has no ONNX export (it was built without libonnx-dev); export for PyTorch instead");
}

#else

namespace {

class GraphBuilder {
public:
    explicit GraphBuilder(onnx::GraphProto* graph) : m_graph(graph) {}

    std::string initializer(const std::string& name, const torch::Tensor& t)
    {
        const torch::Tensor c = t.detach().to(torch::kCPU).to(torch::kFloat32).contiguous();
        onnx::TensorProto* p = m_graph->add_initializer();
        p->set_name(name);
        p->set_data_type(onnx::TensorProto::FLOAT);
        for (const int64_t d : c.sizes())
            p->add_dims(d);
        p->set_raw_data(std::string(reinterpret_cast<const char*>(c.data_ptr<float>()), static_cast<size_t>(c.numel()) * sizeof(float)));
        return name;
    }
    std::string constant(const std::string& name, float v) { return initializer(name, torch::full({1}, v)); }

    // One node; returns its (first) output's name.
    std::string node(const std::string& op, const std::vector<std::string>& inputs, const std::string& output = {})
    {
        onnx::NodeProto* n = m_graph->add_node();
        n->set_op_type(op);
        n->set_name(op + "_" + std::to_string(m_count));
        for (const auto& i : inputs)
            n->add_input(i);
        const std::string out = output.empty() ? op + "_" + std::to_string(m_count) + "_out" : output;
        n->add_output(out);
        ++m_count;
        m_last = n;
        return out;
    }
    void attribute(const std::string& name, float v)
    {
        auto* a = m_last->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::FLOAT);
        a->set_f(v);
    }
    void attribute(const std::string& name, int64_t v)
    {
        auto* a = m_last->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INT);
        a->set_i(v);
    }

    std::string activation(Activation a, const std::string& x, const std::string& prefix)
    {
        switch (a) {
        case Activation::Identity: return x;
        case Activation::ReLU: return node("Relu", {x});
        case Activation::LeakyReLU:
            node("LeakyRelu", {x});
            attribute("alpha", 0.01f);
            return m_last->output(0);
        case Activation::ELU:
            node("Elu", {x});
            attribute("alpha", 1.0f);
            return m_last->output(0);
        case Activation::GELU: {
            // x * 0.5 * (1 + erf(x / sqrt 2)): exact GELU, as PyTorch's default.
            const std::string e = node("Erf", {node("Div", {x, constant(prefix + ".sqrt2", std::sqrt(2.0f))})});
            const std::string half = node("Mul", {node("Add", {e, constant(prefix + ".one", 1.0f)}), constant(prefix + ".half", 0.5f)});
            return node("Mul", {x, half});
        }
        case Activation::SiLU: return node("Mul", {x, node("Sigmoid", {x})});
        case Activation::Sigmoid: return node("Sigmoid", {x});
        case Activation::Tanh: return node("Tanh", {x});
        case Activation::Softplus: return node("Softplus", {x});
        case Activation::Hardtanh:
            return node("Clip", {x, initializer(prefix + ".min", torch::tensor(-1.0f)), initializer(prefix + ".max", torch::tensor(1.0f))});
        }
        return x;
    }

private:
    onnx::GraphProto* m_graph;
    onnx::NodeProto* m_last = nullptr;
    int m_count = 0;
};

void declare(onnx::ValueInfoProto* v, const std::string& name, int64_t width)
{
    v->set_name(name);
    auto* t = v->mutable_type()->mutable_tensor_type();
    t->set_elem_type(onnx::TensorProto::FLOAT);
    t->mutable_shape()->add_dim()->set_dim_param("batch");
    t->mutable_shape()->add_dim()->set_dim_value(width);
}

std::string join(const std::vector<std::string>& v)
{
    std::string out;
    for (size_t i = 0; i < v.size(); ++i)
        out += (i ? "," : "") + v[i];
    return out;
}

} // namespace

bool onnxExportAvailable() { return true; }

void exportOnnxModel(const std::string& path, const Model& model, const Scaler& scaler, const std::vector<std::string>& classNames,
    const std::vector<std::string>& featureNames, const std::string& datasetName)
{
    const NetworkSpec& spec = model.spec();
    onnx::ModelProto proto;
    proto.set_ir_version(onnx::IR_VERSION);
    proto.set_producer_name("NeuralBoard");
    proto.set_producer_version(NB_VERSION);
    proto.set_doc_string("A multi-layer perceptron trained in NeuralBoard on " + datasetName);
    auto* opset = proto.add_opset_import();
    opset->set_domain("");
    opset->set_version(13);
    auto meta = [&proto](const std::string& k, const std::string& v) {
        auto* m = proto.add_metadata_props();
        m->set_key(k);
        m->set_value(v);
    };
    meta("dataset", datasetName);
    meta("task", toString(spec.task));
    meta("class_names", join(classNames));
    meta("feature_names", join(featureNames));
    meta("network", spec.toJson(-1));

    onnx::GraphProto* graph = proto.mutable_graph();
    graph->set_name("neuralboard");
    GraphBuilder g(graph);
    declare(graph->add_input(), "features", spec.inputSize());
    std::string x = "features";
    if (!scaler.empty()) {
        x = g.node("Sub", {x, g.initializer("scaler.mean", torch::tensor(scaler.mean))});
        x = g.node("Mul", {x, g.initializer("scaler.scale", torch::tensor(scaler.scale))});
    }

    torch::NoGradGuard guard;
    const auto& net = model.impl().net;
    size_t hidden = 0;
    const auto children = net->named_children();
    for (size_t i = 0; i < children.size(); ++i) {
        const std::string& name = children[i].key();
        const auto& m = children[i].value();
        if (auto linear = std::dynamic_pointer_cast<torch::nn::LinearImpl>(m)) {
            x = g.node("Gemm", {x, g.initializer(name + ".weight", linear->weight), g.initializer(name + ".bias", linear->bias)});
            g.attribute("transB", int64_t{1});
            const bool output = i + 1 == children.size();
            const bool batchNorm = !output && hidden < spec.hidden.size() && spec.hidden[hidden].batchNorm;
            if (!output && !batchNorm)
                x = g.activation(spec.hidden[hidden++].activation, x, name + ".act");
        } else if (auto bn = std::dynamic_pointer_cast<torch::nn::BatchNorm1dImpl>(m)) {
            x = g.node("BatchNormalization", {x, g.initializer(name + ".weight", bn->weight), g.initializer(name + ".bias", bn->bias),
                                                 g.initializer(name + ".running_mean", bn->running_mean),
                                                 g.initializer(name + ".running_var", bn->running_var)});
            g.attribute("epsilon", static_cast<float>(bn->options.eps()));
            x = g.activation(spec.hidden[hidden++].activation, x, name + ".act");
        }
        // Flatten (inputs are already flat), activations (handled with their layer) and dropout
        // (nothing at inference) add no node.
    }
    if (spec.task == TaskKind::Classification) {
        g.node("Identity", {x}, "logits");
        g.node("Softmax", {"logits"}, "probabilities");
        declare(graph->add_output(), "logits", spec.outputs);
        declare(graph->add_output(), "probabilities", spec.outputs);
    } else {
        g.node("Identity", {x}, "values");
        declare(graph->add_output(), "values", spec.outputs);
    }

    try {
        onnx::checker::check_model(proto);
    } catch (const std::exception& e) {
        throw Error(std::string("the ONNX model failed ONNX's checker: ") + e.what());
    }
    std::string bytes;
    if (!proto.SerializeToString(&bytes))
        throw Error(path + ": could not serialize the ONNX model");
    writeFileAtomically(path, bytes);
}

#endif

} // namespace nb

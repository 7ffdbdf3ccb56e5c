#pragma once

#include "common/Matrix.h"
#include "model/NetworkSpec.h"

#include <QGraphicsView>
#include <QUndoStack>

#include <functional>
#include <vector>

class QGraphicsItem;
class QGraphicsSimpleTextItem;

namespace nb::ui {

// The network as a picture you reshape with the mouse: input, hidden layers and output as
// columns of neurons, edges coloured by the sign of their weight and as thick as its size,
// live from training. Drag a layer sideways to reorder it, drag its handle up or down to change
// its width (double-click to type it), drop an activation from the palette onto it, drag "Dense
// layer" from the palette or click "+" to add one, Del or the context menu to delete. Every edit
// goes on an undo stack (Ctrl+Z / Ctrl+Shift+Z); one drag is one step.
class NetworkEditor : public QGraphicsView {
    Q_OBJECT
public:
    explicit NetworkEditor(QWidget* parent = nullptr);

    // Input, output and task from the dataset; hidden layers untouched.
    void setFrame(const NetworkSpec& base, bool imageInput, const std::vector<std::string>& outputNames = {});
    // Replaces the layers without an undo step (a new dataset, a preset's suggestion).
    void resetLayers(const std::vector<LayerSpec>& layers);
    const std::vector<LayerSpec>& layers() const { return m_layers; }
    QUndoStack* undoStack() const { return m_undo; }

    // Edits, each one undo step. They return false (and change nothing) when refused; then
    // message() says why.
    bool applyLayers(const std::vector<LayerSpec>& layers, const QString& what, int mergeId = -1);
    bool setUnits(int layer, int64_t units, int mergeId = -1);
    bool setActivation(int layer, Activation a);
    bool setDropout(int layer, double dropout);
    bool setBatchNorm(int layer, bool on);
    bool insertLayer(int at, const LayerSpec& layer = LayerSpec{32, Activation::ReLU, 0.0, false});
    bool removeLayer(int layer);
    bool moveLayer(int from, int to);

    // Editing can be locked (training runs: refused with the hint) or need a confirmation
    // (a trained model would lose its weights).
    void setLocked(bool locked, const QString& hint);
    void setConfirm(std::function<bool()> confirm) { m_confirm = std::move(confirm); }
    // Asked first when an activation changes: true when a running model took the change (teaching:
    // swap ReLU for tanh between two steps), so the edit needs no confirmation and keeps the weights.
    void setLiveActivation(std::function<bool(int layer, Activation a)> live) { m_liveActivation = std::move(live); }
    QString message() const { return m_message; }

    // Live weights for the edges; empty clears them.
    void setWeights(const std::vector<LayerWeights>& weights);

    int selectedLayer() const { return m_selected; }
    void selectLayer(int layer);
    // Scene geometry, for tests and drags: a hidden layer's column centre and its width handle.
    QPointF layerCenter(int layer) const;
    QPointF handleCenter(int layer) const;
    QPointF plusCenter(int gap) const; // gap 0: between input and the first hidden layer
    QString hoverText() const { return m_hover; }

Q_SIGNALS:
    void layersChanged();
    void refused(const QString& message);

protected:
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void contextMenuEvent(QContextMenuEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dragMoveEvent(QDragMoveEvent* e) override;
    void dropEvent(QDropEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    friend class LayersCommand;
    void setLayersDirect(const std::vector<LayerSpec>& layers);
    bool refuse(const QString& why, const QPointF& where = QPointF());
    bool mayEdit(const QPointF& where = QPointF());
    void rebuild();
    Q_INVOKABLE void restyle() { rebuild(); } // after a change of UI scale or theme
    int columnCount() const { return static_cast<int>(m_layers.size()) + 2; }
    double columnX(int column) const;
    int hiddenAt(const QPointF& scenePos) const; // hidden layer index under a point, or -1
    int gapAt(double sceneX) const;              // insertion index for a drop at x
    std::vector<int> shownUnits(int64_t units) const;
    int64_t unitsOfColumn(int column) const;
    void showHover(const QPointF& scenePos);

    NetworkSpec m_base;
    bool m_image = false;
    std::vector<std::string> m_outputNames;
    std::vector<LayerSpec> m_layers;
    std::vector<LayerWeights> m_weights;
    QUndoStack* m_undo;
    bool m_locked = false;
    QString m_lockHint;
    std::function<bool()> m_confirm;
    std::function<bool(int, Activation)> m_liveActivation;
    QString m_message;
    QString m_hover;
    int m_selected = -1;

    enum class Drag { None, Reorder, Resize };
    Drag m_drag = Drag::None;
    int m_dragLayer = -1;
    QPointF m_dragStart;
    int64_t m_dragUnits = 0;
    int m_mergeId = 1000;
    QGraphicsSimpleTextItem* m_bubble = nullptr;
};

} // namespace nb::ui

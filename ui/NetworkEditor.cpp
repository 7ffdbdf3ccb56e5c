#include "NetworkEditor.h"

#include "Concepts.h"
#include "QtText.h"
#include "Theme.h"
#include "TrainerMessages.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QGraphicsEllipseItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QTimer>
#include <QToolTip>

#include <cmath>

namespace nb::ui {

namespace {

constexpr double kSpacing = 190;   // between column centres
constexpr double kLeft = 110;      // first column's centre
constexpr double kMidY = 250;      // vertical centre of the columns
constexpr double kStep = 34;       // between neuron centres
constexpr double kRadius = 11;
constexpr int kMaxShown = 10;      // neurons drawn per column before an ellipsis
const char* const kPaletteMime = "application/x-neuralboard-palette";

enum ItemRole { RoleKind = 0, RoleLayer = 1, RoleUnit = 2 };
enum ItemKind { KindLayerBox = 1, KindHandle, KindPlus, KindNeuron, KindEdge };

QColor weightColor(float w, double alpha)
{
    QColor c = w >= 0 ? QColor(178, 24, 43) : QColor(33, 102, 172);
    c.setAlphaF(alpha);
    return c;
}

} // namespace

// One undoable change of the hidden layers: the whole list before and after, so undo and redo
// restore exact specs. Drags carry a merge id, so a whole drag is one step.
class LayersCommand : public QUndoCommand {
public:
    LayersCommand(NetworkEditor* editor, std::vector<LayerSpec> before, std::vector<LayerSpec> after, const QString& text, int mergeId)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after)), m_id(mergeId)
    {
    }
    void redo() override { m_editor->setLayersDirect(m_after); }
    void undo() override { m_editor->setLayersDirect(m_before); }
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = dynamic_cast<const LayersCommand*>(other);
        if (!o || o->m_id != m_id)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    NetworkEditor* m_editor;
    std::vector<LayerSpec> m_before, m_after;
    int m_id;
};

NetworkEditor::NetworkEditor(QWidget* parent) : QGraphicsView(parent), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("networkEditor"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setAcceptDrops(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAlignment(Qt::AlignCenter);
    setAccessibleName(tr("Network editor"));
    viewport()->setAccessibleName(tr("Network editor"));
    setAccessibleDescription(tr("The network's layers as columns of neurons. Drag a layer to move it, drag its handle to resize, "
                                "right-click for its activation, dropout and batch norm, Delete to remove it. Keyboard: Left and Right "
                                "choose a layer, Up and Down double or halve it, Enter types its width, Insert adds a layer, the menu key "
                                "opens its menu."));
    setToolTip(accessibleDescription());
    auto* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetShortcut);
    auto* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setShortcutContext(Qt::WidgetShortcut);
    addAction(undo);
    addAction(redo);
    m_base.inputShape = {2};
    m_base.outputs = 2;
    rebuild();
}

void NetworkEditor::setFrame(const NetworkSpec& base, bool imageInput, const std::vector<std::string>& outputNames)
{
    m_base = base;
    m_image = imageInput;
    m_outputNames = outputNames;
    m_weights.clear();
    rebuild();
}

void NetworkEditor::resetLayers(const std::vector<LayerSpec>& layers)
{
    m_undo->clear();
    m_selected = -1;
    setLayersDirect(layers);
}

void NetworkEditor::setLayersDirect(const std::vector<LayerSpec>& layers)
{
    m_layers = layers;
    m_weights.clear(); // they belonged to the old network
    if (m_selected >= static_cast<int>(m_layers.size()))
        m_selected = static_cast<int>(m_layers.size()) - 1;
    rebuild();
    Q_EMIT layersChanged();
}

void NetworkEditor::setLocked(bool locked, const QString& hint)
{
    m_locked = locked;
    m_lockHint = hint;
}

bool NetworkEditor::refuse(const QString& why, const QPointF& where)
{
    m_message = why;
    // Say it where it happened: a bubble on the scene, gone after a few seconds.
    delete m_bubble;
    m_bubble = scene()->addSimpleText(why);
    QFont f = font();
    f.setPixelSize(px(15));
    f.setBold(true);
    m_bubble->setFont(f);
    m_bubble->setBrush(QColor(122, 0, 18));
    const QPointF at = where.isNull() ? QPointF(columnX(0), 20) : where + QPointF(-40, -40);
    m_bubble->setPos(at);
    m_bubble->setZValue(100);
    auto* bg = scene()->addRect(m_bubble->boundingRect().adjusted(-6, -4, 6, 4), QPen(QColor(230, 154, 165)), QColor(253, 232, 234));
    bg->setParentItem(m_bubble);
    bg->setFlag(QGraphicsItem::ItemStacksBehindParent);
    QGraphicsSimpleTextItem* bubble = m_bubble;
    QTimer::singleShot(3500, this, [this, bubble] {
        if (m_bubble == bubble) {
            delete m_bubble;
            m_bubble = nullptr;
        }
    });
    Q_EMIT refused(why);
    return false;
}

bool NetworkEditor::mayEdit(const QPointF& where)
{
    if (m_locked)
        return refuse(m_lockHint, where);
    if (m_confirm && !m_confirm())
        return refuse(tr("Kept the trained model; nothing changed."), where);
    return true;
}

bool NetworkEditor::applyLayers(const std::vector<LayerSpec>& layers, const QString& what, int mergeId)
{
    if (layers == m_layers)
        return true;
    m_message.clear();
    m_undo->push(new LayersCommand(this, m_layers, layers, what, mergeId));
    return true;
}

bool NetworkEditor::setUnits(int layer, int64_t units, int mergeId)
{
    if (layer < 0 || layer >= static_cast<int>(m_layers.size()))
        return false;
    if (units < 1)
        return refuse(tr("A layer needs at least one unit."), handleCenter(layer));
    if (units > 65536)
        return refuse(tr("At most 65,536 units in a layer."), handleCenter(layer));
    if (mergeId < 0 && !mayEdit(layerCenter(layer)))
        return false;
    auto l = m_layers;
    l[static_cast<size_t>(layer)].units = units;
    return applyLayers(l, tr("Resize layer %1 to %2").arg(layer + 1).arg(units), mergeId);
}

bool NetworkEditor::setActivation(int layer, Activation a)
{
    if (layer < 0 || layer >= static_cast<int>(m_layers.size()))
        return false;
    const bool live = m_layers[static_cast<size_t>(layer)].activation != a && m_liveActivation && m_liveActivation(layer, a);
    if (!live && !mayEdit(layerCenter(layer)))
        return false;
    auto l = m_layers;
    l[static_cast<size_t>(layer)].activation = a;
    return applyLayers(l, tr("%1 for layer %2").arg(qs(toString(a))).arg(layer + 1));
}

bool NetworkEditor::setDropout(int layer, double dropout)
{
    if (layer < 0 || layer >= static_cast<int>(m_layers.size()))
        return false;
    if (!(dropout >= 0 && dropout < 1))
        return refuse(tr("Dropout must be at least 0 and below 1."), layerCenter(layer));
    if (!mayEdit(layerCenter(layer)))
        return false;
    auto l = m_layers;
    l[static_cast<size_t>(layer)].dropout = dropout;
    return applyLayers(l, tr("Dropout %1 for layer %2").arg(dropout).arg(layer + 1));
}

bool NetworkEditor::setBatchNorm(int layer, bool on)
{
    if (layer < 0 || layer >= static_cast<int>(m_layers.size()) || !mayEdit(layerCenter(layer)))
        return false;
    auto l = m_layers;
    l[static_cast<size_t>(layer)].batchNorm = on;
    return applyLayers(l, on ? tr("Batch norm on layer %1").arg(layer + 1) : tr("No batch norm on layer %1").arg(layer + 1));
}

bool NetworkEditor::insertLayer(int at, const LayerSpec& layer)
{
    at = std::clamp(at, 0, static_cast<int>(m_layers.size()));
    if (m_layers.size() >= 32)
        return refuse(tr("At most 32 hidden layers."), plusCenter(at));
    if (!mayEdit(plusCenter(at)))
        return false;
    auto l = m_layers;
    l.insert(l.begin() + at, layer);
    m_selected = at;
    return applyLayers(l, tr("Add layer %1").arg(at + 1));
}

bool NetworkEditor::removeLayer(int layer)
{
    if (layer < 0 || layer >= static_cast<int>(m_layers.size()) || !mayEdit(layerCenter(layer)))
        return false;
    auto l = m_layers;
    l.erase(l.begin() + layer);
    m_selected = -1;
    return applyLayers(l, tr("Delete layer %1").arg(layer + 1));
}

bool NetworkEditor::moveLayer(int from, int to)
{
    const int n = static_cast<int>(m_layers.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return false;
    if (!mayEdit(layerCenter(from)))
        return false;
    auto l = m_layers;
    const LayerSpec moving = l[static_cast<size_t>(from)];
    l.erase(l.begin() + from);
    l.insert(l.begin() + to, moving);
    m_selected = to;
    return applyLayers(l, tr("Move layer %1 to %2").arg(from + 1).arg(to + 1));
}

void NetworkEditor::selectLayer(int layer)
{
    m_selected = layer;
    rebuild();
}

void NetworkEditor::setWeights(const std::vector<LayerWeights>& weights)
{
    // Only weights that fit the picture: one matrix per connection between columns.
    if (!weights.empty() && weights.size() != m_layers.size() + 1)
        return;
    m_weights = weights;
    rebuild();
}

double NetworkEditor::columnX(int column) const { return kLeft + column * kSpacing; }

QPointF NetworkEditor::layerCenter(int layer) const { return {columnX(layer + 1), kMidY}; }

QPointF NetworkEditor::handleCenter(int layer) const
{
    const int64_t units = m_layers[static_cast<size_t>(layer)].units;
    const double h = static_cast<double>(shownUnits(units).size() + (units > kMaxShown ? 1 : 0)) * kStep;
    return {columnX(layer + 1), kMidY + h / 2 + 22};
}

QPointF NetworkEditor::plusCenter(int gap) const { return {(columnX(gap) + columnX(gap + 1)) / 2, kMidY - 200}; }

int64_t NetworkEditor::unitsOfColumn(int column) const
{
    if (column == 0)
        return m_base.inputSize();
    if (column == columnCount() - 1)
        return m_base.outputs;
    return m_layers[static_cast<size_t>(column - 1)].units;
}

std::vector<int> NetworkEditor::shownUnits(int64_t units) const
{
    // Wide layers: evenly spaced units stand for the whole layer, with an ellipsis.
    std::vector<int> out;
    const int n = static_cast<int>(std::min<int64_t>(units, units > kMaxShown ? kMaxShown - 2 : kMaxShown));
    for (int i = 0; i < n; ++i)
        out.push_back(n == static_cast<int>(units) ? i : static_cast<int>((units - 1) * i / std::max(1, n - 1)));
    return out;
}

int NetworkEditor::hiddenAt(const QPointF& p) const
{
    for (int i = 0; i < static_cast<int>(m_layers.size()); ++i)
        if (std::fabs(p.x() - columnX(i + 1)) < 50 && std::fabs(p.y() - kMidY) < 230)
            return i;
    return -1;
}

int NetworkEditor::gapAt(double x) const
{
    const int gap = static_cast<int>(std::floor((x - kLeft) / kSpacing));
    return std::clamp(gap, 0, static_cast<int>(m_layers.size()));
}

void NetworkEditor::rebuild()
{
    QGraphicsScene* s = scene();
    if (m_bubble) {
        s->removeItem(m_bubble);
        delete m_bubble;
        m_bubble = nullptr;
    }
    s->clear();
    const int columns = columnCount();
    QFont label = font();
    label.setPixelSize(px(15));
    QFont small = font();
    small.setPixelSize(px(13));

    // Neuron positions per column.
    std::vector<std::vector<QPointF>> pos(static_cast<size_t>(columns));
    std::vector<std::vector<int>> units(static_cast<size_t>(columns));
    for (int c = 0; c < columns; ++c) {
        const int64_t n = unitsOfColumn(c);
        units[static_cast<size_t>(c)] = shownUnits(n);
        const int rows = static_cast<int>(units[static_cast<size_t>(c)].size()) + (n > kMaxShown ? 1 : 0);
        double y = kMidY - (rows - 1) * kStep / 2;
        for (size_t i = 0; i < units[static_cast<size_t>(c)].size(); ++i, y += kStep) {
            if (n > kMaxShown && i == units[static_cast<size_t>(c)].size() - 1)
                y += kStep; // leave the ellipsis row before the last unit
            pos[static_cast<size_t>(c)].emplace_back(columnX(c), y);
        }
    }
    if (m_image) {
        pos[0] = {QPointF(columnX(0), kMidY)};
        units[0] = {0};
    }

    // Edges, live weights when there are some.
    for (int c = 0; c + 1 < columns; ++c) {
        const Matrix* w = static_cast<size_t>(c) < m_weights.size() ? &m_weights[static_cast<size_t>(c)].weight : nullptr;
        float limit = 0;
        if (w)
            for (float v : w->data)
                limit = std::max(limit, std::fabs(v));
        for (size_t a = 0; a < pos[static_cast<size_t>(c)].size(); ++a)
            for (size_t b = 0; b < pos[static_cast<size_t>(c + 1)].size(); ++b) {
                QPen pen(QColor(160, 160, 160, 90), 1);
                const int from = units[static_cast<size_t>(c)][a], to = units[static_cast<size_t>(c + 1)][b];
                if (w && !m_image) {
                    const float v = w->at(to, from);
                    pen = QPen(weightColor(v, 0.35 + 0.5 * std::fabs(v) / std::max(limit, 1e-6f)), 0.5 + 4.0 * std::fabs(v) / std::max(limit, 1e-6f));
                } else if (w && m_image && c == 0) {
                    double mean = 0; // the unit's mean weight over all pixels
                    for (int64_t j = 0; j < w->cols; ++j)
                        mean += w->at(to, j);
                    mean /= static_cast<double>(w->cols);
                    pen = QPen(weightColor(static_cast<float>(mean), 0.5), 1.5);
                } else if (w) {
                    const float v = w->at(to, from);
                    pen = QPen(weightColor(v, 0.35 + 0.5 * std::fabs(v) / std::max(limit, 1e-6f)), 0.5 + 4.0 * std::fabs(v) / std::max(limit, 1e-6f));
                }
                QPointF p0 = pos[static_cast<size_t>(c)][a], p1 = pos[static_cast<size_t>(c + 1)][b];
                if (m_image && c == 0)
                    p0 += QPointF(40, 0);
                auto* e = s->addLine(QLineF(p0, p1), pen);
                e->setData(RoleKind, KindEdge);
                e->setData(RoleLayer, c);
                e->setData(RoleUnit, static_cast<int>(a * 1000 + b));
                e->setZValue(-1);
            }
    }

    // Columns.
    for (int c = 0; c < columns; ++c) {
        const bool hidden = c > 0 && c < columns - 1;
        const int layer = c - 1;
        const int64_t n = unitsOfColumn(c);
        const auto& ps = pos[static_cast<size_t>(c)];
        if (hidden) {
            const double top = ps.front().y() - 24, bottom = ps.back().y() + 24;
            auto* box = s->addRect(QRectF(columnX(c) - 34, top, 68, bottom - top),
                QPen(layer == m_selected ? QColor(230, 159, 0) : QColor(120, 140, 160), layer == m_selected ? 3 : 1.5),
                QColor(235, 242, 250));
            box->setData(RoleKind, KindLayerBox);
            box->setData(RoleLayer, layer);
            box->setZValue(-2);
            auto* handle = s->addRect(QRectF(handleCenter(layer) - QPointF(26, 7), QSizeF(52, 14)), QPen(QColor(80, 100, 120)), QColor(190, 205, 220));
            handle->setData(RoleKind, KindHandle);
            handle->setData(RoleLayer, layer);
            handle->setToolTip(tr("Drag up or down to change the width; double-click the layer to type it"));
        }
        if (m_image && c == 0) {
            auto* tile = s->addRect(QRectF(columnX(0) - 40, kMidY - 40, 80, 80), QPen(Qt::black), QColor(250, 250, 250));
            for (int i = 1; i < 4; ++i) {
                s->addLine(columnX(0) - 40 + 20 * i, kMidY - 40, columnX(0) - 40 + 20 * i, kMidY + 40, QPen(QColor(200, 200, 200)));
                s->addLine(columnX(0) - 40, kMidY - 40 + 20 * i, columnX(0) + 40, kMidY - 40 + 20 * i, QPen(QColor(200, 200, 200)));
            }
            tile->setToolTip(tr("The image input: %1 pixels").arg(n));
        } else {
            for (size_t i = 0; i < ps.size(); ++i) {
                const QColor fill = c == 0 ? QColor(86, 180, 233) : c == columns - 1 ? QColor(230, 159, 0) : QColor(0, 114, 178);
                auto* dot = s->addEllipse(QRectF(ps[i] - QPointF(kRadius, kRadius), QSizeF(2 * kRadius, 2 * kRadius)), QPen(Qt::white, 1.5), fill);
                dot->setData(RoleKind, KindNeuron);
                dot->setData(RoleLayer, c);
                dot->setData(RoleUnit, units[static_cast<size_t>(c)][i]);
                // Output neurons carry their class names.
                const int unit = units[static_cast<size_t>(c)][i];
                if (c == columns - 1 && unit < static_cast<int>(m_outputNames.size())) {
                    auto* name = s->addSimpleText(className(m_outputNames, unit), small);
                    name->setBrush(chartForeground());
                    name->setPos(ps[i] + QPointF(kRadius + 6, -name->boundingRect().height() / 2));
                }
            }
            if (n > kMaxShown) {
                auto* dots = s->addSimpleText(QStringLiteral("⋮"), label);
                dots->setBrush(chartForeground());
                dots->setPos(columnX(c) - dots->boundingRect().width() / 2, ps[ps.size() - 2].y() + kStep / 2 - 10);
            }
        }
        QString text;
        if (c == 0)
            text = m_image ? tr("input\n%1 pixels").arg(n) : tr("input\n%1 features").arg(n);
        else if (c == columns - 1)
            text = m_base.task == TaskKind::Classification ? tr("output\n%1 classes").arg(n) : tr("output\n1 value");
        else {
            const auto& l = m_layers[static_cast<size_t>(layer)];
            text = QStringLiteral("%1 · %2").arg(l.units).arg(qs(toString(l.activation)));
            if (l.dropout > 0)
                text += tr("\ndropout %1").arg(l.dropout);
            if (l.batchNorm)
                text += tr("\nbatch norm");
        }
        auto* t = s->addSimpleText(text, label);
        t->setBrush(chartForeground()); // readable on dark and high-contrast themes
        const double below = hidden ? handleCenter(layer).y() + 14 : (m_image && c == 0 ? kMidY + 50 : ps.back().y() + 20);
        t->setPos(columnX(c) - t->boundingRect().width() / 2, below);
    }

    // "+" between columns: insert a layer there.
    for (int gap = 0; gap + 1 < columns; ++gap) {
        const QPointF p = plusCenter(gap);
        auto* plus = s->addEllipse(QRectF(p - QPointF(13, 13), QSizeF(26, 26)), QPen(QColor(0, 114, 178), 2), Qt::white);
        plus->setData(RoleKind, KindPlus);
        plus->setData(RoleLayer, gap);
        plus->setToolTip(tr("Add a hidden layer here"));
        auto* t = s->addSimpleText(QStringLiteral("+"), label);
        t->setBrush(QColor(0, 114, 178));
        t->setPos(p - QPointF(t->boundingRect().width() / 2, t->boundingRect().height() / 2));
        t->setAcceptedMouseButtons(Qt::NoButton);
    }
    // Wide enough for the longest class name beside the output neurons.
    QRectF frame(0, kMidY - 230, columnX(columns - 1) + kLeft, 520);
    frame.setRight(std::max(frame.right(), s->itemsBoundingRect().right() + 12));
    s->setSceneRect(frame);
    fitInView(s->sceneRect(), Qt::KeepAspectRatio);
}

void NetworkEditor::resizeEvent(QResizeEvent* e)
{
    QGraphicsView::resizeEvent(e);
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

void NetworkEditor::mousePressEvent(QMouseEvent* e)
{
    const QPointF p = mapToScene(e->position().toPoint());
    if (e->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(e);
        return;
    }
    for (QGraphicsItem* item : scene()->items(p)) {
        const int kind = item->data(RoleKind).toInt();
        const int layer = item->data(RoleLayer).toInt();
        if (kind == KindPlus) {
            insertLayer(layer);
            return;
        }
        if (kind == KindHandle) {
            if (!mayEdit(p))
                return;
            m_drag = Drag::Resize;
            m_dragLayer = layer;
            m_dragStart = p;
            m_dragUnits = m_layers[static_cast<size_t>(layer)].units;
            ++m_mergeId;
            return;
        }
    }
    const int layer = hiddenAt(p);
    if (layer >= 0) {
        m_selected = layer;
        m_drag = Drag::Reorder;
        m_dragLayer = layer;
        m_dragStart = p;
        rebuild();
        return;
    }
    m_selected = -1;
    rebuild();
}

void NetworkEditor::mouseMoveEvent(QMouseEvent* e)
{
    const QPointF p = mapToScene(e->position().toPoint());
    if (m_drag == Drag::Resize) {
        // Up widens, down narrows: doubling every 80 pixels, so 1 and 4,096 are both in reach.
        const double dy = p.y() - m_dragStart.y();
        const double wanted = static_cast<double>(m_dragUnits) * std::pow(2.0, -dy / 80.0);
        if (wanted < 0.5)
            refuse(tr("A layer needs at least one unit."), handleCenter(m_dragLayer));
        setUnits(m_dragLayer, std::max<int64_t>(1, std::llround(wanted)), m_mergeId);
        return;
    }
    if (m_drag == Drag::Reorder) {
        viewport()->setCursor(Qt::ClosedHandCursor);
        return;
    }
    showHover(p);
}

void NetworkEditor::mouseReleaseEvent(QMouseEvent* e)
{
    const QPointF p = mapToScene(e->position().toPoint());
    if (m_drag == Drag::Reorder) {
        viewport()->unsetCursor();
        const int n = static_cast<int>(m_layers.size());
        const int target = std::clamp(static_cast<int>(std::lround((p.x() - columnX(1)) / kSpacing)), 0, n - 1);
        if (std::fabs(p.x() - m_dragStart.x()) > kSpacing / 3 && target != m_dragLayer)
            moveLayer(m_dragLayer, target);
    }
    m_drag = Drag::None;
    QGraphicsView::mouseReleaseEvent(e);
}

void NetworkEditor::mouseDoubleClickEvent(QMouseEvent* e)
{
    const int layer = hiddenAt(mapToScene(e->position().toPoint()));
    if (layer < 0)
        return;
    bool ok = false;
    const int units = QInputDialog::getInt(this, tr("Layer %1").arg(layer + 1), tr("Units in layer %1:").arg(layer + 1),
        static_cast<int>(m_layers[static_cast<size_t>(layer)].units), 0, 65536, 1, &ok);
    if (ok)
        setUnits(layer, units);
}

void NetworkEditor::keyPressEvent(QKeyEvent* e)
{
    // The keyboard does what the mouse does: Left/Right choose a layer, Up/Down double or halve
    // it, Enter types its width, Insert adds one after it, Delete removes it, the menu key opens
    // its menu (activation, dropout, batch norm).
    const int count = static_cast<int>(m_layers.size());
    switch (e->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_selected >= 0)
            removeLayer(m_selected);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (count > 0) {
            const int step = e->key() == Qt::Key_Left ? -1 : 1;
            m_selected = m_selected < 0 ? (step > 0 ? 0 : count - 1) : std::clamp(m_selected + step, 0, count - 1);
            rebuild();
        }
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (m_selected >= 0) {
            const int64_t units = m_layers[static_cast<size_t>(m_selected)].units;
            setUnits(m_selected, e->key() == Qt::Key_Up ? std::min<int64_t>(units * 2, 65536) : std::max<int64_t>(units / 2, 1));
        }
        return;
    case Qt::Key_Insert:
        insertLayer(m_selected < 0 ? count : m_selected + 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0) {
            bool ok = false;
            const int layer = m_selected;
            const int units = QInputDialog::getInt(this, tr("Layer %1").arg(layer + 1), tr("Units in layer %1:").arg(layer + 1),
                static_cast<int>(m_layers[static_cast<size_t>(layer)].units), 0, 65536, 1, &ok);
            if (ok)
                setUnits(layer, units);
        }
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(e);
}

void NetworkEditor::contextMenuEvent(QContextMenuEvent* e)
{
    // From the keyboard (menu key, Shift+F10): the chosen layer's menu.
    const QPointF p = e->reason() == QContextMenuEvent::Keyboard && m_selected >= 0 ? layerCenter(m_selected) : mapToScene(e->pos());
    const int layer = hiddenAt(p);
    QMenu menu(this);
    if (layer < 0) {
        const int gap = gapAt(p.x());
        menu.addAction(tr("Add a layer here"), this, [this, gap] { insertLayer(gap); });
        menu.exec(e->globalPos());
        return;
    }
    const LayerSpec l = m_layers[static_cast<size_t>(layer)];
    menu.setToolTipsVisible(true);
    QMenu* act = menu.addMenu(tr("Activation"));
    act->setToolTipsVisible(true);
    for (Activation a : allActivations()) {
        QAction* x = act->addAction(qs(toString(a)), this, [this, layer, a] { setActivation(layer, a); });
        x->setToolTip(concepts::activation(a));
        x->setCheckable(true);
        x->setChecked(a == l.activation);
    }
    QMenu* drop = menu.addMenu(tr("Dropout"));
    drop->menuAction()->setToolTip(concepts::dropout());
    for (double d : {0.0, 0.1, 0.2, 0.3, 0.5}) {
        QAction* x = drop->addAction(d == 0 ? tr("none") : QString::number(d), this, [this, layer, d] { setDropout(layer, d); });
        x->setCheckable(true);
        x->setChecked(d == l.dropout);
    }
    QAction* bn = menu.addAction(tr("Batch normalization"), this, [this, layer, l] { setBatchNorm(layer, !l.batchNorm); });
    bn->setToolTip(concepts::batchNorm());
    bn->setCheckable(true);
    bn->setChecked(l.batchNorm);
    menu.addAction(tr("Units…"), this, [this, layer, l] {
        bool ok = false;
        const int units = QInputDialog::getInt(this, tr("Layer %1").arg(layer + 1), tr("Units:"), static_cast<int>(l.units), 0, 65536, 1, &ok);
        if (ok)
            setUnits(layer, units);
    });
    menu.addSeparator();
    menu.addAction(tr("Delete layer"), this, [this, layer] { removeLayer(layer); });
    menu.exec(e->globalPos());
}

void NetworkEditor::dragEnterEvent(QDragEnterEvent* e)
{
    if (e->mimeData()->hasFormat(QString::fromLatin1(kPaletteMime)))
        e->acceptProposedAction();
}

void NetworkEditor::dragMoveEvent(QDragMoveEvent* e)
{
    if (e->mimeData()->hasFormat(QString::fromLatin1(kPaletteMime)))
        e->acceptProposedAction();
}

void NetworkEditor::dropEvent(QDropEvent* e)
{
    const QString what = QString::fromUtf8(e->mimeData()->data(QString::fromLatin1(kPaletteMime)));
    const QPointF p = mapToScene(e->position().toPoint());
    e->acceptProposedAction();
    if (what == QStringLiteral("layer")) {
        insertLayer(gapAt(p.x()));
    } else if (what.startsWith(QStringLiteral("activation:"))) {
        const int layer = hiddenAt(p);
        if (layer < 0) {
            refuse(tr("Drop the activation onto a hidden layer."), p);
            return;
        }
        setActivation(layer, activationFromString(ss(what.mid(11))));
    }
}

void NetworkEditor::showHover(const QPointF& p)
{
    m_hover.clear();
    QGraphicsItem* neuron = nullptr;
    for (QGraphicsItem* item : scene()->items(p))
        if (item->data(RoleKind).toInt() == KindNeuron)
            neuron = item;
    const auto items = scene()->items();
    if (!neuron) {
        for (QGraphicsItem* item : items)
            if (item->data(RoleKind).toInt() == KindEdge)
                item->setOpacity(1.0);
        return;
    }
    const int column = neuron->data(RoleLayer).toInt();
    const int unit = neuron->data(RoleUnit).toInt();
    const QPointF centre = neuron->boundingRect().center();
    // Highlight this neuron's edges, fade the rest.
    for (QGraphicsItem* item : items) {
        if (item->data(RoleKind).toInt() != KindEdge)
            continue;
        const auto* line = static_cast<QGraphicsLineItem*>(item);
        const bool touches = (line->line().p1() - centre).manhattanLength() < 1 || (line->line().p2() - centre).manhattanLength() < 1;
        item->setOpacity(touches ? 1.0 : 0.12);
    }
    const QString where = column == 0 ? tr("input %1").arg(unit)
        : column == columnCount() - 1 ? tr("output %1").arg(unit)
                                      : tr("layer %1, unit %2").arg(column).arg(unit);
    m_hover = where;
    if (column > 0 && static_cast<size_t>(column - 1) < m_weights.size()) {
        const Matrix& w = m_weights[static_cast<size_t>(column - 1)].weight;
        double sum = 0, sq = 0, mx = 0;
        for (int64_t j = 0; j < w.cols; ++j) {
            const double v = w.at(unit, j);
            sum += v, sq += v * v, mx = std::max(mx, std::fabs(v));
        }
        const double mean = sum / static_cast<double>(w.cols);
        m_hover += tr("\n%1 incoming weights: mean %2, deviation %3, largest |w| %4")
                       .arg(w.cols)
                       .arg(mean, 0, 'g', 3)
                       .arg(std::sqrt(std::max(0.0, sq / static_cast<double>(w.cols) - mean * mean)), 0, 'g', 3)
                       .arg(mx, 0, 'g', 3);
    } else if (column > 0) {
        m_hover += tr("\nTrain to see its incoming weights.");
    }
    QToolTip::showText(QCursor::pos(), m_hover, this);
}

} // namespace nb::ui

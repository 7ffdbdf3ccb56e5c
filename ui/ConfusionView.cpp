#include "ConfusionView.h"

#include "QtText.h"
#include "Theme.h"
#include "TrainerMessages.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyleOptionHeader>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace nb::ui {

namespace {

// The predicted-class header: names written upright while they fit their columns, turned to
// read bottom-up when one would not (ten Fashion-MNIST classes at 150 %), so none is clipped.
class ColumnNamesHeader : public QHeaderView {
public:
    explicit ColumnNamesHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent)
    {
        setSectionResizeMode(QHeaderView::Stretch);
        connect(this, &QHeaderView::sectionResized, this, &ColumnNamesHeader::check);
        connect(this, &QHeaderView::sectionCountChanged, this, &ColumnNamesHeader::check);
    }

    // Whether a name is wider than its column, as the sections are now.
    bool turned() const
    {
        for (int i = 0; i < count(); ++i)
            if (fontMetrics().horizontalAdvance(name(i)) + 2 * margin() > sectionSize(i))
                return true;
        return false;
    }

    QSize sizeHint() const override
    {
        QSize s = QHeaderView::sizeHint();
        if (turned())
            s.setHeight(std::max(s.height(), widestName() + 2 * margin()));
        return s;
    }

protected:
    // Stretched sections are laid out late, not always saying so: look again on resizing and
    // before painting.
    void resizeEvent(QResizeEvent* e) override
    {
        QHeaderView::resizeEvent(e);
        check();
    }

    void paintEvent(QPaintEvent* e) override
    {
        check();
        QHeaderView::paintEvent(e);
    }

    void paintSection(QPainter* p, const QRect& rect, int logical) const override
    {
        if (!m_turned) {
            QHeaderView::paintSection(p, rect, logical);
            return;
        }
        QStyleOptionHeader opt;
        initStyleOption(&opt);
        opt.rect = rect;
        opt.section = logical;
        style()->drawControl(QStyle::CE_Header, &opt, p, this); // the frame, without text
        p->save();
        p->setClipRect(rect); // the style leaves the clip empty after drawing the frame
        p->setFont(font());
        p->setPen(palette().color(QPalette::ButtonText));
        p->translate(rect.left(), rect.bottom());
        p->rotate(-90);
        p->drawText(QRect(margin(), 0, rect.height() - 2 * margin(), rect.width()), Qt::AlignLeft | Qt::AlignVCenter, name(logical));
        p->restore();
    }

private:
    int margin() const { return fontMetrics().height() / 3; }
    QString name(int logical) const { return model() ? model()->headerData(logical, orientation(), Qt::DisplayRole).toString() : QString(); }
    int widestName() const
    {
        int w = 0;
        for (int i = 0; i < count(); ++i)
            w = std::max(w, fontMetrics().horizontalAdvance(name(i)));
        return w;
    }
    // The table takes the new height from sizeHint. Turning only ever makes the rows' room
    // smaller (columns narrower), unturning larger: no back and forth.
    void check()
    {
        const bool turn = turned();
        if (turn == m_turned)
            return;
        m_turned = turn;
        Q_EMIT geometriesChanged();
        viewport()->update();
    }

    bool m_turned = false; // what the header's height and painting follow
};

} // namespace

ConfusionView::ConfusionView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* lv = new QVBoxLayout(left);
    auto* top = new QHBoxLayout;
    m_accuracy = new QLabel(left);
    m_accuracy->setObjectName(QStringLiteral("accuracy"));
    m_accuracy->setWordWrap(true); // large fonts (presentation mode) must not widen the window
    QFont big = m_accuracy->font();
    big.setPixelSize(px(22));
    big.setBold(true);
    m_accuracy->setFont(big);
    m_percent = new QCheckBox(tr("Row percentages"), left);
    m_percent->setChecked(true);
    m_percent->setToolTip(tr("Each row is one actual class; its percentages say where that class's samples went"));
    top->addWidget(m_accuracy, 1);
    top->addWidget(m_percent);
    lv->addLayout(top);
    m_matrix = new QTableWidget(left);
    m_matrix->setObjectName(QStringLiteral("confusionMatrix"));
    m_matrix->setAccessibleName(tr("Confusion matrix: actual class by row, predicted class by column"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setToolTip(tr("Rows: the actual class. Columns: what the network said. The diagonal is right; click any cell to see its samples"));
    QFont cells = m_matrix->font();
    cells.setPixelSize(px(15));
    m_matrix->setFont(cells);
    m_matrix->setHorizontalHeader(new ColumnNamesHeader(m_matrix));
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_caption = new QLabel(left);
    m_caption->setWordWrap(true);
    lv->addWidget(m_caption);
    lv->addWidget(m_matrix, 4);
    m_perClass = new QTableWidget(0, 5, left);
    m_perClass->setObjectName(QStringLiteral("perClass"));
    m_perClass->setAccessibleName(tr("Precision, recall and F1 of each class"));
    m_perClass->setHorizontalHeaderLabels({tr("Class"), tr("Precision"), tr("Recall"), tr("F1"), tr("Support")});
    m_perClass->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perClass->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_perClass->verticalHeader()->hide();
    m_perClass->setToolTip(tr("Precision: of the samples called this class, the share that are. Recall: of this class's samples, "
                              "the share found. F1: their harmonic mean. Support: samples of the class"));
    lv->addWidget(m_perClass, 2);

    auto* right = new QWidget(splitter);
    auto* rv = new QVBoxLayout(right);
    m_galleryTitle = new QLabel(tr("Click a cell of the matrix to see its samples."), right);
    m_galleryTitle->setWordWrap(true);
    QFont gt = m_galleryTitle->font();
    gt.setPixelSize(px(16));
    m_galleryTitle->setFont(gt);
    rv->addWidget(m_galleryTitle);
    m_gallery = new QListWidget(right);
    m_gallery->setObjectName(QStringLiteral("gallery"));
    m_gallery->setAccessibleName(tr("Samples of the chosen cell"));
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setIconSize(QSize(64, 64));
    m_gallery->setResizeMode(QListView::Adjust);
    m_gallery->setUniformItemSizes(true);
    m_gallery->setMovement(QListView::Static);
    rv->addWidget(m_gallery, 3);
    auto* detail = new QHBoxLayout;
    m_sample = new QLabel(right);
    m_sample->setFixedSize(168, 168);
    m_sample->setAlignment(Qt::AlignCenter);
    m_sampleText = new QLabel(right);
    m_sampleText->setWordWrap(true);
    m_sampleText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_sampleText->setTextFormat(Qt::RichText);
    detail->addWidget(m_sample);
    detail->addWidget(m_sampleText, 1);
    rv->addLayout(detail, 2);
    m_toCanvas = new QPushButton(tr("Open in the drawing canvas"), right);
    m_toCanvas->setEnabled(false);
    m_toCanvas->setToolTip(tr("Edit this image with the pen and watch the answer change"));
    rv->addWidget(m_toCanvas);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    connect(m_matrix, &QTableWidget::cellClicked, this, &ConfusionView::selectCell);
    connect(m_matrix, &QTableWidget::cellActivated, this, &ConfusionView::selectCell); // Enter on a cell
    connect(m_percent, &QCheckBox::toggled, this, &ConfusionView::fillMatrix);
    connect(m_gallery, &QListWidget::currentRowChanged, this, &ConfusionView::showSample);
    connect(m_toCanvas, &QPushButton::clicked, this, [this] {
        const int row = m_gallery->currentRow();
        if (row >= 0 && row < static_cast<int>(m_items.size()))
            Q_EMIT openInCanvas(image(m_items[static_cast<size_t>(row)].index));
    });
}

void ConfusionView::clear()
{
    m_confusion = ConfusionMatrix();
    m_predictions = ValidationPredictions();
    m_items.clear();
    m_matrix->clear();
    m_matrix->setRowCount(0);
    m_matrix->setColumnCount(0);
    m_perClass->setRowCount(0);
    m_gallery->clear();
    m_accuracy->setText(tr("Train to fill the confusion matrix (validation set, every epoch)."));
    m_cellActual = m_cellPredicted = -1;
}

void ConfusionView::setValidation(std::shared_ptr<const Dataset> raw)
{
    m_validation = std::move(raw);
    if (m_validation && m_validation->task == TaskKind::Classification)
        m_classNames = m_validation->classNames;
}

void ConfusionView::showEpoch(const EpochSnapshot& e)
{
    if (e.confusion.classes() == 0) {
        if (e.predictions.values.empty())
            return;
        // Regression: predictions rounded to whole numbers, as classes ("which qualities does it confuse?").
        m_confusion = roundedConfusion(e.predictions, m_classNames, m_predictions);
        m_accuracy->setText(tr("Epoch %1: predictions rounded to whole numbers; %2 % exactly right")
                                .arg(e.metrics.epoch)
                                .arg(num(100 * m_confusion.accuracy(), 1)));
    } else {
        m_confusion = e.confusion;
        m_predictions = e.predictions;
        if (m_validation)
            m_classNames = m_validation->classNames;
        m_accuracy->setText(tr("Epoch %1: validation accuracy %2 %").arg(e.metrics.epoch).arg(num(100 * m_confusion.accuracy(), 2)));
    }
    fillMatrix();
    const int k = m_confusion.classes();
    m_perClass->setRowCount(k + 1);
    auto name = [this](int c) { return className(m_classNames, c); };
    auto set = [this](int r, int c, const QString& text) { m_perClass->setItem(r, c, new QTableWidgetItem(text)); };
    for (int c = 0; c < k; ++c) {
        set(c, 0, name(c));
        set(c, 1, num(m_confusion.precision(c), 3));
        set(c, 2, num(m_confusion.recall(c), 3));
        set(c, 3, num(m_confusion.f1(c), 3));
        set(c, 4, QString::number(m_confusion.support(c)));
    }
    set(k, 0, tr("macro average"));
    set(k, 1, num(m_confusion.macroPrecision(), 3));
    set(k, 2, num(m_confusion.macroRecall(), 3));
    set(k, 3, num(m_confusion.macroF1(), 3));
    set(k, 4, QString::number(m_confusion.total()));
    if (m_cellActual >= 0)
        selectCell(m_cellActual, m_cellPredicted); // keep the open cell current
}

bool ConfusionView::columnNamesTurned() const
{
    return static_cast<const ColumnNamesHeader*>(m_matrix->horizontalHeader())->turned();
}

void ConfusionView::fillMatrix()
{
    const int k = m_confusion.classes();
    if (k == 0)
        return;
    const auto shares = rowNormalized(m_confusion);
    m_matrix->setRowCount(k);
    m_matrix->setColumnCount(k);
    QStringList rows, cols;
    for (int c = 0; c < k; ++c) {
        const QString n = className(m_classNames, c);
        rows << tr("actual %1").arg(n);
        cols << tr("said %1").arg(n);
    }
    // Headers carry the class names alone (narrow columns at large scales); the caption says which is which.
    QStringList names;
    for (int c = 0; c < k; ++c)
        names << className(m_classNames, c);
    m_matrix->setVerticalHeaderLabels(names);
    m_matrix->setHorizontalHeaderLabels(names);
    for (int c = 0; c < k; ++c) {
        m_matrix->verticalHeaderItem(c)->setToolTip(rows[c]);
        m_matrix->horizontalHeaderItem(c)->setToolTip(cols[c]);
    }
    const bool percent = m_percent->isChecked();
    m_caption->setText(percent ? tr("Rows: the actual class · columns: what the network said · cells: % of the row")
                               : tr("Rows: the actual class · columns: what the network said · cells: samples"));
    for (int a = 0; a < k; ++a)
        for (int p = 0; p < k; ++p) {
            const double share = shares[static_cast<size_t>(a * k + p)];
            const int64_t count = m_confusion.count(a, p);
            // One number per cell, large enough for the back of the room; the other is in the tooltip.
            auto* item = new QTableWidgetItem(percent ? (count ? num(100 * share, k > 6 ? 0 : 1) : QStringLiteral("·"))
                                                      : QLocale().toString(static_cast<qlonglong>(count)));
            item->setData(Qt::UserRole, static_cast<qlonglong>(count));
            item->setTextAlignment(Qt::AlignCenter);
            // Colour intensity by the row share: blue on the diagonal, orange for mistakes.
            const QColor base = a == p ? QColor(0, 114, 178) : QColor(213, 94, 0);
            const double t = a == p ? share : std::min(1.0, share * 3);
            QColor bg = QColor::fromRgbF(1 - t * (1 - base.redF()), 1 - t * (1 - base.greenF()), 1 - t * (1 - base.blueF()));
            item->setBackground(bg);
            item->setForeground(t > 0.55 ? Qt::white : Qt::black);
            item->setToolTip(tr("%1 samples of class %2 were called %3 (%4 % of that class)")
                                 .arg(count)
                                 .arg(rows[a].mid(tr("actual ").size()), cols[p].mid(tr("said ").size()))
                                 .arg(num(100 * share, 1)));
            m_matrix->setItem(a, p, item);
        }
}

GrayImage ConfusionView::image(int64_t index) const
{
    GrayImage g;
    if (!m_validation || !m_validation->isImage())
        return g;
    g = GrayImage(static_cast<int>(m_validation->sampleShape[2]), static_cast<int>(m_validation->sampleShape[1]));
    std::copy_n(m_validation->sample(index), g.pixels.size(), g.pixels.begin());
    return g;
}

QPixmap ConfusionView::thumbnail(int64_t index, int size) const
{
    const GrayImage g = image(index);
    QImage img(g.width, g.height, QImage::Format_Grayscale8);
    for (int y = 0; y < g.height; ++y)
        for (int x = 0; x < g.width; ++x)
            img.scanLine(y)[x] = static_cast<uchar>(255 - std::clamp(g.at(x, y), 0.0f, 1.0f) * 255);
    return QPixmap::fromImage(img.scaled(size, size, Qt::KeepAspectRatio, Qt::FastTransformation));
}

void ConfusionView::selectCell(int actual, int predicted)
{
    const int k = m_confusion.classes();
    if (actual < 0 || predicted < 0 || actual >= k || predicted >= k)
        return;
    m_cellActual = actual, m_cellPredicted = predicted;
    m_items = confusionCell(m_predictions, k, actual, predicted);
    auto name = [this](int c) { return className(m_classNames, c); };
    m_galleryTitle->setText(actual == predicted
            ? tr("%1 right as %2: %3 samples, least confident first").arg(name(actual)).arg(name(actual)).arg(m_items.size())
            : tr("Actual %1, said %2: %3 samples, most confident mistakes first").arg(name(actual), name(predicted)).arg(m_items.size()));
    m_gallery->clear();
    const bool images = m_validation && m_validation->isImage();
    m_gallery->setViewMode(images ? QListView::IconMode : QListView::ListMode);
    const size_t shown = std::min<size_t>(m_items.size(), 500);
    for (size_t i = 0; i < shown; ++i) {
        const auto& it = m_items[i];
        auto* item = new QListWidgetItem(m_gallery);
        if (images) {
            item->setIcon(QIcon(thumbnail(it.index, 64)));
            item->setText(QStringLiteral("%1 %").arg(num(100 * it.probability, 0)));
        } else if (m_validation) {
            QStringList values;
            const float* x = m_validation->sample(it.index);
            for (int64_t j = 0; j < std::min<int64_t>(8, m_validation->featureCount()); ++j)
                values << QStringLiteral("%1=%2").arg(qs(m_validation->featureNames[static_cast<size_t>(j)])).arg(x[j], 0, 'g', 4);
            item->setText(QStringLiteral("#%1 (%2 %): %3").arg(it.index).arg(num(100 * it.probability, 0)).arg(values.join(QStringLiteral(", "))));
        }
    }
    m_matrix->setCurrentCell(actual, predicted);
    m_sample->clear();
    m_sampleText->clear();
    m_toCanvas->setEnabled(false);
}

void ConfusionView::showSample(int row)
{
    if (row < 0 || row >= static_cast<int>(m_items.size()))
        return;
    const auto& it = m_items[static_cast<size_t>(row)];
    const int k = m_confusion.classes();
    const bool images = m_validation && m_validation->isImage();
    if (images)
        m_sample->setPixmap(thumbnail(it.index, 168));
    QString text = tr("<b>Sample #%1</b><br>").arg(it.index);
    std::vector<std::pair<float, int>> probs;
    for (int c = 0; c < k; ++c) {
        const size_t at = static_cast<size_t>(it.index) * static_cast<size_t>(k) + static_cast<size_t>(c);
        probs.emplace_back(at < m_predictions.probabilities.size() ? m_predictions.probabilities[at] : 0.0f, c);
    }
    std::sort(probs.rbegin(), probs.rend());
    for (const auto& [p, c] : probs) {
        const QString n = className(m_classNames, c);
        const QString line = QStringLiteral("%1: %2 %").arg(n.toHtmlEscaped()).arg(num(100 * p, 1));
        text += c == it.actual ? QStringLiteral("<b>%1 ← actual</b><br>").arg(line) : line + QStringLiteral("<br>");
    }
    if (!images && m_validation) {
        text += QStringLiteral("<br>");
        const float* x = m_validation->sample(it.index);
        for (int64_t j = 0; j < m_validation->featureCount(); ++j)
            text += QStringLiteral("%1 = %2<br>").arg(qs(m_validation->featureNames[static_cast<size_t>(j)]).toHtmlEscaped()).arg(x[j], 0, 'g', 5);
    }
    m_sampleText->setText(text);
    m_toCanvas->setEnabled(images);
}

} // namespace nb::ui

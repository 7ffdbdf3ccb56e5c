#include "Tour.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb::ui {

Tour::Tour(std::vector<Step> steps, QWidget* parent) : QDialog(parent), m_steps(std::move(steps))
{
    setWindowTitle(tr("Tour of NeuralBoard"));
    setObjectName(QStringLiteral("tour"));
    setModal(false);
    setMinimumWidth(px(460));
    auto* layout = new QVBoxLayout(this);
    m_counter = new QLabel(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPixelSize(px(20));
    big.setBold(true);
    m_title->setFont(big);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setMinimumHeight(px(110));
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_counter);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    m_skip = new QPushButton(tr("Skip the tour"), this);
    m_back = new QPushButton(tr("Back"), this);
    m_next = new QPushButton(tr("Next"), this);
    m_next->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    connect(m_skip, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] { go(m_index - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_index + 1 < count())
            go(m_index + 1);
        else
            accept();
    });
    go(0);
}

void Tour::go(int index)
{
    if (m_steps.empty())
        return;
    m_index = std::clamp(index, 0, count() - 1);
    const Step& s = m_steps[static_cast<size_t>(m_index)];
    m_counter->setText(tr("%1 of %2").arg(m_index + 1).arg(count()));
    m_title->setText(s.title);
    m_text->setText(s.text);
    m_back->setEnabled(m_index > 0);
    m_next->setText(m_index + 1 < count() ? tr("Next") : tr("Start"));
    if (s.show)
        s.show();
}

QString Tour::title() const { return m_title->text(); }

} // namespace nb::ui

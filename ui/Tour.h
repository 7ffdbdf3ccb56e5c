#pragma once

#include <QDialog>
#include <QString>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;

namespace nb::ui {

// A short first-launch tour: one card per part of the window, which it brings on screen as the
// card shows. Skip closes it; Help → Take the tour brings it back.
class Tour : public QDialog {
    Q_OBJECT
public:
    struct Step {
        QString title;
        QString text;
        std::function<void()> show; // brings the part on screen (a tab, a dock)
    };
    Tour(std::vector<Step> steps, QWidget* parent = nullptr);

    int current() const { return m_index; }
    int count() const { return static_cast<int>(m_steps.size()); }
    void go(int index);
    QString title() const;

private:
    std::vector<Step> m_steps;
    int m_index = 0;
    QLabel* m_counter;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_skip;
};

} // namespace nb::ui

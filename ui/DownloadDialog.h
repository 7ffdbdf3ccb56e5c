#pragma once

#include "data/Catalog.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace nb::ui {

class Downloader;

// Downloads one catalog dataset: what it is, its size and licence, where it goes; a progress
// bar with size and speed; Cancel, Retry, and "Open folder…" to put the files there by hand.
class DownloadDialog : public QDialog {
    Q_OBJECT
public:
    DownloadDialog(const CatalogEntry& entry, QWidget* parent = nullptr);
    // For tests: other files (e.g. from a local server) and another folder.
    DownloadDialog(const CatalogEntry& entry, std::vector<CatalogFile> files, const QString& folder, QWidget* parent = nullptr);

    void start();
    bool succeeded() const { return m_ok; }
    QString statusText() const;
    Downloader* downloader() const { return m_downloader; }
    QProgressBar* progressBar() const { return m_bar; }

private:
    void finishedWith(bool ok, const QString& message);

    CatalogEntry m_entry;
    Downloader* m_downloader;
    QLabel* m_status;
    QProgressBar* m_bar;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QPushButton* m_folder;
    QPushButton* m_close;
    bool m_ok = false;
};

} // namespace nb::ui

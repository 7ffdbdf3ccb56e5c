#include "DownloadDialog.h"

#include "Downloader.h"
#include "QtText.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace nb::ui {

DownloadDialog::DownloadDialog(const CatalogEntry& entry, QWidget* parent)
    : DownloadDialog(entry, entry.files, downloadFolder(entry), parent)
{
}

DownloadDialog::DownloadDialog(const CatalogEntry& entry, std::vector<CatalogFile> files, const QString& folder, QWidget* parent)
    : QDialog(parent), m_entry(entry), m_downloader(new Downloader(std::move(files), folder, this))
{
    setWindowTitle(tr("Download %1").arg(qs(entry.title)));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    const qint64 total = m_downloader->totalBytes();
    auto* about = new QLabel(tr("<b>%1</b><br>%2<br>Source and licence: %3<br>Size: %4<br>Into: %5")
                                 .arg(qs(entry.title).toHtmlEscaped(), qs(entry.description).toHtmlEscaped(), qs(entry.license).toHtmlEscaped(),
                                     total > 0 ? Downloader::formatBytes(total) : tr("unknown"), QDir::toNativeSeparators(folder).toHtmlEscaped()),
        this);
    about->setWordWrap(true);
    about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(about);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_bar->setAccessibleName(tr("Download progress"));
    layout->addWidget(m_bar);
    m_status = new QLabel(tr("Ready."), this);
    m_status->setObjectName(QStringLiteral("downloadStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_start = new QPushButton(tr("Download"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_folder = new QPushButton(tr("Open folder…"), this);
    m_folder->setToolTip(tr("Open the folder the files go into: without a connection, copy them there yourself"));
    m_close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_folder);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &DownloadDialog::start);
    connect(m_cancel, &QPushButton::clicked, m_downloader, &Downloader::cancel);
    connect(m_folder, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_downloader->folder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_downloader->folder()));
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        m_downloader->cancel();
        done(m_ok ? QDialog::Accepted : QDialog::Rejected);
    });
    connect(m_downloader, &Downloader::progress, this, [this](qint64 received, qint64 total, double speed, const QString& file) {
        if (total > 0) {
            m_bar->setRange(0, 1000);
            m_bar->setValue(static_cast<int>(1000.0 * static_cast<double>(received) / static_cast<double>(total)));
        } else {
            m_bar->setRange(0, 0);
        }
        const QString of = total > 0 ? tr("%1 of %2").arg(Downloader::formatBytes(received), Downloader::formatBytes(total))
                                     : Downloader::formatBytes(received);
        m_status->setText(file.isEmpty() ? of : tr("%1 · %2/s · %3").arg(of, Downloader::formatBytes(static_cast<qint64>(speed)), file));
    });
    connect(m_downloader, &Downloader::finished, this, &DownloadDialog::finishedWith);
}

void DownloadDialog::start()
{
    m_ok = false;
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Connecting…"));
    m_downloader->start();
}

void DownloadDialog::finishedWith(bool ok, const QString& message)
{
    m_ok = ok;
    m_cancel->setEnabled(false);
    m_start->setEnabled(!ok);
    m_start->setText(tr("Retry"));
    if (ok) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(1000);
        m_status->setText(message);
        m_close->setText(tr("Use it"));
        m_close->setDefault(true);
    } else {
        m_status->setStyleSheet(QStringLiteral("color:#b00020;"));
        m_status->setText(message + QLatin1Char(' ')
            + tr("Without a connection, download the files on another computer and put them into the folder (Open folder…)."));
    }
}

QString DownloadDialog::statusText() const { return m_status->text(); }

} // namespace nb::ui

#include "Downloader.h"

#include "QtText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QUrl>

namespace nb::ui {
namespace {

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

QString downloadFolder(const CatalogEntry& entry) { return QDir(qs(userDataDir())).filePath(qs(entry.folder)); }

Downloader::Downloader(std::vector<CatalogFile> files, QString folder, QObject* parent)
    : QObject(parent), m_files(std::move(files)), m_folder(std::move(folder)), m_network(new QNetworkAccessManager(this))
{
}

Downloader::~Downloader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

qint64 Downloader::totalBytes() const
{
    qint64 total = 0;
    for (const auto& f : m_files) {
        if (f.size <= 0)
            return 0;
        total += f.size;
    }
    return total;
}

QString Downloader::formatBytes(qint64 bytes) { return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat); }

void Downloader::start()
{
    if (m_reply)
        return;
    if (!QDir().mkpath(m_folder)) {
        Q_EMIT finished(false, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_folder)));
        return;
    }
    m_index = 0;
    m_doneBytes = 0;
    m_clock.start();
    next();
}

void Downloader::next()
{
    // Skip what is already in place and right.
    while (m_index < m_files.size()) {
        const CatalogFile& f = m_files[m_index];
        const QString target = QDir(m_folder).filePath(qs(f.name));
        if (QFile::exists(target) && sha256Of(target) == qs(f.sha256)) {
            m_doneBytes += QFileInfo(target).size();
            ++m_index;
            continue;
        }
        break;
    }
    if (m_index == m_files.size()) {
        Q_EMIT progress(m_doneBytes, totalBytes(), 0, QString());
        Q_EMIT finished(true, tr("Downloaded into %1; every file's checksum is right.").arg(QDir::toNativeSeparators(m_folder)));
        return;
    }
    const CatalogFile& f = m_files[m_index];
    m_out = std::make_unique<QSaveFile>(QDir(m_folder).filePath(qs(f.name)));
    if (!m_out->open(QIODevice::WriteOnly)) {
        fail(tr("Cannot write into %1: %2").arg(QDir::toNativeSeparators(m_folder), m_out->errorString()));
        return;
    }
    m_hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    m_fileBytes = 0;
    QNetworkRequest request{QUrl(qs(f.url))};
    request.setTransferTimeout(30000); // a stalled connection fails instead of hanging
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("NeuralBoard/" NB_VERSION));
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &Downloader::readSome);
    connect(m_reply, &QNetworkReply::finished, this, &Downloader::fileDone);
}

void Downloader::readSome()
{
    const QByteArray chunk = m_reply->readAll();
    if (m_out->write(chunk) != chunk.size()) {
        fail(tr("Cannot write %1: %2").arg(m_out->fileName(), m_out->errorString()));
        return;
    }
    m_hash->addData(chunk);
    m_fileBytes += chunk.size();
    const qint64 now = m_clock.elapsed();
    if (now - m_lastSignal >= 100) {
        m_lastSignal = now;
        const double speed = now > 0 ? (m_doneBytes + m_fileBytes) * 1000.0 / now : 0;
        Q_EMIT progress(m_doneBytes + m_fileBytes, totalBytes(), speed, qs(m_files[m_index].name));
    }
}

void Downloader::fileDone()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    if (reply->bytesAvailable() > 0)
        readSome();
    if (!m_reply)
        return; // failed while reading
    m_reply = nullptr;
    reply->deleteLater();
    const CatalogFile& f = m_files[m_index];
    const QString url = qs(f.url);
    if (reply->error() != QNetworkReply::NoError) {
        m_out->cancelWriting();
        m_out.reset();
        if (reply->error() == QNetworkReply::OperationCanceledError)
            Q_EMIT finished(false, tr("Download cancelled; nothing was kept of the unfinished file."));
        else
            Q_EMIT finished(false, tr("Could not download %1: %2.").arg(url, reply->errorString()));
        return;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if ((length.isValid() && length.toLongLong() != m_fileBytes) || (f.size > 0 && f.size != m_fileBytes)) {
        m_out->cancelWriting();
        m_out.reset();
        Q_EMIT finished(false, tr("The connection to %1 was cut after %2 of %3; try again.")
                                   .arg(url, formatBytes(m_fileBytes), formatBytes(f.size > 0 ? f.size : length.toLongLong())));
        return;
    }
    const QString got = QString::fromLatin1(m_hash->result().toHex());
    if (got != qs(f.sha256)) {
        m_out->cancelWriting();
        m_out.reset();
        Q_EMIT finished(false, tr("%1 is not the expected file: its SHA-256 is %2, the catalog says %3. It was not kept.").arg(url, got, qs(f.sha256)));
        return;
    }
    if (!m_out->commit()) {
        const QString why = m_out->errorString();
        m_out.reset();
        Q_EMIT finished(false, tr("Could not move %1 into place: %2").arg(qs(f.name), why));
        return;
    }
    m_out.reset();
    m_doneBytes += m_fileBytes;
    ++m_index;
    next();
}

void Downloader::fail(const QString& message)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_out) {
        m_out->cancelWriting();
        m_out.reset();
    }
    Q_EMIT finished(false, message);
}

void Downloader::cancel()
{
    if (m_reply)
        m_reply->abort(); // fileDone() reports it
}

} // namespace nb::ui

#pragma once

#include "data/Catalog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;
class QCryptographicHash;

namespace nb::ui {

// Downloads a dataset's files into a folder, one after the other: each is streamed into a
// temporary file beside its target while its SHA-256 is computed, and only a file whose size and
// checksum match the catalog is moved into place (atomically). Files already there with the right
// checksum are kept. Cancel at any time; nothing half-written stays behind.
class Downloader : public QObject {
    Q_OBJECT
public:
    Downloader(std::vector<CatalogFile> files, QString folder, QObject* parent = nullptr);
    ~Downloader() override;

    void start(); // again after a failure: retries the files still missing
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }
    const QString& folder() const { return m_folder; }
    qint64 totalBytes() const; // known sizes summed; 0 when unknown

    static QString formatBytes(qint64 bytes);

Q_SIGNALS:
    // received and total over all files (total 0: unknown), bytes per second, the current file.
    void progress(qint64 received, qint64 total, double bytesPerSecond, const QString& file);
    void finished(bool ok, const QString& message);

private:
    void next();
    void fail(const QString& message);
    void readSome();
    void fileDone();

    std::vector<CatalogFile> m_files;
    QString m_folder;
    QNetworkAccessManager* m_network;
    QNetworkReply* m_reply = nullptr;
    std::unique_ptr<QSaveFile> m_out;
    std::unique_ptr<QCryptographicHash> m_hash;
    size_t m_index = 0;
    qint64 m_doneBytes = 0;  // of files finished in this attempt
    qint64 m_fileBytes = 0;  // of the current file
    QElapsedTimer m_clock;
    qint64 m_lastSignal = -1000;
};

// Where downloads go: the user's data folder (<data>/NeuralBoard/datasets/<folder>).
QString downloadFolder(const CatalogEntry& entry);

} // namespace nb::ui

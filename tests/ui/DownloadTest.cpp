#include "DataPanel.h"
#include "DownloadDialog.h"
#include "Downloader.h"
#include "UiTestUtil.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProgressBar>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace nb;
using namespace nb::ui;

namespace {

// The loopback server (tests/ui/http_test_server.py) serving a folder of files made here.
struct Server {
    QTemporaryDir root;
    QProcess process;
    QString base;
    std::map<QString, QByteArray> files;

    Server()
    {
        for (const auto& [name, size] : {std::pair<QString, int>{QStringLiteral("a.bin"), 300000}, {QStringLiteral("b.bin"), 20000}}) {
            QByteArray data(size, Qt::Uninitialized);
            for (auto& c : data)
                c = static_cast<char>(QRandomGenerator::global()->bounded(256));
            QFile f(root.filePath(name));
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(data);
            files[name] = data;
        }
        process.start(QStringLiteral("python3"), {QStringLiteral(NB_SOURCE_DIR "/tests/ui/http_test_server.py"), root.path()});
        REQUIRE(process.waitForReadyRead(10000));
        base = QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(process.readLine().trimmed()));
    }
    ~Server()
    {
        process.kill();
        process.waitForFinished();
    }
    CatalogFile file(const QString& name, const QString& mode = QStringLiteral("files")) const
    {
        const QByteArray& data = files.at(name);
        return CatalogFile{name.toStdString(), QString(base + QLatin1Char('/') + mode + QLatin1Char('/') + name).toStdString(),
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().toStdString(), data.size()};
    }
};

std::pair<bool, QString> run(Downloader& d, const std::function<void()>& onFirstProgress = {})
{
    std::optional<std::pair<bool, QString>> result;
    QObject::connect(&d, &Downloader::finished, [&](bool ok, const QString& message) { result = {ok, message}; });
    bool first = true;
    QObject::connect(&d, &Downloader::progress, [&] {
        if (first && onFirstProgress)
            onFirstProgress();
        first = false;
    });
    d.start();
    REQUIRE(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
    return *result;
}

QStringList entries(const QString& folder) { return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot); }

} // namespace

TEST_CASE("downloads: progress with size and speed, checksums verified, files moved into place whole", "[ui][download]")
{
    Server server;
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("wine"));
    Downloader d({server.file(QStringLiteral("a.bin")), server.file(QStringLiteral("b.bin"))}, folder);
    CHECK(d.totalBytes() == 320000);
    QSignalSpy progress(&d, &Downloader::progress);
    const auto [ok, message] = run(d);
    INFO(message.toStdString());
    REQUIRE(ok);
    CHECK(progress.count() >= 2);
    const QList<QVariant> last = progress.last();
    CHECK(last.at(0).toLongLong() == 320000);
    CHECK(last.at(1).toLongLong() == 320000);
    QFile a(folder + QStringLiteral("/a.bin"));
    REQUIRE(a.open(QIODevice::ReadOnly));
    CHECK(a.readAll() == server.files.at(QStringLiteral("a.bin")));
    CHECK(entries(folder) == QStringList{QStringLiteral("a.bin"), QStringLiteral("b.bin")}); // no temporary files left
}

TEST_CASE("downloads: a checksum mismatch, a cut connection, a cancel and no server each leave nothing behind", "[ui][download]")
{
    Server server;
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("data"));

    CatalogFile wrong = server.file(QStringLiteral("b.bin"));
    wrong.sha256 = std::string(64, '0');
    Downloader mismatch({wrong}, folder);
    auto [ok1, m1] = run(mismatch);
    CHECK_FALSE(ok1);
    CHECK(m1.contains(QStringLiteral("SHA-256")));
    CHECK(entries(folder).isEmpty());

    Downloader cut({server.file(QStringLiteral("a.bin"), QStringLiteral("cut"))}, folder);
    auto [ok2, m2] = run(cut);
    INFO(m2.toStdString());
    CHECK_FALSE(ok2);
    CHECK(entries(folder).isEmpty());

    Downloader slow({server.file(QStringLiteral("a.bin"), QStringLiteral("slow"))}, folder);
    auto [ok3, m3] = run(slow, [&] { slow.cancel(); });
    CHECK_FALSE(ok3);
    CHECK(m3.contains(QStringLiteral("cancelled")));
    CHECK(entries(folder).isEmpty());

    Downloader offline({CatalogFile{"x.bin", "http://127.0.0.1:1/x.bin", std::string(64, '0'), 10}}, folder);
    auto [ok4, m4] = run(offline);
    CHECK_FALSE(ok4);
    CHECK(m4.contains(QStringLiteral("Could not download")));
    CHECK(entries(folder).isEmpty());
}

TEST_CASE("downloads: Retry goes on after a failure and keeps the files already verified", "[ui][download]")
{
    Server server;
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("data"));
    DownloadDialog dialog(CatalogEntry{}, {server.file(QStringLiteral("b.bin")), server.file(QStringLiteral("a.bin"), QStringLiteral("flaky"))}, folder);
    dialog.start();
    REQUIRE(QTest::qWaitFor([&] { return !dialog.downloader()->isRunning() && !dialog.statusText().startsWith(QStringLiteral("Connecting")); }, 30000));
    CHECK_FALSE(dialog.succeeded());
    CHECK(dialog.statusText().contains(QStringLiteral("Open folder")));
    CHECK(entries(folder) == QStringList{QStringLiteral("b.bin")});

    dialog.start(); // Retry
    REQUIRE(QTest::qWaitFor([&] { return dialog.succeeded(); }, 30000));
    CHECK(entries(folder) == QStringList{QStringLiteral("a.bin"), QStringLiteral("b.bin")});
    CHECK(dialog.progressBar()->value() == 1000);
}

TEST_CASE("choosing a dataset that is not on this machine offers the download; declining keeps the data in use", "[ui][download]")
{
    auto w = openWindow(QStringLiteral("builtin:xor"), 1);
    QComboBox* combo = w->dataPanel()->findChild<QComboBox*>(QStringLiteral("datasetCombo"));
    REQUIRE(combo);
    int missing = -1;
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemData(i, Qt::UserRole + 1).toBool())
            missing = i;
    if (missing < 0) {
        WARN("every catalog dataset is on this machine: nothing to download");
        return;
    }
    QString asked;
    w->dataPanel()->setDownloadDialog([&](const CatalogEntry& e) {
        asked = QString::fromStdString(e.id);
        return false;
    });
    const QString expected = combo->itemData(missing).toString();
    combo->setCurrentIndex(missing);
    CHECK(asked == expected);
    CHECK(combo->currentData().toString().startsWith(QStringLiteral("builtin:xor")));
    CHECK(w->dataPanel()->data()->spec.rfind("builtin:xor", 0) == 0);
}

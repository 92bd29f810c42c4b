// Configurations that are hostile to whoever reads them, on a real nginx: an include
// cycle (nginx itself recurses until it crashes), a symlink loop, and 10 000 server
// blocks with a hundred error logs. The diagnosis must finish, say what it could not
// read and why in plain words, and still find the live cause of the URL's 502.
#include "app/engine/DiagnosisEngine.h"
#include "tests/engine/ReportLookup.h"
#include "tests/lab/LabHttp.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabUpstream.h"
#include "tests/remote/MachineFixture.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace gd;
using gd::test::checkOf;
using gd::test::describe;
using lab::LabNginx;
using lab::LabStatus;
using lab::LabUpstream;

namespace {

const char *const kConfD = R"(
server_names_hash_max_size 32768;
server_names_hash_bucket_size 128;
include @PREFIX@/conf.d/*.conf;
)";

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QByteArray site(const QString &name, quint16 port, const QString &upstream, const QString &extra = {})
{
    return QStringLiteral(
               "server {\n    listen 127.0.0.1:%1;\n    server_name %2;\n%3"
               "    location / {\n        proxy_pass http://%4;\n        proxy_connect_timeout 2s;\n"
               "    }\n}\n")
        .arg(port)
        .arg(name, extra, upstream)
        .toUtf8();
}

} // namespace

class TestHostileConfig : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void includeCycleIsNamed();
    void symlinkLoopIsNamed();
    void hugeLineIsNginxsOwnError();
    void tenThousandServerBlocks();

private:
    DiagnosisReport diagnose(const QString &url);
    // nginx with conf.d/app.conf: the default server, its upstream refusing (502s now).
    void startSiteWithDeadUpstream();

    std::unique_ptr<LabNginx> m_nginx;
    quint16 m_dead = 0;
};

void TestHostileConfig::init()
{
    m_nginx = std::make_unique<LabNginx>();
    const lab::LabResult<quint16> dead = LabUpstream::refusingPort();
    QVERIFY(dead.ok());
    m_dead = *dead;
}

void TestHostileConfig::cleanup()
{
    m_nginx.reset();
}

DiagnosisReport TestHostileConfig::diagnose(const QString &url)
{
    test::MachineFixture fixture(test::Backend::Local);
    const QString setUp = fixture.setUp();
    if (!setUp.isEmpty())
        qWarning("machine: %s", qPrintable(setUp));
    DiagnosisOptions options;
    options.configFile = m_nginx->configPath();
    options.url = url;
    options.probeTimeoutSec = 2;
    DiagnosisEngine engine(fixture.machine(), options);
    const RemoteError error = engine.runAndWait();
    if (error)
        qWarning("diagnosis failed: %s", qPrintable(error.toString()));
    return engine.report();
}

void TestHostileConfig::startSiteWithDeadUpstream()
{
    QVERIFY(writeFile(m_nginx->prefix() + QStringLiteral("/conf.d/.keep"), QByteArray()));
    const LabStatus started = m_nginx->start(QString::fromLatin1(kConfD));
    QVERIFY2(started.ok(), qPrintable(started.message()));
    QVERIFY(
        writeFile(m_nginx->prefix() + QStringLiteral("/conf.d/app.conf"),
                  site(QStringLiteral("_"), m_nginx->port(), QStringLiteral("127.0.0.1:%1").arg(m_dead))));
    const LabStatus reloaded = m_nginx->reload();
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.message()));
    lab::LabHttp::sendTraffic(m_nginx->url(), 2);
}

// A file that includes its own folder: nginx -t recurses until it runs out of stack
// (signal 11) or of file descriptors (then, oddly, "test is successful"). Whichever it
// does here, the diagnosis names the cycle and its file, and the live cause stays first.
void TestHostileConfig::includeCycleIsNamed()
{
    startSiteWithDeadUpstream();
    if (QTest::currentTestFailed())
        return;
    const QString loop = m_nginx->prefix() + QStringLiteral("/conf.d/loop.conf");
    QVERIFY(writeFile(
        loop,
        QStringLiteral("# includes itself\ninclude %1/conf.d/*.conf;\n").arg(m_nginx->prefix()).toUtf8()));

    const DiagnosisReport report = diagnose(m_nginx->url());
    const QString context = describe(report);
    qInfo().noquote() << context;
    QCOMPARE(report.steps.size(), 6);
    const CheckResult *read = checkOf(report, QStringLiteral("config.read"));
    QVERIFY2(read, qPrintable(context));
    QCOMPARE(read->status, CheckStatus::Warn);
    QVERIFY2(read->explanation.contains(QStringLiteral("Include cycle: %1").arg(loop)), qPrintable(context));
    QVERIFY2(!report.findings.isEmpty() && report.findings.first().cause == Cause::UpstreamDown,
             qPrintable(context));
    QVERIFY(report.findings.first().upstream.endsWith(QString::number(m_dead)));
}

// conf.d/a.conf -> b.conf -> a.conf: nginx -t fails with ELOOP; the diagnosis says so
// in nginx's words, at the include that reaches it.
void TestHostileConfig::symlinkLoopIsNamed()
{
    startSiteWithDeadUpstream();
    if (QTest::currentTestFailed())
        return;
    const QString dir = m_nginx->prefix() + QStringLiteral("/conf.d/");
    QVERIFY(QFile::link(dir + QStringLiteral("b.conf"), dir + QStringLiteral("a.conf")));
    QVERIFY(QFile::link(dir + QStringLiteral("a.conf"), dir + QStringLiteral("b.conf")));

    const DiagnosisReport report = diagnose(m_nginx->url());
    const QString context = describe(report);
    qInfo().noquote() << context;
    QCOMPARE(report.steps.size(), 6);
    const CheckResult *test = checkOf(report, QStringLiteral("config.test"));
    QVERIFY2(test && test->status == CheckStatus::Fail, qPrintable(context));
    QVERIFY2(test->explanation.contains(QLatin1String("Too many levels of symbolic links")),
             qPrintable(context));
    const auto invalid = std::find_if(report.findings.begin(), report.findings.end(),
                                      [](const Finding &f) { return f.cause == Cause::ConfigInvalid; });
    QVERIFY2(invalid != report.findings.end(), qPrintable(context));
    QVERIFY2(!invalid->evidence.isEmpty() && invalid->evidence.first().file == m_nginx->configPath(),
             qPrintable(context));
    // nginx still runs the config it loaded before: today's 502s are the dead upstream's.
    QCOMPARE(report.findings.first().cause, Cause::UpstreamDown);
}

// A comment line of 1 MB: nginx refuses any token longer than its 4 KiB buffer. The
// diagnosis shows nginx's own words at the file and line, and reads the rest.
void TestHostileConfig::hugeLineIsNginxsOwnError()
{
    startSiteWithDeadUpstream();
    if (QTest::currentTestFailed())
        return;
    const QString big = m_nginx->prefix() + QStringLiteral("/conf.d/big.conf");
    QVERIFY(writeFile(big, "# " + QByteArray(1024 * 1024, 'x') + "\n"));

    const DiagnosisReport report = diagnose(m_nginx->url());
    const QString context = describe(report);
    qInfo().noquote() << context.left(3000);
    QCOMPARE(report.steps.size(), 6);
    const CheckResult *test = checkOf(report, QStringLiteral("config.test"));
    QVERIFY2(test && test->status == CheckStatus::Fail, qPrintable(context));
    QVERIFY2(test->explanation.contains(QLatin1String("too long parameter")), qPrintable(context.left(3000)));
    const auto invalid = std::find_if(report.findings.begin(), report.findings.end(),
                                      [](const Finding &f) { return f.cause == Cause::ConfigInvalid; });
    QVERIFY2(invalid != report.findings.end(), qPrintable(context.left(3000)));
    QCOMPARE(invalid->evidence.first().file, big);
    QCOMPARE(invalid->evidence.first().line, 1);
    QCOMPARE(report.findings.first().cause, Cause::UpstreamDown);
}

// A hosting server: 10 000 sites on one nginx, every hundredth with its own error log.
// The diagnosis reads the URL's own log and probes the URL's own upstream, leaves the
// rest with a note of how much it left, and finds the dead upstream.
void TestHostileConfig::tenThousandServerBlocks()
{
    QVERIFY(writeFile(m_nginx->prefix() + QStringLiteral("/conf.d/.keep"), QByteArray()));
    const LabStatus started = m_nginx->start(QString::fromLatin1(kConfD));
    QVERIFY2(started.ok(), qPrintable(started.message()));
    constexpr int kSites = 10000, kUrlSite = 7700;
    QByteArray many;
    for (int i = 0; i < kSites; ++i) {
        const QString log =
            i % 100 == 0
                ? QStringLiteral("    error_log %1/logs/s%2.error.log;\n").arg(m_nginx->prefix()).arg(i)
                : QString();
        const QString upstream = i == kUrlSite ? QStringLiteral("127.0.0.1:%1").arg(m_dead)
                                               : QStringLiteral("127.0.0.2:%1").arg(20000 + i);
        many += site(QStringLiteral("s%1.gd-lab.test").arg(i), m_nginx->port(), upstream, log);
    }
    QVERIFY(writeFile(m_nginx->prefix() + QStringLiteral("/conf.d/many.conf"), many));
    const LabStatus reloaded = m_nginx->reload();
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.message()));
    const QString host = QStringLiteral("s%1.gd-lab.test").arg(kUrlSite);
    lab::LabHttp::sendTraffic(m_nginx->url(), 2, host);

    const DiagnosisReport report = diagnose(QStringLiteral("http://%1:%2/").arg(host).arg(m_nginx->port()));
    const QString context = describe(report);
    qInfo().noquote() << context.left(4000);
    QCOMPARE(report.steps.size(), 6);
    QVERIFY2(!report.findings.isEmpty() && report.findings.first().cause == Cause::UpstreamDown,
             qPrintable(context));
    QVERIFY(report.findings.first().upstream.endsWith(QString::number(m_dead)));
    const CheckResult *read = checkOf(report, QStringLiteral("config.read"));
    QVERIFY2(read && read->status == CheckStatus::Warn, qPrintable(context));
    // nginx's own log and 100 of the sites': 16 read, the URL's among them; 85 left, and said.
    QVERIFY2(read->explanation.contains(QLatin1String("85 error log")), qPrintable(context));
    QVERIFY2(!read->explanation.contains(QStringLiteral("s%1.error.log").arg(kUrlSite)), qPrintable(context));
    QVERIFY2(read->explanation.contains(QLatin1String("were not probed")), qPrintable(context));
}

QTEST_GUILESS_MAIN(TestHostileConfig)
#include "tst_hostileconfig.moc"

// The fix commands as a user runs them: the real gateway-doctor binary against the lab's
// nginx with a slow upstream. Exit codes, what is printed, what changed on disk, and
// the transcript it leaves.
#include "LabNginx.h"
#include "LabUpstream.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gd;
using lab::LabNginx;
using lab::LabUpstream;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

class TestFixCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dryRunChangesNothing();
    void withoutYesNothingIsWritten();
    void hostileValueRefused();
    void fixTimeoutsReloadMonitorRollback();
    void usageErrors();

private:
    Run gd(const QStringList &arguments);
    QTemporaryDir m_home;
    LabUpstream m_upstream;
    LabNginx m_nginx;
};

Run TestFixCli::gd(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path()); // the transcript lands here
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GD_BINARY), arguments + QStringList{QStringLiteral("--conf"), m_nginx.configPath()});
    p.closeWriteChannel(); // stdin is not a terminal: no question is asked
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestFixCli::initTestCase()
{
    LabUpstream::Options o;
    o.mode = LabUpstream::Mode::Slow;
    o.delayMs = 1500;
    QVERIFY(m_upstream.start(o).ok());
    QVERIFY(m_nginx.start(LabNginx::proxyServer(m_upstream.proxyPassUrl(), QStringLiteral("proxy_read_timeout 1s;"))).ok());
    QProcess::execute(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), m_nginx.url()});
    QVERIFY(m_nginx.waitForErrorLog(QStringLiteral("upstream timed out")).ok());
}

void TestFixCli::dryRunChangesNothing()
{
    const QByteArray before = readAll(m_nginx.configPath());
    const Run r = gd({QStringLiteral("fix"), QStringLiteral("timeouts"), QStringLiteral("--url"), m_nginx.url(),
                      QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("-        proxy_read_timeout 1s;")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("+        proxy_read_timeout 75s;")), qPrintable(r.out));
    QVERIFY(r.err.contains(QLatin1String("Dry run")));
    QCOMPARE(readAll(m_nginx.configPath()), before);
}

void TestFixCli::withoutYesNothingIsWritten()
{
    const QByteArray before = readAll(m_nginx.configPath());
    const Run r = gd({QStringLiteral("fix"), QStringLiteral("timeouts"), QStringLiteral("--url"), m_nginx.url()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("--yes")), qPrintable(r.err));
    QCOMPARE(readAll(m_nginx.configPath()), before);
}

void TestFixCli::hostileValueRefused()
{
    const QByteArray before = readAll(m_nginx.configPath());
    const Run r = gd({QStringLiteral("fix"), QStringLiteral("timeouts"), QStringLiteral("--url"), m_nginx.url(),
                      QStringLiteral("--read"), QStringLiteral("75s; include /etc/passwd"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("proxy_read_timeout")), qPrintable(r.err));
    QCOMPARE(readAll(m_nginx.configPath()), before);
}

void TestFixCli::fixTimeoutsReloadMonitorRollback()
{
    const QByteArray before = readAll(m_nginx.configPath());
    const Run fixed = gd({QStringLiteral("fix"), QStringLiteral("timeouts"), QStringLiteral("--url"), m_nginx.url(),
                          QStringLiteral("--yes")});
    QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.err));
    QVERIFY2(fixed.err.contains(QLatin1String("answered 200 (before: 504)")), qPrintable(fixed.err));
    QVERIFY(readAll(m_nginx.configPath()).contains("proxy_read_timeout 75s;"));

    const Run monitor = gd({QStringLiteral("monitor"), QStringLiteral("--url"), m_nginx.url(), QStringLiteral("--for"),
                            QStringLiteral("3s")});
    // Two slow 200s in 3 s: no gateway error, but too few to call it holding.
    QCOMPARE(monitor.exitCode, 1);
    QVERIFY2(monitor.out.contains(QStringLiteral("× 200")), qPrintable(monitor.out));
    QVERIFY2(monitor.out.contains(QLatin1String("too few")), qPrintable(monitor.out));
    QVERIFY(!monitor.out.contains(QLatin1String("504")));

    const Run reload = gd({QStringLiteral("reload")});
    QVERIFY2(reload.exitCode == 0, qPrintable(reload.err));
    QVERIFY(reload.err.contains(QLatin1String("new workers took over")));

    const Run list = gd({QStringLiteral("rollback"), QStringLiteral("--list")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), qPrintable(list.out));
    const QString backup = lines.first().section(QLatin1Char('\t'), 0, 0);
    QCOMPARE(readAll(backup), before);

    const Run refused = gd({QStringLiteral("rollback"), QStringLiteral("/etc/passwd"), QStringLiteral("--yes")});
    QCOMPARE(refused.exitCode, 2);
    const Run rolledBack = gd({QStringLiteral("rollback"), backup, QStringLiteral("--yes")});
    QVERIFY2(rolledBack.exitCode == 0, qPrintable(rolledBack.err));
    QCOMPARE(readAll(m_nginx.configPath()), before);

    // Everything above is in the transcript, without secrets, with the diffs.
    QDir transcripts(m_home.filePath(QStringLiteral("gateway-doctor/transcripts")));
    const QStringList files = transcripts.entryList({QStringLiteral("*.jsonl")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    const QByteArray transcript = readAll(transcripts.filePath(files.first()));
    QVERIFY(transcript.contains("\"action\":\"fix timeouts\""));
    QVERIFY(transcript.contains("\"action\":\"rollback\""));
    QVERIFY(transcript.contains("proxy_read_timeout 75s;"));
    QVERIFY(transcript.contains("-s reload"));
}

void TestFixCli::usageErrors()
{
    const Run neither = gd({QStringLiteral("fix"), QStringLiteral("timeouts")});
    QCOMPARE(neither.exitCode, 2);
    QVERIFY(neither.err.contains(QLatin1String("--url")));
    const Run monitor = gd({QStringLiteral("monitor")});
    QCOMPARE(monitor.exitCode, 2);
    const Run help = gd({QStringLiteral("fix"), QStringLiteral("timeouts"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("--buffers")));
}

QTEST_GUILESS_MAIN(TestFixCli)
#include "tst_fixcli.moc"

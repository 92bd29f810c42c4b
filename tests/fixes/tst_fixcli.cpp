// The fix commands as a user runs them: the real gateway-doctor binary against the lab's
// nginx with a slow upstream. Exit codes, what is printed, what changed on disk, and
// the transcript it leaves.
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabPhpFpm.h"
#include "tests/lab/LabPoolLoad.h"
#include "tests/lab/LabProcTree.h"
#include "tests/lab/LabUpstream.h"

#include <QDir>

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
    void phpFpmMaxChildrenFromMeasuredMemory();
    void monitorWatchesTheUrlsOwnPool();

private:
    Run gd(const QStringList &arguments);
    Run gd(const QStringList &arguments, const QString &configPath);
    QTemporaryDir m_home;
    LabUpstream m_upstream;
    LabNginx m_nginx;
};

Run TestFixCli::gd(const QStringList &arguments)
{
    return gd(arguments, m_nginx.configPath());
}

Run TestFixCli::gd(const QStringList &arguments, const QString &configPath)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path()); // the transcript lands here
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GD_BINARY), arguments + QStringList{QStringLiteral("--conf"), configPath});
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
    QVERIFY(
        m_nginx
            .start(LabNginx::proxyServer(m_upstream.proxyPassUrl(), QStringLiteral("proxy_read_timeout 1s;")))
            .ok());
    QProcess::execute(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"),
                                               QStringLiteral("/dev/null"), m_nginx.url()});
    QVERIFY(m_nginx.waitForErrorLog(QStringLiteral("upstream timed out")).ok());
}

void TestFixCli::dryRunChangesNothing()
{
    const QByteArray before = readAll(m_nginx.configPath());
    const Run r = gd({QStringLiteral("fix"), QStringLiteral("timeouts"), QStringLiteral("--url"),
                      m_nginx.url(), QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("-        proxy_read_timeout 1s;")), qPrintable(r.out));
    // The app takes 1.5 s, measured straight at it during the diagnosis: nginx's default
    // of 60 s leaves room for that (TimeoutChecks).
    QVERIFY2(r.out.contains(QLatin1String("+        proxy_read_timeout 60s;")), qPrintable(r.out));
    QVERIFY(r.err.contains(QLatin1String("Dry run")));
    QCOMPARE(readAll(m_nginx.configPath()), before);
}

void TestFixCli::withoutYesNothingIsWritten()
{
    const QByteArray before = readAll(m_nginx.configPath());
    const Run r =
        gd({QStringLiteral("fix"), QStringLiteral("timeouts"), QStringLiteral("--url"), m_nginx.url()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("--yes")), qPrintable(r.err));
    QCOMPARE(readAll(m_nginx.configPath()), before);
}

void TestFixCli::hostileValueRefused()
{
    const QByteArray before = readAll(m_nginx.configPath());
    const Run r =
        gd({QStringLiteral("fix"), QStringLiteral("timeouts"), QStringLiteral("--url"), m_nginx.url(),
            QStringLiteral("--read"), QStringLiteral("75s; include /etc/passwd"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("proxy_read_timeout")), qPrintable(r.err));
    QCOMPARE(readAll(m_nginx.configPath()), before);
}

void TestFixCli::fixTimeoutsReloadMonitorRollback()
{
    const QByteArray before = readAll(m_nginx.configPath());
    const Run fixed = gd({QStringLiteral("fix"), QStringLiteral("timeouts"), QStringLiteral("--url"),
                          m_nginx.url(), QStringLiteral("--yes")});
    QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.err));
    QVERIFY2(fixed.err.contains(QLatin1String("answered 200 (before: 504)")), qPrintable(fixed.err));
    QVERIFY(readAll(m_nginx.configPath()).contains("proxy_read_timeout 60s;"));

    const Run monitor = gd({QStringLiteral("monitor"), QStringLiteral("--url"), m_nginx.url(),
                            QStringLiteral("--for"), QStringLiteral("3s")});
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

    const Run refused =
        gd({QStringLiteral("rollback"), QStringLiteral("/etc/passwd"), QStringLiteral("--yes")});
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
    QVERIFY(transcript.contains("proxy_read_timeout 60s;"));
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

// A php-fpm whose config lives outside the usual places (found through its master's
// -y config and its include=), behind nginx's fastcgi_pass: the suggestion comes
// from the children's RSS and MemAvailable measured now, and the raise goes through
// the cycle (php-fpm -t, SIGUSR2, new children).
void TestFixCli::phpFpmMaxChildrenFromMeasuredMemory()
{
    lab::LabPhpFpm fpm;
    QVERIFY2(fpm.start(QStringLiteral("[www]\nuser = www-data\ngroup = www-data\nlisten = 127.0.0.1:@PORT@\n"
                                      "pm = static\npm.max_children = 2\n"),
                       2)
                 .ok(),
             "php-fpm");
    const QByteArray pool = fpm.poolText();
    LabNginx nginx;
    QVERIFY(nginx
                .start(QStringLiteral("server {\n    listen 127.0.0.1:@PORT@;\n    server_name gd-lab;\n"
                                      "    location / {\n        fastcgi_pass 127.0.0.1:%1;\n    }\n}\n")
                           .arg(fpm.port()))
                .ok());

    const Run dry = gd({QStringLiteral("fix"), QStringLiteral("max-children"), QStringLiteral("--url"),
                        nginx.url(), QStringLiteral("--dry-run")},
                       nginx.configPath());
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY2(dry.err.contains(QLatin1String("pm.max_children = 2, 2 children running")), qPrintable(dry.err));
    QVERIFY2(dry.err.contains(QLatin1String("The pool's 2 running children use")), qPrintable(dry.err));
    // Memory here allows far more than 2: the raise is capped at four times in one step.
    QVERIFY2(dry.err.contains(QLatin1String("Raise pm.max_children from 2 to 8.")), qPrintable(dry.err));
    QVERIFY2(dry.out.contains(QLatin1String("+pm.max_children = 8")), qPrintable(dry.out));
    QCOMPARE(fpm.dir().readFile(QStringLiteral("pool.d/www.conf")), pool);

    const Run unknown = gd({QStringLiteral("fix"), QStringLiteral("max-children"), QStringLiteral("--pool"),
                            QStringLiteral("nope")},
                           nginx.configPath());
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("www (") + fpm.poolFile()), qPrintable(unknown.err));
    // The stock pool file no running master uses is not offered.
    QVERIFY2(!unknown.err.contains(QLatin1String("/etc/php/")), qPrintable(unknown.err));

    const QList<qint64> before = lab::LabProcTree::childrenOf(fpm.pid());
    const Run raised = gd({QStringLiteral("fix"), QStringLiteral("max-children"), QStringLiteral("--url"),
                           nginx.url(), QStringLiteral("--yes")},
                          nginx.configPath());
    QVERIFY2(raised.exitCode == 0, qPrintable(raised.err));
    QByteArray expected = pool;
    expected.replace("pm.max_children = 2", "pm.max_children = 8");
    QCOMPARE(fpm.dir().readFile(QStringLiteral("pool.d/www.conf")), expected);
    // Reloaded by the master we measured: eight new children.
    QTRY_COMPARE_WITH_TIMEOUT(lab::LabProcTree::childrenOf(fpm.pid()).size(), 8, 5000);
    for (qint64 pid : lab::LabProcTree::childrenOf(fpm.pid()))
        QVERIFY(!before.contains(pid));
}

QTEST_GUILESS_MAIN(TestFixCli)
// `monitor` beside the URL's answers reads the status page of the pool the URL's
// requests go to, every interval, and not another site's pool on the same machine.
void TestFixCli::monitorWatchesTheUrlsOwnPool()
{
    const QString page = QStringLiteral("pm.status_path = /fpm-status\n");
    lab::LabPhpFpm shop;
    QVERIFY(shop.start(QStringLiteral("[shop]\nuser = www-data\ngroup = www-data\nlisten = 127.0.0.1:@PORT@\n"
                                      "pm = static\npm.max_children = 2\n") +
                           page,
                       2)
                .ok());
    lab::LabPhpFpm blog;
    QVERIFY(blog.start(QStringLiteral("[blog]\nuser = www-data\ngroup = www-data\nlisten = 127.0.0.1:@PORT@\n"
                                      "pm = static\npm.max_children = 1\n") +
                           page,
                       1)
                .ok());
    LabNginx nginx;
    QVERIFY(nginx.start(lab::LabPoolLoad::nginxServer(shop, false)).ok());
    const Run monitor = gd({QStringLiteral("monitor"), QStringLiteral("--url"), nginx.url(),
                            QStringLiteral("--for"), QStringLiteral("3s")},
                           nginx.configPath());
    QVERIFY2(monitor.err.contains(
                 QStringLiteral("and PHP-FPM pool shop's status page (/fpm-status on 127.0.0.1:%1)")
                     .arg(shop.port())),
             qPrintable(monitor.err));
    QVERIFY2(monitor.out.contains(QLatin1String("pool shop: active ")), qPrintable(monitor.out));
    QVERIFY2(!monitor.err.contains(QLatin1String("pool blog")) &&
                 !monitor.out.contains(QLatin1String("pool blog")),
             qPrintable(monitor.err + monitor.out));
}

#include "tst_fixcli.moc"

// The logs that explain nginx's 502s from the other side: php-fpm's own log (captured from a real
// php-fpm 8.2), kernel OOM kills and systemd unit events (real lines from public sources), and
// the access log's upstream latency (captured from the lab nginx).

#include "app/logs/AccessLogLatency.h"
#include "app/logs/KernelOomLine.h"
#include "app/logs/PhpFpmLogLine.h"
#include "app/logs/SystemdJournalLine.h"

#include "tests/TestConfig.h"

#include <QFile>
#include <QtTest>

using namespace gd;

namespace {

QList<QByteArray> readLines(const QString &relative)
{
    QFile file(QStringLiteral(GD_TEST_DATA_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll().trimmed().split('\n');
}

QByteArray lineWith(const QString &relative, const QByteArray &needle)
{
    for (const QByteArray &line : readLines(relative)) {
        if (line.contains(needle))
            return line;
    }
    qFatal("no line with '%s' in %s", needle.constData(), qPrintable(relative));
    return {};
}

QString causeText(const std::optional<Cause> &cause)
{
    return cause ? causeCode(*cause) : QString();
}

} // namespace

class TestLogsCompanion : public QObject
{
    Q_OBJECT

private slots:
    void phpFpm_data();
    void phpFpm();
    void phpFpmDetails();
    void phpFpmNotOurs();
    void kernelOom_data();
    void kernelOom();
    void systemd_data();
    void systemd();
    void accessLogUpstreamFormat();
    void accessLogCombined();
    void accessLogLists();
};

void TestLogsCompanion::phpFpm_data()
{
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<int>("event");
    QTest::addColumn<QString>("pool");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("cause");
    using E = PhpFpmLogLine::Event;
    QTest::newRow("max_children") << QByteArray("pm.max_children setting (1)") << int(E::MaxChildrenReached)
                                  << QStringLiteral("www") << 1 << QStringLiteral("php_fpm_saturated");
    QTest::newRow("ondemand max_children")
        << QByteArray("[pool od] server reached") << int(E::MaxChildrenReached) << QStringLiteral("od") << 1
        << QStringLiteral("php_fpm_saturated");
    QTest::newRow("max_children 40") << QByteArray("setting (40)") << int(E::MaxChildrenReached)
                                     << QStringLiteral("busy") << 40 << QStringLiteral("php_fpm_saturated");
    QTest::newRow("seems busy") << QByteArray("spawning 8 children") << int(E::SeemsBusy)
                                << QStringLiteral("busy") << 8 << QStringLiteral("php_fpm_saturated");
    QTest::newRow("execution timed out") << QByteArray("execution timed out") << int(E::ExecutionTimedOut)
                                         << QStringLiteral("www") << -1 << QStringLiteral("upstream_crashed");
    QTest::newRow("SIGSEGV") << QByteArray("(SIGSEGV)") << int(E::ChildExitedOnSignal)
                             << QStringLiteral("www") << -1 << QStringLiteral("upstream_crashed");
    QTest::newRow("SIGKILL") << QByteArray("(SIGKILL)") << int(E::ChildExitedOnSignal)
                             << QStringLiteral("www") << -1 << QStringLiteral("upstream_crashed");
    QTest::newRow("SIGTERM after timeout")
        << QByteArray("(SIGTERM)") << int(E::ChildExitedOnSignal) << QStringLiteral("www") << -1 << QString();
    QTest::newRow("child started") << QByteArray("started") << int(E::Other) << QStringLiteral("www") << -1
                                   << QString();
    QTest::newRow("master notice") << QByteArray("fpm is running") << int(E::Other) << QString() << -1
                                   << QString();
}

void TestLogsCompanion::phpFpm()
{
    QFETCH(QByteArray, needle);
    QFETCH(int, event);
    QFETCH(QString, pool);
    QFETCH(int, number);
    QFETCH(QString, cause);
    const auto line = PhpFpmLogLine::parse(lineWith(QStringLiteral("php-fpm-log/php-fpm.log"), needle));
    QVERIFY(line);
    QCOMPARE(int(line->event()), event);
    QCOMPARE(line->pool(), pool);
    QCOMPARE(line->number(), number);
    QCOMPARE(causeText(line->cause()), cause);
    QVERIFY(!line->time().isEmpty());
}

void TestLogsCompanion::phpFpmDetails()
{
    const QString file = QStringLiteral("php-fpm-log/php-fpm.log");
    const auto timedOut = PhpFpmLogLine::parse(lineWith(file, "execution timed out"));
    QVERIFY(timedOut);
    QVERIFY(timedOut->childPid() > 0);
    QCOMPARE(timedOut->script(), QStringLiteral("/tmp/gdcap/run/www/slow.php"));
    QCOMPARE(timedOut->request(), QStringLiteral("GET /slow.php?s=7"));
    QVERIFY(timedOut->seconds() >= 4.0 && timedOut->seconds() < 6.0);
    QCOMPARE(timedOut->level(), QStringLiteral("WARNING"));

    const auto segv = PhpFpmLogLine::parse(lineWith(file, "(SIGSEGV)"));
    QCOMPARE(segv->signal(), 11);
    QCOMPARE(segv->signalName(), QStringLiteral("SIGSEGV"));
    QVERIFY(segv->seconds() > 0);

    const auto busy = PhpFpmLogLine::parse(lineWith(file, "spawning 16"));
    QCOMPARE(busy->number(), 16);
    QVERIFY(busy->total() > busy->idle());

    QVERIFY(PhpFpmLogLine::parse(lineWith(file, "[pool od]"))->ondemand());
    QVERIFY(!PhpFpmLogLine::parse(lineWith(file, "[pool www] server reached"))->ondemand());
}

void TestLogsCompanion::phpFpmNotOurs()
{
    // nginx lines and garbage are not php-fpm lines
    QVERIFY(
        !PhpFpmLogLine::parse(lineWith(QStringLiteral("nginx-upstream-errors/refused.log"), "connect()")));
    QVERIFY(!PhpFpmLogLine::parse(QByteArray("\xff\xfe\x00[", 4)));
    QVERIFY(!PhpFpmLogLine::parse(QByteArray()));
}

void TestLogsCompanion::kernelOom_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QString>("process");
    QTest::addColumn<qint64>("anonRss");
    QTest::addColumn<QString>("prefix");
    using K = KernelOomLine::Kind;
    QTest::newRow("journal killed") << QStringLiteral("kernel-oom/journal-k.log")
                                    << QByteArray("Killed process 2309") << int(K::KilledProcess)
                                    << qint64(2309) << QStringLiteral("wireplumber") << qint64(1536)
                                    << QStringLiteral("Aug 11 09:15:29 slryzen kernel:");
    QTest::newRow("journal oom-kill summary")
        << QStringLiteral("kernel-oom/journal-k.log") << QByteArray("oom-kill:") << int(K::OomKillSummary)
        << qint64(2205425) << QStringLiteral("wireplumber") << qint64(-1)
        << QStringLiteral("Aug 11 09:18:11 slryzen kernel:");
    QTest::newRow("syslog without UID")
        << QStringLiteral("kernel-oom/journal-k.log") << QByteArray("systemd-udevd") << int(K::KilledProcess)
        << qint64(2692) << QStringLiteral("systemd-udevd") << qint64(1052760)
        << QStringLiteral("Aug 14 23:00:02 testserver kernel:");
    QTest::newRow("dmesg killed") << QStringLiteral("kernel-oom/dmesg.log")
                                  << QByteArray("Killed process 3261") << int(K::KilledProcess)
                                  << qint64(3261) << QStringLiteral("oom01") << qint64(13397556)
                                  << QStringLiteral("[  804.322751]");
    QTest::newRow("dmesg caller id") << QStringLiteral("kernel-oom/dmesg.log")
                                     << QByteArray("Killed process 4526") << int(K::KilledProcess)
                                     << qint64(4526) << QStringLiteral("dhclient") << qint64(1112)
                                     << QStringLiteral("[  244.946537][ T3106]");
    QTest::newRow("dmesg summary") << QStringLiteral("kernel-oom/dmesg.log") << QByteArray("task=dhclient")
                                   << int(K::OomKillSummary) << qint64(4526) << QStringLiteral("dhclient")
                                   << qint64(-1) << QStringLiteral("[  244.945440][ T3106]");
}

void TestLogsCompanion::kernelOom()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, needle);
    QFETCH(int, kind);
    QFETCH(qint64, pid);
    QFETCH(QString, process);
    QFETCH(qint64, anonRss);
    QFETCH(QString, prefix);
    const auto line = KernelOomLine::parse(lineWith(file, needle));
    QVERIFY(line);
    QCOMPARE(int(line->kind()), kind);
    QCOMPARE(line->pid(), pid);
    QCOMPARE(line->process(), process);
    QCOMPARE(line->anonRssKb(), anonRss);
    QCOMPARE(line->prefix(), prefix);
    // the other lines of those captures are not kills
    QVERIFY(!KernelOomLine::parse(lineWith(QStringLiteral("kernel-oom/dmesg.log"), "oom_reaper")));
    QVERIFY(
        !KernelOomLine::parse(lineWith(QStringLiteral("kernel-oom/journal-k.log"), "invoked oom-killer")));
}

void TestLogsCompanion::systemd_data()
{
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<int>("event");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("cause");
    using E = SystemdJournalLine::Event;
    QTest::newRow("killed 9/KILL") << QByteArray("mariadb.service: Main process") << int(E::MainProcessExited)
                                   << QStringLiteral("mariadb.service") << QStringLiteral("killed 9/KILL")
                                   << QStringLiteral("upstream_crashed");
    QTest::newRow("old systemd lower case")
        << QByteArray("main process exited") << int(E::MainProcessExited)
        << QStringLiteral("postgresql.service") << QStringLiteral("killed 9/KILL")
        << QStringLiteral("upstream_crashed");
    QTest::newRow("oom-kill result") << QByteArray("'oom-kill'") << int(E::FailedWithResult)
                                     << QStringLiteral("mariadb.service") << QStringLiteral("oom-kill")
                                     << QStringLiteral("resource_exhaustion");
    QTest::newRow("killed by OOM killer")
        << QByteArray("killed by the OOM killer") << int(E::KilledByOomKiller)
        << QStringLiteral("mariadb.service") << QString() << QStringLiteral("resource_exhaustion");
    QTest::newRow("restart counter") << QByteArray("docker.service: Scheduled restart")
                                     << int(E::ScheduledRestart) << QStringLiteral("docker.service")
                                     << QStringLiteral("3") << QStringLiteral("upstream_crashed");
    QTest::newRow("repeated too quickly")
        << QByteArray("rbd-target-gw.service: Start request") << int(E::StartRepeatedTooQuickly)
        << QStringLiteral("rbd-target-gw.service") << QString() << QStringLiteral("upstream_crashed");
    QTest::newRow("exit-code result") << QByteArray("docker.service: Failed with") << int(E::FailedWithResult)
                                      << QStringLiteral("docker.service") << QStringLiteral("exit-code")
                                      << QStringLiteral("upstream_crashed");
}

void TestLogsCompanion::systemd()
{
    QFETCH(QByteArray, needle);
    QFETCH(int, event);
    QFETCH(QString, unit);
    QFETCH(QString, detail);
    QFETCH(QString, cause);
    const auto line =
        SystemdJournalLine::parse(lineWith(QStringLiteral("journal/systemd-units.log"), needle));
    QVERIFY(line);
    QCOMPARE(int(line->event()), event);
    QCOMPARE(line->unit(), unit);
    QCOMPARE(causeText(line->cause()), cause);
    QString got;
    if (line->event() == SystemdJournalLine::Event::MainProcessExited)
        got = line->exitCode() + QLatin1Char(' ') + line->status();
    else if (line->event() == SystemdJournalLine::Event::ScheduledRestart)
        got = QString::number(line->restartCounter());
    else
        got = line->result();
    QCOMPARE(got, detail);
    QVERIFY(!line->host().isEmpty());
    // lines about other things are not events
    QVERIFY(
        !SystemdJournalLine::parse(lineWith(QStringLiteral("journal/systemd-units.log"), "Consumed 19min")));
    QVERIFY(
        !SystemdJournalLine::parse(lineWith(QStringLiteral("journal/systemd-units.log"), "Access denied")));
}

void TestLogsCompanion::accessLogUpstreamFormat()
{
    const QString format =
        QStringLiteral("$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent "
                       "rt=$request_time uct=\"$upstream_connect_time\" urt=\"$upstream_response_time\" "
                       "us=\"$upstream_status\" ua=\"$upstream_addr\"");
    AccessLogLatency latency(format);
    QVERIFY(latency.hasVariable(QStringLiteral("upstream_response_time")));
    QByteArray data;
    for (const QByteArray &l : readLines(QStringLiteral("nginx-access-log/upstreams.log")))
        data += l + '\n';
    latency.addData(data);
    QCOMPARE(latency.lineCount(), qint64(data.count('\n')));
    QCOMPARE(latency.unparsedCount(), 0);
    QCOMPARE(latency.count502(), qint64(data.count("\" 502 ")));
    QCOMPARE(latency.count504(), qint64(data.count("\" 504 ")));
    QVERIFY(latency.count504() >= 3); // read timeout, connect timeouts, send timeout
    QVERIFY(latency.timedCount() > 0);
    // the slowest upstream answer is a timeout of a few seconds, the median is a fast failure
    QVERIFY(*latency.maximum() >= 1.0);
    QVERIFY(*latency.p50() <= *latency.p95());
    QVERIFY(*latency.p95() <= *latency.maximum());

    const auto timeout = latency.parseLine(
        lineWith(QStringLiteral("nginx-access-log/upstreams.log"), "/slow/report").constData(),
        lineWith(QStringLiteral("nginx-access-log/upstreams.log"), "/slow/report").size());
    QVERIFY(timeout);
    QCOMPARE(timeout->status, 504);
    QVERIFY(*timeout->upstreamTime >= 0.9 && *timeout->upstreamTime < 2.0);
    QCOMPARE(timeout->upstreamStatuses, QList<int>{504});
    QCOMPARE(timeout->upstreamAddress, QByteArray("127.0.0.1:38484"));
}

void TestLogsCompanion::accessLogCombined()
{
    AccessLogLatency latency; // combined
    QVERIFY(!latency.hasVariable(QStringLiteral("upstream_response_time")));
    QByteArray data;
    for (const QByteArray &l : readLines(QStringLiteral("nginx-access-log/combined.log")))
        data += l + '\n';
    latency.addData(data);
    QCOMPARE(latency.unparsedCount(), 0);
    QCOMPARE(latency.count502(), qint64(data.count("\" 502 ")));
    QCOMPARE(latency.timedCount(), 0);
    QVERIFY(!latency.p50());
    // a line of another format does not match
    QVERIFY(!latency.parseLine("garbage", 7));
}

void TestLogsCompanion::accessLogLists()
{
    const QString format =
        QStringLiteral("\"$request\" $status urt=\"$upstream_response_time\" us=\"$upstream_status\"");
    AccessLogLatency latency(format);
    // The list shapes nginx writes: servers tried in turn, "-" for one never reached, ":" for an
    // internal redirect to another upstream group (this row is from the lab's no-live-upstreams run).
    const QByteArray pool = lineWith(QStringLiteral("nginx-access-log/upstreams.log"), "/pool/a");
    const QByteArray cut = pool.mid(pool.indexOf('"'));
    const QByteArray shaped =
        cut.left(cut.indexOf(" 157 ")) + " urt=\"0.001, 60.002 : 0.5\" us=\"502, 504 : 200\"";
    const auto entry = latency.parseLine(shaped.constData(), shaped.size());
    QVERIFY(entry);
    QCOMPARE(entry->status, 502);
    QVERIFY(qAbs(*entry->upstreamTime - 60.503) < 1e-9);
    QCOMPARE(entry->upstreamStatuses, (QList<int>{502, 504, 200}));
    const QByteArray dashes = "\"GET / HTTP/1.1\" 502 urt=\"-, -\" us=\"-\"";
    const auto none = latency.parseLine(dashes.constData(), dashes.size());
    QVERIFY(none);
    QVERIFY(!none->upstreamTime);
}

QTEST_GUILESS_MAIN(TestLogsCompanion)
#include "tst_logs_companion.moc"

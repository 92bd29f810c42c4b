// The app servers' own logs (gunicorn, uWSGI, node, php-fpm), read from the lines they really wrote
// (tests/data/app-logs, captured from the packaged servers; README there says how).

#include "app/logs/AppLogEvents.h"
#include "app/logs/AppLogLine.h"

#include "tests/TestConfig.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace gd;
using Event = AppLogLine::Event;

namespace {

QByteArray readData(const QString &relative)
{
    QFile file(QStringLiteral(GD_TEST_DATA_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QList<QByteArray> readLines(const QString &relative)
{
    QList<QByteArray> lines = readData(relative).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
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

// "2026-12-05 20:46:02 +0" (with its UTC offset in seconds), "... local", or "none".
QString describe(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("none");
    const QString text = time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (time.timeSpec() == Qt::LocalTime)
        return text + QStringLiteral(" local");
    return text + QStringLiteral(" +") + QString::number(time.offsetFromUtc());
}

QString name(Event event)
{
    return QString::fromLatin1(AppLogLine::eventName(event));
}

QString name(AppLogServer server)
{
    return QString::fromLatin1(appLogServerName(server));
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *item : list)
        result << QString::fromLatin1(item);
    return result;
}

QStringList eventNames(const QList<AppLogEvent> &events)
{
    QStringList names;
    for (const AppLogEvent &e : events)
        names << name(e.event);
    return names;
}

} // namespace

class TestLogsAppLog : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void journalPrefix();
    void phpFpmDelegates();
    void primaryScriptUnknownInNginx();
    void notOurs();
    void gunicornTraceback();
    void gunicorn23();
    void gunicornBootFailure();
    void gunicornInJournal();
    void uwsgiTraceback();
    void uwsgiTracebackInJournal();
    void uwsgiEvents();
    void nodeUncaught_data();
    void nodeUncaught();
    void nodeInJournal();
    void phpFpmEvents();
    void keepsTheLastEvents();
    void hugeLineAndGarbage();
    void endlessTraceback();
};

// Every interesting line of every capture, with the exact fields the line gives.
void TestLogsAppLog::lines_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("event");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<qint64>("masterPid");
    QTest::addColumn<qint64>("workerPid");
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("request");
    QTest::addColumn<QByteArray>("message"); // how the message span starts

    const QString gStderr = QStringLiteral("app-logs/gunicorn-stderr.log");
    const QString gFile = QStringLiteral("app-logs/gunicorn-error-logfile.log");
    const QString gKill = QStringLiteral("app-logs/gunicorn-timeout-sigkill.log");
    const QString gBoot = QStringLiteral("app-logs/gunicorn-boot-failure.log");
    const QString gJournal = QStringLiteral("app-logs/journal-gunicorn-short-iso.log");
    const QString gShort = QStringLiteral("app-logs/journal-gunicorn-short.log");
    const QString uHttp = QStringLiteral("app-logs/uwsgi-http-socket-stderr.log");
    const QString uSockDate = QStringLiteral("app-logs/uwsgi-socket-logto-date.log");
    const QString uHttpDate = QStringLiteral("app-logs/uwsgi-http-socket-logto-date.log");
    const QString uSock = QStringLiteral("app-logs/uwsgi-socket-logto.log");
    const QString uJournal = QStringLiteral("app-logs/journal-uwsgi-node-short-iso.log");
    const QString nThrow = QStringLiteral("app-logs/node-uncaught-exception.log");
    const QString nReject = QStringLiteral("app-logs/node-unhandled-rejection-string.log");
    const QString fpm = QStringLiteral("app-logs/php-fpm.log");
    const QString G = QStringLiteral("gunicorn"), U = QStringLiteral("uwsgi"), N = QStringLiteral("node"),
                  F = QStringLiteral("php-fpm"), X = QStringLiteral("unknown");
    const QString none = QStringLiteral("none");
    auto row = [](const QString &file, const char *needle, const QString &server, Event event, qint64 pid,
                  qint64 master, qint64 worker, int signal, int exitCode, qint64 number, const QString &time,
                  const QString &request, const char *message) {
        QTest::addRow("%s: %s", qPrintable(file.section(QLatin1Char('/'), -1)), needle)
            << file << QByteArray(needle) << server << name(event) << pid << master << worker << signal
            << exitCode << number << time << request << QByteArray(message);
    };
    const QString t0 = QStringLiteral("2026-12-05 20:45:58 +0");

    // gunicorn 20.1 on stderr
    row(gStderr, "Starting gunicorn 20.1.0", G, Event::Other, 26477, 26477, -1, -1, -1, -1, t0, {},
        "Starting");
    row(gStderr, "Booting worker with pid: 26494", G, Event::WorkerBoot, 26494, -1, 26494, -1, -1, -1, t0, {},
        "Booting worker");
    row(gStderr, "WORKER TIMEOUT (pid:26494)", G, Event::WorkerTimeout, 26477, 26477, 26494, -1, -1, -1,
        QStringLiteral("2026-12-05 20:46:02 +0"), {}, "WORKER TIMEOUT (pid:26494)");
    row(gStderr, "Worker exiting (pid: 26494)", G, Event::WorkerExited, 26494, -1, 26494, -1, -1, -1,
        QStringLiteral("2026-12-05 20:46:02 +0"), {}, "Worker exiting");
    row(gStderr, "Error handling request /boom", G, Event::Exception, 26930, -1, 26930, -1, -1, -1,
        QStringLiteral("2026-12-05 20:46:05 +0"), QStringLiteral("/boom"), "Error handling request /boom");
    row(gStderr, "Worker with pid 26930 was terminated due to signal 9", G, Event::WorkerKilled, 26477, 26477,
        26930, 9, -1, -1, QStringLiteral("2026-12-05 20:46:06 +0"), {}, "Worker with pid");
    row(gStderr, "Handling signal: term", G, Event::Other, 26477, 26477, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:46:09 +0"), {}, "Handling signal");
    row(gStderr, "Shutting down: Master", G, Event::ProcessExit, 26477, 26477, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:46:09 +0"), {}, "Shutting down: Master");
    row(gStderr, "Traceback (most recent call last):", X, Event::Exception, -1, -1, -1, -1, -1, -1, none, {},
        "Traceback");
    // gunicorn with --error-logfile: the same shape
    row(gFile, "WORKER TIMEOUT (pid:27243)", G, Event::WorkerTimeout, 27241, 27241, 27243, -1, -1, -1,
        QStringLiteral("2026-12-05 20:46:25 +0"), {}, "WORKER TIMEOUT");
    row(gFile, "Worker with pid 27244 was terminated due to signal 15", G, Event::WorkerKilled, 27241, 27241,
        27244, 15, -1, -1, QStringLiteral("2026-12-05 20:46:27 +0"), {}, "Worker with pid");
    row(gFile, "Hang up: Master", G, Event::Other, 27241, -1, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:46:27 +0"), {}, "Hang up");
    // a worker that ignores SIGABRT: the master SIGKILLs it
    row(gKill, "terminated due to signal 9", G, Event::WorkerKilled, 27345, 27345, 27347, 9, -1, -1,
        QStringLiteral("2026-12-05 20:46:40 +0"), {}, "Worker with pid 27347");
    // the app fails to load in the worker
    row(gBoot, "Exception in worker process", G, Event::Exception, 27312, -1, 27312, -1, -1, -1,
        QStringLiteral("2026-12-05 20:46:31 +0"), {}, "Exception in worker process");
    row(gBoot, "Reason: Worker failed to boot.", G, Event::Other, 27311, -1, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:46:31 +0"), {}, "Reason:");
    // gunicorn 23: the texts that replaced 20.x's
    const QString g23 = QStringLiteral("app-logs/gunicorn23-stderr.log");
    row(g23, "Worker (pid:16333) was sent SIGKILL! Perhaps out of memory?", G, Event::WorkerKilled, 15651,
        15651, 16333, 9, -1, -1, QStringLiteral("2026-12-05 20:58:50 +0"), {},
        "Worker (pid:16333) was sent SIGKILL!");
    row(QStringLiteral("app-logs/gunicorn23-timeout-sigkill.log"), "was sent SIGKILL!", G,
        Event::WorkerKilled, 17051, 17051, 17058, 9, -1, -1, QStringLiteral("2026-12-05 20:59:00 +0"), {},
        "Worker (pid:17058)");
    row(QStringLiteral("app-logs/gunicorn23-boot-failure.log"), "Worker (pid:17266) exited with code 3", G,
        Event::WorkerExited, 17258, 17258, 17266, -1, 3, -1, QStringLiteral("2026-12-05 20:59:10 +0"), {},
        "Worker (pid:17266) exited with code 3");
    // gunicorn in the journal (short-iso): the line's own time wins; the rest of a traceback is
    // gunicorn's by the journal identifier
    row(gJournal, "WORKER TIMEOUT (pid:32285)", G, Event::WorkerTimeout, 32283, 32283, 32285, -1, -1, -1,
        QStringLiteral("2026-12-05 20:49:27 +0"), {}, "WORKER TIMEOUT");
    row(gJournal, "Traceback (most recent call last):", G, Event::Exception, 32306, -1, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:49:29 +0"), {}, "Traceback");
    row(gJournal, "ZeroDivisionError: division by zero", G, Event::Other, 32306, -1, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:49:29 +0"), {}, "ZeroDivisionError");
    row(gJournal, "Worker with pid 32306 was terminated due to signal 9", G, Event::WorkerKilled, 32283,
        32283, 32306, 9, -1, -1, QStringLiteral("2026-12-05 20:49:30 +0"), {}, "Worker with pid");
    // ... and in `journalctl -o short` (no year in the prefix: the line's own time only)
    row(gShort, "WORKER TIMEOUT (pid:32285)", G, Event::WorkerTimeout, 32283, 32283, 32285, -1, -1, -1,
        QStringLiteral("2026-12-05 20:49:27 +0"), {}, "WORKER TIMEOUT");
    row(gShort, "    return [str(1 / 0).encode()]", G, Event::Other, 32306, -1, -1, -1, -1, -1, none, {},
        "    return");

    // uWSGI 2.0 on stderr
    row(uHttp, "spawned uWSGI master process (pid: 27471)", U, Event::Other, -1, 27471, -1, -1, -1, -1, none,
        {}, "spawned uWSGI master");
    row(uHttp, "spawned uWSGI worker 1 (pid: 27473, cores: 1)", U, Event::WorkerBoot, -1, -1, 27473, -1, -1,
        -1, none, {}, "spawned uWSGI worker");
    row(uHttp, "[pid: 27473|app: 0|req: 1/1]", U, Event::Other, 27473, -1, 27473, -1, -1, -1, none,
        QStringLiteral("GET /"), "[pid: 27473");
    row(uHttp, "*** HARAKIRI ON WORKER 1 (pid: 27473, try: 1) ***", U, Event::WorkerTimeout, -1, -1, 27473,
        -1, -1, 1, QStringLiteral("2026-12-05 20:46:55 local"), {}, "*** HARAKIRI ON WORKER 1");
    row(uHttp, "HARAKIRI [core 0] 127.0.0.1 - GET /slow since", U, Event::Other, -1, -1, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:46:55 local"), QStringLiteral("GET /slow"), "HARAKIRI [core 0]");
    row(uHttp, "DAMN ! worker 1 (pid: 27473) died, killed by signal 9", U, Event::WorkerKilled, -1, -1, 27473,
        9, -1, -1, none, {}, "DAMN !");
    row(uHttp, "Respawned uWSGI worker 1 (new pid: 27495)", U, Event::WorkerBoot, -1, -1, 27495, -1, -1, -1,
        none, {}, "Respawned");
    row(uHttp, "DAMN ! worker 1 (pid: 27495) died, killed by signal 9", U, Event::WorkerKilled, -1, -1, 27495,
        9, -1, -1, none, {}, "DAMN !");
    row(uHttp, "goodbye to uWSGI.", U, Event::ProcessExit, -1, -1, -1, -1, -1, -1, none, {}, "goodbye");
    row(uHttp, "worker 1 buried after 1 seconds", U, Event::Other, -1, -1, -1, -1, -1, -1, none, {},
        "worker 1");
    // --socket, --logto, --log-date: the invalid block and the full listen queue
    row(uSockDate, "invalid request block size: 21573 (max 4096)...skip", U, Event::InvalidRequestBlock, -1,
        -1, -1, -1, -1, 21573, QStringLiteral("2026-12-05 20:47:08 local"), {}, "invalid request block size");
    row(uSockDate, "full !!! (1/1)", U, Event::ListenQueueFull, -1, -1, -1, -1, -1, 1,
        QStringLiteral("2026-12-05 20:47:10 local"), {}, "*** uWSGI listen queue");
    row(uSockDate, "full !!! (2/1)", U, Event::ListenQueueFull, -1, -1, -1, -1, -1, 2,
        QStringLiteral("2026-12-05 20:47:11 local"), {}, "*** uWSGI listen queue");
    row(uSockDate, "your processes number limit is", U, Event::Other, -1, -1, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:47:06 local"), {}, "your processes");
    row(uSockDate, "DAMN ! worker 1 (pid: 27618) died, killed by signal 9", U, Event::WorkerKilled, -1, -1,
        27618, 9, -1, -1, QStringLiteral("2026-12-05 20:47:15 local"), {}, "DAMN !");
    // the worker ended by itself (os._exit(3)): uWSGI 2.0.21 does not say the code
    row(uHttpDate, "DAMN ! worker 1 (pid: 28678) died :(", U, Event::WorkerExited, -1, -1, 28678, -1, -1, -1,
        QStringLiteral("2026-12-05 20:47:33 local"), {}, "DAMN !");
    row(uHttpDate, "*** HARAKIRI ON WORKER 1 (pid: 28281, try: 1) ***", U, Event::WorkerTimeout, -1, -1,
        28281, -1, -1, 1, QStringLiteral("2026-12-05 20:47:30 local"), {}, "*** HARAKIRI");
    // SIGSEGV: uWSGI's own handler speaks first
    row(uSock, "!!! uWSGI process 29342 got Segmentation Fault !!!", U, Event::WorkerKilled, -1, -1, 29342,
        11, -1, -1, none, {}, "!!! uWSGI process");
    row(uSock, "invalid request block size: 21573", U, Event::InvalidRequestBlock, -1, -1, -1, -1, -1, 21573,
        none, {}, "invalid request");
    row(uSock, "DAMN ! worker 1 (pid: 29342) died :(", U, Event::WorkerExited, -1, -1, 29342, -1, -1, -1,
        none, {}, "DAMN !");
    // uWSGI in the journal: harakiri's own date, the journal's pid (the master's stream)
    row(uJournal, "*** HARAKIRI ON WORKER 1 (pid: 32389, try: 1) ***", U, Event::WorkerTimeout, 32387, -1,
        32389, -1, -1, 1, QStringLiteral("2026-12-05 20:49:47 local"), {}, "*** HARAKIRI");
    row(uJournal, "DAMN ! worker 1 (pid: 32389) died, killed by signal 9", U, Event::WorkerKilled, 32387, -1,
        32389, 9, -1, -1, QStringLiteral("2026-12-05 20:49:48 +0"), {}, "DAMN !");
    row(uJournal, "your processes number limit is", U, Event::Other, 32387, -1, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:49:43 +0"), {}, "your processes");

    // node 20
    row(nThrow, "/tmp/gdapp/node/server.js:5", N, Event::Exception, -1, -1, -1, -1, -1, -1, none, {},
        "/tmp/gdapp/node/server.js:5");
    row(nThrow, "Node.js v20.20.2", N, Event::ProcessExit, -1, -1, -1, -1, -1, -1, none, {}, "Node.js v20");
    row(nReject, "node:internal/process/promises:389", N, Event::Exception, -1, -1, -1, -1, -1, -1, none, {},
        "node:internal");
    row(uJournal, "node[32417]: /tmp/gdapp/node/server.js:5", N, Event::Exception, 32417, -1, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:49:52 +0"), {}, "/tmp/gdapp/node/server.js:5");
    row(uJournal, "node[32417]: Node.js v20.20.2", N, Event::ProcessExit, 32417, -1, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:49:52 +0"), {}, "Node.js");
    row(uJournal, "node[32417]: TypeError: Cannot read", N, Event::Other, 32417, -1, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:49:52 +0"), {}, "TypeError");

    // php-fpm 8.2 (its lines are read by PhpFpmLogLine)
    row(fpm, "fpm is running, pid 30832", F, Event::Other, -1, 30832, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:48:20 local"), {}, "fpm is running");
    row(fpm, "child 30834, script", F, Event::WorkerTimeout, -1, -1, 30834, -1, -1, -1,
        QStringLiteral("2026-12-05 20:48:24 local"), QStringLiteral("GET /sleep.php"), "child 30834, script");
    row(fpm, "child 30834 exited on signal 15 (SIGTERM)", F, Event::WorkerKilled, -1, -1, 30834, 15, -1, -1,
        QStringLiteral("2026-12-05 20:48:24 local"), {}, "child 30834 exited");
    row(fpm, "child 31059 started", F, Event::WorkerBoot, -1, -1, 31059, -1, -1, -1,
        QStringLiteral("2026-12-05 20:48:24 local"), {}, "child 31059 started");
    row(fpm, "child 31059 exited on signal 11 (SIGSEGV)", F, Event::WorkerKilled, -1, -1, 31059, 11, -1, -1,
        QStringLiteral("2026-12-05 20:48:25 local"), {}, "child 31059 exited");
    row(fpm, "PHP Fatal error:  Uncaught RuntimeException", F, Event::Exception, -1, -1, 31131, -1, -1, -1,
        QStringLiteral("2026-12-05 20:48:27 local"), {}, "child 31131 said into stderr");
    row(fpm, "said into stderr: \"Stack trace:\"", F, Event::Other, -1, -1, 31131, -1, -1, -1,
        QStringLiteral("2026-12-05 20:48:27 local"), {}, "child 31131 said");
    row(fpm, "server reached pm.max_children setting (2)", F, Event::MaxChildrenReached, -1, -1, -1, -1, -1,
        2, QStringLiteral("2026-12-05 20:48:29 local"), {}, "server reached");
    row(fpm, "exiting, bye-bye!", F, Event::ProcessExit, -1, -1, -1, -1, -1, -1,
        QStringLiteral("2026-12-05 20:48:33 local"), {}, "exiting, bye-bye!");
}

void TestLogsAppLog::lines()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, needle);
    const QByteArray text = lineWith(file, needle);
    const std::optional<AppLogLine> line = AppLogLine::parse(text);
    QVERIFY2(line, text.constData());
    QTEST(name(line->server()), "server");
    QTEST(name(line->event()), "event");
    QTEST(line->pid(), "pid");
    QTEST(line->masterPid(), "masterPid");
    QTEST(line->workerPid(), "workerPid");
    QTEST(line->signal(), "signal");
    QTEST(line->exitCode(), "exitCode");
    QTEST(line->number(), "number");
    QTEST(describe(line->time()), "time");
    QTEST(line->request(), "request");
    QFETCH(QByteArray, message);
    const TextSpan span = line->messageSpan();
    QVERIFY(span.isValid());
    QCOMPARE(span.offset + span.length, int(text.size()));
    QCOMPARE(text.mid(span.offset, message.size()), message);
}

void TestLogsAppLog::journalPrefix()
{
    const QByteArray iso =
        lineWith(QStringLiteral("app-logs/journal-gunicorn-short-iso.log"), "WORKER TIMEOUT");
    const std::optional<AppLogLine> line = AppLogLine::parse(iso);
    QVERIFY(line);
    QVERIFY(line->hasJournalPrefix());
    QCOMPARE(line->journalHost(), QStringLiteral("vm"));
    QCOMPARE(line->journalIdentifier(), QStringLiteral("gunicorn"));
    QCOMPARE(line->journalPid(), 32283);
    QCOMPARE(describe(line->journalTime()), QStringLiteral("2026-12-05 20:49:27 +0"));
    QCOMPARE(line->level(), QStringLiteral("CRITICAL"));
    QCOMPARE(AppLogLine::journalPrefixLength(std::string_view(iso.constData(), size_t(iso.size()))),
             int(iso.indexOf("[2026")));

    const QByteArray shortForm =
        lineWith(QStringLiteral("app-logs/journal-gunicorn-short.log"), "WORKER TIMEOUT");
    const std::optional<AppLogLine> s = AppLogLine::parse(shortForm);
    QVERIFY(s);
    QVERIFY(s->hasJournalPrefix());
    QVERIFY(!s->journalTime().isValid());
    QCOMPARE(s->journalPid(), 32283);
    QCOMPARE(s->messageOffset(), int(shortForm.indexOf("WORKER")));

    // the systemd unit lines of tests/data/journal carry the same prefix but are no app server's
    const QList<QByteArray> units = readLines(QStringLiteral("journal/systemd-units.log"));
    QVERIFY(units.size() > 10);
    for (const QByteArray &unit : units) {
        QVERIFY2(!AppLogLine::parse(unit), unit.constData());
        QVERIFY(AppLogLine::journalPrefixLength(std::string_view(unit.constData(), size_t(unit.size()))) > 0);
    }
    // journald's own lines in the capture
    QVERIFY(!AppLogLine::parse(lineWith(QStringLiteral("app-logs/journal-gunicorn-short-iso.log"),
                                        "systemd-journald[32280]: Journal started")));
}

// php-fpm's lines are PhpFpmLogLine's: the same texts from the older capture too.
void TestLogsAppLog::phpFpmDelegates()
{
    const QString file = QStringLiteral("php-fpm-log/php-fpm.log");
    const std::optional<AppLogLine> od =
        AppLogLine::parse(lineWith(file, "[pool od] server reached max_children setting (1)"));
    QVERIFY(od);
    QCOMPARE(od->event(), Event::MaxChildrenReached);
    QCOMPARE(od->number(), 1);
    const std::optional<AppLogLine> kill = AppLogLine::parse(lineWith(file, "exited on signal 9 (SIGKILL)"));
    QVERIFY(kill);
    QCOMPARE(kill->event(), Event::WorkerKilled);
    QCOMPARE(kill->signal(), 9);
    QCOMPARE(kill->workerPid(), 23056);
    const std::optional<AppLogLine> busy = AppLogLine::parse(lineWith(file, "seems busy"));
    QVERIFY(busy);
    QCOMPARE(busy->server(), AppLogServer::PhpFpm);
    QCOMPARE(busy->event(), Event::Other);
}

// "Primary script unknown" never reaches php-fpm's log (app-logs/README.md): nginx's line carries it.
void TestLogsAppLog::primaryScriptUnknownInNginx()
{
    const QByteArray text = lineWith(QStringLiteral("nginx-upstream-errors/primary-script-unknown.log"),
                                     "Primary script unknown");
    const std::optional<AppLogLine> line = AppLogLine::parse(text);
    QVERIFY(line);
    QCOMPARE(line->server(), AppLogServer::PhpFpm);
    QCOMPARE(line->event(), Event::PrimaryScriptUnknown);
    QCOMPARE(describe(line->time()), QStringLiteral("2026-11-23 20:21:55 local"));
    QCOMPARE(line->request(), QStringLiteral("GET /missing.php HTTP/1.1"));
    QCOMPARE(text.mid(line->messageOffset(), line->messageSpan().length),
             QByteArray("Primary script unknown"));
}

// Lines of other programs: nginx's error logs (every capture), systemd's units.
void TestLogsAppLog::notOurs()
{
    int lines = 0;
    for (const QString &folder :
         {QStringLiteral("nginx-error-log"), QStringLiteral("nginx-upstream-errors")}) {
        const QDir dir(QStringLiteral(GD_TEST_DATA_DIR "/") + folder);
        for (const QString &file : dir.entryList({QStringLiteral("*.log")}, QDir::Files)) {
            for (const QByteArray &text : readLines(folder + QLatin1Char('/') + file)) {
                ++lines;
                const std::optional<AppLogLine> line = AppLogLine::parse(text);
                if (text.contains("Primary script unknown")) {
                    QVERIFY(line && line->event() == Event::PrimaryScriptUnknown);
                    continue;
                }
                QVERIFY2(!line || line->event() == Event::Other,
                         qPrintable(file + QStringLiteral(": ") + QString::fromLatin1(text)));
            }
        }
    }
    QVERIFY(lines > 100);
    QVERIFY(!AppLogLine::parse(QByteArray()));
    QVERIFY(!AppLogLine::parse(
        QByteArray("127.0.0.1 - - [26/May/2026:19:49:29 +0200] \"GET / HTTP/1.1\" 200 5")));
}

void TestLogsAppLog::gunicornTraceback()
{
    const QList<AppLogEvent> events =
        AppLogEvents::scan(readData(QStringLiteral("app-logs/gunicorn-stderr.log")));
    QCOMPARE(eventNames(events),
             names({"worker_boot", "worker_timeout", "worker_exited", "worker_boot", "exception",
                    "worker_killed", "worker_boot", "worker_exited", "process_exit"}));
    const AppLogEvent &e = events.at(4);
    QCOMPARE(e.server, AppLogServer::Gunicorn);
    QCOMPARE(e.detail, QStringLiteral("ZeroDivisionError: division by zero"));
    QCOMPARE(e.request, QStringLiteral("/boom"));
    QCOMPARE(e.workerPid, 26930);
    QCOMPARE(describe(e.time()), QStringLiteral("2026-12-05 20:46:05 +0"));
    QVERIFY(!e.timeFromEarlierLine);
    QCOMPARE(e.lineNumber, 8);
    QCOMPARE(e.lineCount, 11); // the header, "Traceback", 8 frame lines, the exception
    QVERIFY(e.text.endsWith(QStringLiteral("[ERROR] Error handling request /boom")));
    QCOMPARE(e.text.mid(e.span.offset, e.span.length), QStringLiteral("Error handling request /boom"));
    QCOMPARE(events.at(1).workerPid, 26494);
    QCOMPARE(events.at(5).signal, 9);

    const QList<AppLogEvent> file =
        AppLogEvents::scan(readData(QStringLiteral("app-logs/gunicorn-error-logfile.log")));
    QCOMPARE(eventNames(file),
             names({"worker_boot", "worker_boot", "worker_timeout", "worker_exited", "worker_boot",
                    "exception", "worker_exited", "worker_exited", "worker_boot", "worker_killed",
                    "worker_boot", "worker_killed", "worker_exited", "worker_exited", "process_exit"}));
    QCOMPARE(file.at(5).detail, QStringLiteral("ZeroDivisionError: division by zero"));
}

// gunicorn 23 logs its own abort after WORKER TIMEOUT as a traceback that ends in "SystemExit: 1".
void TestLogsAppLog::gunicorn23()
{
    const QList<AppLogEvent> events =
        AppLogEvents::scan(readData(QStringLiteral("app-logs/gunicorn23-stderr.log")));
    QCOMPARE(eventNames(events),
             names({"worker_boot", "worker_timeout", "exception", "worker_exited", "worker_boot", "exception",
                    "worker_killed", "worker_boot", "worker_exited", "process_exit"}));
    QCOMPARE(events.at(2).detail, QStringLiteral("SystemExit: 1"));
    QCOMPARE(events.at(2).request, QStringLiteral("/slow"));
    QCOMPARE(events.at(5).detail, QStringLiteral("ZeroDivisionError: division by zero"));
    QCOMPARE(events.at(6).signal, 9);
    QCOMPARE(events.at(6).workerPid, 16333);

    const QList<AppLogEvent> boot =
        AppLogEvents::scan(readData(QStringLiteral("app-logs/gunicorn23-boot-failure.log")));
    QCOMPARE(eventNames(boot),
             names({"worker_boot", "exception", "worker_exited", "worker_exited", "process_exit"}));
    QCOMPARE(boot.at(3).exitCode, 3);
}

void TestLogsAppLog::gunicornBootFailure()
{
    const QList<AppLogEvent> events =
        AppLogEvents::scan(readData(QStringLiteral("app-logs/gunicorn-boot-failure.log")));
    QCOMPARE(eventNames(events), names({"worker_boot", "exception", "worker_exited", "process_exit"}));
    QCOMPARE(events.at(1).detail, QStringLiteral("ZeroDivisionError: division by zero"));
    QCOMPARE(events.at(1).lineNumber, 5);
    QCOMPARE(events.at(1).lineCount, 34); // lines 5 to 38
}

void TestLogsAppLog::gunicornInJournal()
{
    const QList<AppLogEvent> events =
        AppLogEvents::scan(readData(QStringLiteral("app-logs/journal-gunicorn-short-iso.log")));
    QCOMPARE(eventNames(events),
             names({"worker_boot", "worker_timeout", "worker_exited", "worker_boot", "exception",
                    "worker_killed", "worker_boot", "worker_exited", "process_exit"}));
    const AppLogEvent &e = events.at(4);
    QCOMPARE(e.detail, QStringLiteral("ZeroDivisionError: division by zero"));
    QCOMPARE(e.lineCount, 11); // as on stderr: the header, "Traceback", 8 frame lines, the exception
    QCOMPARE(e.pid, 32306);
    QCOMPARE(describe(e.time()), QStringLiteral("2026-12-05 20:49:29 +0"));

    // the same run as `journalctl -o short`
    const QList<AppLogEvent> shortForm =
        AppLogEvents::scan(readData(QStringLiteral("app-logs/journal-gunicorn-short.log")));
    QCOMPARE(eventNames(shortForm), eventNames(events));
    QCOMPARE(shortForm.at(4).detail, e.detail);
}

// uWSGI prints Python's traceback bare: its time is the last one written before it.
void TestLogsAppLog::uwsgiTraceback()
{
    const QList<AppLogEvent> events =
        AppLogEvents::scan(readData(QStringLiteral("app-logs/uwsgi-http-socket-stderr.log")));
    QCOMPARE(eventNames(events), names({"worker_boot", "worker_timeout", "worker_killed", "worker_boot",
                                        "exception", "worker_killed", "worker_boot", "process_exit"}));
    const AppLogEvent &e = events.at(4);
    QCOMPARE(e.server, AppLogServer::Unknown);
    QCOMPARE(e.detail, QStringLiteral("ZeroDivisionError: division by zero"));
    QCOMPARE(e.lineCount, 5);
    QCOMPARE(describe(e.time()), QStringLiteral("2026-12-05 20:46:55 local"));
    QVERIFY(e.timeFromEarlierLine);
    // "DAMN !" has no time of its own either
    QVERIFY(events.at(2).timeFromEarlierLine);
    QCOMPARE(events.at(2).signal, 9);
}

// Under systemd every line is uWSGI's by its identifier; the traceback still is one exception,
// from the worker's pid.
void TestLogsAppLog::uwsgiTracebackInJournal()
{
    const QList<AppLogEvent> events =
        AppLogEvents::scan(readData(QStringLiteral("app-logs/journal-uwsgi-traceback-short-iso.log")));
    QCOMPARE(eventNames(events), names({"worker_boot", "exception", "process_exit"}));
    const AppLogEvent &e = events.at(1);
    QCOMPARE(e.server, AppLogServer::Uwsgi);
    QCOMPARE(e.detail, QStringLiteral("ZeroDivisionError: division by zero"));
    QCOMPARE(e.lineCount, 5);
    QCOMPARE(e.pid, 23279);
    QCOMPARE(describe(e.time()), QStringLiteral("2026-12-05 21:04:09 +0"));
    QVERIFY(!e.timeFromEarlierLine);
}

void TestLogsAppLog::uwsgiEvents()
{
    const QList<AppLogEvent> events =
        AppLogEvents::scan(readData(QStringLiteral("app-logs/uwsgi-socket-logto-date.log")));
    QCOMPARE(eventNames(events), names({"worker_boot", "invalid_request_block", "listen_queue_full",
                                        "listen_queue_full", "listen_queue_full", "listen_queue_full",
                                        "worker_killed", "worker_boot", "process_exit"}));
    QCOMPARE(events.at(1).number, 21573);
    QCOMPARE(
        events.at(2).detail,
        QStringLiteral("*** uWSGI listen queue of socket \"127.0.0.1:18442\" (fd: 3) full !!! (1/1) ***"));
    const std::optional<AppLogLine> full =
        AppLogLine::parse(lineWith(QStringLiteral("app-logs/uwsgi-socket-logto-date.log"), "full !!! (2/1)"));
    QVERIFY(full);
    QCOMPARE(full->socketAddress(), QStringLiteral("127.0.0.1:18442"));
    QCOMPARE(full->limit(), 1);
    const std::optional<AppLogLine> block = AppLogLine::parse(
        lineWith(QStringLiteral("app-logs/uwsgi-socket-logto-date.log"), "invalid request block size"));
    QVERIFY(block);
    QCOMPARE(block->limit(), 4096);

    const QList<AppLogEvent> segv =
        AppLogEvents::scan(readData(QStringLiteral("app-logs/uwsgi-socket-logto.log")));
    QCOMPARE(eventNames(segv), names({"worker_boot", "worker_boot", "invalid_request_block", "worker_killed",
                                      "worker_exited", "worker_boot", "process_exit"}));
    QCOMPARE(segv.at(3).signal, 11);
    QCOMPARE(segv.at(3).workerPid, 29342);
}

void TestLogsAppLog::nodeUncaught_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("lineCount");
    QTest::newRow("TypeError") << QStringLiteral("app-logs/node-uncaught-exception.log")
                               << QStringLiteral(
                                      "TypeError: Cannot read properties of undefined (reading 'x')")
                               << 9;
    QTest::newRow("rejected Error") << QStringLiteral("app-logs/node-unhandled-rejection.log")
                                    << QStringLiteral("Error: database unavailable") << 9;
    QTest::newRow("rejected string")
        << QStringLiteral("app-logs/node-unhandled-rejection-string.log")
        << QStringLiteral(
               "UnhandledPromiseRejection: This error originated either by throwing inside of an async "
               "function without a catch block, or by rejecting a promise which was not handled with "
               ".catch(). The promise rejected with the reason \"timeout talking to redis\".")
        << 10; // up to the "}" closing the error's properties
}

void TestLogsAppLog::nodeUncaught()
{
    QFETCH(QString, file);
    const QList<AppLogEvent> events = AppLogEvents::scan(readData(file));
    QCOMPARE(eventNames(events), names({"exception", "process_exit"}));
    const AppLogEvent &e = events.at(0);
    QCOMPARE(e.server, AppLogServer::Node);
    QTEST(e.detail, "detail");
    QTEST(e.lineCount, "lineCount");
    QCOMPARE(e.lineNumber, 1);
    QVERIFY(!e.time().isValid()); // node writes no time
    QCOMPARE(events.at(1).server, AppLogServer::Node);
}

void TestLogsAppLog::nodeInJournal()
{
    const QList<AppLogEvent> events =
        AppLogEvents::scan(readData(QStringLiteral("app-logs/journal-uwsgi-node-short-iso.log")));
    QCOMPARE(eventNames(events), names({"worker_boot", "worker_timeout", "worker_killed", "worker_boot",
                                        "process_exit", "exception", "process_exit"}));
    const AppLogEvent &e = events.at(5);
    QCOMPARE(e.server, AppLogServer::Node);
    QCOMPARE(e.detail, QStringLiteral("TypeError: Cannot read properties of undefined (reading 'x')"));
    QCOMPARE(e.lineCount, 8); // journald drops the blank lines
    QCOMPARE(describe(e.time()), QStringLiteral("2026-12-05 20:49:52 +0"));
    QCOMPARE(e.pid, 32417);
}

void TestLogsAppLog::phpFpmEvents()
{
    const QList<AppLogEvent> events = AppLogEvents::scan(readData(QStringLiteral("app-logs/php-fpm.log")));
    QCOMPARE(eventNames(events),
             names({"worker_timeout", "worker_killed", "worker_boot", "worker_killed", "worker_boot",
                    "exception", "max_children_reached", "worker_timeout", "worker_killed", "worker_boot",
                    "worker_timeout", "worker_killed", "worker_boot", "process_exit"}));
    QCOMPARE(events.at(0).request, QStringLiteral("GET /sleep.php"));
    QCOMPARE(events.at(5).detail,
             QStringLiteral("PHP Fatal error:  Uncaught RuntimeException: order 42 not found in "
                            "/tmp/gdapp/php/www/throw.php:1"));
    QCOMPARE(events.at(6).number, 2);
}

// A long-running tail: only the last events are kept, and the count of the others.
void TestLogsAppLog::keepsTheLastEvents()
{
    const QByteArray once = readData(QStringLiteral("app-logs/gunicorn-stderr.log"));
    QByteArray many;
    for (int i = 0; i < 200; ++i)
        many += once;
    AppLogEvents events(5);
    for (const QByteArray &line : many.split('\n'))
        events.addLine(line);
    events.finish();
    const QList<AppLogEvent> kept = events.events();
    QCOMPARE(kept.size(), 5);
    QCOMPARE(events.dropped(), 200 * 9 - 5);
    QCOMPARE(kept.last().event, Event::ProcessExit);
    QCOMPARE(kept.at(0).event, Event::Exception); // the last run's last five: exception ... exit
    QCOMPARE(events.linesRead(), qint64(200 * 23 + 1));
}

void TestLogsAppLog::hugeLineAndGarbage()
{
    QByteArray tail = readData(QStringLiteral("app-logs/gunicorn-stderr.log"));
    // a 1 MB line that starts like gunicorn's and never ends, and one inside a traceback
    tail += "[2026-12-05 20:46:10 +0000] [26477] [ERROR] Error handling request /" +
            QByteArray(1 << 20, 'a') + '\n';
    tail += "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n";
    tail += "ValueError: " + QByteArray(1 << 20, 'b') + '\n';
    // binary garbage: NULs, bytes above 127, lone '\r'
    QRandomGenerator random(14);
    QByteArray garbage(1 << 20, '\0');
    for (char &c : garbage)
        c = char(random.bounded(256));
    tail += garbage + '\n';
    tail += readData(QStringLiteral("app-logs/node-uncaught-exception.log"));

    const QList<AppLogEvent> events = AppLogEvents::scan(tail);
    QVERIFY(events.size() >= 11);
    for (const AppLogEvent &e : events) {
        QVERIFY(e.text.size() <= AppLogEvents::kMaxTextChars);
        QVERIFY(e.detail.size() <= AppLogEvents::kMaxTextChars);
    }
    // what came after the garbage is still read
    QCOMPARE(events.last().event, Event::ProcessExit);
    QCOMPARE(events.last().server, AppLogServer::Node);
    QCOMPARE(events.at(events.size() - 2).detail,
             QStringLiteral("TypeError: Cannot read properties of undefined (reading 'x')"));
    // the huge exception line is cut, not dropped
    bool sawValueError = false;
    for (const AppLogEvent &e : events)
        sawValueError |= e.detail.startsWith(QStringLiteral("ValueError: bbb"));
    QVERIFY(sawValueError);

    // line by line, too
    QVERIFY(!AppLogLine::parse(garbage) || AppLogLine::parse(garbage)->event() != Event::WorkerTimeout);
    const std::optional<AppLogLine> huge = AppLogLine::parse(
        "[2026-12-05 20:46:10 +0000] [26477] [ERROR] Error handling request /" + QByteArray(1 << 20, 'a'));
    QVERIFY(huge);
    QCOMPARE(huge->event(), Event::Exception);
    QVERIFY(huge->messageSpan().offset + huge->messageSpan().length <= AppLogLine::kMaxLineBytes);
}

// A traceback that never ends (the tail stops inside it) is one event, bounded in memory.
void TestLogsAppLog::endlessTraceback()
{
    AppLogEvents events;
    events.addLine(QByteArray("Traceback (most recent call last):"));
    for (int i = 0; i < 100000; ++i)
        events.addLine(QByteArray("  File \"/srv/app/deep.py\", line 3, in recurse"));
    QVERIFY(events.events().isEmpty());
    events.finish();
    const QList<AppLogEvent> kept = events.events();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.at(0).lineCount, 100001);
    QCOMPARE(kept.at(0).detail, QStringLiteral("Traceback (most recent call last):"));
}

QTEST_GUILESS_MAIN(TestLogsAppLog)
#include "tst_logs_applog.moc"

// PHP-FPM's masters as ParsedFacts tells them (app/facts/ParsedFacts.cpp): with two
// masters on one machine (php7.4-fpm beside php8.2-fpm), each master's crashes and
// timeouts are the lines of its own error_log, never the other's.
#include "app/facts/ParsedFacts.h"
#include "app/probes/ProbeOutput.h"
#include "app/probes/ProcessTable.h"
#include "tests/TestConfig.h"

#include <QFile>
#include <QtTest>

using namespace gd;

namespace {

QByteArray dataFile(const QString &relative)
{
    QFile file(QStringLiteral(GD_TEST_DATA_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return file.readAll();
}

// The master's line as `ps -ww -eo pid=,ppid=,user:32=,args=` prints it
// (tests/data/probes/ps/ps-eo.txt), for a master with this config.
QByteArray masterLine(int pid, const QString &config)
{
    return QStringLiteral("%1       1 root     php-fpm: master process (%2)\n")
        .arg(pid, 7)
        .arg(config)
        .toUtf8();
}

CommandResult ran(const QByteArray &out, const QString &commandLine)
{
    CommandResult r;
    r.exitCode = 0;
    r.stdOut = out;
    r.commandLine = commandLine;
    return r;
}

struct Master
{
    int pid;
    QString config;
    QString log;
    QString capture; // its log's lines, captured from a real php-fpm (tests/data/app-logs)
};

Facts factsOf(const QList<Master> &masters)
{
    Facts facts;
    QByteArray ps;
    for (const Master &m : masters) {
        ps += masterLine(m.pid, m.config);
        AppServerFacts app;
        app.configs.insert(m.config,
                           ran("[global]\nerror_log = " + m.log.toUtf8() + "\n", QStringLiteral("cat")));
        facts.appServers.insert(QString::number(m.pid), app);
        LogTail log;
        log.path = m.log;
        log.tail = FileTail{dataFile(m.capture), 0, 0, {}};
        facts.phpFpmLogs << log;
    }
    facts.processes = ran(ps, QStringLiteral("ps -ww -eo pid=,ppid=,user:32=,args="));
    if (ProbeResult<ProcessTable> table = ProcessTable::parse(ProbeOutput::from(facts.processes)))
        facts.processTable = *table; // as FactCollector parses it
    return facts;
}

const ParsedAppServer *serverOf(const ParsedFacts &parsed, int pid)
{
    for (const ParsedAppServer &a : parsed.appServers) {
        if (a.pid == pid)
            return &a;
    }
    return nullptr;
}

QList<int> signalsOf(const ParsedAppServer &a)
{
    QList<int> signals_;
    for (const AppEvent &e : a.events) {
        if (e.kind == AppEvent::Kind::WorkerKilled)
            signals_ << e.signal;
    }
    return signals_;
}

} // namespace

class TestPhpFpmServers : public QObject
{
    Q_OBJECT
private slots:
    void eachMasterHasItsOwnLogsEvents()
    {
        // php-fpm.log: a worker killed by SIGSEGV and one ended with SIGTERM;
        // php-terminate-timeout: a script past request_terminate_timeout, SIGTERM.
        const Facts facts = factsOf(
            {{100, QStringLiteral("/etc/php/8.2/fpm/php-fpm.conf"), QStringLiteral("/var/log/php8.2-fpm.log"),
              QStringLiteral("app-logs/php-fpm.log")},
             {200, QStringLiteral("/etc/php/7.4/fpm/php-fpm.conf"), QStringLiteral("/var/log/php7.4-fpm.log"),
              QStringLiteral("app-logs/php-terminate-timeout/php-fpm.log")}});
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const ParsedAppServer *php82 = serverOf(parsed, 100);
        const ParsedAppServer *php74 = serverOf(parsed, 200);
        QVERIFY(php82 && php74);
        QCOMPARE(php82->log.path, QStringLiteral("/var/log/php8.2-fpm.log"));
        QCOMPARE(php74->log.path, QStringLiteral("/var/log/php7.4-fpm.log"));
        QVERIFY2(signalsOf(*php82).contains(11), "php8.2's own crash");
        QVERIFY2(!signalsOf(*php74).contains(11), "php8.2's crash given to php7.4");
        QVERIFY(signalsOf(*php74).contains(15));
        for (const AppEvent &e : php74->events) {
            QVERIFY2(dataFile(QStringLiteral("app-logs/php-terminate-timeout/php-fpm.log")).contains(e.line),
                     e.line.constData());
        }
        const bool timedOut = std::any_of(php74->events.begin(), php74->events.end(), [](const AppEvent &e) {
            return e.kind == AppEvent::Kind::WorkerTimeout;
        });
        QVERIFY(timedOut);
    }

    // One master whose config names no log: the one php-fpm log read is its.
    void aLoneMasterTakesTheOnlyLog()
    {
        Facts facts =
            factsOf({{100, QStringLiteral("/etc/php/8.2/fpm/php-fpm.conf"),
                      QStringLiteral("/var/log/php8.2-fpm.log"), QStringLiteral("app-logs/php-fpm.log")}});
        facts.appServers.clear();
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const ParsedAppServer *php82 = serverOf(parsed, 100);
        QVERIFY(php82);
        QCOMPARE(php82->log.path, QStringLiteral("/var/log/php8.2-fpm.log"));
        QVERIFY(signalsOf(*php82).contains(11));
    }
};

QTEST_GUILESS_MAIN(TestPhpFpmServers)
#include "tst_phpfpmservers.moc"

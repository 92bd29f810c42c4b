// What an app server was told, read from its real command lines (as the lab started
// gunicorn, uwsgi, node and php-fpm: tests/data/app-logs/*/command-line.txt), its own
// environment variables and its config files.
#include "app/probes/AppServerSettings.h"
#include "app/probes/ProcessLinks.h"
#include "tests/TestConfig.h"

#include <QFile>
#include <QtTest>

using namespace gd;

namespace {

QByteArray dataFile(const QString &relative)
{
    QFile f(QStringLiteral(GD_TEST_DATA_DIR "/app-logs/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The command line as /proc/PID/cmdline has it: NUL-separated, NUL-terminated.
QByteArray cmdlineOf(const QString &caseName)
{
    QByteArray line = dataFile(caseName + QStringLiteral("/command-line.txt")).trimmed();
    line.replace(' ', '\0');
    return line + '\0';
}

} // namespace

class TestAppServerSettings : public QObject
{
    Q_OBJECT
private slots:
    void gunicornFromItsCommandLine()
    {
        const AppServerSettings s = AppServerSettings::read(
            AppServerSettings::argvFromCmdline(cmdlineOf(QStringLiteral("gunicorn-worker-timeout"))));
        QCOMPARE(s.kind, AppServerSettings::Kind::Gunicorn);
        QVERIFY(s.requestTimeout);
        QCOMPARE(s.requestTimeout->text, QStringLiteral("2"));
        QCOMPARE(s.requestTimeout->source, QStringLiteral("command line"));
        QVERIFY(s.logFile);
        QVERIFY(s.logFile->text.endsWith(QLatin1String("/gunicorn.log")));
        // Sync workers close after each answer: no keep-alive race.
        QCOMPARE(s.workerClass, QStringLiteral("sync"));
        QVERIFY(!s.keepsIdleConnections());
        QCOMPARE(s.keepAlive->text, QStringLiteral("2"));
        QVERIFY(s.keepAlive->isDefault);
    }

    void gunicornDefaultsAndItsStderr()
    {
        const AppServerSettings s = AppServerSettings::read(
            AppServerSettings::argvFromCmdline(cmdlineOf(QStringLiteral("gunicorn-exception"))));
        QCOMPARE(s.requestTimeout->text, QStringLiteral("30"));
        QVERIFY(s.requestTimeout->isDefault);
        QVERIFY(!s.logFile); // stderr: found through /proc/PID/fd/2
    }

    void gunicornGthreadKeepsConnections()
    {
        const AppServerSettings s = AppServerSettings::read(
            AppServerSettings::argvFromCmdline(cmdlineOf(QStringLiteral("keepalive-race-gunicorn"))));
        QCOMPARE(s.workerClass, QStringLiteral("gthread"));
        QVERIFY(s.keepsIdleConnections());
        QCOMPARE(s.keepAlive->seconds(), 1.0);
    }

    void commandLineOverEnvironmentOverConfig()
    {
        // gunicorn's order: the command line, then GUNICORN_CMD_ARGS, then -c's file.
        const QStringList argv{QStringLiteral("/usr/bin/python3"),
                               QStringLiteral("/usr/bin/gunicorn"),
                               QStringLiteral("-c"),
                               QStringLiteral("/srv/app/gunicorn.conf.py"),
                               QStringLiteral("--keep-alive=7"),
                               QStringLiteral("app:app")};
        const QByteArray environ = QByteArrayLiteral("GUNICORN_CMD_ARGS=--timeout 90 --keep-alive 3");
        const QMap<QString, QByteArray> configs{
            {QStringLiteral("/srv/app/gunicorn.conf.py"),
             QByteArrayLiteral(
                 "bind = '127.0.0.1:8000'\ntimeout = 120  # long reports\nkeepalive = 5\n"
                 "errorlog = '/var/log/gunicorn/app.log'\nworkers = multiprocessing.cpu_count()\n")}};
        const AppServerSettings s = AppServerSettings::read(argv, environ, configs);
        QCOMPARE(s.keepAlive->text, QStringLiteral("7"));
        QCOMPARE(s.requestTimeout->text, QStringLiteral("90"));
        QCOMPARE(s.requestTimeout->source, QStringLiteral("GUNICORN_CMD_ARGS"));
        QCOMPARE(s.logFile->text, QStringLiteral("/var/log/gunicorn/app.log"));
        QCOMPARE(s.logFile->source, QStringLiteral("/srv/app/gunicorn.conf.py:4"));
        // Without the variable, the file's value.
        const AppServerSettings fromFile = AppServerSettings::read(argv, QByteArray(), configs);
        QCOMPARE(fromFile.requestTimeout->text, QStringLiteral("120"));
        QCOMPARE(fromFile.requestTimeout->source, QStringLiteral("/srv/app/gunicorn.conf.py:2"));
    }

    void uwsgiFromItsCommandLineAndIni()
    {
        const AppServerSettings s = AppServerSettings::read(
            AppServerSettings::argvFromCmdline(cmdlineOf(QStringLiteral("uwsgi-harakiri"))));
        QCOMPARE(s.kind, AppServerSettings::Kind::Uwsgi);
        QCOMPARE(s.requestTimeout->text, QStringLiteral("2"));
        QCOMPARE(s.timeoutOption(), QStringLiteral("harakiri"));
        QVERIFY(s.logFile->text.endsWith(QLatin1String("/uwsgi.log")));
        QVERIFY(!s.keepsIdleConnections());

        const QStringList argv{QStringLiteral("/usr/bin/uwsgi"), QStringLiteral("--ini"),
                               QStringLiteral("/etc/uwsgi/app.ini")};
        const QMap<QString, QByteArray> ini{
            {QStringLiteral("/etc/uwsgi/app.ini"),
             QByteArrayLiteral(
                 "[other]\nharakiri = 5\n[uwsgi]\nplugin = python3\n; comment\nharakiri = 45\nlogto = "
                 "/var/log/uwsgi/app.log\n")}};
        const AppServerSettings fromIni = AppServerSettings::read(argv, QByteArray(), ini);
        QCOMPARE(fromIni.requestTimeout->text, QStringLiteral("45"));
        QCOMPARE(fromIni.requestTimeout->source, QStringLiteral("/etc/uwsgi/app.ini:6"));
        QCOMPARE(fromIni.logFile->text, QStringLiteral("/var/log/uwsgi/app.log"));
    }

    void nodeAndItsDefaultKeepAlive()
    {
        const AppServerSettings s = AppServerSettings::read(
            AppServerSettings::argvFromCmdline(cmdlineOf(QStringLiteral("node-crash"))));
        QCOMPARE(s.kind, AppServerSettings::Kind::Node);
        QVERIFY(s.script.endsWith(QLatin1String("/server.js")));
        QCOMPARE(s.keepAlive->text, QStringLiteral("5"));
        QVERIFY(s.keepsIdleConnections());
        QVERIFY(!s.logFile);
    }

    void phpFpmLogFromItsGlobalConfig()
    {
        const QStringList title{QStringLiteral("php-fpm:"), QStringLiteral("master"),
                                QStringLiteral("process"), QStringLiteral("(/tmp/gdapp/php/php-fpm.conf)")};
        const QMap<QString, QByteArray> configs{
            {QStringLiteral("/tmp/gdapp/php/php-fpm.conf"), dataFile(QStringLiteral("php-fpm.conf"))}};
        const AppServerSettings s = AppServerSettings::read(title, QByteArray(), configs);
        QCOMPARE(s.kind, AppServerSettings::Kind::PhpFpm);
        QCOMPARE(s.configFile, QStringLiteral("/tmp/gdapp/php/php-fpm.conf"));
        QCOMPARE(s.logFile->text, QStringLiteral("/tmp/gdapp/php/php-fpm.log"));
        QCOMPARE(s.logFile->source, QStringLiteral("/tmp/gdapp/php/php-fpm.conf:3"));
        // As started: -y names the config.
        const AppServerSettings started = AppServerSettings::read(
            AppServerSettings::argvFromCmdline(cmdlineOf(QStringLiteral("php-segfault"))));
        QVERIFY(started.configFile.endsWith(QLatin1String("/php-fpm.conf")));
    }

    void somethingElseIsNamedHonestly()
    {
        const AppServerSettings s = AppServerSettings::read(
            {QStringLiteral("/opt/shop/bin/shop-server"), QStringLiteral("--port"), QStringLiteral("8080")});
        QCOMPARE(s.kind, AppServerSettings::Kind::Other);
        QCOMPARE(s.name, QStringLiteral("shop-server"));
        QVERIFY(!s.requestTimeout);
    }

    void processLinks()
    {
        // The links the lab's upstream had in the captured healthy diagnosis.
        const ProcessLinks l = ProcessLinks::parse(QByteArrayLiteral(
            "exe\t/work/main/build/qt6/gateway-doctor-lab-upstream\ncwd\t/work/main/build/qt6\n"
            "fd/1\t/tmp/gd-lab-upstream-muTtNh/upstream-ok.stdout\nfd/2\t/tmp/gd-lab-upstream-muTtNh/"
            "upstream-ok.stderr\n"));
        QCOMPARE(l.outputFile(), QStringLiteral("/tmp/gd-lab-upstream-muTtNh/upstream-ok.stderr"));
        const ProcessLinks journal = ProcessLinks::parse(
            QByteArrayLiteral("exe\t/usr/bin/node\ncwd\t/\nfd/1\tsocket:[81234]\nfd/2\tsocket:[81234]\n"));
        QVERIFY(journal.outputFile().isEmpty());
        QVERIFY(ProcessLinks::isSocket(journal.stdErr));
        // Another user's process without root: nothing, not a shifted line.
        const ProcessLinks hidden = ProcessLinks::parse(QByteArrayLiteral("exe\t\ncwd\t\nfd/1\t\nfd/2\t\n"));
        QVERIFY(hidden.stdErr.isEmpty() && hidden.exe.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppServerSettings)
#include "tst_probes_appserversettings.moc"

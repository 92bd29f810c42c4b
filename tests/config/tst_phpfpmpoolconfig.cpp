// PhpFpmPoolConfig on the pool file Debian's php8.2-fpm ships.
#include "app/config/PhpFpmPoolConfig.h"
#include "tests/config/ConfigTestData.h"

#include <QtTest>

using namespace gd;
using gd::test::readConfigData;

class TestPhpFpmPoolConfig : public QObject
{
    Q_OBJECT
private slots:
    void debianWwwPool();
    void debianMainConfig();
    void overridesAndExpansion();
    void twoMastersTwoPoolsOfOneName();
};

void TestPhpFpmPoolConfig::debianWwwPool()
{
    const QString path = QStringLiteral("/etc/php/8.2/fpm/pool.d/www.conf");
    const QString text = readConfigData(QStringLiteral("php-fpm/www.conf"));
    QVERIFY(!text.isEmpty());
    const PhpFpmPoolConfig config = PhpFpmPoolConfig::parse(path, text);
    QVERIFY(config.issues().isEmpty());
    QCOMPARE(config.pools().size(), 1);
    const PhpFpmPool *www = config.pool(QStringLiteral("www"));
    QVERIFY(www);
    QCOMPARE(www->line, 4);
    QCOMPARE(www->listen(), QStringLiteral("/run/php/php8.2-fpm.sock"));
    QCOMPARE(www->value(QStringLiteral("listen"))->line, 41);
    QCOMPARE(www->value(QStringLiteral("listen"))->location(), path + QStringLiteral(":41"));
    QVERIFY(www->listensOnSocket());
    QCOMPARE(www->listenOwner(), QStringLiteral("www-data"));
    QCOMPARE(www->listenGroup(), QStringLiteral("www-data"));
    QCOMPARE(www->listenMode(), QStringLiteral("0660")); // commented out: php-fpm's default
    QCOMPARE(www->pm(), QStringLiteral("dynamic"));
    QCOMPARE(www->maxChildren(), 5);
    QCOMPARE(www->get(QStringLiteral("pm.start_servers")), QStringLiteral("2"));
    QCOMPARE(www->statusPath(), QString());                        // ;pm.status_path = /status
    QCOMPARE(www->requestTerminateTimeout(), QStringLiteral("0")); // default
    QCOMPARE(www->listenBacklog(), 511);
    QCOMPARE(www->get(QStringLiteral("user")), QStringLiteral("www-data"));
    QCOMPARE(config.poolListeningOn(QStringLiteral("unix:/run/php/php8.2-fpm.sock")), www);
    QVERIFY(!config.poolListeningOn(QStringLiteral("/run/php/php8.1-fpm.sock")));
    // Every value sits on its line.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const PhpFpmValue &v : www->values)
        QVERIFY2(lines.at(v.line - 1).startsWith(v.key), qPrintable(v.location()));
}

void TestPhpFpmPoolConfig::debianMainConfig()
{
    const PhpFpmPoolConfig config =
        PhpFpmPoolConfig::parse(QStringLiteral("/etc/php/8.2/fpm/php-fpm.conf"),
                                readConfigData(QStringLiteral("php-fpm/php-fpm.conf")));
    QVERIFY(config.pools().isEmpty());
    QCOMPARE(config.includes(), QStringList{QStringLiteral("/etc/php/8.2/fpm/pool.d/*.conf")});
    bool errorLog = false;
    for (const PhpFpmValue &v : config.globals())
        errorLog = errorLog || (v.key == QLatin1String("error_log") &&
                                v.value == QLatin1String("/var/log/php8.2-fpm.log"));
    QVERIFY(errorLog);
}

void TestPhpFpmPoolConfig::overridesAndExpansion()
{
    PhpFpmPoolConfig config;
    config.addFile(QStringLiteral("/a.conf"),
                   QStringLiteral("[app]\nuser = app\nlisten = /run/php/$pool.sock ; inline comment\n"
                                  "pm = ondemand\npm.max_children = 4\n"
                                  "php_admin_value[error_log] = \"/var/log/fpm-$pool.log\"\n"
                                  "[other]\nlisten = 127.0.0.1:9001\n"));
    config.addFile(QStringLiteral("/b.conf"),
                   QStringLiteral("[app]\npm.max_children = 12\nrequest_terminate_timeout = 30s\n"));
    QCOMPARE(config.pools().size(), 2);
    const PhpFpmPool *app = config.pool(QStringLiteral("app"));
    QCOMPARE(app->listen(), QStringLiteral("/run/php/app.sock"));
    QCOMPARE(app->maxChildren(), 12);
    QCOMPARE(app->value(QStringLiteral("pm.max_children"))->file, QStringLiteral("/b.conf"));
    QCOMPARE(app->listenGroup(), QStringLiteral("app")); // falls back to user
    QCOMPARE(app->get(QStringLiteral("php_admin_value[error_log]")), QStringLiteral("/var/log/fpm-app.log"));
    QCOMPARE(app->requestTerminateTimeout(), QStringLiteral("30s"));
    QVERIFY(!config.pool(QStringLiteral("other"))->listensOnSocket());
}

// Two masters (Debian's php7.4-fpm and php8.2-fpm) each with a [www]: two pools, each
// with its own file and socket; a header repeated within one master's tree continues it.
void TestPhpFpmPoolConfig::twoMastersTwoPoolsOfOneName()
{
    PhpFpmPoolConfig config;
    config.addFile(QStringLiteral("/etc/php/7.4/fpm/pool.d/www.conf"),
                   QStringLiteral("[www]\nlisten = /run/php/php7.4-fpm.sock\npm.max_children = 5\n"));
    config.addFile(QStringLiteral("/etc/php/8.2/fpm/pool.d/www.conf"),
                   QStringLiteral("[www]\nlisten = /run/php/php8.2-fpm.sock\npm.max_children = 9\n"));
    config.addFile(QStringLiteral("/etc/php/8.2/fpm/php-fpm.conf"),
                   QStringLiteral("[www]\npm.max_children = 11\n"));
    QCOMPARE(config.pools().size(), 2);
    const PhpFpmPool *old = config.poolListeningOn(QStringLiteral("/run/php/php7.4-fpm.sock"));
    const PhpFpmPool *current = config.poolListeningOn(QStringLiteral("/run/php/php8.2-fpm.sock"));
    QVERIFY(old && current && old != current);
    QCOMPARE(old->file, QStringLiteral("/etc/php/7.4/fpm/pool.d/www.conf"));
    QCOMPARE(old->maxChildren(), 5);
    QCOMPARE(current->maxChildren(), 11);

    // "[pool www]" in a log: the [www] whose master writes that log.
    QVERIFY(!config.poolOfLog(QStringLiteral("www"), QStringLiteral("/var/log/php8.2-fpm.log")));
    config.addFile(QStringLiteral("/etc/php/7.4/fpm/php-fpm.conf"),
                   QStringLiteral("[global]\nerror_log = /var/log/php7.4-fpm.log\n"));
    config.addFile(QStringLiteral("/etc/php/8.2/fpm/php-fpm.conf"),
                   QStringLiteral("[global]\nerror_log = /var/log/php8.2-fpm.log\n"));
    QCOMPARE(config.poolOfLog(QStringLiteral("www"), QStringLiteral("/var/log/php8.2-fpm.log")), current);
    QCOMPARE(config.poolOfLog(QStringLiteral("www"), QStringLiteral("/var/log/php7.4-fpm.log")), old);
    QVERIFY(!config.poolOfLog(QStringLiteral("www"), QStringLiteral("/var/log/syslog")));
    QVERIFY(!config.poolOfLog(QStringLiteral("api"), QStringLiteral("/var/log/php8.2-fpm.log")));
}

QTEST_GUILESS_MAIN(TestPhpFpmPoolConfig)
#include "tst_phpfpmpoolconfig.moc"

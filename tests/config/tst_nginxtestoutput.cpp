// NginxTestOutput on stderr captured from real `nginx -t` runs (both message
// shapes: Debian's stderr error log and a file error log).
#include "app/config/NginxTestOutput.h"
#include "tests/config/ConfigTestData.h"

#include <QtTest>

using namespace gd;
using gd::test::capturePath;
using gd::test::readConfigData;

class TestNginxTestOutput : public QObject
{
    Q_OBJECT
private slots:
    void broken_data();
    void broken();
    void success();
    void warningOnly();
    void exitCodeDecides();
    void oddLines();
};

void TestNginxTestOutput::broken_data()
{
    QTest::addColumn<QString>("capture");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    const char *variants[] = {"t", "t-file"};
    struct Case
    {
        const char *name;
        const char *text;
        int line;
    };
    const Case cases[] = {
        {"broken-unknown-directive", "unknown directive \"proxy_pas\"", 4},
        {"broken-missing-semicolon", "invalid number of arguments in \"proxy_read_timeout\" directive", 5},
        {"broken-host-not-found", "host not found in upstream \"no-such-host.invalid\"", 4},
        {"broken-unexpected-brace", "unexpected \"}\"", 7},
        {"broken-duplicate-location", "duplicate location \"/api/\"", 6},
        {"broken-unexpected-eof", "unexpected end of file, expecting \"}\"", 6},
        {"broken-bad-timeout", "\"proxy_read_timeout\" directive invalid value", 5},
    };
    for (const Case &c : cases) {
        for (const char *v : variants) {
            QTest::addRow("%s %s", c.name, v)
                << QStringLiteral("%1.%2").arg(QLatin1String(c.name), QLatin1String(v))
                << QString::fromUtf8(c.text) << c.line;
        }
    }
}

void TestNginxTestOutput::broken()
{
    QFETCH(QString, capture);
    QFETCH(QString, text);
    QFETCH(int, line);
    const QString name = capture.section(QLatin1Char('.'), 0, 0);
    const int exitCode = readConfigData(QStringLiteral("broken/%1.exitcode").arg(name)).trimmed().toInt();
    const NginxTestOutput out =
        NginxTestOutput::parse(readConfigData(QStringLiteral("broken/%1.stderr").arg(capture)), exitCode);
    QCOMPARE(out.exitCode(), 1);
    QVERIFY(!out.ok());
    QVERIFY(!out.claimsSuccess());
    QCOMPARE(out.errors().size(), 1);
    const NginxMessage *first = out.firstError();
    QVERIFY(first);
    QCOMPARE(first->level, NginxMessage::Level::Emerg);
    QCOMPARE(first->levelName, QStringLiteral("emerg"));
    QCOMPARE(first->text, text);
    QCOMPARE(first->file, capturePath(name, QStringLiteral("sites/app")));
    QCOMPARE(first->line, line);
    QCOMPARE(out.configFile(), capturePath(name, QStringLiteral("nginx.conf")));
    QCOMPARE(out.messages().last().text,
             QStringLiteral("configuration file %1 test failed").arg(out.configFile()));
}

void TestNginxTestOutput::success()
{
    const NginxTestOutput out =
        NginxTestOutput::parse(readConfigData(QStringLiteral("debian-default.stderr")), 0);
    QVERIFY(out.ok());
    QVERIFY(out.claimsSyntaxOk());
    QVERIFY(out.claimsSuccess());
    QVERIFY(out.errors().isEmpty());
    QCOMPARE(out.messages().size(), 2);
    QCOMPARE(out.configFile(), QStringLiteral("/etc/nginx/nginx.conf"));
}

void TestNginxTestOutput::warningOnly()
{
    const NginxTestOutput out =
        NginxTestOutput::parse(readConfigData(QStringLiteral("warn-conflict.stderr")), 0);
    QVERIFY(out.ok());
    QCOMPARE(out.warnings().size(), 1);
    QCOMPARE(out.warnings().first().text,
             QStringLiteral("conflicting server name \"dup.example.org\" on 127.0.0.1:8091, ignored"));
    QCOMPARE(out.warnings().first().line, 0);
    QVERIFY(!out.firstError());
}

void TestNginxTestOutput::exitCodeDecides()
{
    // "syntax is ok" followed by a failure (e.g. a module that fails later): the exit
    // code is what counts.
    const QString text =
        QStringLiteral("nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\n"
                       "nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n"
                       "nginx: configuration file /etc/nginx/nginx.conf test failed\n");
    const NginxTestOutput out = NginxTestOutput::parse(text, 1);
    QVERIFY(out.claimsSyntaxOk());
    QVERIFY(!out.ok());
    QCOMPARE(out.firstError()->text,
             QStringLiteral("bind() to 0.0.0.0:80 failed (98: Address already in use)"));
    QCOMPARE(out.firstError()->file, QString());
    // And a success text with a failing exit code is still a failure.
    QVERIFY(!NginxTestOutput::parse(readConfigData(QStringLiteral("debian-default.stderr")), 1).ok());
}

void TestNginxTestOutput::oddLines()
{
    const NginxMessage alert = NginxTestOutput::parseLine(
        QStringLiteral("nginx: [alert] could not open error log file: open() \"/var/log/nginx/error.log\" "
                       "failed (13: Permission denied)"));
    QCOMPARE(alert.level, NginxMessage::Level::Alert);
    QVERIFY(alert.isError());
    QCOMPARE(alert.file, QString());
    const NginxMessage spaced = NginxTestOutput::parseLine(QStringLiteral(
        "nginx: [emerg] unknown directive \"x\" in /etc/nginx/sites enabled/my site.conf:12\r"));
    QCOMPARE(spaced.file, QStringLiteral("/etc/nginx/sites enabled/my site.conf"));
    QCOMPARE(spaced.line, 12);
    const NginxMessage other = NginxTestOutput::parseLine(QStringLiteral("something else entirely"));
    QCOMPARE(other.level, NginxMessage::Level::None);
    QCOMPARE(other.text, QStringLiteral("something else entirely"));
    QVERIFY(NginxTestOutput::parse(QString(), 0).messages().isEmpty());
}

QTEST_GUILESS_MAIN(TestNginxTestOutput)
#include "tst_nginxtestoutput.moc"

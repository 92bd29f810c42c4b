// The failing URL as the admin types or pastes it (app/model/FailingUrl): what is
// kept, what is completed and what is refused, with the reason.
#include "app/model/FailingUrl.h"

#include <QtTest>

using namespace gd;

class TestFailingUrl : public QObject
{
    Q_OBJECT
private slots:
    void kept_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::newRow("empty: every site") << QString() << QString();
        QTest::newRow("blank") << QStringLiteral("  \t") << QString();
        QTest::newRow("as typed") << QStringLiteral("https://example.org/api/orders?id=7")
                                  << QStringLiteral("https://example.org/api/orders?id=7");
        QTest::newRow("pasted with spaces around")
            << QStringLiteral("  http://127.0.0.1:8080/ \n") << QStringLiteral("http://127.0.0.1:8080/");
        QTest::newRow("no scheme, as the address bar shows it")
            << QStringLiteral("example.org/api") << QStringLiteral("http://example.org/api");
        QTest::newRow("no scheme, a port")
            << QStringLiteral("localhost:8080/x") << QStringLiteral("http://localhost:8080/x");
        QTest::newRow("IPv6") << QStringLiteral("http://[::1]:8080/") << QStringLiteral("http://[::1]:8080/");
        QTest::newRow("upper-case scheme")
            << QStringLiteral("HTTPS://Example.org/") << QStringLiteral("HTTPS://Example.org/");
        // Shell syntax is only characters of a path: kept, never run (tst_diagnosecli).
        QTest::newRow("shell syntax in the path")
            << QStringLiteral("http://x/$(id)`id`;id") << QStringLiteral("http://x/$(id)`id`;id");
        QTest::newRow("non-ASCII path")
            << QStringLiteral("https://example.org/bücher") << QStringLiteral("https://example.org/bücher");
    }
    void kept()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        const Result<QString, FailingUrl::Problem> r = FailingUrl::from(typed);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(*r, url);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("said");
        QTest::newRow("a space") << QStringLiteral("http://x/a b")
                                 << QStringLiteral("a space at character 11");
        QTest::newRow("a line break")
            << QStringLiteral("http://x/\ntouch /tmp/y") << QStringLiteral("a line break at character 10");
        QTest::newRow("a tab") << QStringLiteral("http://x/\ty") << QStringLiteral("a tab");
        QTest::newRow("a control character")
            << QStringLiteral("http://x/\x1b[2J") << QStringLiteral("a control character (U+001B)");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org/file")
                             << QStringLiteral("\"ftp://example.org/file\" is a ftp:// URL");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringLiteral("a file:// URL");
        QTest::newRow("a password") << QStringLiteral("https://admin:s3cret@example.org/")
                                    << QStringLiteral(
                                           "Leave the user name and password out of the URL (\"admin@\")");
        QTest::newRow("a password and a bad port")
            << QStringLiteral("http://admin:s3cret@example.org:99999/")
            << QStringLiteral("\"http://…@example.org:99999/\" is not a URL");
        QTest::newRow("no host") << QStringLiteral("http:///api") << QStringLiteral("names no host");
        QTest::newRow("a port out of range")
            << QStringLiteral("http://example.org:99999/") << QStringLiteral("is not a URL");
        QTest::newRow("an unclosed IPv6 address")
            << QStringLiteral("http://[::1/") << QStringLiteral("is not a URL");
    }
    void refused()
    {
        QFETCH(QString, typed);
        QFETCH(QString, said);
        const Result<QString, FailingUrl::Problem> r = FailingUrl::from(typed);
        QVERIFY2(!r.ok(), qPrintable(r.ok() ? *r : QString()));
        QVERIFY2(r.error().message.contains(said), qPrintable(r.error().message));
        QVERIFY2(!r.error().message.contains(QLatin1String("s3cret")), qPrintable(r.error().message));
    }

    // A space is shown as the way to write it in a URL, not taken as a placeholder.
    void spaceAdviceIsLiteral()
    {
        const Result<QString, FailingUrl::Problem> r = FailingUrl::from(QStringLiteral("http://x/a b"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("written %20")), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestFailingUrl)
#include "tst_failingurl.moc"

// TunableDirectives against the real nginx: every allowed name is a directive nginx
// knows, and of the six settings in each of the five upstream modules exactly the ones
// nginx lacks (grpc's buffers) are missing from the list.
#include "app/fixes/TunableDirectives.h"
#include "tests/fixes/FixesTestData.h"

#include <QtTest>

using namespace gd;
using gd::test::NginxJudge;

class TestTunableDirectives : public QObject
{
    Q_OBJECT
private slots:
    void kinds();
    void allowlistIsWhatNginxHas_data();
    void allowlistIsWhatNginxHas();
};

void TestTunableDirectives::kinds()
{
    QCOMPARE(TunableDirectives::names().size(), 28);
    QCOMPARE(TunableDirectives::find(QStringLiteral("proxy_read_timeout"))->kind,
             TunableDirective::Kind::Duration);
    QCOMPARE(TunableDirectives::find(QStringLiteral("fastcgi_buffers"))->kind,
             TunableDirective::Kind::Buffers);
    QCOMPARE(TunableDirectives::find(QStringLiteral("uwsgi_busy_buffers_size"))->kind,
             TunableDirective::Kind::Size);
    QCOMPARE(TunableDirectives::find(QStringLiteral("grpc_buffer_size"))->modulePrefix,
             QStringLiteral("grpc_"));
    QCOMPARE(TunableDirectives::find(QStringLiteral("scgi_send_timeout"))->modulePrefix,
             QStringLiteral("scgi_"));
    QVERIFY(!TunableDirectives::find(QStringLiteral("proxy_pass")));
    QVERIFY(!TunableDirectives::find(QStringLiteral("PROXY_READ_TIMEOUT")));
    QVERIFY(!TunableDirectives::find(QStringLiteral("proxy_read_timeout ")));
    QVERIFY(TunableDirectives::hasBufferRules(QStringLiteral("proxy_")));
    QVERIFY(!TunableDirectives::hasBufferRules(QStringLiteral("grpc_")));
}

void TestTunableDirectives::allowlistIsWhatNginxHas_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    const char *prefixes[] = {"proxy_", "fastcgi_", "uwsgi_", "scgi_", "grpc_"};
    const struct
    {
        const char *suffix;
        const char *value;
    } settings[] = {{"connect_timeout", "30s"}, {"send_timeout", "30s"}, {"read_timeout", "30s"},
                    {"buffers", "8 8k"},        {"buffer_size", "8k"},   {"busy_buffers_size", "16k"}};
    for (const char *prefix : prefixes) {
        for (const auto &s : settings) {
            const QString name = QLatin1String(prefix) + QLatin1String(s.suffix);
            QTest::newRow(qPrintable(name)) << name << QString::fromLatin1(s.value);
        }
    }
}

void TestTunableDirectives::allowlistIsWhatNginxHas()
{
    if (!NginxJudge::available())
        QSKIP("nginx is not installed");
    QFETCH(QString, name);
    QFETCH(QString, value);
    NginxJudge nginx;
    QVERIFY(nginx.isValid());
    const QByteArray config =
        "events {}\nhttp {\n" + NginxJudge::httpPreamble() +
        "    server {\n        listen 127.0.0.1:1;\n        location / {\n            " + name.toUtf8() +
        ' ' + value.toUtf8() + ";\n        }\n    }\n}\n";
    const gd::test::NginxVerdict verdict = nginx.testConfig(config);
    QVERIFY2(verdict.ran, "nginx -t did not run");
    // nginx either takes the directive or does not know it; nothing else may go wrong.
    QVERIFY2(verdict.ok || verdict.emerg.startsWith(QStringLiteral("unknown directive")),
             qPrintable(verdict.output));
    QCOMPARE(TunableDirectives::find(name).has_value(), verdict.ok);
    QCOMPARE(TunableDirectives::names().contains(name), verdict.ok);
}

QTEST_GUILESS_MAIN(TestTunableDirectives)
#include "tst_tunabledirectives.moc"

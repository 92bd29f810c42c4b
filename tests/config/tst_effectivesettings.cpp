// EffectiveSettings (inheritance, defaults, file:line) on the multi-site config, and
// the duration/size validators that the one-click fix relies on.
#include "app/config/EffectiveSettings.h"
#include "app/config/UpstreamTargets.h"
#include "tests/config/ConfigTestData.h"

#include <QtTest>

using namespace gd;
using gd::test::capturePath;
using gd::test::loadDump;

class TestEffectiveSettings : public QObject
{
    Q_OBJECT
private slots:
    void inheritance_data();
    void inheritance();
    void typedValues();
    void arrayDirectivesDoNotMerge();
    void modulePrefix();
    void durations_data();
    void durations();
    void hostileDurations_data();
    void hostileDurations();
    void sizes_data();
    void sizes();
    void hostileSizes_data();
    void hostileSizes();
};

static const NginxDirective *locationOf(const NginxConfig &config, const QString &passValue)
{
    const UpstreamTargets targets = UpstreamTargets::collect(config);
    for (const UpstreamTarget &t : targets.targets()) {
        if (t.value == passValue)
            return &config.directive(t.locationIndex);
    }
    return nullptr;
}

void TestEffectiveSettings::inheritance_data()
{
    QTest::addColumn<QString>("pass"); // the location holding this *_pass
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("file"); // "" = default
    QTest::addColumn<int>("line");
    const QString api = QStringLiteral("sites-enabled/api.example.org.conf");
    const QString nginxConf = QStringLiteral("nginx.conf");
    QTest::newRow("location wins") << "http://localhost:9000/"
                                   << "proxy_read_timeout"
                                   << "5m" << api << 16;
    QTest::newRow("server over http") << "http://app_pool"
                                      << "proxy_read_timeout"
                                      << "30s" << api << 6;
    QTest::newRow("nested inherits outer location") << "http://127.0.0.1:9001"
                                                    << "proxy_read_timeout"
                                                    << "5m" << api << 16;
    QTest::newRow("nested own") << "http://127.0.0.1:9001"
                                << "proxy_send_timeout"
                                << "10s" << api << 20;
    QTest::newRow("http level") << "http://app_pool"
                                << "proxy_buffer_size"
                                << "16k" << nginxConf << 21;
    QTest::newRow("http level buffers") << "http://app_pool"
                                        << "proxy_buffers"
                                        << "8 16k" << nginxConf << 22;
    QTest::newRow("from included conf.d") << "http://app_pool"
                                          << "proxy_connect_timeout"
                                          << "5s"
                                          << "conf.d/timeouts.conf" << 2;
    QTest::newRow("default timeout") << "http://app_pool"
                                     << "proxy_send_timeout"
                                     << "60s"
                                     << "" << 0;
    QTest::newRow("keepalive_timeout http") << "http://app_pool"
                                            << "keepalive_timeout"
                                            << "65" << nginxConf << 18;
    QTest::newRow("client_max_body_size http") << "http://app_pool"
                                               << "client_max_body_size"
                                               << "20m" << nginxConf << 19;
    QTest::newRow("send_timeout default") << "http://app_pool"
                                          << "send_timeout"
                                          << "60s"
                                          << "" << 0;
    QTest::newRow("fastcgi location") << "unix:/run/php/php8.2-fpm.sock"
                                      << "fastcgi_read_timeout"
                                      << "120s"
                                      << "sites-enabled/shop.example.org.conf" << 15;
    QTest::newRow("fastcgi buffers") << "unix:/run/php/php8.2-fpm.sock"
                                     << "fastcgi_buffers"
                                     << "16 16k"
                                     << "sites-enabled/shop.example.org.conf" << 16;
    QTest::newRow("fastcgi default") << "unix:/run/php/php8.2-fpm.sock"
                                     << "fastcgi_buffer_size"
                                     << "4k"
                                     << "" << 0;
    QTest::newRow("fastcgi busy default") << "unix:/run/php/php8.2-fpm.sock"
                                          << "fastcgi_busy_buffers_size"
                                          << "8k"
                                          << "" << 0;
    QTest::newRow("grpc") << "grpc://grpc_backend"
                          << "grpc_read_timeout"
                          << "1h30m" << api << 32;
    QTest::newRow("grpc default") << "grpc://grpc_backend"
                                  << "grpc_buffer_size"
                                  << "4k"
                                  << "" << 0;
    QTest::newRow("uwsgi default") << "127.0.0.1:3031"
                                   << "uwsgi_read_timeout"
                                   << "60s"
                                   << "" << 0;
    QTest::newRow("proxy_buffering default") << "http://app_pool"
                                             << "proxy_buffering"
                                             << "on"
                                             << "" << 0;
}

void TestEffectiveSettings::inheritance()
{
    QFETCH(QString, pass);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, file);
    QFETCH(int, line);
    const NginxConfig config = loadDump(QStringLiteral("multisite"));
    const NginxDirective *location = locationOf(config, pass);
    QVERIFY(location);
    const EffectiveSetting s = EffectiveSettings::of(config, location).value(name);
    QCOMPARE(s.value(), value);
    QCOMPARE(s.isDefault, file.isEmpty());
    if (file.isEmpty()) {
        QCOMPARE(s.where(), QStringLiteral("default"));
    } else {
        QCOMPARE(s.where(),
                 QStringLiteral("%1:%2").arg(capturePath(QStringLiteral("multisite"), file)).arg(line));
        QVERIFY(config.lineText(s.file, s.line).contains(name));
    }
}

void TestEffectiveSettings::typedValues()
{
    const NginxConfig config = loadDump(QStringLiteral("multisite"));
    const EffectiveSettings grpc =
        EffectiveSettings::of(config, locationOf(config, QStringLiteral("grpc://grpc_backend")));
    QCOMPARE(grpc.duration(QStringLiteral("grpc_read_timeout"))->milliseconds(), 5400000);
    const EffectiveSettings php =
        EffectiveSettings::of(config, locationOf(config, QStringLiteral("unix:/run/php/php8.2-fpm.sock")));
    QCOMPARE(php.buffers(QStringLiteral("fastcgi_buffers"))->totalBytes(), 16 * 16 * 1024);
    const EffectiveSettings pool =
        EffectiveSettings::of(config, locationOf(config, QStringLiteral("http://app_pool")));
    QCOMPARE(pool.duration(QStringLiteral("keepalive_timeout"))->milliseconds(),
             65000); // bare number = seconds
    QCOMPARE(pool.size(QStringLiteral("client_max_body_size"))->bytes(), 20 * 1024 * 1024);
    QCOMPARE(pool.size(QStringLiteral("proxy_busy_buffers_size"))->bytes(), 32 * 1024);
    // "fastcgi_read_timeout 300" at http level, overridden in the php location only.
    const EffectiveSettings server = EffectiveSettings::of(config, config.servers().at(1));
    QCOMPARE(server.value(QStringLiteral("fastcgi_read_timeout")).value(), QStringLiteral("300"));
    QCOMPARE(server.value(QStringLiteral("proxy_read_timeout")).value(), QStringLiteral("30s"));
    const EffectiveSettings http = EffectiveSettings::of(config, nullptr);
    QCOMPARE(http.value(QStringLiteral("proxy_read_timeout")).value(), QStringLiteral("90s"));
    QCOMPARE(http.all().size(), EffectiveSettings::knownNames().size());
    // A config with nothing set: every known name has its default.
    const NginxConfig empty = NginxConfig::fromText(QStringLiteral("/e.conf"),
                                                    QStringLiteral("http { server { location / { } } }"));
    const EffectiveSettings defaults =
        EffectiveSettings::of(empty, empty.locations(*empty.servers().first()).first());
    for (const EffectiveSetting &s : defaults.all()) {
        QVERIFY(s.isDefault);
        QVERIFY2(!s.value().isEmpty(), qPrintable(s.name));
    }
    QCOMPARE(defaults.buffers(QStringLiteral("proxy_buffers"))->toString(), QStringLiteral("8 4k"));
}

void TestEffectiveSettings::arrayDirectivesDoNotMerge()
{
    const NginxConfig config = loadDump(QStringLiteral("multisite"));
    const NginxDirective *ws = locationOf(config, QStringLiteral("http://127.0.0.1:9002"));
    const QList<const NginxDirective *> headers =
        EffectiveSettings::of(config, ws).arrayValue(QStringLiteral("proxy_set_header"));
    QCOMPARE(headers.size(), 2);
    QCOMPARE(headers.first()->arg(0), QStringLiteral("Upgrade"));
    const NginxDirective *v2 = locationOf(config, QStringLiteral("http://localhost:9000/"));
    QVERIFY(EffectiveSettings::of(config, v2).arrayValue(QStringLiteral("proxy_set_header")).isEmpty());
}

void TestEffectiveSettings::modulePrefix()
{
    QCOMPARE(EffectiveSettings::modulePrefix(QStringLiteral("proxy_pass")), QStringLiteral("proxy_"));
    QCOMPARE(EffectiveSettings::modulePrefix(QStringLiteral("https")), QStringLiteral("proxy_"));
    QCOMPARE(EffectiveSettings::modulePrefix(QStringLiteral("fastcgi")), QStringLiteral("fastcgi_"));
    QCOMPARE(EffectiveSettings::modulePrefix(QStringLiteral("suwsgi")), QStringLiteral("uwsgi_"));
    QCOMPARE(EffectiveSettings::modulePrefix(QStringLiteral("grpcs")), QStringLiteral("grpc_"));
    QCOMPARE(EffectiveSettings::modulePrefix(QStringLiteral("scgi_pass")), QStringLiteral("scgi_"));
}

void TestEffectiveSettings::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("seconds") << "75s" << qint64(75000) << "75s";
    QTest::newRow("bare") << "60" << qint64(60000) << "1m";
    QTest::newRow("zero") << "0" << qint64(0) << "0s";
    QTest::newRow("minutes") << "2m" << qint64(120000) << "2m";
    QTest::newRow("combined") << "1h30m" << qint64(5400000) << "90m";
    QTest::newRow("ms") << "500ms" << qint64(500) << "500ms";
    QTest::newRow("s and ms") << "1s500ms" << qint64(1500) << "1500ms";
    QTest::newRow("days") << "1d" << qint64(86400000) << "24h";
    QTest::newRow("leading zeros") << "007s" << qint64(7000) << "7s";
}

void TestEffectiveSettings::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QFETCH(QString, canonical);
    const Result<NginxDuration, ConfigError> d = NginxDuration::parse(text);
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
    QCOMPARE(d->milliseconds(), ms);
    QCOMPARE(d->toString(), canonical);
    QCOMPARE(NginxDuration::parse(d->toString())->milliseconds(), ms);
}

void TestEffectiveSettings::hostileDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("injection") << "75s; include /etc/passwd";
    QTest::newRow("newline") << "75s\ninclude /etc/passwd;";
    QTest::newRow("trailing newline") << "75s\n";
    QTest::newRow("command substitution") << "$(reboot)";
    QTest::newRow("backticks") << "`id`s";
    QTest::newRow("variable") << "$timeout";
    QTest::newRow("negative") << "-5s";
    QTest::newRow("plus") << "+5s";
    QTest::newRow("space inside") << "1h 30m";
    QTest::newRow("leading space") << " 75s";
    QTest::newRow("trailing space") << "75s ";
    QTest::newRow("unit only") << "s";
    QTest::newRow("unknown unit") << "75x";
    QTest::newRow("wrong order") << "30m1h";
    QTest::newRow("unit twice") << "1s2s";
    QTest::newRow("bare after unit") << "1m30";
    QTest::newRow("decimal") << "1.5s";
    QTest::newRow("hex") << "0x10";
    QTest::newRow("exponent") << "1e3";
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0667\u0665s");
    QTest::newRow("fullwidth digits") << QString::fromUtf8("\uff17\uff15s");
    QTest::newRow("quote") << "75s\"";
    QTest::newRow("brace") << "75s}";
    QTest::newRow("comment") << "75s#";
    QTest::newRow("nul") << QStringLiteral("75s") + QChar(0);
    QTest::newRow("huge") << "99999999999999999999s";
    QTest::newRow("overflow sum") << "9999999y";
}

void TestEffectiveSettings::hostileDurations()
{
    QFETCH(QString, text);
    const Result<NginxDuration, ConfigError> d = NginxDuration::parse(text);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().kind(), ConfigError::Kind::InvalidValue);
    QVERIFY(!d.error().message().isEmpty());
}

void TestEffectiveSettings::sizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("k") << "16k" << qint64(16384) << "16k";
    QTest::newRow("K") << "16K" << qint64(16384) << "16k";
    QTest::newRow("m") << "1m" << qint64(1048576) << "1m";
    QTest::newRow("g") << "1g" << qint64(1073741824) << "1g";
    QTest::newRow("bytes") << "4096" << qint64(4096) << "4k";
    QTest::newRow("odd bytes") << "1500" << qint64(1500) << "1500";
    QTest::newRow("zero") << "0" << qint64(0) << "0";
}

void TestEffectiveSettings::sizes()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QFETCH(QString, canonical);
    const Result<NginxSize, ConfigError> s = NginxSize::parse(text);
    QVERIFY(s.ok());
    QCOMPARE(s->bytes(), bytes);
    QCOMPARE(s->toString(), canonical);
}

void TestEffectiveSettings::hostileSizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("injection") << "16k; include /etc/passwd";
    QTest::newRow("newline") << "16k\n";
    QTest::newRow("command substitution") << "$(id)";
    QTest::newRow("negative") << "-1k";
    QTest::newRow("two units") << "1mk";
    QTest::newRow("unit only") << "k";
    QTest::newRow("space") << "16 k";
    QTest::newRow("decimal") << "1.5m";
    QTest::newRow("time unit") << "16s";
    QTest::newRow("fullwidth") << QString::fromUtf8("\uff11\uff16k");
    QTest::newRow("huge") << "99999999999g";
}

void TestEffectiveSettings::hostileSizes()
{
    QFETCH(QString, text);
    const Result<NginxSize, ConfigError> s = NginxSize::parse(text);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind(), ConfigError::Kind::InvalidValue);
}

QTEST_GUILESS_MAIN(TestEffectiveSettings)
#include "tst_effectivesettings.moc"

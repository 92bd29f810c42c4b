// LocationMatcher: the routing table (also checked against a running nginx in
// tst_configlab) and server selection by listen address in the multi-site config.
#include "app/config/LocationMatcher.h"
#include "app/config/UpstreamRequestUri.h"
#include "tests/config/ConfigTestData.h"

#include <QtTest>

using namespace gd;
using gd::test::capturePath;
using gd::test::loadDump;

class TestLocationMatcher : public QObject
{
    Q_OBJECT
private slots:
    void routingTable_data();
    void routingTable();
    void multisite_data();
    void multisite();
    void reasons();
    void invalidUrl();
    void locationSpecs_data();
    void locationSpecs();
    void listenSpecs_data();
    void listenSpecs();
    void upstreamRequestUri_data();
    void upstreamRequestUri();
    void upstreamHostHeader_data();
    void upstreamHostHeader();
};

// The body a location returns: `return 200 "X\n"`.
static QString returnedBody(const NginxConfig &config, const NginxDirective *location)
{
    if (!location)
        return QStringLiteral("<none>");
    const NginxDirective *ret = config.firstChild(location, QStringLiteral("return"));
    return ret ? ret->arg(1).trimmed() : QStringLiteral("<no return>");
}

void TestLocationMatcher::routingTable_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    for (const gd::test::RoutingRow &row : gd::test::routingTable())
        QTest::newRow(row.tag) << QString::fromUtf8(row.host) << QString::fromUtf8(row.path)
                               << QString::fromUtf8(row.expected);
}

void TestLocationMatcher::routingTable()
{
    QFETCH(QString, host);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const NginxConfig config = loadDump(QStringLiteral("routing"));
    const LocationMatcher matcher(config);
    const QUrl url(QStringLiteral("http://%1:8090%2").arg(host, path));
    const Result<LocationMatch, ConfigError> match = matcher.match(url, QStringLiteral("127.0.0.1"));
    QVERIFY(match.ok());
    QVERIFY2(match->found(), qPrintable(match->serverReason));
    QCOMPARE(returnedBody(config, match->location), expected);
}

void TestLocationMatcher::multisite_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("serverFile");
    QTest::addColumn<int>("serverLine");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("target");
    QTest::newRow("php regex") << "http://shop.example.org/index.php"
                               << ""
                               << "shop.example.org.conf" << 1 << "~ \\.php$"
                               << "unix:/run/php/php8.2-fpm.sock";
    QTest::newRow("^~ static, no upstream") << "http://shop.example.org/static/app.php"
                                            << ""
                                            << "shop.example.org.conf" << 1 << "^~ /static/"
                                            << "";
    QTest::newRow("second server_name") << "http://www.shop.example.org/"
                                        << ""
                                        << "shop.example.org.conf" << 1 << "/"
                                        << "";
    QTest::newRow("default_server") << "http://unknown.example/"
                                    << ""
                                    << "00-default" << 1 << ""
                                    << "";
    QTest::newRow("default_server ipv6") << "http://[::1]/"
                                         << ""
                                         << "00-default" << 1 << ""
                                         << "";
    QTest::newRow("upstream block") << "http://api.example.org:8080/users"
                                    << ""
                                    << "api.example.org.conf" << 1 << "/"
                                    << "app_pool";
    QTest::newRow("nested location") << "http://api.example.org:8080/v2/admin/users"
                                     << ""
                                     << "api.example.org.conf" << 1 << "/v2/admin/"
                                     << "127.0.0.1:9001";
    QTest::newRow("outer location") << "http://api.example.org:8080/v2/x"
                                    << ""
                                    << "api.example.org.conf" << 1 << "/v2/"
                                    << "localhost:9000";
    QTest::newRow("wildcard name on api") << "http://v1.api.example.org:8080/ws/chat"
                                          << ""
                                          << "api.example.org.conf" << 1 << "/ws/"
                                          << "127.0.0.1:9002";
    QTest::newRow("only listener on address") << "http://other.example:8081/"
                                              << "127.0.0.1"
                                              << "api.example.org.conf" << 1 << "/"
                                              << "app_pool";
    QTest::newRow("ipv6 loopback listen") << "http://[::1]:8080/scgi/x"
                                          << ""
                                          << "api.example.org.conf" << 1 << "/scgi/"
                                          << "unix:/run/scgi.sock";
    QTest::newRow("address-specific listen") << "http://127.0.0.1:8082/"
                                             << ""
                                             << "tricky.conf" << 2 << "/"
                                             << "127.0.0.1:8083";
    QTest::newRow("trailing wildcard") << "http://www.example.net/"
                                       << ""
                                       << "wildcards.conf" << 7 << "/"
                                       << "127.0.0.1:7002";
    QTest::newRow("regex server_name") << "http://bob.users.example.net/"
                                       << ""
                                       << "wildcards.conf" << 13 << "/"
                                       << "127.0.0.1:7003";
    QTest::newRow(".example.com") << "http://example.com/"
                                  << ""
                                  << "wildcards.conf" << 19 << "/"
                                  << "127.0.0.1:7004";
    QTest::newRow("*.example.org") << "http://blog.example.org/"
                                   << ""
                                   << "wildcards.conf" << 1 << "/"
                                   << "127.0.0.1:7001";
    QTest::newRow("exact beats *.example.org") << "http://shop.example.org/"
                                               << ""
                                               << "shop.example.org.conf" << 1 << "/"
                                               << "";
}

void TestLocationMatcher::multisite()
{
    QFETCH(QString, url);
    QFETCH(QString, destination);
    QFETCH(QString, serverFile);
    QFETCH(int, serverLine);
    QFETCH(QString, location);
    QFETCH(QString, target);
    const NginxConfig config = loadDump(QStringLiteral("multisite"));
    const LocationMatcher matcher(config);
    const Result<LocationMatch, ConfigError> match = matcher.match(QUrl(url), destination);
    QVERIFY(match.ok());
    QVERIFY2(match->found(), qPrintable(match->serverReason));
    QCOMPARE(match->server->file,
             capturePath(QStringLiteral("multisite"), QStringLiteral("sites-enabled/") + serverFile));
    QCOMPARE(match->server->line, serverLine);
    QCOMPARE(match->location ? LocationSpec::fromDirective(*match->location).toString() : QString(),
             location);
    QCOMPARE(match->target ? match->target->endpoint() : QString(), target);
}

void TestLocationMatcher::reasons()
{
    const NginxConfig config = loadDump(QStringLiteral("multisite"));
    const LocationMatcher matcher(config);
    const Result<LocationMatch, ConfigError> none =
        matcher.match(QUrl(QStringLiteral("http://x.example:9999/")));
    QVERIFY(none.ok());
    QVERIFY(!none->found());
    QVERIFY(none->serverReason.contains(QStringLiteral("9999")));
    const Result<LocationMatch, ConfigError> nested =
        matcher.match(QUrl(QStringLiteral("http://api.example.org:8080/v2/admin/x")));
    QCOMPARE(nested->locationChain.size(), 2);
    QVERIFY(nested->serverReason.contains(QStringLiteral("api.example.org")));
    QVERIFY(nested->locationReason.contains(QStringLiteral("/v2/admin/")));
    QCOMPARE(nested->uri, QStringLiteral("/v2/admin/x"));
}

void TestLocationMatcher::invalidUrl()
{
    const NginxConfig config = loadDump(QStringLiteral("multisite"));
    const LocationMatcher matcher(config);
    const Result<LocationMatch, ConfigError> match = matcher.match(QUrl(QStringLiteral("/just/a/path")));
    QVERIFY(!match.ok());
    QCOMPARE(match.error().kind(), ConfigError::Kind::InvalidValue);
}

void TestLocationMatcher::locationSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("path");
    using K = LocationSpec::Kind;
    QTest::newRow("prefix") << "location /a {}" << int(K::Prefix) << "/a";
    QTest::newRow("exact") << "location = /a {}" << int(K::Exact) << "/a";
    QTest::newRow("exact glued") << "location =/a {}" << int(K::Exact) << "/a";
    QTest::newRow("noregex") << "location ^~ /a {}" << int(K::PrefixNoRegex) << "/a";
    QTest::newRow("noregex glued is a prefix") << "location ^~/a {}" << int(K::Prefix) << "^~/a";
    QTest::newRow("regex") << "location ~ \\.php$ {}" << int(K::Regex) << "\\.php$";
    QTest::newRow("regex glued") << "location ~\\.php$ {}" << int(K::Regex) << "\\.php$";
    QTest::newRow("caseless") << "location ~* \\.PNG$ {}" << int(K::RegexCaseless) << "\\.PNG$";
    QTest::newRow("caseless glued") << "location ~*\\.PNG$ {}" << int(K::RegexCaseless) << "\\.PNG$";
    QTest::newRow("named") << "location @fallback {}" << int(K::Named) << "@fallback";
}

void TestLocationMatcher::locationSpecs()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, path);
    const NginxConfig config = NginxConfig::fromText(QStringLiteral("/t.conf"), text);
    const LocationSpec spec = LocationSpec::fromDirective(*config.rootDirectives().first());
    QCOMPARE(int(spec.kind), kind);
    QCOMPARE(spec.path, path);
}

void TestLocationMatcher::listenSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("defaultServer");
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("port") << "listen 80;"
                          << "*:80" << false << false;
    QTest::newRow("address") << "listen 127.0.0.1;"
                             << "127.0.0.1:80" << false << false;
    QTest::newRow("address port") << "listen 127.0.0.1:8080 default_server;"
                                  << "127.0.0.1:8080" << true << false;
    QTest::newRow("star") << "listen *:8000;"
                          << "*:8000" << false << false;
    QTest::newRow("v6 any") << "listen [::]:80 default_server ipv6only=on;"
                            << "[::]:80" << true << true;
    QTest::newRow("v6 loopback") << "listen [::1]:8080;"
                                 << "[::1]:8080" << false << true;
    QTest::newRow("v6 no port") << "listen [::1];"
                                << "[::1]:80" << false << true;
    QTest::newRow("old default") << "listen 80 default;"
                                 << "*:80" << true << false;
    QTest::newRow("unix") << "listen unix:/run/nginx.sock;"
                          << "unix:/run/nginx.sock" << false << false;
    QTest::newRow("ssl http2") << "listen 443 ssl http2;"
                               << "*:443" << false << false;
}

void TestLocationMatcher::listenSpecs()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(bool, defaultServer);
    QFETCH(bool, ipv6);
    const NginxConfig config = NginxConfig::fromText(QStringLiteral("/t.conf"), text);
    const ListenSpec spec = ListenSpec::fromDirective(*config.rootDirectives().first());
    QCOMPARE(spec.toString(), canonical);
    QCOMPARE(spec.defaultServer, defaultServer);
    QCOMPARE(spec.ipv6, ipv6);
}

void TestLocationMatcher::upstreamRequestUri_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // "<none>": nginx builds it in a way we do not follow
    QTest::newRow("no URI part: as the client sent it")
        << QStringLiteral("http://api.example.org:8080/orders/7?full=1")
        << QStringLiteral("/orders/7?full=1");
    QTest::newRow("URI part replaces the prefix")
        << QStringLiteral("http://api.example.org:8080/v2/users?id=3") << QStringLiteral("/users?id=3");
    QTest::newRow("nested location without URI part")
        << QStringLiteral("http://api.example.org:8080/v2/admin/x") << QStringLiteral("/v2/admin/x");
    QTest::newRow("variables in the address")
        << QStringLiteral("http://api.example.org:8080/dynamic/x") << QStringLiteral("<none>");
    QTest::newRow("variables in the URI part")
        << QStringLiteral("http://api.example.org:8080/search/q") << QStringLiteral("<none>");
    QTest::newRow("grpc_pass") << QStringLiteral("http://api.example.org:8080/grpc.Service/Call")
                               << QStringLiteral("<none>");
    QTest::newRow("fastcgi_pass") << QStringLiteral("http://shop.example.org/index.php")
                                  << QStringLiteral("<none>");
}

void TestLocationMatcher::upstreamRequestUri()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const NginxConfig config = loadDump(QStringLiteral("multisite"));
    const Result<LocationMatch, ConfigError> match = LocationMatcher(config).match(QUrl(url));
    QVERIFY(match.ok());
    QVERIFY2(match->found(), qPrintable(match->serverReason));
    const std::optional<QString> uri = UpstreamRequestUri::of(config, *match, QUrl(url));
    QCOMPARE(uri.value_or(QStringLiteral("<none>")), expected);
}

void TestLocationMatcher::upstreamHostHeader_data()
{
    QTest::addColumn<QString>("serverLevel");
    QTest::addColumn<QString>("locationLevel");
    QTest::addColumn<QString>("expected"); // empty: nginx's default, $proxy_host
    QTest::newRow("default") << QString() << QString() << QString();
    QTest::newRow("$host in the location")
        << QString() << QStringLiteral("proxy_set_header Host $host;") << QStringLiteral("shop.example.org");
    QTest::newRow("$http_host keeps the port")
        << QString() << QStringLiteral("proxy_set_header Host $http_host;")
        << QStringLiteral("shop.example.org:8090");
    QTest::newRow("inherited from the server")
        << QStringLiteral("proxy_set_header Host $host;") << QString() << QStringLiteral("shop.example.org");
    QTest::newRow("not inherited past a level that sets other headers")
        << QStringLiteral("proxy_set_header Host $host;")
        << QStringLiteral("proxy_set_header X-Real-IP $remote_addr;") << QString();
    QTest::newRow("a fixed name") << QString() << QStringLiteral("proxy_set_header host app.internal;")
                                  << QStringLiteral("app.internal");
}

void TestLocationMatcher::upstreamHostHeader()
{
    QFETCH(QString, serverLevel);
    QFETCH(QString, locationLevel);
    QFETCH(QString, expected);
    const NginxConfig config = NginxConfig::fromText(
        QStringLiteral("/etc/nginx/nginx.conf"),
        QStringLiteral("events {}\nhttp {\n server {\n  listen 8090;\n  server_name shop.example.org;\n  %1\n"
                       "  location / {\n   proxy_pass http://127.0.0.1:9000;\n   %2\n  }\n }\n}\n")
            .arg(serverLevel, locationLevel));
    const QUrl url(QStringLiteral("http://shop.example.org:8090/reports"));
    const Result<LocationMatch, ConfigError> match = LocationMatcher(config).match(url);
    QVERIFY(match.ok());
    QVERIFY(match->found());
    QCOMPARE(UpstreamRequestUri::hostHeader(config, *match, url), expected);
    QCOMPARE(UpstreamRequestUri::of(config, *match, url).value_or(QString()), QStringLiteral("/reports"));
}

QTEST_GUILESS_MAIN(TestLocationMatcher)
#include "tst_locationmatcher.moc"

// UpstreamTargets on the lab's multi-site config (captured with nginx -T) and on
// edge cases of the *_pass syntaxes.
#include "app/config/UpstreamTargets.h"
#include "tests/config/ConfigTestData.h"

#include <QtTest>

using namespace gd;
using gd::test::capturePath;
using gd::test::loadDump;

class TestUpstreamTargets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void multisiteTargets_data();
    void multisiteTargets();
    void upstreamBlocks();
    void contextOfTarget();
    void resolverRules();
    void syntaxes_data();
    void syntaxes();
    void phpVersion_data();
    void phpVersion();
    void streamIsNotHttp();
    void targetOfLocation();

private:
    NginxConfig m_config;
    UpstreamTargets m_targets;
    const UpstreamTarget *byValue(const QString &value) const
    {
        for (const UpstreamTarget &t : m_targets.targets()) {
            if (t.value == value)
                return &t;
        }
        return nullptr;
    }
};

void TestUpstreamTargets::initTestCase()
{
    m_config = loadDump(QStringLiteral("multisite"));
    m_targets = UpstreamTargets::collect(m_config);
}

void TestUpstreamTargets::multisiteTargets_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("directive");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("line");
    using K = UpstreamTarget::Kind;
    QTest::newRow("upstream block") << "http://app_pool"
                                    << "proxy_pass"
                                    << "http" << int(K::UpstreamBlock) << "app_pool" << 0 << 9;
    QTest::newRow("localhost with uri") << "http://localhost:9000/"
                                        << "proxy_pass"
                                        << "http" << int(K::HostPort) << "localhost:9000" << 9000 << 15;
    QTest::newRow("nested location") << "http://127.0.0.1:9001"
                                     << "proxy_pass"
                                     << "http" << int(K::HostPort) << "127.0.0.1:9001" << 9001 << 19;
    QTest::newRow("grpc to block") << "grpc://grpc_backend"
                                   << "grpc_pass"
                                   << "grpc" << int(K::UpstreamBlock) << "grpc_backend" << 0 << 31;
    QTest::newRow("variable host") << "http://$backend:8080"
                                   << "proxy_pass"
                                   << "http" << int(K::Variable) << "http://$backend:8080" << 0 << 38;
    QTest::newRow("variable whole host") << "http://$tenant_backend"
                                         << "proxy_pass"
                                         << "http" << int(K::Variable) << "http://$tenant_backend" << 0 << 42;
    QTest::newRow("variable uri only") << "http://search.internal:9200$request_uri"
                                       << "proxy_pass"
                                       << "http" << int(K::HostPort) << "search.internal:9200" << 9200 << 46;
    QTest::newRow("uwsgi") << "127.0.0.1:3031"
                           << "uwsgi_pass"
                           << "uwsgi" << int(K::HostPort) << "127.0.0.1:3031" << 3031 << 51;
    QTest::newRow("scgi socket") << "unix:/run/scgi.sock"
                                 << "scgi_pass"
                                 << "scgi" << int(K::UnixSocket) << "unix:/run/scgi.sock" << 0 << 55;
    QTest::newRow("https default port") << "https://10.1.2.3"
                                        << "proxy_pass"
                                        << "https" << int(K::HostPort) << "10.1.2.3:443" << 443 << 59;
    QTest::newRow("php-fpm socket") << "unix:/run/php/php8.2-fpm.sock"
                                    << "fastcgi_pass"
                                    << "fastcgi" << int(K::UnixSocket) << "unix:/run/php/php8.2-fpm.sock" << 0
                                    << 14;
    QTest::newRow("wildcard server") << "http://127.0.0.1:7001"
                                     << "proxy_pass"
                                     << "http" << int(K::HostPort) << "127.0.0.1:7001" << 7001 << 4;
}

void TestUpstreamTargets::multisiteTargets()
{
    QFETCH(QString, value);
    QFETCH(QString, directive);
    QFETCH(QString, scheme);
    QFETCH(int, kind);
    QFETCH(QString, endpoint);
    QFETCH(int, port);
    QFETCH(int, line);
    const UpstreamTarget *t = byValue(value);
    QVERIFY(t);
    QCOMPARE(t->directive, directive);
    QCOMPARE(t->scheme, scheme);
    QCOMPARE(int(t->kind), kind);
    QCOMPARE(t->endpoint(), endpoint);
    QCOMPARE(int(t->port), port);
    QCOMPARE(t->line, line);
    QVERIFY(m_config.lineText(t->file, t->line).contains(value));
}

void TestUpstreamTargets::upstreamBlocks()
{
    QCOMPARE(m_targets.targets().size(), 18); // api 12, shop 1, tricky 1, wildcards 4
    QCOMPARE(m_targets.blocks().size(), 3);
    const UpstreamBlock *pool =
        m_targets.block(QStringLiteral("APP_POOL")); // names compare case-insensitively
    QVERIFY(pool);
    QCOMPARE(pool->file, capturePath(QStringLiteral("multisite"), QStringLiteral("conf.d/upstreams.conf")));
    QCOMPARE(pool->line, 1);
    QCOMPARE(pool->keepalive, 16);
    QCOMPARE(pool->keepaliveLine, 8);
    QCOMPARE(pool->zoneName, QStringLiteral("app_pool"));
    QCOMPARE(pool->zoneSize, QStringLiteral("64k"));
    QCOMPARE(pool->balancing, QStringLiteral("least_conn"));
    QCOMPARE(pool->servers.size(), 4);
    const UpstreamServer &first = pool->servers.at(0);
    QCOMPARE(first.endpoint(), QStringLiteral("127.0.0.1:8001"));
    QCOMPARE(first.weight, 3);
    QCOMPARE(first.maxFails, 2);
    QCOMPARE(first.failTimeout, QStringLiteral("5s"));
    QCOMPARE(first.line, 4);
    const UpstreamServer &second = pool->servers.at(1);
    QCOMPARE(second.weight, 1);
    QCOMPARE(second.maxFails, 1);
    QCOMPARE(second.failTimeout, QStringLiteral("10s"));
    QCOMPARE(pool->servers.at(2).endpoint(), QStringLiteral("[::1]:8003"));
    QVERIFY(pool->servers.at(2).backup);
    QVERIFY(pool->servers.at(3).down);
    const UpstreamBlock *tenant = m_targets.block(QStringLiteral("tenant_a"));
    QVERIFY(tenant);
    QCOMPARE(tenant->servers.first().unixPath, QStringLiteral("/run/tenant-a/app.sock"));
    QCOMPARE(tenant->servers.first().maxFails, 0);
    QCOMPARE(m_targets.blockFor(*byValue(QStringLiteral("http://app_pool"))), pool);
}

void TestUpstreamTargets::contextOfTarget()
{
    const UpstreamTarget *admin = byValue(QStringLiteral("http://127.0.0.1:9001"));
    QCOMPARE(admin->serverNames,
             (QStringList{QStringLiteral("api.example.org"), QStringLiteral("*.api.example.org")}));
    QCOMPARE(admin->listens, (QStringList{QStringLiteral("8080"), QStringLiteral("127.0.0.1:8081"),
                                          QStringLiteral("[::1]:8080 ipv6only=on")}));
    QCOMPARE(admin->location.path, QStringLiteral("/v2/admin/"));
    QCOMPARE(admin->location.kind, LocationSpec::Kind::Prefix);
    QCOMPARE(admin->serverLine, 1);
    const UpstreamTarget *php = byValue(QStringLiteral("unix:/run/php/php8.2-fpm.sock"));
    QCOMPARE(php->location.kind, LocationSpec::Kind::Regex);
    QCOMPARE(php->location.path, QStringLiteral("\\.php$"));
    QCOMPARE(php->phpVersion, QStringLiteral("8.2"));
    const UpstreamTarget *local = byValue(QStringLiteral("http://localhost:9000/"));
    QVERIFY(local->isLocalhost());
    QCOMPARE(local->knownAddresses(), (QStringList{QStringLiteral("::1"), QStringLiteral("127.0.0.1")}));
    QCOMPARE(local->uri, QStringLiteral("/"));
    const UpstreamTarget *tricky = byValue(QStringLiteral("http://127.0.0.1:8083"));
    QCOMPARE(tricky->serverNames,
             (QStringList{QStringLiteral("quoted.example.org"), QStringLiteral("single.example.org")}));
    QVERIFY(!tricky->insideIf);
}

void TestUpstreamTargets::resolverRules()
{
    const UpstreamTarget *dynamic = byValue(QStringLiteral("http://$backend:8080"));
    QVERIFY(dynamic->hasVariables);
    QVERIFY(dynamic->hostIsVariable);
    QVERIFY(dynamic->needsResolver);
    QVERIFY(dynamic->resolverInScope);
    QCOMPARE(dynamic->resolverLine, 36);
    const UpstreamTarget *tenant = byValue(QStringLiteral("http://$tenant_backend"));
    QVERIFY(tenant->needsResolver);
    QVERIFY(!tenant->resolverInScope);
    // A fixed host with a variable URI: not a variable host, but nginx still resolves
    // the name per request (no upstream of that name): a resolver is needed.
    const UpstreamTarget *search = byValue(QStringLiteral("http://search.internal:9200$request_uri"));
    QVERIFY(search->hasVariables);
    QVERIFY(!search->hostIsVariable);
    QCOMPARE(search->host, QStringLiteral("search.internal"));
    QCOMPARE(search->uri, QStringLiteral("$request_uri"));
    QVERIFY(search->needsResolver);
    QVERIFY(!search->resolverInScope);
    const UpstreamTarget *fixed = byValue(QStringLiteral("http://127.0.0.1:9002"));
    QVERIFY(!fixed->hasVariables);
    QVERIFY(!fixed->needsResolver);
}

void TestUpstreamTargets::syntaxes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("hostIsVariable");
    QTest::addColumn<bool>("needsResolver");
    QTest::addColumn<QString>("uri");
    QTest::newRow("ipv6 literal") << "proxy_pass http://[::1]:8080/app/;"
                                  << "[::1]:8080"
                                  << "http" << false << false << "/app/";
    QTest::newRow("ipv6 default port") << "proxy_pass http://[::1];"
                                       << "[::1]:80"
                                       << "http" << false << false << "";
    QTest::newRow("unix with uri") << "proxy_pass http://unix:/run/app.sock:/api/;"
                                   << "unix:/run/app.sock"
                                   << "http" << false << false << "/api/";
    QTest::newRow("upper-case scheme") << "proxy_pass HTTP://10.0.0.1:81;"
                                       << "10.0.0.1:81"
                                       << "http" << false << false << "";
    QTest::newRow("whole url variable") << "proxy_pass $upstream_url;"
                                        << "$upstream_url"
                                        << "" << true << true << "";
    QTest::newRow("variable scheme") << "proxy_pass $scheme://10.0.0.1;"
                                     << "$scheme://10.0.0.1"
                                     << "" << true << true << "";
    QTest::newRow("ip with variable uri") << "proxy_pass http://10.0.0.1:8080$request_uri;"
                                          << "10.0.0.1:8080"
                                          << "http" << false << false << "$request_uri";
    QTest::newRow("name with ${uri}") << "proxy_pass http://app.internal${uri};"
                                      << "app.internal:80"
                                      << "http" << false << true << "${uri}";
    QTest::newRow("name glued to variable") << "proxy_pass http://app$suffix;"
                                            << "http://app$suffix"
                                            << "http" << true << true << "";
    QTest::newRow("fastcgi tcp") << "fastcgi_pass 127.0.0.1:9000;"
                                 << "127.0.0.1:9000"
                                 << "fastcgi" << false << false << "";
    QTest::newRow("fastcgi no port") << "fastcgi_pass php;"
                                     << "php"
                                     << "fastcgi" << false << false << "";
    QTest::newRow("grpcs") << "grpc_pass grpcs://10.0.0.2:443;"
                           << "10.0.0.2:443"
                           << "grpcs" << false << false << "";
    QTest::newRow("grpc bare") << "grpc_pass 127.0.0.1:50051;"
                               << "127.0.0.1:50051"
                               << "grpc" << false << false << "";
    QTest::newRow("suwsgi") << "uwsgi_pass suwsgi://10.0.0.3:3031;"
                            << "10.0.0.3:3031"
                            << "suwsgi" << false << false << "";
    QTest::newRow("variable fastcgi") << "fastcgi_pass $fpm;"
                                      << "$fpm"
                                      << "fastcgi" << true << true << "";
    // Only the port comes with the request: an address needs no resolver.
    QTest::newRow("ip with variable port") << "proxy_pass http://127.0.0.1:$server_port/return204;"
                                           << "http://127.0.0.1:$server_port/return204"
                                           << "http" << true << false << "/return204";
    QTest::newRow("ipv6 with variable port") << "proxy_pass http://[::1]:$port;"
                                             << "http://[::1]:$port"
                                             << "http" << true << false << "";
    // A socket path is never looked up, variable or not.
    QTest::newRow("variable unix socket") << "fastcgi_pass unix:/run/php/php$v-fpm.sock;"
                                          << "unix:/run/php/php$v-fpm.sock"
                                          << "fastcgi" << true << false << "";
    QTest::newRow("variable with implicit upstream")
        << "proxy_pass http://app.internal:81$request_uri; proxy_pass http://app.internal:81;"
        << "app.internal:81"
        << "http" << false << false << "$request_uri";
}

void TestUpstreamTargets::syntaxes()
{
    QFETCH(QString, line);
    QFETCH(QString, endpoint);
    QFETCH(QString, scheme);
    QFETCH(bool, hostIsVariable);
    QFETCH(bool, needsResolver);
    QFETCH(QString, uri);
    const NginxConfig config =
        NginxConfig::fromText(QStringLiteral("/etc/nginx/nginx.conf"),
                              QStringLiteral("http { server { location / { %1 } } }").arg(line));
    const UpstreamTargets targets = UpstreamTargets::collect(config);
    QVERIFY(!targets.targets().isEmpty());
    const UpstreamTarget &t = targets.targets().first();
    QCOMPARE(t.endpoint(), endpoint);
    QCOMPARE(t.scheme, scheme);
    QCOMPARE(t.hostIsVariable, hostIsVariable);
    QCOMPARE(t.needsResolver, needsResolver);
    QCOMPARE(t.uri, uri);
}

void TestUpstreamTargets::phpVersion_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("version");
    QTest::newRow("debian") << "/run/php/php8.1-fpm.sock"
                            << "8.1";
    QTest::newRow("var run") << "/var/run/php/php7.4-fpm.sock"
                             << "7.4";
    QTest::newRow("pool suffix") << "/run/php/php8.3-fpm-www.sock"
                                 << "8.3";
    QTest::newRow("no version") << "/run/php/php-fpm.sock"
                                << "";
    QTest::newRow("remi") << "/var/opt/remi/php81/run/php-fpm/www.sock"
                          << "";
    QTest::newRow("not php") << "/run/app.sock"
                             << "";
}

void TestUpstreamTargets::phpVersion()
{
    QFETCH(QString, path);
    QFETCH(QString, version);
    QCOMPARE(UpstreamTargets::phpVersionFromPath(path), version);
}

void TestUpstreamTargets::streamIsNotHttp()
{
    const NginxConfig config = NginxConfig::fromText(
        QStringLiteral("/etc/nginx/nginx.conf"),
        QStringLiteral(
            "stream { upstream db { server 10.0.0.9:5432; } server { listen 5432; proxy_pass db; } }\n"
            "http { server { location / { proxy_pass http://127.0.0.1:1; } } }"));
    const UpstreamTargets targets = UpstreamTargets::collect(config);
    QCOMPARE(targets.targets().size(), 1);
    QCOMPARE(targets.blocks().size(), 0);
}

void TestUpstreamTargets::targetOfLocation()
{
    const NginxConfig config = NginxConfig::fromText(
        QStringLiteral("/etc/nginx/nginx.conf"),
        QStringLiteral("http { server { location / { if ($x) { proxy_pass http://127.0.0.1:2; } } "
                       "location /a { proxy_pass http://127.0.0.1:3; } location /b { root /srv; } } }"));
    const UpstreamTargets targets = UpstreamTargets::collect(config);
    const QList<const NginxDirective *> locations = config.locations(*config.servers().first());
    QCOMPARE(targets.targetOfLocation(config, *locations.at(0))->port, quint16(2));
    QVERIFY(targets.targetOfLocation(config, *locations.at(0))->insideIf);
    QCOMPARE(targets.targetOfLocation(config, *locations.at(1))->port, quint16(3));
    QVERIFY(!targets.targetOfLocation(config, *locations.at(2)));
}

QTEST_GUILESS_MAIN(TestUpstreamTargets)
#include "tst_upstreamtargets.moc"

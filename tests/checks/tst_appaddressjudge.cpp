// "The address the app really uses" (UpstreamAddressJudge with AppAddressCandidates):
// real ss and ps output of real app servers (tests/data/probes/appaddress, see its
// README), judged against nginx configs that point next to them.
#include "app/checks/AppAddressCandidates.h"
#include "app/checks/UpstreamAddressJudge.h"
#include "app/config/NginxConfig.h"
#include "app/probes/AppProcess.h"
#include "tests/TestConfig.h"
#include "tests/checks/AppAddressCapture.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace gd;

namespace {

const QString kConf = QStringLiteral("/etc/nginx/nginx.conf");
const QString kLab = QStringLiteral("/tmp/gd-appaddr-cap/lab");
const QString kFpmSocket = kLab + QStringLiteral("/run/php8.2-fpm.sock");

// The capture's machine, with `servers` as nginx's http {} (nginx itself listens on 8080).
Facts factsWith(const QString &servers)
{
    Facts facts;
    facts.confPath = kConf;
    facts.config =
        NginxConfig::fromText(kConf, QStringLiteral("events {}\nhttp {\n") + servers + QStringLiteral("}\n"));
    facts.targets = UpstreamTargets::collect(*facts.config);
    facts.ssTcp = test::appAddressCapture(QStringLiteral("ss-tlnpH.txt"), QStringLiteral("ss -tlnpH"));
    facts.ssUnix = test::appAddressCapture(QStringLiteral("ss-xlpH.txt"), QStringLiteral("ss -xlpH"));
    facts.processes = test::appAddressCapture(QStringLiteral("ps.txt"),
                                              QStringLiteral("ps -ww -eo pid=,ppid=,user:32=,args="));
    if (ProbeResult<ProcessTable> table = ProcessTable::parse(ProbeOutput::from(facts.processes)))
        facts.processTable = *table;
    return facts;
}

// One server on nginx's own port whose locations pass to each of `passes`
// ("proxy_pass http://127.0.0.1:5000").
QString site(const QStringList &passes)
{
    QString text = QStringLiteral("    server {\n        listen 127.0.0.1:8080;\n");
    for (int i = 0; i < passes.size(); ++i)
        text += QStringLiteral("        location /%1 { %2; }\n").arg(i).arg(passes.at(i));
    return text + QStringLiteral("    }\n");
}

// The other app servers of the capture, each already used by some location.
const QStringList kOthersReferenced{QStringLiteral("proxy_pass http://127.0.0.1:8002"),
                                    QStringLiteral("proxy_pass http://127.0.0.1:3000"),
                                    QStringLiteral("proxy_pass http://127.0.0.1:8765")};

QByteArray describe(const std::optional<Finding> &f)
{
    if (!f)
        return "no finding";
    QStringList parts{causeCode(f->cause) + QStringLiteral(": ") + f->summary};
    for (const Evidence &e : f->evidence)
        parts << QStringLiteral("  [%1] %2").arg(e.source, e.excerpt);
    for (const FixAction &a : f->actions)
        parts
            << QStringLiteral("  edit %1:%2 '%3' -> '%4'").arg(a.file).arg(a.line).arg(a.oldText, a.newText);
    return parts.join(QLatin1Char('\n')).toUtf8();
}

bool hasEvidence(const Finding &f, const QString &source, const QString &part)
{
    return std::any_of(f.evidence.begin(), f.evidence.end(),
                       [&](const Evidence &e) { return e.source == source && e.excerpt.contains(part); });
}

} // namespace

class TestAppAddressJudge : public QObject
{
    Q_OBJECT
private slots:
    // ss names gunicorn "python3"; ps tells which program it is. A database is never an app.
    void ownersAreToldBySsNameAndCommandLine()
    {
        const Facts facts = factsWith(site({}));
        const ParsedFacts parsed = ParsedFacts::from(facts);
        QVERIFY(parsed.listenersKnown);
        QMap<QString, AppProcess> byEndpoint;
        for (const Listener &l : parsed.listeners.listeners())
            byEndpoint.insert(l.endpoint(), AppProcess::ofListener(l, &*parsed.processes));
        const AppProcess gunicorn3 = byEndpoint.value(QStringLiteral("127.0.0.1:8001"));
        QCOMPARE(gunicorn3.name, QStringLiteral("gunicorn"));
        QCOMPARE(gunicorn3.protocol, AppProcess::Protocol::Http);
        QCOMPARE(gunicorn3.pid, qint64(5)); // the master, not a worker
        QVERIFY(gunicorn3.commandLine.contains(QLatin1String("/usr/bin/gunicorn3")));
        QCOMPARE(byEndpoint.value(QStringLiteral("127.0.0.1:8002")).name, QStringLiteral("gunicorn")); // -m
        QCOMPARE(byEndpoint.value(QStringLiteral("127.0.0.1:3000")).name, QStringLiteral("node"));
        QCOMPARE(byEndpoint.value(QStringLiteral("127.0.0.1:8765")).name, QStringLiteral("python"));
        QCOMPARE(byEndpoint.value(QStringLiteral("127.0.0.1:6379")).role, AppProcess::Role::Database);
        QCOMPARE(byEndpoint.value(QStringLiteral("127.0.0.1:8080")).role, AppProcess::Role::Other); // nginx
        const AppProcess fpm = byEndpoint.value(QStringLiteral("unix:") + kFpmSocket);
        QCOMPARE(fpm.name, QStringLiteral("php-fpm"));
        QCOMPARE(fpm.protocol, AppProcess::Protocol::FastCgi);
        QVERIFY(fpm.commandLine.startsWith(QLatin1String("php-fpm: master process")));
        // Without ps, ss's name alone still tells a database from an app.
        QCOMPARE(AppProcess::classify(QStringLiteral("redis-server"), nullptr).role,
                 AppProcess::Role::Database);
        QCOMPARE(AppProcess::classify(QStringLiteral("node"), nullptr).role, AppProcess::Role::AppServer);
    }

    // (a) nginx -> 127.0.0.1:5000 (nothing); gunicorn on 8001, not near it, used by no upstream.
    void oneUnreferencedAppIsTheWrongAddress()
    {
        const Facts facts = factsWith(
            site(QStringList{QStringLiteral("proxy_pass http://127.0.0.1:5000")} + kOthersReferenced));
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const auto v = UpstreamAddressJudge::judge(facts, parsed, QStringLiteral("127.0.0.1:5000"),
                                                   QStringLiteral("127.0.0.1:5000"));
        QVERIFY2(v.finding && v.finding->cause == Cause::WrongUpstreamAddress, describe(v.finding));
        const Finding &f = *v.finding;
        QVERIFY2(f.summary.contains(QLatin1String("gunicorn listens on 127.0.0.1:8001")),
                 describe(v.finding));
        QVERIFY2(f.remedy.contains(QLatin1String("127.0.0.1:8001")), qPrintable(f.remedy));
        // Evidence: the ss line and the process's command line.
        QVERIFY2(hasEvidence(f, QStringLiteral("ss"), QStringLiteral("127.0.0.1:8001")), describe(v.finding));
        QVERIFY2(hasEvidence(f, QStringLiteral("ps"),
                             QStringLiteral("/usr/bin/gunicorn3 --workers 2 --bind "
                                            "127.0.0.1:8001")),
                 describe(v.finding));
        QCOMPARE(f.actions.size(), 1);
        QCOMPARE(f.actions.first().file, kConf);
        QCOMPARE(f.actions.first().oldText.trimmed(),
                 QStringLiteral("location /0 { proxy_pass http://127.0.0.1:5000; }"));
        QCOMPARE(f.actions.first().newText.trimmed(),
                 QStringLiteral("location /0 { proxy_pass http://127.0.0.1:8001; }"));
    }

    // (d) Two apps listen where no upstream points: which one is a guess, so the app is down, naming both.
    void twoUnreferencedAppsAreNamedNotChosen()
    {
        const Facts facts = factsWith(site({QStringLiteral("proxy_pass http://127.0.0.1:5000"),
                                            QStringLiteral("proxy_pass http://127.0.0.1:8002"),
                                            QStringLiteral("proxy_pass http://127.0.0.1:8765")}));
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const auto v = UpstreamAddressJudge::judge(facts, parsed, QStringLiteral("127.0.0.1:5000"),
                                                   QStringLiteral("127.0.0.1:5000"));
        QVERIFY2(v.finding && v.finding->cause == Cause::UpstreamDown, describe(v.finding));
        QVERIFY2(v.finding->summary.contains(QLatin1String(
                     "gunicorn listens on 127.0.0.1:8001 and node on 127.0.0.1:3000; neither is used")),
                 describe(v.finding));
        QVERIFY(v.finding->actions.isEmpty());
        QVERIFY2(hasEvidence(*v.finding, QStringLiteral("ss"), QStringLiteral("127.0.0.1:3000")),
                 describe(v.finding));
    }

    void everyUnreferencedAppIsNamed()
    {
        const Facts facts = factsWith(site({QStringLiteral("proxy_pass http://127.0.0.1:5000")}));
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const auto v = UpstreamAddressJudge::judge(facts, parsed, QStringLiteral("127.0.0.1:5000"),
                                                   QStringLiteral("127.0.0.1:5000"));
        QVERIFY2(v.finding && v.finding->cause == Cause::UpstreamDown, describe(v.finding));
        for (const char *place : {"127.0.0.1:8001", "127.0.0.1:8002", "127.0.0.1:3000", "127.0.0.1:8765"})
            QVERIFY2(v.finding->summary.contains(QLatin1String(place)), describe(v.finding));
        QVERIFY2(v.finding->summary.contains(QLatin1String("none of them")), describe(v.finding));
        // Neither the database nor php-fpm (FastCGI, not HTTP) is offered for a proxy_pass.
        QVERIFY2(!v.finding->summary.contains(QLatin1String("6379")), describe(v.finding));
        QVERIFY2(!v.finding->summary.contains(QLatin1String("php-fpm")), describe(v.finding));
    }

    // (e) Only a database listens where no upstream points, even right next to the port.
    void aDatabaseIsNeverTheApp()
    {
        for (const QString &port : {QStringLiteral("5000"), QStringLiteral("6380")}) {
            const Facts facts =
                factsWith(site(QStringList{QStringLiteral("proxy_pass http://127.0.0.1:%1").arg(port),
                                           QStringLiteral("proxy_pass http://127.0.0.1:8001")} +
                               kOthersReferenced));
            const ParsedFacts parsed = ParsedFacts::from(facts);
            const QString endpoint = QStringLiteral("127.0.0.1:") + port;
            const auto v = UpstreamAddressJudge::judge(facts, parsed, endpoint, endpoint);
            QVERIFY2(v.finding && v.finding->cause == Cause::UpstreamDown, describe(v.finding));
            QVERIFY2(!v.finding->summary.contains(QLatin1String("redis")), describe(v.finding));
            QVERIFY2(!v.finding->summary.contains(QLatin1String("6379")), describe(v.finding));
            QVERIFY2(v.finding->evidence.size() == 1, describe(v.finding)); // only "no TCP listener"
        }
    }

    // A nearby port that another upstream already uses is that upstream's app, not this one's.
    void aReferencedNeighbourIsNotTheApp()
    {
        const Facts facts = factsWith(site(QStringList{QStringLiteral("proxy_pass http://127.0.0.1:8003"),
                                                       QStringLiteral("proxy_pass http://127.0.0.1:8001")} +
                                           kOthersReferenced));
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const auto v = UpstreamAddressJudge::judge(facts, parsed, QStringLiteral("127.0.0.1:8003"),
                                                   QStringLiteral("127.0.0.1:8003"));
        QVERIFY2(v.finding && v.finding->cause == Cause::UpstreamDown, describe(v.finding));
    }

    // fastcgi_pass 127.0.0.1:9000 (the tutorials' address) while Debian's php-fpm listens
    // on a socket: the socket replaces the host:port.
    void fastcgiPassToTcpWhilePhpFpmListensOnASocket()
    {
        const Facts facts = factsWith(site(QStringList{QStringLiteral("fastcgi_pass 127.0.0.1:9000")}));
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const auto v = UpstreamAddressJudge::judge(facts, parsed, QStringLiteral("127.0.0.1:9000"),
                                                   QStringLiteral("127.0.0.1:9000"));
        QVERIFY2(v.finding && v.finding->cause == Cause::WrongUpstreamAddress, describe(v.finding));
        QVERIFY2(v.finding->summary.contains(QStringLiteral("php-fpm listens on ") + kFpmSocket),
                 describe(v.finding));
        QVERIFY2(hasEvidence(*v.finding, QStringLiteral("ps"), QStringLiteral("php-fpm: master process")),
                 describe(v.finding));
        QCOMPARE(v.finding->actions.size(), 1);
        QCOMPARE(v.finding->actions.first().newText.trimmed(),
                 QStringLiteral("location /0 { fastcgi_pass unix:%1; }").arg(kFpmSocket));
    }

    // (c) The PHP version in the socket's path (php8.1 in the config, php8.2 running).
    void phpVersionInTheSocketPath()
    {
        const QString old = kLab + QStringLiteral("/run/php8.1-fpm.sock");
        const Facts facts = factsWith(site(QStringList{QStringLiteral("fastcgi_pass unix:") + old}));
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const auto v = UpstreamAddressJudge::judge(facts, parsed, QStringLiteral("unix:") + old,
                                                   QStringLiteral("unix:") + old);
        QVERIFY2(v.finding && v.finding->cause == Cause::WrongUpstreamAddress, describe(v.finding));
        QCOMPARE(v.finding->actions.size(), 1);
        QCOMPARE(v.finding->actions.first().newText.trimmed(),
                 QStringLiteral("location /0 { fastcgi_pass unix:%1; }").arg(kFpmSocket));
    }

    // A socket in another place and of another name: the one app server that speaks FastCGI.
    void fastcgiSocketElsewhereFindsPhpFpm()
    {
        const QString missing = QStringLiteral("/run/php-fpm/www.sock");
        const Facts facts = factsWith(site(QStringList{QStringLiteral("fastcgi_pass unix:") + missing}));
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const auto v = UpstreamAddressJudge::judge(facts, parsed, QStringLiteral("unix:") + missing,
                                                   QStringLiteral("unix:") + missing);
        QVERIFY2(v.finding && v.finding->cause == Cause::WrongUpstreamAddress, describe(v.finding));
        QVERIFY2(v.finding->summary.contains(QStringLiteral("php-fpm listens on ") + kFpmSocket),
                 describe(v.finding));
    }

    // proxy_pass to a socket nobody created, gunicorn on TCP: the URL's socket form goes.
    void proxyPassSocketToTcpApp()
    {
        // Not in the php-fpm socket's directory: that would make it "a similar socket".
        const QString missing = QStringLiteral("/run/gunicorn/app.sock");
        const Facts facts = factsWith(site(
            QStringList{QStringLiteral("proxy_pass http://unix:%1:/api/").arg(missing)} + kOthersReferenced));
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const auto v = UpstreamAddressJudge::judge(facts, parsed, QStringLiteral("unix:") + missing,
                                                   QStringLiteral("unix:") + missing);
        QVERIFY2(v.finding && v.finding->cause == Cause::WrongUpstreamAddress, describe(v.finding));
        QCOMPARE(v.finding->actions.size(), 1);
        QCOMPARE(v.finding->actions.first().newText.trimmed(),
                 QStringLiteral("location /0 { proxy_pass http://127.0.0.1:8001/api/; }"));
    }

    // uwsgi_pass: none of these servers speaks uwsgi, so nothing is proposed.
    void noAppOfTheRightProtocol()
    {
        const Facts facts = factsWith(site(QStringList{QStringLiteral("uwsgi_pass 127.0.0.1:5000")}));
        const ParsedFacts parsed = ParsedFacts::from(facts);
        const auto v = UpstreamAddressJudge::judge(facts, parsed, QStringLiteral("127.0.0.1:5000"),
                                                   QStringLiteral("127.0.0.1:5000"));
        QVERIFY2(v.finding && v.finding->cause == Cause::UpstreamDown, describe(v.finding));
        QVERIFY(v.finding->actions.isEmpty());
    }

    // Without ss's process column (not root) nothing can be said about who listens.
    void unknownOwnersAreNoCandidates()
    {
        Facts facts = factsWith(site({QStringLiteral("proxy_pass http://127.0.0.1:5000")}));
        static const QRegularExpression users(QStringLiteral("\\s*users:\\(.*$"),
                                              QRegularExpression::MultilineOption);
        facts.ssTcp.stdOut = QString::fromUtf8(facts.ssTcp.stdOut).replace(users, QString()).toUtf8();
        facts.ssUnix.stdOut = QString::fromUtf8(facts.ssUnix.stdOut).replace(users, QString()).toUtf8();
        const ParsedFacts parsed = ParsedFacts::from(facts);
        QVERIFY(AppAddressCandidates(facts, parsed).unreferenced().isEmpty());
        const auto v = UpstreamAddressJudge::judge(facts, parsed, QStringLiteral("127.0.0.1:5000"),
                                                   QStringLiteral("127.0.0.1:5000"));
        QVERIFY2(v.finding && v.finding->cause == Cause::UpstreamDown, describe(v.finding));
    }
};

QTEST_GUILESS_MAIN(TestAppAddressJudge)
#include "tst_appaddressjudge.moc"

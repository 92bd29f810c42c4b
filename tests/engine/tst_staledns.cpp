// Stale name resolution on a real nginx (issue 14, point 6): nginx looks up the name in
// `proxy_pass http://NAME:PORT` and in `upstream { server NAME:PORT; }` when it loads its
// configuration. The lab's DNS server (dnsmasq on 127.0.0.153) answers app.gd-lab.test
// with 127.0.0.2, where the app listens; nginx starts; then the app moves to 127.0.0.3,
// the record follows, and nginx keeps connecting to 127.0.0.2 (refused: 502). The
// diagnosis must say so (wrong_upstream_address, with the log line and getent's line),
// offer nginx's reload as the fix, and that reload, carried out as `fix apply` carries
// it out, must make the URL answer 200. On this computer and over the lab's sshd.
#include "app/engine/DiagnosisEngine.h"
#include "app/facts/FactsArchive.h"
#include "app/fixes/ActionPlan.h"
#include "app/fixes/FixContext.h"
#include "tests/engine/ReportLookup.h"
#include "tests/fixes/CarryOut.h"
#include "tests/lab/LabDns.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabUpstream.h"
#include "tests/remote/MachineFixture.h"

#include <QProcess>
#include <QtTest>

using namespace gd;
using gd::test::describe;
using lab::LabNginx;
using lab::LabStatus;
using lab::LabUpstream;

namespace {

const QString kName = QStringLiteral("app.gd-lab.test");
const QString kOld = QStringLiteral("127.0.0.2");
const QString kNew = QStringLiteral("127.0.0.3");

int httpStatus(const QString &url)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                QStringLiteral("%{http_code}"), QStringLiteral("--max-time"), QStringLiteral("10"), url});
    curl.waitForFinished(15000);
    return curl.readAllStandardOutput().trimmed().toInt();
}

QString getent(const QString &name)
{
    QProcess p;
    p.start(QStringLiteral("getent"), {QStringLiteral("ahosts"), name});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The http {} body: the name written in proxy_pass itself, or in an upstream {} block.
QString siteFor(bool upstreamBlock, quint16 port)
{
    const QString server = QStringLiteral("%1:%2").arg(kName).arg(port);
    if (!upstreamBlock)
        return LabNginx::proxyServer(QStringLiteral("http://") + server);
    return QStringLiteral("upstream app {\n    server %1;\n}\n").arg(server) +
           LabNginx::proxyServer(QStringLiteral("http://app"));
}

// GD_CAPTURE_FACTS=DIR keeps what was collected (tests/data/facts/README.md): only the
// processes the diagnosis is about, never the rest of this machine's process list.
void capture(const Facts &facts, const QString &name)
{
    const QByteArray dir = qgetenv("GD_CAPTURE_FACTS");
    if (dir.isEmpty())
        return;
    Facts kept = facts;
    QByteArray processes;
    for (const QByteArray &line : kept.processes.stdOut.split('\n')) {
        if (line.contains("nginx") || line.contains("gd-lab-upstream"))
            processes += line + '\n';
    }
    kept.processes.stdOut = processes;
    QFile out(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name + QStringLiteral(".json"));
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(FactsArchive::write(kept));
}

} // namespace

class TestStaleDns : public QObject
{
    Q_OBJECT
private slots:
    void staleName_data();
    void staleName();
};

void TestStaleDns::staleName_data()
{
    QTest::addColumn<bool>("upstreamBlock");
    QTest::addColumn<bool>("overSsh");
    for (const bool ssh : {false, true}) {
        const QString where = ssh ? QStringLiteral(" (ssh)") : QStringLiteral(" (local)");
        QTest::newRow(qPrintable(QStringLiteral("proxy_pass") + where)) << false << ssh;
        QTest::newRow(qPrintable(QStringLiteral("upstream block") + where)) << true << ssh;
    }
}

void TestStaleDns::staleName()
{
    QFETCH(bool, upstreamBlock);
    QFETCH(bool, overSsh);
    if (const QString why = lab::LabDns::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));

    // The app on the old address, the name pointing there, nginx started (it resolves now).
    lab::LabDns dns;
    QVERIFY2(dns.start({{kName, kOld}}).ok(), "dnsmasq");
    const LabStatus nameserver = dns.becomeHostNameserver();
    QVERIFY2(nameserver.ok(), qPrintable(nameserver.message()));
    LabUpstream before;
    LabUpstream::Options o;
    o.host = kOld;
    const LabStatus first = before.start(o);
    QVERIFY2(first.ok(), qPrintable(first.message()));
    const quint16 port = before.port();
    LabNginx nginx;
    const LabStatus started = nginx.start(siteFor(upstreamBlock, port));
    QVERIFY2(started.ok(), qPrintable(started.message()));
    const QString url = nginx.url();
    QCOMPARE(httpStatus(url), 200);

    // The app moves to the new address (the old one refuses) and the record follows.
    QVERIFY(before.stop().ok());
    LabUpstream after;
    o.host = kNew;
    o.port = port;
    const LabStatus moved = after.start(o);
    QVERIFY2(moved.ok(), qPrintable(moved.message()));
    const LabStatus changed = dns.setRecords({{kName, kNew}});
    QVERIFY2(changed.ok(), qPrintable(changed.message()));
    QVERIFY2(getent(kName).contains(kNew), qPrintable(getent(kName)));

    const QString oldPeer = QStringLiteral("%1:%2").arg(kOld).arg(port);
    const qint64 offset = nginx.errorLogSize();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(httpStatus(url), 502);
    const lab::LabResult<QString> logged = nginx.waitForErrorLog(oldPeer, offset);
    QVERIFY2(logged.ok(), qPrintable(logged.status().message()));

    test::MachineFixture fixture(overSsh ? test::Backend::Ssh : test::Backend::Local);
    const QString setUp = fixture.setUp();
    QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
    DiagnosisOptions options;
    options.configFile = nginx.configPath();
    options.url = url;
    options.probeTimeoutSec = 2;
    DiagnosisEngine engine(fixture.machine(), options);
    const RemoteError error = engine.runAndWait();
    QVERIFY2(!error, qPrintable(error.toString()));
    const DiagnosisReport report = engine.report();
    const QString context = describe(report);
    if (!upstreamBlock && !overSsh)
        capture(engine.diagnosis()->facts(), QStringLiteral("stale_name"));
    QVERIFY2(!report.findings.isEmpty(), qPrintable(context));

    // The top finding: the stale lookup, about the name, live, with its reload.
    const Finding &top = report.findings.first();
    const QString label = QStringLiteral("%1:%2").arg(kName).arg(port);
    QVERIFY2(top.cause == Cause::WrongUpstreamAddress, qPrintable(context));
    QCOMPARE(top.upstream, label);
    QCOMPARE(findingScopeCode(top.scope), QStringLiteral("url"));
    QVERIFY2(top.timing == FindingTiming::Now, qPrintable(context));
    QVERIFY2(
        top.summary.startsWith(QStringLiteral("nginx still connects to %1 for %2, which resolves to %3 now "
                                              "(getent ahosts). It resolved %2 to %1 when it last loaded "
                                              "its configuration (its start or last reload, at ")
                                   .arg(kOld, kName, kNew)),
        qPrintable(context));
    QCOMPARE(top.step, 3);
    QCOMPARE(top.remedyStep, 6);
    QVERIFY2(top.summary.contains(QStringLiteral("keeps using %1 until it is reloaded").arg(kOld)),
             qPrintable(context));
    QVERIFY2(top.summary.contains(QStringLiteral("at %1, a request gets HTTP 200").arg(kNew)),
             qPrintable(context));
    QVERIFY2(top.remedy.startsWith(QLatin1String("Reload nginx (nginx -s reload)")), qPrintable(top.remedy));
    QVERIFY2(top.remedy.contains(QLatin1String("`resolver`")) &&
                 top.remedy.contains(QLatin1String("resolve")),
             qPrintable(top.remedy));
    // Evidence: the log line with the address nginx connected to, and getent's line.
    const bool logLine = std::any_of(top.evidence.begin(), top.evidence.end(), [&](const Evidence &e) {
        return e.source == QLatin1String("error_log") &&
               e.excerpt.contains(QStringLiteral("upstream: \"http://%1").arg(oldPeer)) &&
               e.excerpt.mid(e.spanStart, e.spanLength) == oldPeer;
    });
    const bool getentLine = std::any_of(top.evidence.begin(), top.evidence.end(), [&](const Evidence &e) {
        return e.source == QLatin1String("getent") && e.excerpt.contains(kNew) && !e.excerpt.contains(kOld) &&
               e.command.contains(QLatin1String("getent ahosts"));
    });
    QVERIFY2(logLine && getentLine, qPrintable(context));
    // Nothing else says the same upstream is at a wrong address or down.
    for (const Finding &f : report.findings.mid(1)) {
        const bool sameStory = f.cause == Cause::WrongUpstreamAddress || f.cause == Cause::UpstreamDown;
        QVERIFY2(!sameStory, qPrintable(context));
    }

    // The fix: nginx -t, then the reload, carried out as `gateway-doctor fix apply` does.
    const Result<FixContext, FixError> fixContext = FixContext::from(*engine.diagnosis());
    QVERIFY2(fixContext, qPrintable(fixContext ? QString() : fixContext.error().message()));
    QCOMPARE(top.actions.size(), 2);
    QCOMPARE(top.actions.last().argv, fixContext->runtime().reloadArgv());
    ActionRequest request;
    request.runtime = fixContext->runtime();
    request.actions = top.actions;
    request.url = url;
    request.symptomStatus = report.target.urlStatus;
    QCOMPARE(request.symptomStatus, 502);
    const ActionOutcome outcome = gd::test::carryOut(fixture.machine(), request);
    QVERIFY2(outcome.status == ActionOutcome::Status::Done,
             qPrintable(outcome.error.message() + QStringLiteral(" / after: ") + outcome.probeAfter));
    QCOMPARE(outcome.commands.size(), 2);
    QCOMPARE(httpStatus(url), 200);

    // Diagnosed again: the lines are the previous workers' (their pids), so they are
    // history, and nothing counts as a problem now.
    DiagnosisEngine again(fixture.machine(), options);
    const RemoteError againError = again.runAndWait();
    QVERIFY2(!againError, qPrintable(againError.toString()));
    const DiagnosisReport fixed = again.report();
    if (!upstreamBlock && !overSsh)
        capture(again.diagnosis()->facts(), QStringLiteral("stale_name_reloaded"));
    const QString fixedContext = describe(fixed);
    QVERIFY2(std::none_of(fixed.findings.begin(), fixed.findings.end(),
                          [](const Finding &f) { return f.counts(); }),
             qPrintable(fixedContext));
    const auto history = std::find_if(fixed.findings.begin(), fixed.findings.end(),
                                      [&](const Finding &f) { return f.upstream == label; });
    QVERIFY2(history != fixed.findings.end() && history->timing == FindingTiming::Past &&
                 history->summary.contains(QLatin1String("these errors ended with that reload")) &&
                 history->actions.isEmpty(),
             qPrintable(fixedContext));
}

QTEST_GUILESS_MAIN(TestStaleDns)
#include "tst_staledns.moc"

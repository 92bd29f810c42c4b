// The acceptance test of the diagnosis engine: each scenario is a real nginx and
// real upstreams reproducing one cause; the engine must name it as the top finding,
// on this computer and (for a subset) over the lab's sshd.
#include "app/engine/DiagnosisEngine.h"
#include "app/facts/Facts.h"
#include "app/facts/FactsArchive.h"
#include "app/fixes/ActionPlan.h"
#include "app/fixes/FixContext.h"
#include "remote/LocalMachine.h"
#include "remote/WaitFor.h"
#include "tests/TestConfig.h"
#include "tests/fixes/CarryOut.h"
#include "tests/lab/LabDir.h"
#include "tests/lab/LabDns.h"
#include "tests/lab/LabHttp.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabPhpFpm.h"
#include "tests/lab/LabPorts.h"
#include "tests/lab/LabProcess.h"
#include "tests/lab/LabUpstream.h"
#include "tests/lab/LabUsers.h"
#include "tests/remote/MachineFixture.h"

#include <QRegularExpression>
#include <QtTest>

#include <functional>
#include <list>

using namespace gd;
using lab::LabNginx;
using lab::LabStatus;
using lab::LabUpstream;

namespace {

// One scenario's parts; destroyed (and every process stopped) after the row.
// Debian's stock /etc/hosts maps localhost to ::1 as well; some images (this CI's)
// do not. For the localhost scenario, add the stock entry and restore the file after.
class HostsEntry
{
public:
    bool ensureLocalhostV6()
    {
        QFile hosts(QStringLiteral("/etc/hosts"));
        if (!hosts.open(QIODevice::ReadOnly))
            return false;
        m_original = hosts.readAll();
        hosts.close();
        static const QRegularExpression v6(QStringLiteral("^\\s*::1\\s+([^#\\n]*\\s)?localhost(\\s|$)"),
                                           QRegularExpression::MultilineOption);
        if (v6.match(QString::fromUtf8(m_original)).hasMatch())
            return true;
        if (!hosts.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        hosts.write("::1 localhost # gd-lab, removed after the test\n");
        m_changed = true;
        return true;
    }
    ~HostsEntry()
    {
        if (!m_changed)
            return;
        QFile hosts(QStringLiteral("/etc/hosts"));
        if (hosts.open(QIODevice::WriteOnly | QIODevice::Truncate))
            hosts.write(m_original);
    }

private:
    QByteArray m_original;
    bool m_changed = false;
};

struct ScenarioLab
{
    HostsEntry hosts;
    lab::LabDir dir{QStringLiteral("scenario")};
    lab::LabPhpFpm fpm;
    lab::LabDns dns;
    LabNginx nginx;
    std::list<LabUpstream> upstreams;
    QString path = QStringLiteral("/");
    int requests = 3;
    bool stopNginxAfterTraffic = false;
    QString breakConfigWith; // replaces the config on disk after traffic (no reload)

    LabUpstream &upstream() { return upstreams.emplace_back(); }
};

using Setup = std::function<LabStatus(ScenarioLab &)>;

LabStatus proxyTo(ScenarioLab &lab, const QString &target, const QString &extra = QString())
{
    return lab.nginx.start(LabNginx::proxyServer(target, extra));
}

LabStatus startUpstream(ScenarioLab &lab, LabUpstream::Options options, LabUpstream **out = nullptr)
{
    LabUpstream &u = lab.upstream();
    LabStatus status = u.start(options);
    if (out)
        *out = &u;
    return status;
}

// The lab's DNS server as this host's first nameserver (app.gd-lab.test is
// 127.0.0.1), and an upstream that answers.
LabStatus startLabDnsAndUpstream(ScenarioLab &lab, LabUpstream **upstream)
{
    if (const QString why = lab::LabDns::unavailableReason(); !why.isEmpty())
        return LabStatus::failure(why);
    if (LabStatus s = lab.dns.start({{QStringLiteral("app.gd-lab.test"), QStringLiteral("127.0.0.1")}}); !s)
        return s;
    if (LabStatus s = lab.dns.becomeHostNameserver(); !s)
        return s;
    LabUpstream &u = lab.upstream();
    *upstream = &u;
    LabUpstream::Options o;
    o.mode = LabUpstream::Mode::Ok;
    return u.start(o);
}

// A server whose proxy_pass names its upstream through a variable: nginx resolves
// the name at request time, with its `resolver` (written in `serverExtra`, if any).
QString variableServer(quint16 port, const QString &serverExtra = QString(),
                       const QString &name = QStringLiteral("app.gd-lab.test"))
{
    return QStringLiteral("server {\n"
                          "    listen 127.0.0.1:@PORT@;\n"
                          "    %1"
                          "location / {\n"
                          "        set $backend \"%2\";\n"
                          "        proxy_pass http://$backend:%3;\n"
                          "    }\n"
                          "}\n")
        .arg(serverExtra, name)
        .arg(port);
}

LabUpstream::Options mode(LabUpstream::Mode m)
{
    LabUpstream::Options o;
    o.mode = m;
    return o;
}

QMap<QString, Setup> &scenarios()
{
    static QMap<QString, Setup> all{
        {QStringLiteral("healthy"),
         [](ScenarioLab &lab) {
             LabUpstream *u = nullptr;
             if (LabStatus s = startUpstream(lab, mode(LabUpstream::Mode::Ok), &u); !s)
                 return s;
             return proxyTo(lab, u->proxyPassUrl());
         }},
        {QStringLiteral("nothing_listening"),
         [](ScenarioLab &lab) {
             const auto port = LabUpstream::refusingPort();
             if (!port)
                 return port.status();
             return proxyTo(lab, QStringLiteral("http://127.0.0.1:%1").arg(*port));
         }},
        {QStringLiteral("wrong_port"),
         [](ScenarioLab &lab) {
             LabUpstream *u = nullptr;
             if (LabStatus s = startUpstream(lab, mode(LabUpstream::Mode::Ok), &u); !s)
                 return s;
             // The app listens on P; the config says P+1, where nothing listens.
             return proxyTo(lab, QStringLiteral("http://127.0.0.1:%1").arg(u->port() + 1));
         }},
        {QStringLiteral("localhost_ipv6"),
         [](ScenarioLab &lab) {
             if (!lab.hosts.ensureLocalhostV6())
                 return LabStatus::failure(
                     QStringLiteral("cannot add ::1 localhost to /etc/hosts (not root?)"));
             LabUpstream *u = nullptr;
             if (LabStatus s = startUpstream(lab, mode(LabUpstream::Mode::Ok), &u); !s)
                 return s;
             return proxyTo(lab, QStringLiteral("http://localhost:%1").arg(u->port()));
         }},
        {QStringLiteral("unix_socket_missing"),
         [](ScenarioLab &lab) {
             // In a directory of its own, like /run/php/: another test's socket in a shared
             // /tmp would be "a similar socket next to it", a wrong-path case.
             if (LabStatus s = lab.dir.makeDir(QStringLiteral("run")); !s)
                 return s;
             return proxyTo(lab, QStringLiteral("http://unix:%1:")
                                     .arg(lab.dir.filePath(QStringLiteral("run/gd-lab-missing.sock"))));
         }},
        {QStringLiteral("unix_socket_permission"),
         [](ScenarioLab &lab) {
             LabUpstream::Options o = mode(LabUpstream::Mode::Ok);
             o.unixPath = QStringLiteral("auto");
             o.unixMode = QStringLiteral("0600");
             o.unixOwner = QStringLiteral("root");
             LabUpstream *u = nullptr;
             if (LabStatus s = startUpstream(lab, o, &u); !s)
                 return s;
             return proxyTo(lab, u->proxyPassUrl());
         }},
        {QStringLiteral("upstream_closes"),
         [](ScenarioLab &lab) {
             LabUpstream *u = nullptr;
             if (LabStatus s = startUpstream(lab, mode(LabUpstream::Mode::Close), &u); !s)
                 return s;
             return proxyTo(lab, u->proxyPassUrl());
         }},
        {QStringLiteral("upstream_resets"),
         [](ScenarioLab &lab) {
             LabUpstream *u = nullptr;
             if (LabStatus s = startUpstream(lab, mode(LabUpstream::Mode::Reset), &u); !s)
                 return s;
             return proxyTo(lab, u->proxyPassUrl());
         }},
        {QStringLiteral("slow_upstream"),
         [](ScenarioLab &lab) {
             LabUpstream::Options o = mode(LabUpstream::Mode::Slow);
             o.delayMs = 3000;
             LabUpstream *u = nullptr;
             if (LabStatus s = startUpstream(lab, o, &u); !s)
                 return s;
             lab.requests = 1;
             return proxyTo(lab, u->proxyPassUrl(), QStringLiteral("proxy_read_timeout 1s;"));
         }},
        {QStringLiteral("header_too_big"),
         [](ScenarioLab &lab) {
             LabUpstream::Options o = mode(LabUpstream::Mode::HugeHeader);
             o.headerBytes = 16384;
             LabUpstream *u = nullptr;
             if (LabStatus s = startUpstream(lab, o, &u); !s)
                 return s;
             return proxyTo(lab, u->proxyPassUrl(), QStringLiteral("proxy_buffer_size 4k;"));
         }},
        {QStringLiteral("invalid_header"),
         [](ScenarioLab &lab) {
             // The app answers with a NUL byte in a header: nginx refuses it (502).
             LabUpstream *u = nullptr;
             if (LabStatus s = startUpstream(lab, mode(LabUpstream::Mode::BadHeader), &u); !s)
                 return s;
             return proxyTo(lab, u->proxyPassUrl());
         }},
        {QStringLiteral("variable_without_resolver"),
         [](ScenarioLab &lab) {
             // The name exists in DNS (the lab's server, this host's first nameserver),
             // but nginx has no `resolver` to ask: the remedy adds that nameserver.
             LabUpstream *u = nullptr;
             if (LabStatus s = startLabDnsAndUpstream(lab, &u); !s)
                 return s;
             return lab.nginx.start(variableServer(u->port()));
         }},
        {QStringLiteral("dead_resolver"),
         [](ScenarioLab &lab) {
             // A `resolver` is configured, but nothing answers there (127.0.0.1:53):
             // the remedy replaces it with this host's nameserver that answers.
             LabUpstream *u = nullptr;
             if (LabStatus s = startLabDnsAndUpstream(lab, &u); !s)
                 return s;
             lab.requests = 2;
             return lab.nginx.start(
                 variableServer(u->port(), QStringLiteral("resolver 127.0.0.1:53 valid=30s;\n    "
                                                          "resolver_timeout 2s;\n")));
         }},
        {QStringLiteral("variable_name_unknown"),
         [](ScenarioLab &lab) {
             // The name exists nowhere: a resolver would not help, and none is proposed;
             // the app listens on the port the pass directive names, so that is the fix.
             LabUpstream *u = nullptr;
             if (LabStatus s = startLabDnsAndUpstream(lab, &u); !s)
                 return s;
             return lab.nginx.start(
                 variableServer(u->port(), QString(), QStringLiteral("missing.gd-lab.test")));
         }},
        {QStringLiteral("no_live_upstreams"),
         [](ScenarioLab &lab) {
             const auto a = LabUpstream::refusingPort();
             const auto b = LabUpstream::refusingPort();
             if (!a || !b)
                 return LabStatus::failure(QStringLiteral("no free port"));
             lab.requests = 4;
             return lab.nginx.start(QStringLiteral("upstream app {\n"
                                                   "    server 127.0.0.1:%1 max_fails=1 fail_timeout=30s;\n"
                                                   "    server 127.0.0.1:%2 max_fails=1 fail_timeout=30s;\n"
                                                   "}\n")
                                        .arg(*a)
                                        .arg(*b) +
                                    LabNginx::proxyServer(QStringLiteral("http://app")));
         }},
        {QStringLiteral("proxy_pass_to_php_fpm"),
         [](ScenarioLab &lab) {
             // A real PHP-FPM on a TCP port, and nginx talking HTTP to it.
             if (LabStatus s = lab.fpm.start(
                     QStringLiteral("[www]\nuser = www-data\ngroup = www-data\n"
                                    "listen = 127.0.0.1:@PORT@\npm = static\npm.max_children = 1\n"),
                     1);
                 !s)
                 return s;
             if (LabStatus s = proxyTo(lab, QStringLiteral("http://127.0.0.1:%1").arg(lab.fpm.port())); !s)
                 return s;
             // A script at nginx's document root that PHP-FPM's www-data can read, so
             // that the fixed site answers 200 (the remedy test requires it).
             QDir().mkpath(lab.nginx.prefix() + QStringLiteral("/html"));
             QFile script(lab.nginx.prefix() + QStringLiteral("/html/index.php"));
             if (!script.open(QIODevice::WriteOnly) || script.write("<?php echo \"gd-lab php ok\\n\";\n") < 0)
                 return LabStatus::failure(QStringLiteral("cannot write %1").arg(script.fileName()));
             script.close();
             for (QString dir = lab.nginx.prefix() + QStringLiteral("/html"); dir.size() > 4;
                  dir = QFileInfo(dir).path())
                 QFile::setPermissions(dir, QFile::permissions(dir) | QFileDevice::ExeOther |
                                                QFileDevice::ReadOther);
             QFile::setPermissions(script.fileName(),
                                   QFile::permissions(script.fileName()) | QFileDevice::ReadOther);
             return LabStatus::success();
         }},
        {QStringLiteral("config_invalid"),
         [](ScenarioLab &lab) {
             LabUpstream *u = nullptr;
             if (LabStatus s = startUpstream(lab, mode(LabUpstream::Mode::Ok), &u); !s)
                 return s;
             lab.breakConfigWith = QStringLiteral("proxy_pas");
             return proxyTo(lab, u->proxyPassUrl());
         }},
        {QStringLiteral("nginx_stopped"),
         [](ScenarioLab &lab) {
             LabUpstream *u = nullptr;
             if (LabStatus s = startUpstream(lab, mode(LabUpstream::Mode::Ok), &u); !s)
                 return s;
             lab.stopNginxAfterTraffic = true;
             return proxyTo(lab, u->proxyPassUrl());
         }},
    };
    return all;
}

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT
private slots:
    void scenario_data();
    void scenario();

    // Bad input: each must give a clear, specific answer and lose nothing.
    void noNginxInstalled();
    void hugeErrorLogOnlyTailIsRead();
    void unreadableLogSaysWhichStepNeedsRoot();
    void errorLogToSyslog();
    void configWithTwoHundredIncludes();
    void sinceLimitsTheLogLinesClassified();
    void whatNginxTCreatedIsRecorded();

private:
    static DiagnosisReport diagnose(Machine *machine, const LabNginx &nginx, const Facts **facts = nullptr,
                                    DiagnosisEngine **keep = nullptr);
};

DiagnosisReport TestScenarios::diagnose(Machine *machine, const LabNginx &nginx, const Facts **facts,
                                        DiagnosisEngine **keep)
{
    DiagnosisOptions options;
    options.configFile = nginx.configPath();
    options.url = nginx.url();
    options.probeTimeoutSec = 2;
    auto *engine = new DiagnosisEngine(machine, options);
    const RemoteError error = engine->runAndWait();
    if (error)
        qWarning("diagnosis failed: %s", qPrintable(error.toString()));
    const DiagnosisReport report = engine->report();
    if (facts && keep) {
        *facts = engine->facts();
        *keep = engine;
    } else {
        delete engine;
    }
    return report;
}

void TestScenarios::scenario_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // cause code of the top finding; "" = no finding
    QTest::addColumn<QString>("knockOn");  // a knock-on finding that must follow it
    QTest::addColumn<QString>("remedy");   // "fix": its actions give 200; "app": no action, the fix is
                                           // in the app; "none": no action (nothing here can fix it)
    QTest::addColumn<bool>("overSsh");
    // Remedy "" : nothing here can fix it as written (start an app that has no
    // unit, a name that resolves nowhere): the finding says what to do in words.
    const QList<std::tuple<QString, QString, QString, QString>> rows{
        {QStringLiteral("healthy"), QString(), QString(), QString()},
        {QStringLiteral("nothing_listening"), QStringLiteral("upstream_down"), QString(), QString()},
        {QStringLiteral("wrong_port"), QStringLiteral("wrong_upstream_address"), QString(),
         QStringLiteral("fix")},
        {QStringLiteral("localhost_ipv6"), QStringLiteral("wrong_upstream_address"), QString(),
         QStringLiteral("fix")},
        {QStringLiteral("unix_socket_missing"), QStringLiteral("upstream_down"), QString(), QString()},
        {QStringLiteral("unix_socket_permission"), QStringLiteral("socket_permission"), QString(),
         QStringLiteral("fix")},
        {QStringLiteral("upstream_closes"), QStringLiteral("upstream_crashed"), QString(),
         QStringLiteral("app")},
        {QStringLiteral("upstream_resets"), QStringLiteral("upstream_crashed"), QString(),
         QStringLiteral("app")},
        {QStringLiteral("slow_upstream"), QStringLiteral("upstream_timeout"), QString(),
         QStringLiteral("fix")},
        {QStringLiteral("header_too_big"), QStringLiteral("header_too_big"), QString(),
         QStringLiteral("fix")},
        {QStringLiteral("invalid_header"), QStringLiteral("protocol_mismatch"), QString(),
         QStringLiteral("app")},
        {QStringLiteral("variable_without_resolver"), QStringLiteral("dns_failure"), QString(),
         QStringLiteral("fix")},
        {QStringLiteral("dead_resolver"), QStringLiteral("dns_failure"), QString(), QStringLiteral("fix")},
        {QStringLiteral("variable_name_unknown"), QStringLiteral("dns_failure"), QString(),
         QStringLiteral("fix")},
        {QStringLiteral("no_live_upstreams"), QStringLiteral("upstream_down"),
         QStringLiteral("no_live_upstreams"), QString()},
        {QStringLiteral("proxy_pass_to_php_fpm"), QStringLiteral("protocol_mismatch"), QString(),
         QStringLiteral("fix")},
        {QStringLiteral("config_invalid"), QStringLiteral("config_invalid"), QString(),
         QStringLiteral("fix")},
        {QStringLiteral("nginx_stopped"), QStringLiteral("nginx_not_running"), QString(),
         QStringLiteral("fix")},
    };
    // Every scenario on this computer and over the lab's sshd.
    for (const auto &[name, expected, knockOn, remedy] : rows)
        QTest::newRow(qPrintable(name + QStringLiteral(" (local)")))
            << name << expected << knockOn << remedy << false;
    for (const auto &[name, expected, knockOn, remedy] : rows)
        QTest::newRow(qPrintable(name + QStringLiteral(" (ssh)")))
            << name << expected << knockOn << remedy << true;
}

void TestScenarios::scenario()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QFETCH(QString, knockOn);
    QFETCH(QString, remedy);
    QFETCH(bool, overSsh);

    ScenarioLab lab;
    const LabStatus ready = scenarios().value(name)(lab);
    QVERIFY2(ready.ok(), qPrintable(ready.message()));
    const QString url = lab.nginx.url(lab.path);
    lab::LabHttp::sendTraffic(url, lab.requests);
    if (lab.stopNginxAfterTraffic)
        QVERIFY(lab.nginx.stop().ok());
    if (!lab.breakConfigWith.isEmpty()) {
        QFile config(lab.nginx.configPath());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(config.readAll());
        config.close();
        text.replace(QStringLiteral("proxy_pass "), lab.breakConfigWith + QLatin1Char(' '));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(text.toUtf8());
    }

    test::MachineFixture fixture(overSsh ? test::Backend::Ssh : test::Backend::Local);
    const QString setUp = fixture.setUp();
    QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
    const Facts *facts = nullptr;
    DiagnosisEngine *engine = nullptr;
    const DiagnosisReport report = diagnose(fixture.machine(), lab.nginx, &facts, &engine);
    std::unique_ptr<DiagnosisEngine> owner(engine);
    QCOMPARE(report.steps.size(), 6);
    // Every suggested nginx config edit was tested with nginx -t on a scratch copy
    // before it was shown, and none of the diagnosis's own suggestions is refused.
    QSet<QString> configFiles;
    if (facts->config) {
        for (const QString &file : facts->config->files())
            configFiles << file << facts->realPaths.value(file, file);
    }
    for (const Finding &f : report.findings) {
        for (const FixAction &a : f.actions) {
            if (a.kind != FixAction::Kind::Edit || !configFiles.contains(a.file))
                continue;
            const QString what = QStringLiteral("%1: %2:%3 '%4': %5")
                                     .arg(causeCode(f.cause), a.file)
                                     .arg(a.line)
                                     .arg(a.newText, a.validation.text());
            QVERIFY2(!a.validation.isRefused(), qPrintable(what));
            if (report.target.nginxRunning)
                QVERIFY2(a.validation.state == SuggestionCheck::State::Passed, qPrintable(what));
        }
    }
    // GD_CAPTURE_FACTS=DIR keeps what was collected: tests/data/facts is made so
    // (tests/data/facts/README.md), and tests/checks replays it step by step.
    if (const QByteArray dir = qgetenv("GD_CAPTURE_FACTS"); !dir.isEmpty() && !overSsh) {
        // Only the processes the diagnosis is about: the rest of this machine's
        // process list (other jobs, their arguments) does not belong in test data.
        Facts kept = *facts;
        QByteArray processes;
        for (const QByteArray &line : kept.processes.stdOut.split('\n')) {
            if (line.contains("nginx") || line.contains("php-fpm") || line.contains("gd-lab-upstream"))
                processes += line + '\n';
        }
        kept.processes.stdOut = processes;
        QFile out(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name + QStringLiteral(".json"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(FactsArchive::write(kept));
    }

    QStringList got;
    for (const Finding &f : report.findings)
        got << causeCode(f.cause) +
                   (f.rootCause ? QStringLiteral("<-") + causeCode(*f.rootCause) : QString());
    const QString context = QStringLiteral("findings: [%1]\nerror log:\n%2")
                                .arg(got.join(QStringLiteral(", ")), lab.nginx.errorLogText().right(1500));
    if (expected.isEmpty()) {
        QVERIFY2(report.findings.isEmpty(), qPrintable(context));
        return;
    }
    QVERIFY2(!report.findings.isEmpty(), qPrintable(context));
    QVERIFY2(causeCode(report.findings.first().cause) == expected, qPrintable(context));
    const Finding &top = report.findings.first();
    QVERIFY(!top.summary.isEmpty());
    QVERIFY(!top.remedy.isEmpty());
    QVERIFY(!top.evidence.isEmpty());
    QVERIFY(top.step >= 1 && top.step <= 6);
    if (!knockOn.isEmpty()) {
        const bool present =
            std::any_of(report.findings.begin(), report.findings.end(), [&](const Finding &f) {
                return causeCode(f.cause) == knockOn && f.rootCause && causeCode(*f.rootCause) == expected;
            });
        QVERIFY2(present, qPrintable(context));
    }

    // What the resolver findings say must match what the DNS servers did (issue 15, item 6).
    if (name == QLatin1String("dead_resolver")) {
        QVERIFY2(top.summary.contains(QLatin1String("your resolver 127.0.0.1:53 does not answer")),
                 qPrintable(top.summary));
        QVERIFY2(!top.remedy.contains(QLatin1String("Add a")), qPrintable(top.remedy));
        QVERIFY2(top.remedy.contains(lab::LabDns::address()), qPrintable(top.remedy));
    }
    if (name == QLatin1String("variable_without_resolver"))
        QVERIFY2(top.remedy.contains(QStringLiteral("resolver %1 valid=30s").arg(lab::LabDns::address())),
                 qPrintable(top.remedy));
    if (name == QLatin1String("invalid_header")) {
        // An app bug, named by its header; never "switch the pass directive".
        QVERIFY2(top.summary.contains(QLatin1String("X-Debug-Trace")) &&
                     top.summary.contains(QLatin1String("NUL")),
                 qPrintable(top.summary));
        QVERIFY2(!top.remedy.contains(QLatin1String("pass")), qPrintable(top.remedy));
    }
    if (name == QLatin1String("variable_name_unknown")) {
        QVERIFY2(top.summary.contains(QLatin1String("missing.gd-lab.test resolves nowhere")),
                 qPrintable(top.summary));
        // The app listens on the port proxy_pass names: pointed at, never a resolver.
        for (const FixAction &a : top.actions)
            QVERIFY2(!a.newText.contains(QLatin1String("resolver")), qPrintable(a.newText));
    }

    // The remedy, carried out literally: the top finding's actions, exactly as the
    // JSON and the terminal print them, through the same plan `fix apply` runs.
    if (remedy == QStringLiteral("app")) {
        QVERIFY2(top.fixInApp, qPrintable(context));
        QVERIFY2(top.actions.isEmpty(), qPrintable(context));
        return;
    }
    if (remedy == QStringLiteral("none")) {
        QVERIFY2(top.actions.isEmpty(), qPrintable(context + QStringLiteral("\nremedy: ") + top.remedy));
        QVERIFY2(!top.fixInApp, qPrintable(context));
        return;
    }
    if (remedy != QStringLiteral("fix"))
        return;
    QVERIFY2(!top.actions.isEmpty(), qPrintable(context + QStringLiteral("\nremedy: ") + top.remedy));
    const Result<FixContext, FixError> fixContext = FixContext::from(*owner->diagnosis());
    QVERIFY2(fixContext, qPrintable(fixContext ? QString() : fixContext.error().message()));
    ActionRequest request;
    request.runtime = fixContext->runtime();
    request.phpFpmTargets = fixContext->phpFpmTargets();
    request.actions = top.actions;
    request.url = url;
    request.symptomStatus = report.target.urlStatus;
    const ActionOutcome outcome = gd::test::carryOut(fixture.machine(), request);
    QStringList done;
    for (const FixAction &a : top.actions)
        done << (a.kind == FixAction::Kind::Edit ? QStringLiteral("edit %1:%2 '%3' -> '%4'")
                                                       .arg(a.file)
                                                       .arg(a.line)
                                                       .arg(a.oldText, a.newText)
                                                 : a.argv.join(QLatin1Char(' ')));
    const QString applied = QStringLiteral("actions:\n  %1\noutcome: %2 %3\n%4")
                                .arg(done.join(QStringLiteral("\n  ")))
                                .arg(int(outcome.status))
                                .arg(outcome.error.message(), context);
    QVERIFY2(outcome.status == ActionOutcome::Status::Done, qPrintable(applied));
    QCOMPARE(lab::LabHttp::status(url), 200);
}

void TestScenarios::noNginxInstalled()
{
    LocalMachine machine;
    DiagnosisOptions options;
    options.nginxBinary = QStringLiteral("/nonexistent/sbin/nginx");
    DiagnosisEngine engine(&machine, options);
    const RemoteError error = engine.runAndWait();
    QCOMPARE(error.kind(), RemoteError::Kind::StartFailed);
    QVERIFY2(error.message().contains(QLatin1String("/nonexistent/sbin/nginx")), qPrintable(error.message()));
}

void TestScenarios::hugeErrorLogOnlyTailIsRead()
{
    ScenarioLab lab;
    QVERIFY(scenarios().value(QStringLiteral("nothing_listening"))(lab).ok());
    // 5 GB (sparse) of log before the real lines: nginx appends to it from here on.
    {
        QFile log(lab.nginx.errorLogPath());
        QVERIFY(log.open(QIODevice::ReadWrite));
        QVERIFY(log.resize(5LL * 1000 * 1000 * 1000));
    }
    lab::LabHttp::sendTraffic(lab.nginx.url(), 3);
    LocalMachine machine;
    const Facts *facts = nullptr;
    DiagnosisEngine *engine = nullptr;
    const DiagnosisReport report = diagnose(&machine, lab.nginx, &facts, &engine);
    std::unique_ptr<DiagnosisEngine> owner(engine);
    QVERIFY(facts);
    QCOMPARE(facts->errorLogs.size(), 1);
    const LogTail &tail = facts->errorLogs.first();
    QVERIFY(tail.tail);
    QVERIFY(tail.tail->fileSize > 5LL * 1000 * 1000 * 1000);
    QVERIFY(tail.tail->data.size() <= 10 * 1024 * 1024); // only the tail crossed the wire
    QVERIFY(!report.findings.isEmpty());
    QCOMPARE(report.findings.first().cause, Cause::UpstreamDown);
}

void TestScenarios::unreadableLogSaysWhichStepNeedsRoot()
{
    if (!lab::LabUsers::unavailableReason().isEmpty() || !lab::LabUsers::ensure().ok())
        QSKIP("needs the lab's OS users (root only)");
    ScenarioLab lab;
    QVERIFY(scenarios().value(QStringLiteral("nothing_listening"))(lab).ok());
    lab::LabHttp::sendTraffic(lab.nginx.url(), 2);
    QVERIFY(QFile::setPermissions(lab.nginx.errorLogPath(), QFile::ReadOwner | QFile::WriteOwner));
    test::MachineFixture fixture(test::Backend::Ssh);
    QVERIFY(fixture.setUp().isEmpty());
    auto machine = fixture.connect(lab::LabUsers::noSudoUser());
    QVERIFY2(machine, qPrintable(fixture.lastError()));
    const DiagnosisReport report = diagnose(machine.get(), lab.nginx);
    const StepResult *step2 = report.step(2);
    QVERIFY(step2);
    const auto read = std::find_if(step2->checks.begin(), step2->checks.end(),
                                   [](const CheckResult &c) { return c.id == QLatin1String("log.read"); });
    QVERIFY(read != step2->checks.end());
    QVERIFY2(read->status == CheckStatus::Error, qPrintable(read->explanation));
    QVERIFY2(read->explanation.contains(QLatin1String("root")), qPrintable(read->explanation));
    QVERIFY(read->explanation.contains(lab.nginx.errorLogPath()));
    // Nothing is lost: the other steps still ran and still name the cause.
    QCOMPARE(report.steps.size(), 6);
    QVERIFY(!report.findings.isEmpty());
    QCOMPARE(report.findings.first().cause, Cause::UpstreamDown);
}

void TestScenarios::errorLogToSyslog()
{
    ScenarioLab lab;
    LabUpstream *u = nullptr;
    QVERIFY(startUpstream(lab, mode(LabUpstream::Mode::Ok), &u).ok());
    QVERIFY(
        proxyTo(lab, u->proxyPassUrl(), QStringLiteral("error_log syslog:server=127.0.0.1:5514 warn;")).ok());
    LocalMachine machine;
    const DiagnosisReport report = diagnose(&machine, lab.nginx);
    const StepResult *step2 = report.step(2);
    QVERIFY(step2);
    const bool told = std::any_of(step2->checks.begin(), step2->checks.end(), [](const CheckResult &c) {
        return c.id == QLatin1String("log.elsewhere") &&
               c.explanation.contains(QLatin1String("syslog:server=127.0.0.1:5514"));
    });
    QVERIFY(told);
    QVERIFY(report.findings.isEmpty());
}

void TestScenarios::configWithTwoHundredIncludes()
{
    ScenarioLab lab;
    LabUpstream *u = nullptr;
    QVERIFY(startUpstream(lab, mode(LabUpstream::Mode::Ok), &u).ok());
    const auto sitesPort = lab::LabPorts::freeTcpPort();
    QVERIFY(sitesPort.ok());
    QVERIFY(lab.dir.makeDir(QStringLiteral("conf.d")).ok());
    for (int i = 0; i < 200; ++i) {
        const QString site =
            QStringLiteral("server {\n    listen 127.0.0.1:%1;\n    server_name site%2.example;\n"
                           "    location / { proxy_pass %3; }\n}\n")
                .arg(*sitesPort)
                .arg(i)
                .arg(u->proxyPassUrl());
        QVERIFY(lab.dir
                    .writeFile(QStringLiteral("conf.d/site%1.conf").arg(i, 3, 10, QLatin1Char('0')),
                               site.toUtf8())
                    .ok());
    }
    const LabStatus started =
        lab.nginx.start(QStringLiteral("include %1/conf.d/*.conf;\n").arg(lab.dir.path()) +
                        LabNginx::proxyServer(u->proxyPassUrl()));
    QVERIFY2(started.ok(), qPrintable(started.message()));
    LocalMachine machine;
    const Facts *facts = nullptr;
    DiagnosisEngine *engine = nullptr;
    const DiagnosisReport report = diagnose(&machine, lab.nginx, &facts, &engine);
    std::unique_ptr<DiagnosisEngine> owner(engine);
    QVERIFY(facts && facts->config);
    QCOMPARE(facts->config->files().size(), 201);
    QCOMPARE(facts->targets.targets().size(), 201);
    QVERIFY2(report.findings.isEmpty(),
             qPrintable(report.findings.isEmpty() ? QString() : report.findings.first().summary));
}

void TestScenarios::whatNginxTCreatedIsRecorded()
{
    // nginx -T creates the pid file, the log files and the temp folders its config
    // names when they are missing (ngx_init_cycle, even when it only tests): the
    // diagnosis lists which were missing before it ran nginx -T, and the transcript
    // says what appeared. A file that was there stays unmentioned.
    lab::LabDir dir(QStringLiteral("nginx-t-files"));
    QVERIFY2(dir.isValid(), qPrintable(dir.error()));
    for (const char *sub : {"conf", "run", "logs", "tmp"})
        QVERIFY(dir.makeDir(QLatin1String(sub)).ok());
    QVERIFY(dir.writeFile(QStringLiteral("logs/kept.log"), "an old line\n").ok());
    const auto port = lab::LabPorts::freeTcpPort();
    QVERIFY(port.ok());
    const QString conf = QStringLiteral("pid %1/run/nginx.pid;\n"
                                        "error_log %1/logs/error.log;\n"
                                        "events {}\n"
                                        "http {\n"
                                        "    access_log %1/logs/access.log;\n"
                                        "    access_log %1/logs/kept.log;\n"
                                        "    client_body_temp_path %1/tmp/body;\n"
                                        "    proxy_temp_path %1/tmp/proxy 1 2;\n"
                                        "    fastcgi_temp_path %1/tmp/fastcgi;\n"
                                        "    uwsgi_temp_path %1/tmp/uwsgi;\n"
                                        "    scgi_temp_path %1/tmp/scgi;\n"
                                        "    server {\n"
                                        "        listen 127.0.0.1:%2;\n"
                                        "        location / { return 200; }\n"
                                        "    }\n"
                                        "}\n")
                             .arg(dir.path())
                             .arg(*port);
    QVERIFY(dir.writeFile(QStringLiteral("conf/nginx.conf"), conf.toUtf8()).ok());
    QStringList expected;
    for (const char *path : {"run/nginx.pid", "logs/error.log", "logs/access.log", "tmp/body", "tmp/proxy",
                             "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"}) {
        expected << dir.filePath(QLatin1String(path));
        QVERIFY(!QFileInfo::exists(expected.last()));
    }
    LocalMachine machine;
    DiagnosisOptions options;
    options.configFile = dir.filePath(QStringLiteral("conf/nginx.conf"));
    DiagnosisEngine engine(&machine, options);
    const RemoteError error = engine.runAndWait();
    QVERIFY2(!error, qPrintable(error.toString()));
    const Facts *facts = engine.facts();
    QVERIFY(facts);
    // What nginx -T gives is all there, as before.
    QVERIFY2(facts->dumpCommand.succeeded(), facts->dumpCommand.stdErr.constData());
    QVERIFY(facts->config);
    QVERIFY(!facts->configError);
    // The command before nginx -T named them as missing; the one after says what
    // nginx -T created.
    const QList<CommandResult> &transcript = facts->transcript;
    auto find = [&transcript](const std::function<bool(const QString &)> &matches) {
        return std::find_if(transcript.begin(), transcript.end(),
                            [&matches](const CommandResult &r) { return matches(r.commandLine); });
    };
    const auto created = QLatin1String("nginx -T created");
    const auto before =
        find([&](const QString &c) { return c.contains(QLatin1String("[ -e")) && !c.contains(created); });
    const auto dump =
        find([&](const QString &c) { return c.contains(QLatin1String(" -T ")) && !c.contains(created); });
    const auto after = find([&](const QString &c) { return c.contains(created); });
    QVERIFY(before != transcript.end() && dump != transcript.end() && after != transcript.end());
    QVERIFY(before < dump && dump < after);
    QStringList said;
    for (const QByteArray &line : after->stdOut.split('\n')) {
        if (line.startsWith("nginx -T created "))
            said << QString::fromUtf8(line.mid(17));
    }
    for (const QString &path : expected) {
        QVERIFY2(before->stdOut.contains(path.toUtf8()), qPrintable(path));
        QVERIFY2(said.contains(path), qPrintable(said.join(QLatin1Char('\n'))));
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    }
    QVERIFY2(!after->stdOut.contains("kept.log"), after->stdOut.constData());
    QVERIFY2(!before->stdOut.contains("kept.log"), before->stdOut.constData());
    qInfo().noquote() << after->commandLine.left(120) << "\n" << after->stdOut.trimmed();
}

void TestScenarios::sinceLimitsTheLogLinesClassified()
{
    // A refusal a real nginx logged earlier (another upstream), then today's traffic.
    QFile captured(QStringLiteral(GD_TEST_DATA_DIR "/nginx-error-log/refused.log"));
    QVERIFY(captured.open(QIODevice::ReadOnly));
    QByteArray oldLine;
    for (const QByteArray &line : captured.readAll().split('\n')) {
        if (line.contains("Connection refused"))
            oldLine = line + '\n';
    }
    QVERIFY(!oldLine.isEmpty());
    const auto oldTime =
        QDateTime::fromString(QString::fromLatin1(oldLine.left(19)), QStringLiteral("yyyy/MM/dd HH:mm:ss"));
    QVERIFY(oldTime.isValid());
    const qint64 age = oldTime.secsTo(QDateTime::currentDateTime());
    if (age < 120)
        QSKIP("the captured line is too recent to be cut off");

    ScenarioLab lab;
    QVERIFY(scenarios().value(QStringLiteral("nothing_listening"))(lab).ok());
    {
        QFile log(lab.nginx.errorLogPath());
        QVERIFY(log.open(QIODevice::WriteOnly | QIODevice::Truncate)); // nginx appends after this
        log.write(oldLine);
    }
    lab::LabHttp::sendTraffic(lab.nginx.url(), 2);
    const QString oldPeer =
        QString::fromLatin1(oldLine.mid(oldLine.indexOf("upstream: \"http://") + 18).split('/').first());
    LocalMachine machine;
    for (const qint64 since : {qint64(60), age + 3600}) {
        DiagnosisOptions options;
        options.configFile = lab.nginx.configPath();
        options.sinceSeconds = since;
        DiagnosisEngine engine(&machine, options);
        QVERIFY(!engine.runAndWait());
        const StepResult *step2 = engine.report().step(2);
        QVERIFY(step2);
        const auto classified =
            std::find_if(step2->checks.begin(), step2->checks.end(),
                         [](const CheckResult &c) { return c.id == QLatin1String("log.classified"); });
        QVERIFY(classified != step2->checks.end());
        // One group for today's refusals; the old line's group only inside the window.
        const QStringList groups = classified->explanation.split(QLatin1Char('\n'));
        QVERIFY2(groups.size() == (since > 60 ? 2 : 1), qPrintable(classified->explanation));
        QCOMPARE(classified->explanation.contains(oldPeer), since > 60);
    }
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"

// Every suggested config edit passes `nginx -t` on a scratch copy before it is shown
// (app/engine/SuggestionValidator): against the lab's real nginx, with a config in
// Debian's layout (a sites-enabled symlink, relative and absolute includes, a
// relative certificate path), locally and over the lab's sshd. A good change is
// marked validated; a broken one is refused with nginx's own message, naming the
// live file, and ActionPlan does not carry it out; the live files, the running
// nginx and /tmp are as they were.
#include "app/cli/ReportText.h"
#include "app/engine/DiagnosisEngine.h"
#include "app/engine/ScratchConfig.h"
#include "app/engine/SuggestionValidator.h"
#include "app/facts/Facts.h"
#include "app/fixes/ActionPlan.h"
#include "app/fixes/FixContext.h"
#include "app/report/ReportJson.h"
#include "remote/WaitFor.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabPorts.h"
#include "tests/lab/LabUpstream.h"
#include "tests/lab/LabUsers.h"
#include "tests/remote/MachineFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QtTest>

using namespace gd;
using lab::LabNginx;
using lab::LabStatus;
using lab::LabUpstream;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Every file under `dir` (symlinks as themselves) with a hash of its bytes.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.isSymLink()) {
            files.insert(path, "-> " + info.symLinkTarget().toUtf8());
        } else if (info.isFile()) {
            QFile f(path);
            files.insert(path, f.open(QIODevice::ReadOnly)
                                   ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
                                   : QByteArray("<unreadable>"));
        } else {
            files.insert(path, "<dir>");
        }
    }
    return files;
}

// Those of `roots` that still exist (local and SSH tests share this machine's /tmp).
QStringList leftBehind(const QStringList &roots)
{
    QStringList out;
    for (const QString &root : roots) {
        if (QFileInfo::exists(root))
            out.append(root);
    }
    return out;
}

// Line number (1-based) and text of the first line of `text` that contains `needle`.
std::pair<int, QString> lineOf(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(needle))
            return {i + 1, lines[i]};
    }
    return {0, QString()};
}

Finding findingWith(const QList<FixAction> &edits)
{
    Finding f;
    f.cause = Cause::UpstreamTimeout;
    f.summary = QStringLiteral("a test's own suggestion");
    f.actions = edits;
    return f;
}

} // namespace

class TestSuggestionValidator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void backends_data();
    void goodAndBrokenSuggestions_data() { backends_data(); }
    void goodAndBrokenSuggestions();
    void withoutSudoNotChecked();
    void brokenLiveConfigIsNotBlamedOnTheSuggestion();
    void replayIsNotChecked();
    void scratchLayoutKeepsLinesAndPaths();

private:
    QList<Finding> validate(Machine *machine, const QList<Finding> &findings, qint64 *ms = nullptr,
                            QStringList *roots = nullptr);
    std::shared_ptr<const Diagnosis> diagnose(Machine *machine);

    LabUpstream m_upstream;
    std::unique_ptr<LabNginx> m_nginx;
    quint16 m_tlsPort = 0;
    QString m_conf; // the lab's conf directory
    QString m_site; // sites-available/tls, the real file behind sites-enabled/tls
    QString m_snippet;
};

void TestSuggestionValidator::initTestCase()
{
    QVERIFY(m_upstream.start(LabUpstream::Mode::Ok).ok());
    m_nginx = std::make_unique<LabNginx>();
    m_conf = m_nginx->prefix() + QStringLiteral("/conf");
    const lab::LabResult<quint16> tls = lab::LabPorts::freeTcpPort();
    QVERIFY(tls.ok());
    m_tlsPort = *tls;
    // The certificate is named relative to the conf directory: the scratch copy
    // must still find it (nginx loads it during nginx -t).
    QDir().mkpath(m_conf + QStringLiteral("/ssl"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), m_conf + QStringLiteral("/ssl/lab.key"), QStringLiteral("-out"),
                   m_conf + QStringLiteral("/ssl/lab.crt"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=gd-lab")});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QVERIFY(writeFile(m_conf + QStringLiteral("/mime.types"), "types {\n    text/html html;\n}\n"));
    QVERIFY(writeFile(m_conf + QStringLiteral("/htpasswd"), "lab:{PLAIN}lab\n"));
    m_snippet = m_conf + QStringLiteral("/snippets/app.conf");
    QVERIFY(writeFile(m_snippet, QStringLiteral("location /app/ {\n"
                                                "    proxy_pass %1;\n"
                                                "    proxy_read_timeout 30s;\n"
                                                "}\n")
                                     .arg(m_upstream.proxyPassUrl())
                                     .toUtf8()));
    m_site = m_conf + QStringLiteral("/sites-available/tls");
    QVERIFY(writeFile(m_site, QStringLiteral("server {\n"
                                             "    listen 127.0.0.1:%1 ssl;\n"
                                             "    ssl_certificate ssl/lab.crt;\n"
                                             "    ssl_certificate_key ssl/lab.key;\n"
                                             "    location / {\n"
                                             "        auth_basic \"lab\";\n"
                                             "        auth_basic_user_file htpasswd;\n"
                                             "        proxy_pass %2;\n"
                                             "        proxy_buffers 8 16k;\n"
                                             "        proxy_read_timeout 30s;\n"
                                             "    }\n"
                                             "}\n")
                                  .arg(m_tlsPort)
                                  .arg(m_upstream.proxyPassUrl())
                                  .toUtf8()));
    QDir().mkpath(m_conf + QStringLiteral("/sites-enabled"));
    QDir().mkpath(m_conf + QStringLiteral("/conf.d"));
    QVERIFY(
        QFile::link(QStringLiteral("../sites-available/tls"), m_conf + QStringLiteral("/sites-enabled/tls")));
    // Relative and absolute includes, a glob through a symlink, an empty glob.
    const LabStatus started = m_nginx->start(QStringLiteral("    include mime.types;\n"
                                                            "    server {\n"
                                                            "        listen 127.0.0.1:@PORT@;\n"
                                                            "        include snippets/app.conf;\n"
                                                            "    }\n"
                                                            "    include @PREFIX@/conf/sites-enabled/*;\n"
                                                            "    include conf.d/*.conf;\n"));
    QVERIFY2(started.ok(), qPrintable(started.message()));
}

void TestSuggestionValidator::cleanupTestCase()
{
    m_nginx.reset();
}

void TestSuggestionValidator::backends_data()
{
    QTest::addColumn<bool>("overSsh");
    QTest::newRow("local") << false;
    QTest::newRow("ssh") << true;
}

std::shared_ptr<const Diagnosis> TestSuggestionValidator::diagnose(Machine *machine)
{
    DiagnosisOptions options;
    options.configFile = m_nginx->configPath();
    options.url = m_nginx->url(QStringLiteral("/app/"));
    options.probeTimeoutSec = 2;
    DiagnosisEngine engine(machine, options);
    const RemoteError error = engine.runAndWait();
    if (error)
        qWarning("diagnosis failed: %s", qPrintable(error.toString()));
    else
        qInfo("diagnosis (%s): %lld ms", machine->isLocal() ? "local" : "ssh",
              engine.report().target.durationMs);
    return engine.diagnosis();
}

QList<Finding> TestSuggestionValidator::validate(Machine *machine, const QList<Finding> &findings, qint64 *ms,
                                                 QStringList *roots)
{
    const std::shared_ptr<const Diagnosis> diagnosis = diagnose(machine);
    if (!diagnosis || !diagnosis->config())
        return {};
    SuggestionValidator validator(machine, diagnosis);
    const QList<Finding> out = validator.validateAndWait(findings);
    if (ms)
        *ms = validator.elapsedMs();
    if (roots)
        *roots = validator.scratchRoots();
    return out;
}

void TestSuggestionValidator::goodAndBrokenSuggestions()
{
    QFETCH(bool, overSsh);
    test::MachineFixture fixture(overSsh ? test::Backend::Ssh : test::Backend::Local);
    const QString setUp = fixture.setUp();
    QVERIFY2(setUp.isEmpty(), qPrintable(setUp));

    QFile site(m_site);
    QVERIFY(site.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(site.readAll());
    QFile snippet(m_snippet);
    QVERIFY(snippet.open(QIODevice::ReadOnly));
    const QString snippetText = QString::fromUtf8(snippet.readAll());

    // Good: two files at once (the site behind its symlink, the snippet).
    const auto [readLine, readOld] = lineOf(text, QStringLiteral("proxy_read_timeout 30s;"));
    const auto [snipLine, snipOld] = lineOf(snippetText, QStringLiteral("proxy_read_timeout 30s;"));
    QVERIFY(readLine > 0 && snipLine > 0);
    QString readNew = readOld;
    readNew.replace(QStringLiteral("30s"), QStringLiteral("120s"));
    QString snipNew = snipOld;
    snipNew.replace(QStringLiteral("30s"), QStringLiteral("120s"));
    Finding good =
        findingWith({FixAction::edit(m_site, readLine, readOld, readNew, QStringLiteral("longer")),
                     FixAction::edit(m_snippet, snipLine, snipOld, snipNew, QStringLiteral("longer"))});
    // Broken: the old bug, a quoted proxy_buffers that nginx -t rejects.
    const auto [bufLine, bufOld] = lineOf(text, QStringLiteral("proxy_buffers 8 16k;"));
    QVERIFY(bufLine > 0);
    QString bufNew = bufOld;
    bufNew.replace(QStringLiteral("8 16k"), QStringLiteral("\"8 16k\""));
    Finding broken =
        findingWith({FixAction::edit(m_site, bufLine, bufOld, bufNew, QStringLiteral("bigger buffers")),
                     FixAction::command({QStringLiteral("/usr/sbin/nginx"), QStringLiteral("-t")}, true,
                                        FixAction::Host::Nginx, QStringLiteral("check"))});

    // The config's bytes, and every name in the prefix (the diagnosis's probes append
    // to the logs; nginx -t must add no file).
    const QMap<QString, QByteArray> before = snapshot(m_conf);
    const QStringList namesBefore = snapshot(m_nginx->prefix()).keys();
    const qint64 master = m_nginx->masterPid();
    QList<qint64> workers = m_nginx->workerPids();
    std::sort(workers.begin(), workers.end());
    qint64 ms = 0;
    QStringList roots;
    const QList<Finding> marked = validate(fixture.machine(), {good, broken}, &ms, &roots);
    QCOMPARE(marked.size(), 2);
    qInfo("validation of 2 findings (%s): %lld ms", overSsh ? "ssh" : "local", ms);

    for (const FixAction &a : marked[0].actions) {
        QCOMPARE(int(a.validation.state), int(SuggestionCheck::State::Passed));
        QCOMPARE(a.validation.text(), QStringLiteral("nginx -t"));
    }
    const FixAction &refused = marked[1].actions.first();
    QVERIFY2(refused.validation.isRefused(), qPrintable(refused.validation.text()));
    const QString message = refused.validation.message;
    qInfo("%s", qPrintable(refused.validation.text()));
    // nginx's own words, about the live file (the symlink nginx includes) and line.
    QVERIFY2(message.startsWith(QStringLiteral(
                 "nginx: [emerg] invalid number of arguments in \"proxy_buffers\" directive in ")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("%1/sites-enabled/tls:%2").arg(m_conf).arg(bufLine)),
             qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("gd-nginx-t")), qPrintable(message));
    QVERIFY(refused.validation.text().startsWith(QStringLiteral("nginx -t refuses this suggestion: ")));
    QCOMPARE(int(marked[1].actions[1].validation.state), int(SuggestionCheck::State::None)); // a command

    // JSON and the terminal say the same.
    QCOMPARE(ReportJson::toJson(marked[0]).value(QStringLiteral("validated")).toString(),
             QStringLiteral("nginx -t"));
    QCOMPARE(ReportJson::toJson(marked[0].actions.first()).value(QStringLiteral("validated")).toString(),
             QStringLiteral("nginx -t"));
    QCOMPARE(ReportJson::toJson(marked[1]).value(QStringLiteral("validated")).toString(),
             refused.validation.text());

    // Nothing live changed: the same bytes, no new file in the prefix (nginx -t
    // opened the same log files the real one does), the same master and workers
    // (no signal), no scratch directory left behind.
    QCOMPARE(snapshot(m_conf), before);
    QCOMPARE(snapshot(m_nginx->prefix()).keys(), namesBefore);
    QCOMPARE(m_nginx->masterPid(), master);
    QList<qint64> workersAfter = m_nginx->workerPids();
    std::sort(workersAfter.begin(), workersAfter.end());
    QCOMPARE(workersAfter, workers);
    // One scratch directory per finding, each a fresh mktemp name, none left.
    QCOMPARE(roots.size(), 2);
    QVERIFY(roots[0] != roots[1]);
    for (const QString &root : std::as_const(roots))
        QVERIFY2(root.section(QLatin1Char('/'), -1).startsWith(QStringLiteral("gd-nginx-t.")),
                 qPrintable(root));
    QCOMPARE(leftBehind(roots), QStringList());
    QVERIFY(!m_nginx->errorLogText().contains(QStringLiteral("proxy_buffers")));

    // The refused suggestion is not carried out, nor prefilled in the wizard's step 5.
    const std::shared_ptr<const Diagnosis> diagnosis = diagnose(fixture.machine());
    QVERIFY(diagnosis);
    const Result<FixContext, FixError> context = FixContext::from(*diagnosis);
    QVERIFY(context);
    int block = -1;
    for (const NginxDirective *d : diagnosis->config()->find(QStringLiteral("location"))) {
        if (d->file.endsWith(QStringLiteral("/sites-enabled/tls")))
            block = d->index;
    }
    QVERIFY(block >= 0);
    DiagnosisReport withRefusal = diagnosis->report();
    Finding suggested = marked[1];
    suggested.blockIndex = block;
    suggested.suggestedSettings = {{QStringLiteral("proxy_buffers"), QStringLiteral("8 16k")}};
    withRefusal.findings = {suggested};
    const Result<FixContext, FixError> wizard = FixContext::from(diagnosis->facts(), withRefusal);
    QVERIFY(wizard);
    QVERIFY(wizard->recommended(block).isEmpty());
    QCOMPARE(wizard->refusedSuggestions(block), QStringList{refused.validation.text()});
    ActionRequest request;
    request.runtime = context->runtime();
    request.actions = marked[1].actions;
    ActionPlan plan(fixture.machine(), request);
    bool confirmationAsked = false;
    QObject::connect(&plan, &ActionPlan::confirmationNeeded, &plan, [&] {
        confirmationAsked = true;
        plan.decline();
    });
    waitForSignal(
        &plan, &ActionPlan::finished, [&plan] { plan.start(); }, [&plan] { return plan.isRunning(); });
    QCOMPARE(int(plan.outcome().status), int(ActionOutcome::Status::Stopped));
    QVERIFY(!confirmationAsked);
    QVERIFY(!plan.outcome().edit.has_value());
    QVERIFY2(plan.outcome().error.message().contains(QStringLiteral("nginx -t refuses this suggestion")),
             qPrintable(plan.outcome().error.message()));
    QCOMPARE(snapshot(m_conf), before);
    QCOMPARE(m_nginx->masterPid(), master);
}

void TestSuggestionValidator::withoutSudoNotChecked()
{
    if (!lab::LabUsers::unavailableReason().isEmpty())
        QSKIP(qPrintable(lab::LabUsers::unavailableReason()));
    QVERIFY(lab::LabUsers::ensure().ok());
    test::MachineFixture fixture(test::Backend::Ssh);
    const QString setUp = fixture.setUp(lab::LabUsers::noSudoUser());
    QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
    // The diagnosis as root on this computer; the check on a session without sudo.
    LocalMachine local;
    const std::shared_ptr<const Diagnosis> diagnosis = diagnose(&local);
    QVERIFY(diagnosis && diagnosis->config());
    QFile site(m_site);
    QVERIFY(site.open(QIODevice::ReadOnly));
    const auto [line, old] =
        lineOf(QString::fromUtf8(site.readAll()), QStringLiteral("proxy_read_timeout 30s;"));
    QString changed = old;
    changed.replace(QStringLiteral("30s"), QStringLiteral("\"8 16k\""));
    SuggestionValidator validator(fixture.machine(), diagnosis);
    const QList<Finding> out = validator.validateAndWait(
        {findingWith({FixAction::edit(m_site, line, old, changed, QStringLiteral("x"))})});
    QCOMPARE(out.size(), 1);
    const SuggestionCheck &check = out.first().actions.first().validation;
    // Not blamed on the suggestion, and still offered.
    qInfo("%s", qPrintable(check.text()));
    QCOMPARE(int(check.state), int(SuggestionCheck::State::NotChecked));
    QVERIFY2(check.text().startsWith(QStringLiteral("not checked: ")), qPrintable(check.text()));
}

// A config nginx -t refuses already (a file not loaded yet) is not the suggestion's
// fault: the copy without the edit fails the same way, so it is "not checked".
void TestSuggestionValidator::brokenLiveConfigIsNotBlamedOnTheSuggestion()
{
    const QString broken = m_conf + QStringLiteral("/conf.d/zz-broken.conf");
    QVERIFY(writeFile(broken, "bogus_directive on;\n"));
    auto removeBroken = qScopeGuard([&] { QFile::remove(broken); });
    LocalMachine local;
    QFile site(m_site);
    QVERIFY(site.open(QIODevice::ReadOnly));
    const auto [line, old] =
        lineOf(QString::fromUtf8(site.readAll()), QStringLiteral("proxy_read_timeout 30s;"));
    QString changed = old;
    changed.replace(QStringLiteral("30s"), QStringLiteral("120s"));
    const QList<Finding> out =
        validate(&local, {findingWith({FixAction::edit(m_site, line, old, changed, QStringLiteral("x"))})});
    QCOMPARE(out.size(), 1);
    const SuggestionCheck &check = out.first().actions.first().validation;
    qInfo("%s", qPrintable(check.text()));
    QCOMPARE(int(check.state), int(SuggestionCheck::State::NotChecked));
    QVERIFY2(check.message.contains(QStringLiteral("bogus_directive")), qPrintable(check.message));
    QVERIFY2(check.message.contains(broken + QStringLiteral(":1")), qPrintable(check.message));
}

void TestSuggestionValidator::replayIsNotChecked()
{
    LocalMachine local;
    const std::shared_ptr<const Diagnosis> diagnosis = diagnose(&local);
    QVERIFY(diagnosis && diagnosis->config());
    QFile site(m_site);
    QVERIFY(site.open(QIODevice::ReadOnly));
    const auto [line, old] =
        lineOf(QString::fromUtf8(site.readAll()), QStringLiteral("proxy_read_timeout 30s;"));
    QList<Finding> findings{findingWith({FixAction::edit(m_site, line, old, old, QStringLiteral("x"))})};
    SuggestionValidator::markConfigEdits(
        findings, diagnosis->facts(), SuggestionCheck::notChecked(QStringLiteral("replay of saved facts")));
    QCOMPARE(ReportJson::toJson(findings.first()).value(QStringLiteral("validated")).toString(),
             QStringLiteral("not checked: replay of saved facts"));
    // A replay of the facts through the analysis marks its edits so too.
    const auto replayed =
        DiagnosisEngine::analyzeFacts(std::make_shared<const Facts>(diagnosis->facts()), DiagnosisReport());
    for (const Finding &f : replayed->report().findings) {
        for (const FixAction &a : f.actions) {
            if (a.kind == FixAction::Kind::Edit)
                QCOMPARE(int(a.validation.state), int(SuggestionCheck::State::NotChecked));
        }
    }
}

// The copy's own layout: includes point into it, on the same lines; the certificate
// and password file directories are links to the live ones.
void TestSuggestionValidator::scratchLayoutKeepsLinesAndPaths()
{
    LocalMachine local;
    const std::shared_ptr<const Diagnosis> diagnosis = diagnose(&local);
    QVERIFY(diagnosis && diagnosis->config());
    const NginxConfig &config = *diagnosis->config();
    const QString root = QStringLiteral("/scratch-root");
    const Result<ScratchConfig, QString> copy =
        ScratchConfig::build(config, diagnosis->facts().realPaths, {}, root);
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error()));
    QCOMPARE(copy->mainFile(), root + QStringLiteral("/conf/nginx.conf"));
    const QString main = QString::fromUtf8(copy->files().value(copy->mainFile()));
    QCOMPARE(main.count(QLatin1Char('\n')), config.fileText(config.mainFile()).count(QLatin1Char('\n')));
    QVERIFY2(main.contains(QStringLiteral("include '/scratch-root/conf/sites-enabled/*';")),
             qPrintable(main));
    QVERIFY2(main.contains(QStringLiteral("include '/scratch-root/conf/mime.types';")), qPrintable(main));
    QVERIFY2(main.contains(QStringLiteral("include '/scratch-root/conf/conf.d/*.conf';")), qPrintable(main));
    QVERIFY(copy->files().contains(root + QStringLiteral("/conf/sites-enabled/tls")));
    const QMap<QString, QStringList> links =
        copy->linksFor({m_conf + QStringLiteral("/ssl"), m_conf + QStringLiteral("/htpasswd"),
                        m_conf + QStringLiteral("/nginx.conf"), m_conf + QStringLiteral("/sites-enabled"),
                        m_conf + QStringLiteral("/sites-available")});
    QCOMPARE(links.value(root + QStringLiteral("/conf")),
             (QStringList{m_conf + QStringLiteral("/ssl"), m_conf + QStringLiteral("/htpasswd"),
                          m_conf + QStringLiteral("/sites-available")}));
    QCOMPARE(copy->toLivePaths(QStringLiteral("in /scratch-root/conf/sites-enabled/tls:9")),
             QStringLiteral("in %1/sites-enabled/tls:9").arg(m_conf));
}

QTEST_GUILESS_MAIN(TestSuggestionValidator)
#include "tst_suggestionvalidator.moc"

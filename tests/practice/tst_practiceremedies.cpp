// The doctor's remedies, carried out literally on every practice scenario (issue 15's
// "tests that apply the remedy", on the practice lab's 25 broken set-ups): start the
// lab, diagnose it as `gateway-doctor diagnose` does, take the top finding and
//   - a fix that lives in the app carries no action;
//   - actions, when the finding has them, are applied exactly as `fix apply` applies
//     them (ActionPlan: edits through the edit cycle, then the commands), and then the
//     scenario's own checks must hold: the URL answers 200 ten times, nginx -t passes,
//     nothing was deleted to hide the symptom;
//   - a scenario whose reference fix is a config, permission or address change (no
//     service to start, nothing inside the app) must get such actions from the doctor.
// Commands that start or stop a service (systemctl, service, a new nginx master) are never
// run on a lab: the lab's services are its own. The table of what each scenario got is
// printed.
#include "app/engine/DiagnosisEngine.h"
#include "app/fixes/ActionPlan.h"
#include "app/fixes/FixContext.h"
#include "app/lab/PracticeSession.h"
#include "remote/LocalMachine.h"
#include "remote/WaitFor.h"
#include "tests/fixes/CarryOut.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace gd;

namespace {

QString describe(const PracticeCheckReport &report)
{
    QStringList lines;
    for (const PracticeCheck &c : report.checks)
        lines << QStringLiteral("%1 %2: %3").arg(PracticeCheck::statusCode(c.status), c.id, c.detail);
    return lines.join(QLatin1Char('\n'));
}

QString describe(const QList<FixAction> &actions)
{
    QStringList lines;
    for (const FixAction &a : actions)
        lines << (a.kind == FixAction::Kind::Edit
                      ? QStringLiteral("edit %1:%2 '%3' -> '%4'")
                            .arg(a.file)
                            .arg(a.line)
                            .arg(a.oldText, a.newText)
                      : QStringLiteral("run %1").arg(a.argv.join(QLatin1Char(' '))));
    return lines.join(QStringLiteral("\n  "));
}

// The scenario's reference fix is a change of nginx's config, a file's mode or an
// address: no lab service started or restarted, nothing inside the app.
bool fixIsAChangeTheDoctorCanMake(const Scenario &scenario)
{
    if (scenario.fix.isEmpty())
        return false;
    for (const QJsonValue &value : scenario.fix) {
        const QJsonObject a = value.toObject();
        if (a.value(QLatin1String("kind")).toString() == QLatin1String("command") &&
            a.value(QLatin1String("argv")).toArray().contains(QJsonValue(QStringLiteral("service"))))
            return false;
        if (a.value(QLatin1String("kind")).toString() == QLatin1String("edit") &&
            !a.value(QLatin1String("file")).toString().startsWith(QLatin1String("etc/nginx/")))
            return false;
    }
    return true;
}

// The lab's services are its own (its supervisor starts and stops them): a command that
// starts, stops or reloads a system service, or starts an nginx of its own, is never run
// on a lab. On a real server the same action is the right one.
bool startsOrStopsAService(const QList<FixAction> &actions)
{
    return std::any_of(actions.begin(), actions.end(), [](const FixAction &a) {
        if (a.kind != FixAction::Kind::Command || a.argv.isEmpty())
            return false;
        const QString program = a.argv.first().section(QLatin1Char('/'), -1);
        if (program == QLatin1String("systemctl") || program == QLatin1String("service"))
            return true;
        // "nginx [-p P] -c C" with neither -t nor -s: a new master.
        return program == QLatin1String("nginx") && !a.argv.contains(QLatin1String("-t")) &&
               !a.argv.contains(QLatin1String("-s"));
    });
}

// Scenarios whose remedy is still advice in words, and why (issue 15, in progress). A
// row that starts to pass makes the test fail (XPASS): then it comes off this list.
const QMap<QString, const char *> &knownGaps()
{
    static const QMap<QString, const char *> gaps{};
    return gaps;
}

} // namespace

class TestPracticeRemedies : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void remedy_data();
    void remedy();
    void cleanupTestCase();

private:
    LocalMachine m_machine;
    QTemporaryDir m_root;
    ScenarioCatalog m_catalog = ScenarioCatalog::load();
    std::unique_ptr<PracticeSession> m_session;
    QStringList m_table;
};

void TestPracticeRemedies::initTestCase()
{
    QVERIFY(m_catalog.errors().isEmpty());
    QVERIFY(QFile::setPermissions(m_root.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                     QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                     QFileDevice::ExeGroup));
    PracticeOptions options;
    options.labDir = m_root.filePath(QStringLiteral("lab"));
    options.helperDir = QStringLiteral(GD_LAB_HELPERS);
    options.ownerPid = QCoreApplication::applicationPid();
    m_session = std::make_unique<PracticeSession>(&m_machine, options, m_catalog);
    const LabError opened = m_session->open();
    QVERIFY2(!opened, qPrintable(opened.toString()));
}

void TestPracticeRemedies::remedy_data()
{
    QTest::addColumn<QString>("id");
    for (const Scenario &s : m_catalog.scenarios())
        QTest::newRow(qPrintable(s.id)) << s.id;
}

void TestPracticeRemedies::remedy()
{
    QFETCH(QString, id);
    const Scenario *scenario = m_catalog.find(id);
    QVERIFY(scenario);
    PracticeSession &session = *m_session;
    if (const QStringList missing = session.missing(*scenario); !missing.isEmpty())
        QSKIP(qPrintable(missing.join(QStringLiteral("; "))));
    struct Stopper
    {
        PracticeSession &session;
        ~Stopper() { (void)session.stop(); }
    } stopper{session};

    const Result<PracticeStart, LabError> started = session.start(id, qHash(id) % 100000 + 7);
    QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));

    DiagnosisOptions options;
    options.configFile = started->configFile;
    options.url = started->url;
    options.probeTimeoutSec = 3;
    DiagnosisEngine engine(&m_machine, options);
    const RemoteError ran = engine.runAndWait();
    QVERIFY2(!ran, qPrintable(ran.message()));
    const DiagnosisReport &report = engine.report();
    if (report.findings.isEmpty()) {
        m_table << QStringLiteral("%1: no finding").arg(id);
        QCOMPARE(scenario->cause, QStringLiteral("none"));
        return;
    }
    const Finding &top = report.findings.first();
    const QString context = QStringLiteral("%1: top finding %2\nremedy: %3\nactions:\n  %4")
                                .arg(id, causeCode(top.cause), top.remedy, describe(top.actions));
    if (top.fixInApp) {
        m_table << QStringLiteral("%1: %2, the fix is in the app (no action)").arg(id, causeCode(top.cause));
        QVERIFY2(top.actions.isEmpty(), qPrintable(context));
        return;
    }
    if (top.actions.isEmpty()) {
        m_table << QStringLiteral("%1: %2, advice in words: %3").arg(id, causeCode(top.cause), top.remedy);
        if (knownGaps().contains(id))
            QEXPECT_FAIL("", knownGaps().value(id), Abort);
        QVERIFY2(!fixIsAChangeTheDoctorCanMake(*scenario), qPrintable(context));
        return;
    }
    if (startsOrStopsAService(top.actions)) {
        m_table << QStringLiteral("%1: %2, actions that start or stop a service (not run on a lab): %3")
                       .arg(id, causeCode(top.cause), describe(top.actions));
        QVERIFY2(!fixIsAChangeTheDoctorCanMake(*scenario), qPrintable(context));
        return;
    }

    const Result<FixContext, FixError> fixContext = FixContext::from(*engine.diagnosis());
    QVERIFY2(fixContext, qPrintable(fixContext ? QString() : fixContext.error().message()));
    ActionRequest request;
    request.runtime = fixContext->runtime();
    request.phpFpmTargets = fixContext->phpFpmTargets();
    request.actions = top.actions;
    request.url = started->url;
    request.symptomStatus = report.target.urlStatus;
    const ActionOutcome outcome = gd::test::carryOut(&m_machine, request);
    const Result<PracticeCheckReport, LabError> after = session.check();
    QVERIFY2(after, qPrintable(after ? QString() : after.error().toString()));
    m_table << QStringLiteral("%1: %2, %3 action(s) applied -> %4")
                   .arg(id, causeCode(top.cause))
                   .arg(top.actions.size())
                   .arg(after->fixed() ? QStringLiteral("fixed") : QStringLiteral("NOT fixed"));
    QVERIFY2(outcome.status == ActionOutcome::Status::Done,
             qPrintable(context + QStringLiteral("\noutcome: ") + outcome.error.message()));
    QVERIFY2(after->fixed(), qPrintable(context + QStringLiteral("\nchecks:\n") + describe(*after)));
}

void TestPracticeRemedies::cleanupTestCase()
{
    for (const QString &line : std::as_const(m_table))
        qInfo("%s", qPrintable(line));
}

QTEST_GUILESS_MAIN(TestPracticeRemedies)
#include "tst_practiceremedies.moc"

// "Apply this fix" on the summary page against the real lab, driven like a person
// would: the root cause's own actions (FixAction) shown as they will run, then
// carried out through the same ActionPlan as `gateway-doctor fix apply`. wrong_port:
// the edit points proxy_pass at the app's port, the URL answers 200 and the file
// changed exactly as the action said; the same fix once the app has stopped does not
// help and is rolled back; a fix that lives in the application has no button.
#include "tests/lab/LabHttp.h"
#include "tests/ui/WizardDriver.h"
#include "tests/ui/WizardLab.h"
#include "ui/MainWindow.h"
#include "ui/WizardApp.h"
#include "ui/actions/ApplyFlow.h"
#include "ui/actions/StageList.h"
#include "ui/pages/StepPage.h"
#include "ui/pages/SummaryPage.h"
#include "ui/session/WizardSession.h"
#include "ui/widgets/CodeView.h"
#include "ui/widgets/FindingCard.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace gd;
using gd::test::WizardDriver;
using gd::test::WizardLab;

class TestWizardApply : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void appliesTheRootCausesEdit();
    void aFixThatDoesNotHelpIsRolledBack();
    void aFixInTheApplicationHasNoApplyButton();

private:
    static std::unique_ptr<MainWindow> diagnosed(WizardLab &lab, const QString &scenario);
    static QByteArray readFile(const QString &path);
    // The summary page's card of the most likely root cause.
    static FindingCard *rootCard(MainWindow &window);
    // Apply, check that nothing is written before Confirm, confirm, wait for the end.
    static void applyAndConfirm(FindingCard *card, const QString &file);
};

void TestWizardApply::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    WizardApp::setUp(*qApp);
}

std::unique_ptr<MainWindow> TestWizardApply::diagnosed(WizardLab &lab, const QString &scenario)
{
    std::unique_ptr<MainWindow> window = WizardDriver::diagnosedWindow(lab, scenario);
    if (window)
        window->goToPage(MainWindow::Summary);
    return window;
}

QByteArray TestWizardApply::readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

FindingCard *TestWizardApply::rootCard(MainWindow &window)
{
    // The cards follow the diagnosis by one event-loop turn.
    FindingCard *card = nullptr;
    const bool found = QTest::qWaitFor(
        [&] {
            const QList<FindingCard *> cards = window.summaryPage()->findChildren<FindingCard *>();
            card = cards.isEmpty() ? nullptr : cards.first();
            return card != nullptr;
        },
        10000);
    return found ? card : nullptr;
}

void TestWizardApply::applyAndConfirm(FindingCard *card, const QString &file)
{
    const QByteArray before = readFile(file);
    QPushButton *apply = card->applyButton();
    QVERIFY(apply && apply->isVisible() && apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    auto *flow = card->findChild<ApplyFlow *>(QStringLiteral("findingApplyFlow"));
    QVERIFY(flow);
    // The diff and the question first: nothing written before Confirm.
    QTRY_VERIFY_WITH_TIMEOUT(flow->isAwaitingConfirmation(), 30000);
    QVERIFY(flow->diffView()->isVisible());
    QCOMPARE(flow->stages()->stateOf(EditStage::Write), QStringLiteral("idle"));
    QCOMPARE(readFile(file), before);
    QVERIFY(!apply->isEnabled());
    QTest::mouseClick(flow->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!flow->isRunning(), 60000);
}

void TestWizardApply::appliesTheRootCausesEdit()
{
    WizardLab lab;
    std::unique_ptr<MainWindow> owner = diagnosed(lab, QStringLiteral("wrong_port"));
    QVERIFY(owner);
    MainWindow &window = *owner;
    QVERIFY(window.session()->hasReport());
    const Finding top = window.session()->report().findings.value(0);
    QCOMPARE(causeCode(top.cause), QStringLiteral("wrong_upstream_address"));
    QVERIFY(!top.actions.isEmpty());
    const FixAction edit = top.actions.first();
    QCOMPARE(int(edit.kind), int(FixAction::Kind::Edit));

    // The step that holds the root cause shows its card and Apply too.
    StepPage *step = window.stepPage(top.step);
    QVERIFY(step);
    QTRY_VERIFY_WITH_TIMEOUT(step->isFilled(), 10000);
    auto *stepCard = step->findChild<FindingCard *>();
    QVERIFY(stepCard);
    QVERIFY(stepCard->applyButton());

    FindingCard *card = rootCard(window);
    QVERIFY(card);
    QCOMPARE(card->objectName(), QStringLiteral("finding_wrong_upstream_address"));
    // The fix as it will be carried out: the real file:line, then old and new text.
    auto *location = card->findChild<QLabel *>(QStringLiteral("actionLocation"));
    QVERIFY(location && location->isVisible());
    QVERIFY2(location->text().contains(QStringLiteral("%1:%2").arg(edit.file).arg(edit.line)),
             qPrintable(location->text()));
    auto *actionDiff = card->findChild<CodeView *>(QStringLiteral("actionDiff"));
    QVERIFY(actionDiff);
    const QString shown = actionDiff->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("- ") + edit.oldText.trimmed()), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("+ ") + edit.newText.trimmed()), qPrintable(shown));
    // The diagnosis tested the edit with nginx -t on a scratch copy; the card says so.
    auto *validation = card->findChild<QLabel *>(QStringLiteral("actionValidation"));
    QVERIFY(validation);
    QVERIFY2(validation->text().contains(QLatin1String("nginx -t accepts this change")),
             qPrintable(validation->text()));
    int openedLine = 0;
    connect(card, &FindingCard::locationActivated, this,
            [&openedLine](const Evidence &where) { openedLine = where.line; });
    emit location->linkActivated(QStringLiteral("#"));
    QCOMPARE(openedLine, edit.line);

    const QByteArray before = readFile(edit.file);
    applyAndConfirm(card, edit.file);
    auto *flow = card->findChild<ApplyFlow *>(QStringLiteral("findingApplyFlow"));
    QCOMPARE(flow->planCode(), QStringLiteral("done"));
    QCOMPARE(int(flow->lastPlanOutcome().status), int(ActionOutcome::Status::Done));
    auto *outcome = flow->findChild<QLabel *>(QStringLiteral("applyOutcome"));
    QVERIFY(outcome && outcome->isVisible());
    QVERIFY2(outcome->text().contains(QLatin1String("Fixed: the URL answers 200")),
             qPrintable(outcome->text()));
    QCOMPARE(lab::LabHttp::status(lab.url()), 200);
    // Done: the line no longer reads what the action expects.
    QVERIFY(!card->applyButton()->isEnabled());

    // The file changed exactly as the action said: that line, old text to new.
    QList<QByteArray> lines = before.split('\n');
    QVERIFY(edit.line >= 1 && edit.line <= lines.size());
    QCOMPARE(QString::fromUtf8(lines[edit.line - 1]), edit.oldText);
    lines[edit.line - 1] = edit.newText.toUtf8();
    QCOMPARE(readFile(edit.file), lines.join('\n'));
    QVERIFY(!flow->lastOutcome().backups.isEmpty());
    QCOMPARE(readFile(flow->lastOutcome().backups.first()), before);

    // Then a fresh look: Diagnose again probes the URL anew, and it answers 200.
    auto *again = card->findChild<QPushButton *>(QStringLiteral("diagnoseAgainButton"));
    QVERIFY(again && again->isVisible());
    QSignalSpy finished(window.session(), &WizardSession::diagnosisFinished);
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    const DiagnosisReport &fresh = window.session()->report();
    if (!fresh.findings.isEmpty())
        qInfo("after the fix: %s: %s", qPrintable(causeCode(fresh.findings.first().cause)),
              qPrintable(fresh.findings.first().summary));
    QCOMPARE(fresh.target.urlStatus, 200);
}

void TestWizardApply::aFixThatDoesNotHelpIsRolledBack()
{
    WizardLab lab;
    std::unique_ptr<MainWindow> owner = diagnosed(lab, QStringLiteral("wrong_port"));
    QVERIFY(owner);
    MainWindow &window = *owner;
    const Finding top = window.session()->report().findings.value(0);
    QCOMPARE(causeCode(top.cause), QStringLiteral("wrong_upstream_address"));
    QVERIFY(!top.actions.isEmpty());
    const QString file = top.actions.first().file;
    const QByteArray before = readFile(file);
    // The app stops after the diagnosis: pointing nginx at its port cannot help now.
    QVERIFY(lab.stopUpstreams().ok());

    FindingCard *card = rootCard(window);
    QVERIFY(card);
    applyAndConfirm(card, file);
    auto *flow = card->findChild<ApplyFlow *>(QStringLiteral("findingApplyFlow"));
    QCOMPARE(flow->planCode(), QStringLiteral("not fixed"));
    QCOMPARE(flow->outcomeCode(), QStringLiteral("rolled back"));
    auto *outcome = flow->findChild<QLabel *>(QStringLiteral("applyOutcome"));
    QVERIFY(outcome && outcome->isVisible());
    QVERIFY2(outcome->text().contains(QLatin1String("the cause is elsewhere")) &&
                 outcome->text().contains(QLatin1String("the change was rolled back")) &&
                 outcome->text().contains(QLatin1String("502")),
             qPrintable(outcome->text()));
    QCOMPARE(flow->stages()->stateOf(EditStage::Restore), QStringLiteral("pass"));
    QCOMPARE(readFile(file), before);
    QVERIFY(card->findChild<QPushButton *>(QStringLiteral("diagnoseAgainButton"))->isVisible());
    QVERIFY(card->applyButton()->isEnabled());
}

void TestWizardApply::aFixInTheApplicationHasNoApplyButton()
{
    WizardLab lab;
    std::unique_ptr<MainWindow> owner = diagnosed(lab, QStringLiteral("upstream_closes"));
    QVERIFY(owner);
    MainWindow &window = *owner;
    const Finding top = window.session()->report().findings.value(0);
    QVERIFY2(top.fixInApp, qPrintable(causeCode(top.cause)));
    FindingCard *card = rootCard(window);
    QVERIFY(card);
    QVERIFY(!card->applyButton());
    QVERIFY(!card->findChild<QPushButton *>(QStringLiteral("applyFixButton")));
    auto *inApp = card->findChild<QLabel *>(QStringLiteral("fixInApp"));
    QVERIFY(inApp && inApp->isVisible());
    QVERIFY(!card->findChild<QWidget *>(QStringLiteral("fixActions")));
}

QTEST_MAIN(TestWizardApply)
#include "tst_wizardapply.moc"

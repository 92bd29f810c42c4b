#pragma once

#include "app/fixes/EditCycle.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace gd {

class CodeView;
class CommandLog;
class StageList;
class WizardSession;

// One config change through the fixes engine, shown as it happens: the diff (a
// preview, or the question before anything is written, answered with Confirm or
// Cancel), the cycle's stages live, then the outcome in plain words with the URL's
// answer before and after, and the commands it ran. Steps 5 and 6 (timeouts,
// rollback) and the PHP-FPM advice all change files through this one widget, so
// every change looks and behaves the same. Nothing here waits: the cycle reports
// through its signals.
class ApplyFlow : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString outcomeCode READ outcomeCode)
public:
    explicit ApplyFlow(WizardSession *session, QWidget *parent = nullptr);
    ~ApplyFlow() override;

    // `action` names the change in the summary and the transcript ("Apply timeouts"),
    // `where` the block or file it concerns. The guard is set here (120 s over SSH,
    // off on this computer); dryRun comes with the request.
    void run(EditRequest request, const QString &action, const QString &where);
    bool isRunning() const { return m_cycle != nullptr; }
    bool isAwaitingConfirmation() const;
    void confirm();
    void decline();

    const EditOutcome &lastOutcome() const { return m_last; }
    // "" before the first run, else the journal's status code ("applied", ...).
    QString outcomeCode() const { return m_code; }
    StageList *stages() const { return m_stages; }
    // Tests: a shorter server-side guard than the 120 s used over SSH.
    void setGuardSecondsOverSsh(int seconds) { m_sshGuardSeconds = seconds; }
    CodeView *diffView() const { return m_diff; }

signals:
    void runningChanged(bool running);
    void finished(const gd::EditOutcome &outcome);

private:
    void onConfirmationNeeded(const QString &diff);
    void onFinished(const EditOutcome &outcome);
    void showDiff(const QString &diff, const QString &caption);
    QString describe(const EditOutcome &outcome) const;

    WizardSession *m_session;
    QPointer<EditCycle> m_cycle;
    QString m_action, m_where;
    bool m_dryRun = false;
    int m_sshGuardSeconds = 120;
    EditOutcome m_last;
    QString m_code;

    QLabel *m_diffCaption;
    CodeView *m_diff;
    QWidget *m_confirmRow;
    QPushButton *m_confirm;
    QPushButton *m_decline;
    StageList *m_stages;
    QLabel *m_outcome;
    CommandLog *m_commands;
};

} // namespace gd

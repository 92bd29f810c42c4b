#pragma once

#include "app/model/CheckResult.h"
#include "app/model/Evidence.h"
#include "remote/RemoteError.h"

#include <QWidget>

class QLabel;
class QLayout;
class QPushButton;
class QVBoxLayout;

namespace gd {

class StatusBadge;
class StepPanel;
class UpstreamHostFlow;
class WizardSession;

// One of the six steps: what it checks and why, its checks (spinner while the
// diagnosis runs, then ✓ / ⚠ / ✗ with explanation, evidence and commands), the
// step's own panel, "what to do next", re-run, and a way to the step that holds
// the root cause.
class StepPage : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString verdict READ verdict)
public:
    StepPage(int step, WizardSession *session, StepPanel *panel, QWidget *parent = nullptr);
    int step() const { return m_step; }
    // "idle", "running", the step's status code ("pass", "warn", "fail", ...), or
    // "hidden" while a practice run hides the doctor's verdicts.
    QString verdict() const;
    StepPanel *panel() const { return m_panel; }
    // The checks of the last diagnosis are on the page (they follow its verdict by
    // one event-loop turn).
    bool isFilled() const { return m_filled; }

signals:
    void locationActivated(const gd::Evidence &evidence);
    void stepRequested(int step);

private:
    QLayout *buildHead();
    QWidget *buildRootCauseBar();
    QWidget *buildNextBox();
    QWidget *buildUpstreamHostBar();
    void showUpstreamHostBar();
    void onStarted();
    void onFinished();
    void showVerdict();
    void showResults();
    void onFailed(const RemoteError &error);
    void clearChecks();
    void clearRootCard();

    int m_step;
    WizardSession *m_session;
    StepPanel *m_panel;
    StatusBadge *m_badge;
    QLabel *m_title;
    QLabel *m_rootCause;
    QPushButton *m_jump;
    QWidget *m_rootCauseBar;
    QPushButton *m_rerun;
    QWidget *m_checks;
    QVBoxLayout *m_checksLayout;
    QLabel *m_placeholder;
    QLabel *m_next;
    // The root cause's card (its fix and Apply) when this step holds it.
    QWidget *m_rootCard;
    QVBoxLayout *m_rootCardLayout;
    // Steps 1 and 3: "Check the upstream's host too" for an upstream on another host.
    QWidget *m_upstreamHostBar = nullptr;
    QLabel *m_upstreamHostText = nullptr;
    QPushButton *m_upstreamHostButton = nullptr;
    UpstreamHostFlow *m_upstreamHostFlow = nullptr;
    int m_rootCauseStep = 0;
    int m_generation = 0;
    bool m_filled = false;
};

} // namespace gd

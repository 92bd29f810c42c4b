#pragma once

#include "app/lab/PracticeCheck.h"
#include "app/lab/PracticeSession.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace gd {

class PracticeController;
class StatusBadge;

// On top of every page while a practice lab runs: the scenario's ticket, the time, and
// what the trainee may do in this mode (a hint, name the cause, start or stop the lab's
// services, check the fix, finish),
// with the answers to each right under it.
class PracticeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit PracticeBanner(PracticeController *controller, QWidget *parent = nullptr);

    QPushButton *hintButton() const { return m_hint; }
    QPushButton *answerButton() const { return m_answer; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *finishButton() const { return m_finish; }
    QToolButton *servicesButton() const { return m_services; }
    // The last "Check my fix", check by check (empty before the first).
    QString checkText() const;
    QString hintText() const;

signals:
    // The trainee wants to name the cause (the window opens the dialog: it knows step 2).
    void answerRequested();

private:
    QLayout *buildHead();
    QLayout *buildButtons();
    void onStarted();
    void fillServicesMenu();
    void onHint(const PracticeHint &hint);
    void onChecked(const PracticeCheckReport &report);
    void onAnswered(const PracticeAnswer &answer);
    void onStopped(bool clean, const QString &detail);
    void showBusy(const QString &what);
    void showIdle(const QString &text = QString());
    void updateTime();
    void updateButtons();

    PracticeController *m_controller;
    QLabel *m_title;
    QLabel *m_time;
    QLabel *m_ticket;
    QLabel *m_hintText;
    QLabel *m_answerText;
    QLabel *m_checks;
    StatusBadge *m_badge;
    QLabel *m_status;
    QPushButton *m_hint;
    QPushButton *m_answer;
    QPushButton *m_check;
    QToolButton *m_services;
    QPushButton *m_finish;
    QTimer *m_clock;
    bool m_hintsExhausted = false;
};

} // namespace gd

#pragma once

#include "app/lab/Debrief.h"
#include "app/lab/PracticeSession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

class PracticeWorker;

// One scenario as the picker shows it (a copy: the catalogue stays on the worker thread).
struct ScenarioRow
{
    QString id;
    QString title;
    int difficulty = 1;
    int parMinutes = 10;
    QStringList needs;
    QStringList missing; // why it cannot start here; empty: it can
    int best = -1;       // the trainee's best total (PracticeResults), -1: never finished
};

// The wizard's practice run: starts a scenario, asks for hints, takes the trainee's
// answer, checks the fix, and ends the run with its debrief, each through the
// PracticeWorker so the GUI thread never waits. It also decides what the wizard may
// show: in practice mode the doctor's verdicts stay hidden until the trainee names a
// cause, in exam mode until the end.
class PracticeController : public QObject
{
    Q_OBJECT
public:
    explicit PracticeController(QObject *parent = nullptr);
    ~PracticeController() override;

    // Before the first call. resultsPath empty: PracticeResults' default file.
    void setOptions(const PracticeOptions &options, const QString &resultsPath = QString());
    QString resultsPath() const { return m_resultsPath; }

    void loadScenarios();
    void start(const QString &scenarioId, const QString &mode, std::optional<quint64> seed);
    void hint();
    void check();
    void answer(const QString &cause, const QString &evidence);
    // The scenario's reference fix (instructors, tests): the run then scores 0.
    void solve();
    // Starts, stops or restarts one of the lab's services (its app servers, nginx): the
    // trainee's own hand on the lab, as `gateway-doctor practice service` in a terminal.
    void service(const QString &verb, const QString &name);
    // Ends the run: stops the lab, keeps the debrief in the trainee's results.
    void finish();

    bool isRunning() const { return m_running; }
    bool isBusy() const;
    bool hasStarted() const { return m_start.has_value(); }
    const PracticeStart &current() const { return *m_start; }
    QString mode() const { return m_mode; }
    bool hintsAllowed() const { return m_mode != QLatin1String("exam"); }
    bool verdictsHidden() const { return m_verdictsHidden; }
    qint64 elapsedSeconds() const;
    const std::optional<Debrief> &debrief() const { return m_debrief; }

signals:
    void scenariosLoaded(const QList<gd::ScenarioRow> &rows);
    void busy(const QString &what);
    void started();
    void startFailed(const QString &message);
    void hintShown(const gd::PracticeHint &hint);
    void checked(const gd::PracticeCheckReport &report);
    void answered(const gd::PracticeAnswer &answer);
    void solved(const gd::PracticeSolve &solve);
    // `verb` done on `name` (the lab says it is so).
    void serviceDone(const QString &verb, const QString &name);
    void verdictsHiddenChanged(bool hidden);
    void finished(const gd::Debrief &debrief);
    // The lab is gone (finish, or a stop on leaving); `clean`: nothing of it is left.
    void stopped(bool clean, const QString &detail);
    // An action the lab refused or could not do (a hint in exam mode, ...).
    void failed(const QString &message);
    // Nothing is queued or running on the lab any more.
    void idle();

private:
    void setVerdictsHidden(bool hidden);
    void onStarted(const PracticeStart &start);
    void onStopped(const PracticeStop &stop);

    PracticeWorker *m_worker;
    QString m_resultsPath;
    std::optional<PracticeStart> m_start;
    std::optional<Debrief> m_debrief;
    QString m_mode = QStringLiteral("guided");
    QElapsedTimer m_clock;
    qint64 m_endedSeconds = -1;
    bool m_running = false;
    bool m_verdictsHidden = false;
};

} // namespace gd

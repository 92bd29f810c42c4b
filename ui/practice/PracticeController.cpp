#include "ui/practice/PracticeController.h"

#include "app/lab/PracticeResults.h"
#include "ui/Log.h"
#include "ui/practice/PracticeWorker.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace gd {

namespace {
using Lab = PracticeWorker::Lab;

// Opens the lab host first: every call needs its programs, and a refusal (an SSH host
// without the lab marker) is the answer to whatever was asked.
template <typename T> Result<T, LabError> opened(Lab &lab, const std::function<Result<T, LabError>()> &call)
{
    if (LabError error = lab.open())
        return error;
    return call();
}
} // namespace

PracticeController::PracticeController(QObject *parent) : QObject(parent), m_worker(new PracticeWorker(this))
{
    PracticeOptions options;
    // The lab ends with this program, however it ends.
    options.ownerPid = QCoreApplication::applicationPid();
    m_worker->setOptions(options);
    connect(m_worker, &PracticeWorker::idle, this, &PracticeController::idle);
}

PracticeController::~PracticeController() = default;

void PracticeController::setOptions(const PracticeOptions &options, const QString &resultsPath)
{
    PracticeOptions withOwner = options;
    if (withOwner.ownerPid == 0)
        withOwner.ownerPid = QCoreApplication::applicationPid();
    m_worker->setOptions(withOwner);
    m_resultsPath = resultsPath;
}

bool PracticeController::isBusy() const
{
    return m_worker->isBusy();
}

qint64 PracticeController::elapsedSeconds() const
{
    if (m_endedSeconds >= 0)
        return m_endedSeconds;
    return m_clock.isValid() ? m_clock.elapsed() / 1000 : 0;
}

void PracticeController::loadScenarios()
{
    using Rows = Result<QList<ScenarioRow>, LabError>;
    emit busy(tr("Looking at what this computer can run…"));
    const QString resultsPath = m_resultsPath;
    m_worker->run<Rows>(
        [resultsPath](Lab &lab) -> Rows {
            if (LabError error = lab.open())
                return error;
            const PracticeResults results(resultsPath);
            QList<ScenarioRow> rows;
            for (const PracticeAvailability &a : lab.session().availability()) {
                const Scenario &s = *a.scenario;
                rows.append(
                    {s.id, s.title, s.difficulty, s.parMinutes, s.needs, a.missing, results.best(s.id)});
            }
            return rows;
        },
        this,
        [this](const Rows &result) {
            if (!result) {
                emit failed(result.error().toString());
                return;
            }
            emit scenariosLoaded(*result);
        });
}

void PracticeController::start(const QString &scenarioId, const QString &mode, std::optional<quint64> seed)
{
    if (m_running || isBusy()) {
        emit startFailed(m_running ? tr("A lab runs already: finish it first.")
                                   : tr("The lab host is still busy; start again in a moment."));
        return;
    }
    using Started = Result<PracticeStart, LabError>;
    const quint64 drawn = seed.value_or(QRandomGenerator::global()->bounded(1000000000u));
    emit busy(tr("Building the lab and breaking it as the scenario says…"));
    m_worker->run<Started>(
        [scenarioId, mode, drawn](Lab &lab) {
            return opened<PracticeStart>(lab, [&] { return lab.session().start(scenarioId, drawn, mode); });
        },
        this,
        [this](const Started &result) {
            if (!result) {
                emit startFailed(result.error().toString());
                return;
            }
            onStarted(*result);
        });
}

void PracticeController::onStarted(const PracticeStart &start)
{
    m_start = start;
    m_debrief.reset();
    m_mode = start.mode;
    m_running = true;
    m_endedSeconds = -1;
    m_clock.start();
    setVerdictsHidden(m_mode != QLatin1String("guided"));
    emit started();
    // The doctor's own path on the broken lab, for the debrief. The trainee never sees
    // it; without it the debrief only lacks the comparison, so a failure is logged.
    using Diagnosed = Result<DiagnosisReport, LabError>;
    m_worker->run<Diagnosed>([](Lab &lab) { return lab.session().diagnose(); }, this,
                             [](const Diagnosed &result) {
                                 if (!result)
                                     qCWarning(lcUi).noquote()
                                         << "the doctor's own diagnosis of the lab failed:"
                                         << result.error().message();
                             });
}

void PracticeController::hint()
{
    if (!m_running)
        return;
    using Hinted = Result<PracticeHint, LabError>;
    m_worker->run<Hinted>([](Lab &lab) { return lab.session().hint(); }, this,
                          [this](const Hinted &result) {
                              if (result)
                                  emit hintShown(*result);
                              else
                                  emit failed(result.error().toString());
                          });
}

void PracticeController::check()
{
    if (!m_running)
        return;
    using Checked = Result<PracticeCheckReport, LabError>;
    emit busy(tr("Checking the fix…"));
    m_worker->run<Checked>([](Lab &lab) { return lab.session().check(); }, this,
                           [this](const Checked &report) {
                               if (report)
                                   emit checked(*report);
                               else
                                   emit failed(report.error().toString());
                           });
}

void PracticeController::answer(const QString &cause, const QString &evidence)
{
    if (!m_running)
        return;
    using Answered = Result<PracticeAnswer, LabError>;
    m_worker->run<Answered>([cause, evidence](Lab &lab) { return lab.session().answer(cause, evidence); },
                            this,
                            [this](const Answered &result) {
                                if (!result) {
                                    emit failed(result.error().toString());
                                    return;
                                }
                                // Practice mode: the named cause opens the doctor's verdicts.
                                if (m_mode == QLatin1String("practice"))
                                    setVerdictsHidden(false);
                                emit this->answered(*result);
                            });
}

void PracticeController::solve()
{
    if (!m_running)
        return;
    using Solved = Result<PracticeSolve, LabError>;
    emit busy(tr("Applying the reference fix…"));
    m_worker->run<Solved>([](Lab &lab) { return lab.session().solve(); }, this,
                          [this](const Solved &result) {
                              if (result)
                                  emit this->solved(*result);
                              else
                                  emit failed(result.error().toString());
                          });
}

void PracticeController::service(const QString &verb, const QString &name)
{
    if (!m_running)
        return;
    emit busy(tr("%1 %2…").arg(verb, name));
    m_worker->run<LabError>([verb, name](Lab &lab) { return lab.session().service(verb, name); }, this,
                            [this, verb, name](const LabError &error) {
                                if (error)
                                    emit failed(error.toString());
                                else
                                    emit serviceDone(verb, name);
                            });
}

void PracticeController::finish()
{
    if (!m_running)
        return;
    using Stopped = Result<PracticeStop, LabError>;
    m_running = false;
    m_endedSeconds = elapsedSeconds();
    emit busy(tr("Stopping the lab…"));
    m_worker->run<Stopped>([](Lab &lab) { return lab.session().stop(); }, this,
                           [this](const Stopped &result) {
                               if (!result) {
                                   emit stopped(false, result.error().toString());
                                   return;
                               }
                               onStopped(*result);
                           });
}

void PracticeController::onStopped(const PracticeStop &stop)
{
    if (stop.debrief) {
        m_debrief = stop.debrief;
        QString error;
        if (!PracticeResults(m_resultsPath).append(*stop.debrief, &error))
            emit failed(tr("The result could not be kept: %1").arg(error));
        setVerdictsHidden(false);
        emit finished(*m_debrief);
    }
    emit stopped(stop.clean, stop.detail);
}

void PracticeController::setVerdictsHidden(bool hidden)
{
    if (hidden == m_verdictsHidden)
        return;
    m_verdictsHidden = hidden;
    emit verdictsHiddenChanged(hidden);
}

} // namespace gd

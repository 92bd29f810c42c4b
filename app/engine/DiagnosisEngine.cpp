#include "app/engine/DiagnosisEngine.h"

#include "app/checks/CheckRegistry.h"
#include "app/engine/FindingRanker.h"
#include "app/facts/FactCollector.h"
#include "app/facts/Facts.h"
#include "app/facts/ParsedFacts.h"
#include "app/model/Step.h"
#include "remote/Machine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>

namespace gd {

namespace {

// Several steps may find the same cause for the same upstream (the log says
// "refused", ss says nothing listens): one finding, all the evidence, the highest
// confidence.
QList<Finding> mergeDuplicates(const QList<Finding> &findings)
{
    QList<Finding> merged;
    for (const Finding &f : findings) {
        auto same = std::find_if(merged.begin(), merged.end(), [&](const Finding &m) {
            return m.cause == f.cause &&
                   (m.upstream == f.upstream || m.upstream.isEmpty() || f.upstream.isEmpty());
        });
        if (same == merged.end()) {
            merged << f;
            continue;
        }
        if (f.confidence > same->confidence) {
            QList<Evidence> evidence = f.evidence;
            for (const Evidence &e : same->evidence)
                evidence << e;
            *same = f;
            same->evidence = evidence;
        } else {
            for (const Evidence &e : f.evidence)
                same->evidence << e;
        }
        // Evidence seen twice (same excerpt, same place) is shown once.
        QList<Evidence> unique;
        for (const Evidence &e : same->evidence) {
            const bool dup = std::any_of(unique.begin(), unique.end(), [&](const Evidence &u) {
                return u.excerpt == e.excerpt && u.file == e.file && u.line == e.line;
            });
            if (!dup)
                unique << e;
        }
        same->evidence = unique;
    }
    return merged;
}

// A knock-on ("no live upstreams") follows from its servers failing: point it at
// the finding that says why, when there is one (the cause table says which
// causes a knock-on can follow from).
void linkKnockOns(QList<Finding> &findings)
{
    for (Finding &f : findings) {
        if (!isKnockOn(f.cause))
            continue;
        f.rootCause.reset();
        for (const Finding &other : findings) {
            if (causeFollowsFrom(f.cause, other.cause)) {
                f.rootCause = other.cause;
                f.confidence = qMin(f.confidence, other.confidence);
                break;
            }
        }
    }
}

// The pure part of a diagnosis: facts in, checks and ranked findings out. Runs on
// a worker thread; reads only what it is given.
std::shared_ptr<const Diagnosis> analyzeFacts(std::shared_ptr<const Facts> facts, DiagnosisReport report)
{
    auto parsed = std::make_shared<const ParsedFacts>(ParsedFacts::from(*facts));
    TargetInfo &t = report.target;
    t.nginxBinary = facts->nginxBinary;
    t.nginxVersion = facts->nginxVersion;
    t.configFile = facts->confPath;
    t.nginxRunning = parsed->nginx.has_value();
    t.workerUser = parsed->nginx ? parsed->nginx->workerUser : parsed->workerUser;

    QList<Finding> findings;
    const CheckInput input{*facts, *parsed};
    for (int step = 1; step <= kStepCount; ++step) {
        const StepOutcome outcome = CheckRegistry::runStep(step, input);
        report.steps << outcome.result;
        findings += outcome.findings;
    }
    findings = mergeDuplicates(findings);
    linkKnockOns(findings);
    report.findings = FindingRanker::rank(findings);
    t.durationMs = t.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    return std::make_shared<const Diagnosis>(std::move(facts), std::move(parsed), std::move(report));
}

} // namespace

DiagnosisEngine::DiagnosisEngine(Machine *machine, DiagnosisOptions options, QObject *parent)
    : QObject(parent), m_machine(machine), m_options(std::move(options))
{
}

DiagnosisEngine::~DiagnosisEngine()
{
    // The analysis reads facts this object shares with it: let it end first.
    if (m_worker)
        m_worker->wait();
}

void DiagnosisEngine::start()
{
    if (m_running || !m_machine)
        return;
    m_running = true;
    m_report = DiagnosisReport();
    m_report.target.machine = m_machine->displayName();
    m_report.target.local = m_machine->isLocal();
    m_report.target.url = m_options.url;
    m_report.target.startedAt = QDateTime::currentDateTimeUtc();
    m_diagnosis.reset();
    m_facts = std::make_shared<Facts>();
    delete m_collector;
    m_collector = new FactCollector(m_machine, m_options, m_facts.get(), this);
    connect(m_collector, &FactCollector::progress, this, &DiagnosisEngine::progress);
    connect(m_collector, &FactCollector::finished, this, &DiagnosisEngine::analyze);
    connect(m_collector, &FactCollector::failed, this, [this](const RemoteError &error) {
        m_running = false;
        emit failed(error);
    });
    m_collector->start();
}

void DiagnosisEngine::cancel()
{
    if (m_collector)
        m_collector->cancel();
}

void DiagnosisEngine::analyze()
{
    // Parsing the log tails and running the checks takes tens of milliseconds on a
    // busy server: never on the caller's (the wizard's) thread.
    auto result = std::make_shared<std::shared_ptr<const Diagnosis>>();
    QThread *worker = QThread::create([result, facts = std::shared_ptr<const Facts>(m_facts),
                                       report = m_report] { *result = analyzeFacts(facts, report); });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, result] { analyzed(*result); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void DiagnosisEngine::analyzed(std::shared_ptr<const Diagnosis> diagnosis)
{
    m_diagnosis = std::move(diagnosis);
    m_report = m_diagnosis->report();
    for (const StepResult &step : m_report.steps)
        emit stepFinished(step);
    m_running = false;
    emit finished(m_report);
}

RemoteError DiagnosisEngine::runAndWait()
{
    RemoteError result;
    QEventLoop loop;
    connect(this, &DiagnosisEngine::finished, &loop, &QEventLoop::quit);
    connect(this, &DiagnosisEngine::failed, &loop, [&](const RemoteError &error) {
        result = error;
        loop.quit();
    });
    start();
    if (m_running)
        loop.exec();
    return result;
}

} // namespace gd

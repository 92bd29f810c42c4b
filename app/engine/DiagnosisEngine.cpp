#include "app/engine/DiagnosisEngine.h"

#include "app/checks/CheckRegistry.h"
#include "app/checks/UpstreamEndpoints.h"
#include "app/engine/FindingRanker.h"
#include "app/engine/FindingScoper.h"
#include "app/engine/StepAdvice.h"
#include "app/engine/StepVerdicts.h"
#include "app/engine/SuggestionValidator.h"
#include "app/facts/FactCollector.h"
#include "app/facts/Facts.h"
#include "app/facts/NginxRuntime.h"
#include "app/facts/ParsedFacts.h"
#include "app/facts/UpstreamHostCollector.h"
#include "app/model/Log.h"
#include "app/model/Step.h"
#include "remote/Machine.h"

#include "remote/WaitFor.h"
#include <QElapsedTimer>

#include <QEventLoop>
#include <QSet>
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
        // The log's part of the story (its sites, its newest line) stays whichever wins; one
        // of them live makes the merged one live.
        QStringList sites = same->sites;
        for (const QString &s : f.sites) {
            if (!sites.contains(s))
                sites << s;
        }
        const QDateTime lastSeen = std::max(same->lastSeen, f.lastSeen);
        const FindingTiming timing = f.timing == same->timing ? f.timing : FindingTiming::Now;
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
        same->sites = sites;
        same->lastSeen = lastSeen;
        same->timing = timing;
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

// A remedy that edits nginx's configuration ends the way every such change must:
// nginx -t, then the reload that fits this nginx (systemctl under systemd, else
// nginx -s reload with its -p/-c), so that the actions work when carried out as
// written.
void finishConfigEdits(QList<Finding> &findings, const Facts &facts, const ParsedFacts &parsed)
{
    const Result<NginxRuntime, QString> runtime = NginxRuntime::from(facts, parsed);
    if (!runtime || !runtime->isRunning() || !facts.config)
        return;
    QSet<QString> configFiles;
    for (const QString &file : facts.config->files())
        configFiles << file << facts.realPaths.value(file, file);
    const auto editsConfig = [&](const Finding &f) {
        return std::any_of(f.actions.begin(), f.actions.end(), [&](const FixAction &a) {
            return a.kind == FixAction::Kind::Edit && configFiles.contains(a.file);
        });
    };
    // nginx -t refuses today's config (a file the running nginx has not loaded yet): no
    // other change can be loaded until that is repaired, so the repair comes first in
    // every remedy that edits the config.
    QList<FixAction> repair;
    for (const Finding &f : std::as_const(findings)) {
        if (f.cause == Cause::ConfigInvalid && editsConfig(f)) {
            for (const FixAction &a : f.actions) {
                if (a.kind == FixAction::Kind::Edit) {
                    FixAction first = a;
                    first.why = DiagnosisEngine::tr("first, what nginx -t refuses today: %1").arg(a.why);
                    repair << first;
                }
            }
            break;
        }
    }
    for (Finding &f : findings) {
        if (!editsConfig(f))
            continue;
        if (f.cause != Cause::ConfigInvalid) {
            for (auto r = repair.crbegin(); r != repair.crend(); ++r) { // prepended: keep their order
                const bool sameLine =
                    std::any_of(f.actions.begin(), f.actions.end(), [&](const FixAction &a) {
                        return a.kind == FixAction::Kind::Edit && a.file == r->file && a.line == r->line;
                    });
                if (!sameLine)
                    f.actions.prepend(*r);
            }
        }
        f.actions << FixAction::command(runtime->testArgv(), true, FixAction::Host::Nginx,
                                        DiagnosisEngine::tr("check the changed configuration"))
                  << FixAction::command(runtime->reloadArgv(), true, FixAction::Host::Nginx,
                                        DiagnosisEngine::tr("load it: %1").arg(runtime->reloadDescription()));
    }
}

} // namespace

std::shared_ptr<const Diagnosis> DiagnosisEngine::analyzeFacts(std::shared_ptr<const Facts> facts,
                                                               DiagnosisReport report)
{
    QElapsedTimer clock;
    clock.start();
    auto parsed = std::make_shared<const ParsedFacts>(ParsedFacts::from(*facts));
    qCDebug(lcEngine) << "facts parsed in" << clock.elapsed() << "ms";
    TargetInfo &t = report.target;
    t.nginxBinary = facts->nginxBinary;
    t.nginxVersion = facts->nginxVersion;
    t.configFile = facts->confPath;
    t.nginxRunning = parsed->nginx.has_value();
    t.workerUser = parsed->nginx ? parsed->nginx->workerUser : parsed->workerUser;
    if (parsed->throughNginx && parsed->throughNginx->transportOk()) {
        t.urlStatus = parsed->throughNginx->httpCode;
        t.urlSeconds = parsed->throughNginx->timeTotal;
    } else if (parsed->throughNginx) {
        const HttpProbeResult &r = *parsed->throughNginx;
        t.urlProblem = r.evidence.isEmpty() ? r.errorMessage : r.evidence;
    } else if (!facts->failingUrl.isEmpty()) {
        t.urlProblem = parsed->throughNginxProblem;
    }

    QList<Finding> findings;
    const CheckInput input{*facts, *parsed};
    for (int step = 1; step <= kStepCount; ++step) {
        const StepOutcome outcome = CheckRegistry::runStep(step, input);
        report.steps << outcome.result;
        findings += outcome.findings;
    }
    findings = mergeDuplicates(findings);
    linkKnockOns(findings);
    const FindingScoper scoper(*facts, *parsed, facts->liveWindowSeconds);
    scoper.apply(findings);
    t.urlScope = scoper.describe();
    finishConfigEdits(findings, *facts, *parsed);
    report.findings = FindingRanker::rank(findings);
    StepVerdicts::coverFindings(report);
    scoper.softenSteps(report.steps, report.findings);
    for (StepResult &step : report.steps)
        step.next = StepAdvice::next(step, report.findings);
    // Nothing runs here: a replay of saved facts ends so, and a live diagnosis's
    // SuggestionValidator replaces it with nginx -t's verdict on a scratch copy.
    SuggestionValidator::markConfigEdits(report.findings, *facts,
                                         SuggestionCheck::notChecked(tr("replay of saved facts")));
    qCDebug(lcEngine).noquote() << "analysed in" << clock.elapsed() << "ms:" << report.findings.size()
                                << "findings"
                                << (report.findings.isEmpty() ? QString()
                                                              : causeCode(report.findings.first().cause));
    t.durationMs = t.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    return std::make_shared<const Diagnosis>(std::move(facts), std::move(parsed), std::move(report));
}

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
    qCInfo(lcEngine).noquote() << "diagnosing" << m_machine->displayName() << m_options.url;
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
    connect(m_collector, &FactCollector::finished, this, &DiagnosisEngine::collectUpstreamHosts);
    connect(m_collector, &FactCollector::failed, this, [this](const RemoteError &error) {
        qCInfo(lcEngine).noquote() << "could not diagnose:" << error.toString();
        m_running = false;
        emit failed(error);
        emit ended();
    });
    m_collector->start();
}

void DiagnosisEngine::cancel()
{
    if (m_collector)
        m_collector->cancel();
    if (m_validator)
        m_validator->cancel();
}

// Step 1 on the upstreams' own hosts, all at once, after nginx's side.
void DiagnosisEngine::collectUpstreamHosts()
{
    if (m_upstreamHosts.isEmpty()) {
        analyze();
        return;
    }
    emit progress(tr("Looking at the upstreams' own hosts"));
    QList<quint16> ports;
    for (const UpstreamEndpoint &e : upstreamEndpoints(*m_facts)) {
        if (e.port != 0 && !ports.contains(e.port))
            ports << e.port;
    }
    // Every entry first: the collectors write into them while the map no longer grows.
    for (const UpstreamHostLink &link : std::as_const(m_upstreamHosts)) {
        UpstreamHostFacts &h = m_facts->upstreamHosts[link.address];
        h.address = link.address;
        h.machine = link.machine ? link.machine->displayName() : link.machineName;
        h.connectError = link.machine ? RemoteError() : link.error;
    }
    m_upstreamPending = 1;
    auto one = [this] {
        if (--m_upstreamPending == 0)
            analyze();
    };
    for (const UpstreamHostLink &link : std::as_const(m_upstreamHosts)) {
        if (!link.machine)
            continue;
        ++m_upstreamPending;
        auto *collector = new UpstreamHostCollector(link.machine.get(), ports, m_options.sinceSeconds,
                                                    &m_facts->upstreamHosts[link.address], this);
        connect(collector, &UpstreamHostCollector::finished, this, one);
        connect(collector, &UpstreamHostCollector::finished, collector, &QObject::deleteLater);
        collector->start();
    }
    one();
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
    // Every suggested config edit passes nginx -t on a scratch copy before it is
    // shown (a few commands on the machine; the findings stay as ranked).
    const QList<Finding> &findings = diagnosis->report().findings;
    const bool edits = std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
        return std::any_of(f.actions.begin(), f.actions.end(),
                           [](const FixAction &a) { return a.kind == FixAction::Kind::Edit; });
    });
    if (!edits || !m_machine) {
        done(std::move(diagnosis));
        return;
    }
    emit progress(tr("Testing the suggested changes with nginx -t on a scratch copy"));
    delete m_validator;
    m_validator = new SuggestionValidator(m_machine, diagnosis, this);
    m_validator->validate(diagnosis->report().findings, [this, diagnosis](const QList<Finding> &marked) {
        DiagnosisReport report = diagnosis->report();
        report.findings = marked;
        report.target.durationMs = report.target.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
        m_validator->deleteLater();
        m_validator = nullptr;
        done(diagnosis->withReport(std::move(report)));
    });
}

void DiagnosisEngine::done(std::shared_ptr<const Diagnosis> diagnosis)
{
    m_diagnosis = std::move(diagnosis);
    m_report = m_diagnosis->report();
    for (const StepResult &step : m_report.steps)
        emit stepFinished(step);
    m_running = false;
    emit finished(m_report);
    emit ended();
}

RemoteError DiagnosisEngine::runAndWait()
{
    RemoteError result;
    const QMetaObject::Connection failure = connect(this, &DiagnosisEngine::failed, this,
                                                    [&result](const RemoteError &error) { result = error; });
    // "failed" and "finished" both end a run: wait for whichever comes.
    waitForSignal(
        this, &DiagnosisEngine::ended, [this] { start(); }, [this] { return m_running; });
    disconnect(failure);
    return result;
}

} // namespace gd

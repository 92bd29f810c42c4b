#pragma once

#include "app/engine/Diagnosis.h"
#include "app/model/DiagnosisOptions.h"
#include "app/model/DiagnosisReport.h"
#include "remote/RemoteError.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace gd {

class Machine;
class FactCollector;
class SuggestionValidator;
struct Facts;

// An upstream address to follow to its own host: the connection the caller opened
// there, or why it could not (a host that is down is a finding, not a failure).
struct UpstreamHostLink
{
    QString address;                  // as nginx connects to it: "10.0.0.5"
    QString machineName;              // "deploy@app1:22"
    std::shared_ptr<Machine> machine; // null when the login failed
    RemoteError error;
};

// Runs the six steps on a machine: gathers facts with concurrent commands (never
// blocking the caller), then, on a worker thread, parses them once and lets every
// step's checks (app/checks) turn them into results and findings, and ranks the
// findings; last, it tests every suggested config edit with nginx -t on a scratch
// copy (SuggestionValidator). The wizard and `gateway-doctor diagnose` are both faces on this class.
class DiagnosisEngine : public QObject
{
    Q_OBJECT
public:
    DiagnosisEngine(Machine *machine, DiagnosisOptions options, QObject *parent = nullptr);
    ~DiagnosisEngine() override;

    // Before start(): step 1 also runs on these upstreams' own hosts.
    void setUpstreamHosts(QList<UpstreamHostLink> hosts) { m_upstreamHosts = std::move(hosts); }
    const QList<UpstreamHostLink> &upstreamHosts() const { return m_upstreamHosts; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const DiagnosisReport &report() const { return m_report; }
    // The finished diagnosis (after finished(), until the next start()), else null.
    std::shared_ptr<const Diagnosis> diagnosis() const { return m_diagnosis; }
    const Facts *facts() const { return m_facts.get(); }

    // CLI and tests: runs to the end in a local event loop. Returns an error when
    // nothing could be diagnosed (no nginx, connection lost, ...).
    RemoteError runAndWait();

    // The pure part of a diagnosis: facts in, checks and ranked findings out. Reads
    // only what it is given, so it runs on a worker thread, and tests replay
    // captured facts through it.
    static std::shared_ptr<const Diagnosis> analyzeFacts(std::shared_ptr<const Facts> facts,
                                                         DiagnosisReport report);

signals:
    void progress(const QString &what);
    void stepFinished(const gd::StepResult &step);
    void finished(const gd::DiagnosisReport &report);
    void failed(const gd::RemoteError &error);
    // After finished() or failed(): the run is over either way.
    void ended();

private:
    void collectUpstreamHosts();
    void analyze();
    void analyzed(std::shared_ptr<const Diagnosis> diagnosis);
    void done(std::shared_ptr<const Diagnosis> diagnosis);

    QPointer<Machine> m_machine;
    DiagnosisOptions m_options;
    DiagnosisReport m_report;
    std::shared_ptr<Facts> m_facts;
    std::shared_ptr<const Diagnosis> m_diagnosis;
    QPointer<QThread> m_worker;
    FactCollector *m_collector = nullptr;
    SuggestionValidator *m_validator = nullptr;
    QList<UpstreamHostLink> m_upstreamHosts;
    int m_upstreamPending = 0;
    bool m_running = false;
};

} // namespace gd

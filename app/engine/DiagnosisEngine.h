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
struct Facts;

// Runs the six steps on a machine: gathers facts with concurrent commands (never
// blocking the caller), then, on a worker thread, parses them once and lets every
// step's checks (app/checks) turn them into results and findings, and ranks the
// findings. The wizard and `gateway-doctor diagnose` are both faces on this class.
class DiagnosisEngine : public QObject
{
    Q_OBJECT
public:
    DiagnosisEngine(Machine *machine, DiagnosisOptions options, QObject *parent = nullptr);
    ~DiagnosisEngine() override;

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

signals:
    void progress(const QString &what);
    void stepFinished(const gd::StepResult &step);
    void finished(const gd::DiagnosisReport &report);
    void failed(const gd::RemoteError &error);

private:
    void analyze();
    void analyzed(std::shared_ptr<const Diagnosis> diagnosis);

    QPointer<Machine> m_machine;
    DiagnosisOptions m_options;
    DiagnosisReport m_report;
    std::shared_ptr<Facts> m_facts;
    std::shared_ptr<const Diagnosis> m_diagnosis;
    QPointer<QThread> m_worker;
    FactCollector *m_collector = nullptr;
    bool m_running = false;
};

} // namespace gd

#pragma once

#include "app/lab/Debrief.h"
#include "app/lab/LabError.h"
#include "app/lab/LabFixAction.h"
#include "app/lab/LabHost.h"
#include "app/lab/PracticeCheck.h"
#include "app/lab/ScenarioCatalog.h"
#include "app/model/DiagnosisReport.h"
#include "remote/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace gd {

class Machine;
class LabTree;

struct PracticeOptions
{
    QString labDir;         // on the lab host; empty: LabHost::defaultLabDir
    QString helperDir;      // where gateway-doctor-lab-* are on the lab host; empty: next to this
                            // program (this computer) or on PATH (SSH)
    qint64 ownerPid = 0;    // this computer only: the lab ends when this process ends
    int keepSeconds = 7200; // the lab's time limit once started without an owner
};

struct PracticeAvailability
{
    const Scenario *scenario = nullptr;
    QStringList missing; // why it cannot start here; empty: it can
};

struct PracticeStart
{
    QString scenarioId;
    QString title;
    int difficulty = 1;
    QString mode;
    QString ticket;
    QString url;
    QString configFile; // the lab's nginx.conf
    QString siteFile;   // sites-available/<first site>
    QString labDir;
    quint64 seed = 0;
    qint64 readyMs = 0; // start() until the symptom was verified
    QString symptom;    // what the URL answered, and the log line seen
    QStringList services;
    QStringList nginxTest;                // the argv of `nginx -t` for this lab
    QList<QPair<QString, qint64>> phases; // where the start time went (ms), for the bench
    QJsonObject toJson() const;
};

struct PracticeStatus
{
    QString scenarioId;
    QString title;
    QString mode;
    QString ticket;
    QString url;
    QString labDir;
    qint64 elapsedSeconds = 0;
    QString urlNow;               // what the URL answers now
    QMap<QString, bool> services; // name -> running
    int hintsUsed = 0;
    int hintsTotal = 0;
    int checks = 0;
    bool fixed = false;
    QString namedCause;
    QString ended; // why the lab ended by itself (time limit, ...), when it did
    QJsonObject toJson() const;
};

struct PracticeHint
{
    int step = 0;  // 1-based ladder step shown now
    int total = 0; // steps in the ladder
    QString kind;  // question, where, answer
    QString text;
    QJsonObject toJson() const;
};

struct PracticeAnswer
{
    QString named;
    QString expected; // empty in exam mode (told in the debrief)
    bool revealed = true;
    bool correct = false;
    bool beforeFirstChange = false;
    QJsonObject toJson() const;
};

struct PracticeSolve
{
    QList<LabFixAction> actions;
    QStringList log;
    QJsonObject toJson() const;
};

struct PracticeStop
{
    bool clean = false;
    QString detail;
    std::optional<Debrief> debrief; // when a lab was there to debrief
};

// One trainee's practice run on a lab host: the object the CLI (`gateway-doctor practice`)
// and the wizard both drive. Each call reads the lab's record, acts, and writes it back,
// so a run survives across CLI invocations; nothing is kept only in memory.
//
// Blocking calls (they run commands on the lab host through the Machine): the CLI calls
// them directly; the wizard calls them from a worker thread that owns its own Machine.
class PracticeSession
{
    Q_DECLARE_TR_FUNCTIONS(PracticeSession)
public:
    PracticeSession(Machine *machine, PracticeOptions options, ScenarioCatalog catalog);
    ~PracticeSession();

    // Finds the lab's programs on the host and refuses an SSH host without the lab marker.
    LabError open();
    const LabHostInfo &hostInfo() const;
    QString labDir() const;
    const ScenarioCatalog &catalog() const { return m_catalog; }
    static QString markerPath() { return QStringLiteral("/etc/gateway-doctor/lab"); }

    QList<PracticeAvailability> availability() const;
    QStringList missing(const Scenario &scenario) const;

    // mode: "guided" (hints on request), "practice" (the doctor's verdicts stay hidden until
    // the trainee names a cause: the wizard's part) or "exam" (no hints; whether a named
    // cause is right is only told in the debrief).
    static QStringList modes()
    {
        return {QStringLiteral("guided"), QStringLiteral("practice"), QStringLiteral("exam")};
    }
    Result<PracticeStart, LabError> start(const QString &scenarioId, quint64 seed,
                                          const QString &mode = QStringLiteral("guided"));
    Result<PracticeStatus, LabError> status();
    Result<PracticeHint, LabError> hint();
    Result<PracticeCheckReport, LabError> check();
    Result<PracticeSolve, LabError> solve();
    // The trainee names a cause code (or "none") and the evidence line they rely on.
    Result<PracticeAnswer, LabError> answer(const QString &cause, const QString &evidence);
    // start, stop, restart or reload one of the lab's services (nginx included).
    LabError service(const QString &verb, const QString &name);
    // The real diagnosis on the lab; the first run's path is kept for the debrief.
    Result<DiagnosisReport, LabError> diagnose();
    Result<Debrief, LabError> debrief();
    // Ends the lab (every process, its nft table, its files) and says whether anything is
    // left; the debrief of the run comes with it.
    Result<PracticeStop, LabError> stop();

private:
    struct Loaded;
    Result<std::unique_ptr<Loaded>, LabError> load();
    LabError save(Loaded &lab);
    LabError observe(Loaded &lab, const LabTree &tree);
    Debrief buildDebrief(Loaded &lab);
    LabError teardown(const QString &why, QString *detail = nullptr);
    bool labRuns() const;

    QPointer<Machine> m_machine;
    PracticeOptions m_options;
    ScenarioCatalog m_catalog;
    std::unique_ptr<LabHost> m_host;
};

} // namespace gd

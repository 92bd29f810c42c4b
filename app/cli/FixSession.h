#pragma once

#include "app/cli/TargetOptions.h"
#include "app/engine/DiagnosisEngine.h"
#include "app/fixes/FixContext.h"
#include "app/fixes/Transcript.h"
#include "remote/Result.h"

#include <QCoreApplication>

#include <memory>

class QCommandLineParser;

namespace gd {

class EditCycle;
struct EditOutcome;
struct EditRequest;

// What every fix command starts with: the target's machine (connected, host key
// checked), a diagnosis of it (the config, the nginx to reload, the recommendations)
// and the transcript every command and change is written to.
class FixSession
{
    Q_DECLARE_TR_FUNCTIONS(FixSession)
public:
    // Connects and diagnoses; the error is for stderr (exit 2).
    static Result<std::unique_ptr<FixSession>, QString> open(const QCommandLineParser &parser,
                                                             const QString &url);

    Machine *machine() const { return m_machine.get(); }
    // The machine that runs commands marked host "upstream" for `upstream` (a
    // finding's upstream): null when that upstream is on the nginx machine, the
    // --upstream-host connection when it is elsewhere, an error when none was given.
    Result<Machine *, QString> upstreamMachineFor(const QString &upstream) const;
    const FixContext &context() const { return *m_context; }
    const Facts *facts() const { return m_engine->facts(); }
    std::shared_ptr<const Diagnosis> diagnosis() const { return m_engine->diagnosis(); }
    Transcript &transcript() { return *m_transcript; }
    bool isRemote() const { return !m_machine->isLocal(); }
    const DiagnosisReport &report() const { return m_engine->report(); }

    // Runs a cycle on the terminal: stages on stderr, the diff on stdout, then --yes,
    // a y/N question on a terminal, or a refusal. Returns the outcome and records it.
    EditOutcome runCycle(EditCycle &cycle, const QString &action, bool yes);
    // The terminal side of a cycle that someone else starts: stages on stderr, the
    // diff on stdout, then the confirmation (--yes, a y/N question, or a refusal).
    static void watch(EditCycle &cycle, bool yes);
    // Records a finished cycle in the transcript.
    void record(const EditOutcome &outcome, const QString &action);
    // The request with the shared options applied (--dry-run, --guard, default guard
    // over SSH), run through runCycle, printed; returns the exit code.
    int apply(EditRequest request, const QCommandLineParser &parser, const QString &action);
    // 0 done and confirmed, 1 refused or rolled back, 2 could not run.
    static int exitCodeOf(const EditOutcome &outcome);
    static void printOutcome(const EditOutcome &outcome);

    static void addFixOptions(QCommandLineParser &parser); // --yes, --dry-run, --guard

private:
    std::shared_ptr<Machine> m_machine;
    std::unique_ptr<DiagnosisEngine> m_engine;
    std::optional<FixContext> m_context;
    std::unique_ptr<Transcript> m_transcript;
};

} // namespace gd

#pragma once

#include "app/facts/NginxRuntime.h"
#include "app/model/Finding.h"
#include "remote/CommandResult.h"
#include "remote/CommandSpec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace gd {

class Diagnosis;
class Machine;
class PoolScratchCheck;
class ScratchConfig;
struct Facts;

// Tests every finding's suggested config edits before anyone sees them: the
// finding's edits together on a scratch copy of the config nginx runs
// (ScratchConfig), on the machine where nginx runs, with the running master's own
// binary and -p: mktemp -d, the copy, `nginx -t -c <copy>`, rm -rf. Each config
// edit then carries the verdict (FixAction::validation): passed, refused with
// nginx's own message, or not checked and why. A refusal is only believed when
// the same copy without the edits passes: a config nginx -t refuses already, or a
// copy that misses something, is "not checked", never blamed on the suggestion.
//
// Commands are argv lists; nothing of the config reaches a shell. The live files
// and the running nginx are never touched (nginx -t opens its log files as the
// real `nginx -t` would, and does not signal).
class SuggestionValidator : public QObject
{
    Q_OBJECT
public:
    SuggestionValidator(Machine *machine, std::shared_ptr<const Diagnosis> diagnosis,
                        QObject *parent = nullptr);
    ~SuggestionValidator() override;

    // Tests `findings` (any list: tests hand in their own) and calls `done` with
    // them, every nginx config edit marked. Runs commands; never blocks.
    void validate(QList<Finding> findings, std::function<void(const QList<Finding> &)> done);
    // The same, waiting in a local event loop: CLI and tests only, never the GUI thread.
    QList<Finding> validateAndWait(QList<Finding> findings);
    void cancel();
    // How long the last validate() took, and how many scratch copies it tested.
    qint64 elapsedMs() const { return m_elapsedMs; }
    int scratchRuns() const { return m_runs; }
    // The nginx scratch directories the last validate() made (each removed again):
    // tests check these very paths are gone, whatever else runs on the machine.
    const QStringList &scratchRoots() const { return m_scratchRoots; }

    // Marks every edit of nginx's config (a file of facts.config) with `check`,
    // e.g. "not checked: replay" where nothing can run.
    static void markConfigEdits(QList<Finding> &findings, const Facts &facts, const SuggestionCheck &check);

private:
    struct Job;
    using Verdict = std::function<void(const SuggestionCheck &)>;
    using Tried = std::function<void(const QString &problem, const CommandResult &test,
                                     const std::shared_ptr<const ScratchConfig> &copy)>;
    void runJob(int index);
    void testCopy(const QList<FixAction> &edits, Verdict done);
    void judge(const QString &root, const QList<FixAction> &edits, Verdict done);
    void tryCopy(const QString &dir, const QList<FixAction> &edits, Tried done);
    static QString firstError(const CommandResult &test, const ScratchConfig &copy);
    void writeCopy(const ScratchConfig &copy, std::function<void(const QString &error)> done);
    void nginxTest(const ScratchConfig &copy, std::function<void(const CommandResult &)> done);
    void removeDir(const QString &root, std::function<void()> done);
    void runAll(const QList<CommandSpec> &specs, std::function<void(const QList<CommandResult> &)> done);
    void runPoolJob(int index);
    void finish();

    QPointer<Machine> m_machine;
    std::shared_ptr<const Diagnosis> m_diagnosis;
    std::optional<NginxRuntime> m_runtime;
    QString m_runtimeError;
    QList<Finding> m_findings;
    QList<Job> m_jobs;
    QList<Job> m_poolJobs; // PHP-FPM pool edits, one job per finding
    int m_nextPoolJob = 0;
    PoolScratchCheck *m_poolCheck = nullptr;
    std::function<void(const QList<Finding> &)> m_done;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    int m_runs = 0;
    QStringList m_scratchRoots;
    bool m_cancelled = false;
};

} // namespace gd

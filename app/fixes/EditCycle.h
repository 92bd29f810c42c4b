#pragma once

#include "app/facts/NginxRuntime.h"
#include "app/fixes/FileEdit.h"
#include "app/fixes/FixError.h"
#include "app/fixes/PhpFpmReloader.h"
#include "app/fixes/SettingChange.h"
#include "app/model/FixAction.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace gd {

class Machine;
class NginxConfig;
class ConfigReloader;
class RollbackGuard;
class UrlProbe;
struct FileContent;
struct HttpProbeResult;

// The stages of one config change, in order. Restore runs only after a failure.
enum class EditStage
{
    Read,
    Plan,
    Confirm,
    Backup,
    Arm,
    Write,
    Test,
    Reload,
    Probe,
    Disarm,
    Restore
};
QString editStageName(EditStage stage); // "nginx -t", "reload", ... (translated)

// What the user asked for: these settings, in this block of this config.
struct EditRequest
{
    NginxRuntime runtime;
    std::shared_ptr<const NginxConfig> config; // from nginx -T; kept alive by the cycle
    int blockIndex = -1;                       // the location/server directive; -1 = http
    QList<SettingChange> changes;
    QString url; // the failing URL, probed before and after (optional)
    // What the diagnosis saw through nginx (502, 504; 0 unknown). A change is confirmed
    // only when the symptom is gone: the URL still answering 502/504 after it (or
    // already before it) means the cause is elsewhere, and the change is undone unless
    // keepIfUnchanged.
    int symptomStatus = 0;
    bool keepIfUnchanged = false;
    double probeMaxTimeSec = 30;
    int guardSeconds = 0; // > 0: arm the server-side rollback for that long
    bool dryRun = false;  // stop after showing the diff
    // Rollback: put this backup's bytes into restoreFile through the same cycle
    // (instead of `changes`): the current file is backed up first, then tested,
    // reloaded and confirmed like any edit.
    QString restoreBackup;
    QString restoreFile;
    // PHP-FPM: set pm.max_children of `pool` in `poolFile` (instead of `changes`),
    // tested with php-fpm -t and reloaded through the pool's master.
    std::optional<PhpFpmRuntime> phpFpm;
    QString pool;
    QString poolFile;
    int maxChildren = 0;
    int listenBacklog = 0; // > 0: listen.backlog of `pool` too
    // A finding's edit actions (instead of `changes`): each names a real file, a line
    // and its exact old text (app/fixes/LineEdits); tested and reloaded like any edit.
    QList<FixAction> lineEdits;
};

struct EditOutcome
{
    enum class Status
    {
        Applied,   // written, tested, reloaded, confirmed (and the URL no worse)
        Unchanged, // the values were already in place: nothing written
        DryRun,
        Declined,     // the user did not confirm the diff
        Refused,      // nothing was written (invalid value, file changed, read-only, ...)
        RolledBack,   // written, then restored byte-identical (and reloaded if needed)
        Failed,       // could not finish and could not restore: read error.message()
        KeptNotFixed, // written and live as asked (keepIfUnchanged), but the URL still fails
    };
    Status status = Status::Failed;
    FixError error; // why, for everything but Applied/Unchanged/DryRun
    QList<FileEdit> edits;
    QString diff;                    // unified diff of all edited files
    QStringList backups;             // the backups made (real paths)
    QString probeBefore, probeAfter; // "504", "200", "connection refused", or empty
    bool reloaded = false;
    bool guardFired = false; // the server-side rollback restored the files itself
    QStringList notes;       // what else people should know (nginx not running, ...)
};

// Every config change goes through here, in this order: read the files (hash, owner,
// mode), validate and plan the edit, show the diff and wait for confirmation, back up
// next to each file (out of every include glob), arm the server-side rollback, replace
// atomically (refused if the file changed since it was read), nginx -t, reload and
// confirm new workers, probe the failing URL, disarm. Any failure after the write
// restores the files byte-identical (and reloads when the bad config went live), so a
// broken config is never left live.
class EditCycle : public QObject
{
    Q_OBJECT
public:
    EditCycle(Machine *machine, EditRequest request, QObject *parent = nullptr);
    ~EditCycle() override;

    void start();
    void confirm();
    void decline();
    bool isRunning() const { return m_running; }
    const EditOutcome &outcome() const { return m_outcome; }

    // CLI and tests: runs to the end in a local event loop, confirming the diff
    // itself when autoConfirm (the CLI's --yes), else declining.
    EditOutcome runAndWait(bool autoConfirm);

    // Tests (fault injection): called before each stage; the cycle goes on when
    // `proceed` is called (the hook may act on the machine first).
    using StageHook = std::function<void(EditStage stage, std::function<void()> proceed)>;
    void setStageHook(StageHook hook) { m_hook = std::move(hook); }
    void setReloadConfirmTimeoutMs(int ms);

signals:
    void stageStarted(gd::EditStage stage);
    void stageFinished(gd::EditStage stage, bool ok, const QString &detail);
    void confirmationNeeded(const QString &diff);
    void finished(const gd::EditOutcome &outcome);

private:
    struct FileState;

    void enter(EditStage stage, std::function<void()> body);
    void pass(EditStage stage, const QString &detail = {});

    void readFiles(int i);
    void readRestoreSource();
    void probeBefore();
    void plan();
    void backup(int i);
    void arm(int i);
    void write(int i);
    void test();
    void reload();
    void probeAfter();
    void disarm();

    // Failure handling: `error` is the reason; restore what was written, reload again
    // if the bad config went live, disarm, and finish.
    void fail(EditStage stage, const FixError &error);
    void restore(int i);
    void afterRestore();
    void reloadRestored();
    void disarmAfterFailure();
    void finish(EditOutcome::Status status);

    QPointer<Machine> m_machine;
    EditRequest m_request;
    EditOutcome m_outcome;
    std::vector<FileState> m_files;
    ConfigReloader *m_reloader = nullptr;
    QList<RollbackGuard *> m_guards;
    UrlProbe *m_probe = nullptr;
    QList<qint64> m_oldWorkers;
    int m_before = -1; // UrlProbe::badness before the change, -1 unknown
    bool m_keptNotFixed = false;
    StageHook m_hook;
    bool m_running = false;
    bool m_liveChanged = false; // a reload of the new config was sent
    bool m_restoreFailed = false;
    EditOutcome::Status m_failStatus = EditOutcome::Status::Refused;
    std::function<void()> m_afterConfirm;
    QByteArray m_restoreBytes; // the backup's content, for a rollback
};

} // namespace gd

Q_DECLARE_METATYPE(gd::EditStage)

#pragma once

#include "app/engine/DiagnosisEngine.h"
#include "app/fixes/FixContext.h"
#include "app/model/DiagnosisOptions.h"
#include "remote/RemoteError.h"
#include "remote/SshTarget.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace gd {

class FixJournal;
class Machine;
class SshMachine;

// What the wizard works on: the target machine, the diagnosis options and the
// last diagnosis. Everything is asynchronous (connectToHost, DiagnosisEngine::start
// and their signals); pages only listen to this object's signals.
class WizardSession : public QObject
{
    Q_OBJECT
public:
    explicit WizardSession(QObject *parent = nullptr);
    ~WizardSession() override;

    // Choosing a target drops the previous machine and diagnosis.
    void useLocal();
    void useSsh(const SshTarget &target);
    // SSH: connectToHost with these credentials; this computer: ready at once (the
    // signal still arrives from the event loop, like SSH's).
    void connectTarget(const SshCredentials &credentials = {});
    void cancelConnect();
    bool isConnecting() const { return m_connecting; }
    bool isConnected() const;

    Machine *machine() const { return m_machine.get(); }
    SshMachine *sshMachine() const; // nullptr for this computer
    QString targetName() const;
    // "Trust once": reconnecting after a drop must accept the same key again.
    void rememberAcceptedHostKey(const HostKeyPolicy &policy) { m_acceptedKey = policy; }
    const HostKeyPolicy &acceptedHostKey() const { return m_acceptedKey; }

    void setOptions(const DiagnosisOptions &options) { m_options = options; }
    const DiagnosisOptions &options() const { return m_options; }

    void startDiagnosis();
    void cancelDiagnosis();
    bool isDiagnosing() const { return m_engine && m_engine->isRunning(); }
    // Valid after diagnosisFinished() until the next diagnosisStarted().
    bool hasReport() const { return m_hasReport; }
    const DiagnosisReport &report() const;
    // The finished diagnosis (a narrow view of what was collected), else null.
    const Diagnosis *diagnosis() const;
    // What steps 5 and 6 need from it: computed once per diagnosis, off the GUI
    // thread, before diagnosisFinished(); null without a diagnosis.
    const Result<FixContext, FixError> *fixContext() const;
    // Commands that could not run because sudo wants a password (and we have none).
    bool needsSudoPassword() const;
    // What steps 5 and 6 changed on this target, and the transcript they write.
    FixJournal *journal() const { return m_journal; }
    // Practice on a lab: the doctor's verdicts (step marks, check verdicts, findings)
    // stay hidden until the trainee names a cause; the evidence stays visible.
    void setVerdictsHidden(bool hidden);
    bool verdictsHidden() const { return m_verdictsHidden; }

    // Upstreams on other hosts that step 1 also looks at ("Check the upstream's host
    // too"): `host` is a connected session of its own for that host, kept (as a
    // child of this one) until the target changes. Takes effect on the next diagnosis.
    void addUpstreamHost(const QString &address, WizardSession *host);
    // What an SSH target typed without details starts from (known_hosts, keys, ssh
    // config): the start page's, so an upstream's host follows the same rules.
    void setSshDefaults(const SshTarget &defaults) { m_sshDefaults = defaults; }
    const SshTarget &sshDefaults() const { return m_sshDefaults; }
    // The last diagnosis's upstream addresses on other hosts that have no host yet.
    QStringList unfollowedRemoteUpstreams() const;
    // Where a finding's commands for `upstream` (host "upstream") run: the machine of
    // the session added for its host, null when the upstream is on this target, or
    // why they cannot run (its host was not added, or is not connected).
    Result<Machine *, QString> upstreamMachineFor(const QString &upstream) const;

signals:
    void targetChanged();
    void connecting();
    void connected();
    void connectFailed(const gd::RemoteError &error);
    void connectionLost(const gd::RemoteError &error);
    void diagnosisStarted();
    void progress(const QString &what);
    void diagnosisFinished();
    void diagnosisFailed(const gd::RemoteError &error);
    void verdictsHiddenChanged();

private:
    void resetDiagnosis();
    void prepareFixContext();
    void machineChanged();

    void dropUpstreamHosts();

    std::unique_ptr<Machine> m_machine;
    QList<QPair<QString, QPointer<WizardSession>>> m_upstreamHosts;
    std::unique_ptr<DiagnosisEngine> m_engine;
    std::shared_ptr<const Diagnosis> m_diagnosis;
    std::optional<Result<FixContext, FixError>> m_fixContext;
    quint64 m_generation = 0; // a diagnosis started later makes older results stale
    DiagnosisOptions m_options;
    SshTarget m_sshDefaults;
    HostKeyPolicy m_acceptedKey;
    FixJournal *m_journal;
    bool m_connecting = false;
    bool m_hasReport = false;
    bool m_localReady = false;
    bool m_verdictsHidden = false;
};

} // namespace gd

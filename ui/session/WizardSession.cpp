#include "ui/session/WizardSession.h"

#include "app/engine/Diagnosis.h"
#include "remote/LocalMachine.h"
#include "remote/SshMachine.h"
#include "ui/Log.h"
#include "ui/session/FixJournal.h"

#include <QThread>
#include <QTimer>

#include <algorithm>

namespace gd {

WizardSession::WizardSession(QObject *parent) : QObject(parent), m_journal(new FixJournal(this))
{
    // Queued connections (QSignalSpy in tests, the SSH worker) carry this one.
    qRegisterMetaType<gd::RemoteError>();
}

WizardSession::~WizardSession()
{
    // The engine's jobs run on the machine: stop them before the machine goes.
    m_engine.reset();
    // The pages listening to the journal may already be gone.
    m_journal->blockSignals(true);
    m_machine.reset();
}

void WizardSession::resetDiagnosis()
{
    m_engine.reset();
    m_diagnosis.reset();
    m_fixContext.reset();
    m_hasReport = false;
    ++m_generation;
}

void WizardSession::dropUpstreamHosts()
{
    for (const auto &host : std::as_const(m_upstreamHosts)) {
        if (host.second)
            host.second->deleteLater();
    }
    m_upstreamHosts.clear();
}

void WizardSession::addUpstreamHost(const QString &address, WizardSession *host)
{
    host->setParent(this);
    for (auto &known : m_upstreamHosts) {
        if (known.first == address) {
            if (known.second && known.second != host)
                known.second->deleteLater();
            known.second = host;
            return;
        }
    }
    m_upstreamHosts.append({address, host});
}

QStringList WizardSession::unfollowedRemoteUpstreams() const
{
    QStringList out;
    if (!m_diagnosis)
        return out;
    for (const QString &address : m_diagnosis->remoteUpstreamAddresses()) {
        const bool followed = std::any_of(m_upstreamHosts.begin(), m_upstreamHosts.end(),
                                          [&](const auto &h) { return h.first == address && h.second; });
        if (!followed)
            out << address;
    }
    return out;
}

Result<Machine *, QString> WizardSession::upstreamMachineFor(const QString &upstream) const
{
    const int colon = int(upstream.lastIndexOf(QLatin1Char(':')));
    const QString host =
        upstream.startsWith(QLatin1String("unix:")) || colon <= 0 ? QString() : upstream.left(colon);
    const QStringList remote =
        m_diagnosis && !host.isEmpty() ? m_diagnosis->remoteAddressesOf(host) : QStringList();
    if (remote.isEmpty())
        return static_cast<Machine *>(nullptr);
    for (const auto &h : m_upstreamHosts) {
        if (!remote.contains(h.first) && h.first != host)
            continue;
        if (!h.second || !h.second->machine() || !h.second->isConnected())
            return tr("The fix runs on the upstream's host %1, and it is not connected.").arg(h.first);
        return h.second->machine();
    }
    return tr("The fix runs on the upstream's host %1: add it with \"Check the upstream's host too\" "
              "(step 1) first.")
        .arg(remote.first());
}

void WizardSession::useLocal()
{
    resetDiagnosis();
    dropUpstreamHosts();
    m_machine = std::make_unique<LocalMachine>();
    m_connecting = false;
    m_localReady = false;
    m_acceptedKey = HostKeyPolicy();
    machineChanged();
    emit targetChanged();
}

void WizardSession::machineChanged()
{
    m_journal->setMachine(m_machine.get());
    // The diagnosis keeps its own transcript; the journal gets what runs after it
    // (the fixes, the log follower), so "Copy the transcript" has both.
    connect(m_machine.get(), &Machine::commandFinished, m_journal, [this](const CommandResult &result) {
        if (!isDiagnosing())
            m_journal->recordCommand(result);
    });
}

void WizardSession::useSsh(const SshTarget &target)
{
    resetDiagnosis();
    dropUpstreamHosts();
    auto machine = std::make_unique<SshMachine>(target);
    SshMachine *ssh = machine.get();
    connect(ssh, &SshMachine::connected, this, [this] {
        m_connecting = false;
        emit connected();
    });
    connect(ssh, &SshMachine::connectFailed, this, [this](const RemoteError &error) {
        m_connecting = false;
        emit connectFailed(error);
    });
    connect(ssh, &SshMachine::connectionLost, this, [this](const RemoteError &error) {
        if (isDiagnosing())
            m_engine->cancel();
        emit connectionLost(error);
    });
    m_machine = std::move(machine);
    m_connecting = false;
    m_acceptedKey = HostKeyPolicy();
    machineChanged();
    emit targetChanged();
}

SshMachine *WizardSession::sshMachine() const
{
    return qobject_cast<SshMachine *>(m_machine.get());
}

bool WizardSession::isConnected() const
{
    if (!m_machine)
        return false;
    return m_machine->isLocal() ? m_localReady : m_machine->isReady();
}

QString WizardSession::targetName() const
{
    return m_machine ? m_machine->displayName() : QString();
}

void WizardSession::connectTarget(const SshCredentials &credentials)
{
    if (!m_machine || m_connecting)
        return;
    m_connecting = true;
    emit connecting();
    if (SshMachine *ssh = sshMachine()) {
        ssh->connectToHost(credentials);
        return;
    }
    QTimer::singleShot(0, this, [this] {
        m_connecting = false;
        m_localReady = true;
        emit connected();
    });
}

void WizardSession::cancelConnect()
{
    if (SshMachine *ssh = sshMachine(); ssh && m_connecting)
        ssh->disconnectFromHost();
    m_connecting = false;
}

void WizardSession::setVerdictsHidden(bool hidden)
{
    if (hidden == m_verdictsHidden)
        return;
    m_verdictsHidden = hidden;
    emit verdictsHiddenChanged();
}

void WizardSession::startDiagnosis()
{
    if (!m_machine || isDiagnosing())
        return;
    resetDiagnosis();
    m_engine = std::make_unique<DiagnosisEngine>(m_machine.get(), m_options);
    QList<UpstreamHostLink> links;
    for (const auto &host : std::as_const(m_upstreamHosts)) {
        if (!host.second || !host.second->machine())
            continue;
        UpstreamHostLink link;
        link.address = host.first;
        link.machineName = host.second->targetName();
        // The host's session owns the connection; the engine only borrows it.
        link.machine = std::shared_ptr<Machine>(host.second->machine(), [](Machine *) {});
        if (!host.second->isConnected())
            link.error = RemoteError(RemoteError::Kind::Disconnected,
                                     tr("The connection to %1 is gone.").arg(link.machineName));
        if (link.error)
            link.machine.reset();
        links << link;
    }
    m_engine->setUpstreamHosts(links);
    connect(m_engine.get(), &DiagnosisEngine::progress, this, &WizardSession::progress);
    connect(m_engine.get(), &DiagnosisEngine::finished, this, &WizardSession::prepareFixContext);
    connect(m_engine.get(), &DiagnosisEngine::failed, this, &WizardSession::diagnosisFailed);
    emit diagnosisStarted();
    m_engine->start();
}

void WizardSession::cancelDiagnosis()
{
    if (isDiagnosing())
        m_engine->cancel();
}

const DiagnosisReport &WizardSession::report() const
{
    static const DiagnosisReport none;
    return m_engine ? m_engine->report() : none;
}

// Steps 5 and 6 act on the diagnosis's fix context: it is made once, on a worker
// thread (it copies the parsed config), and the diagnosis counts as finished when
// it is there.
void WizardSession::prepareFixContext()
{
    qCDebug(lcUi) << "diagnosis finished; preparing what steps 5 and 6 need";
    std::shared_ptr<const Diagnosis> diagnosis = m_engine->diagnosis();
    auto context = std::make_shared<std::optional<Result<FixContext, FixError>>>();
    QThread *worker =
        QThread::create([diagnosis, context] { context->emplace(FixContext::from(*diagnosis)); });
    const quint64 generation = m_generation;
    connect(worker, &QThread::finished, this, [this, diagnosis, context, generation] {
        if (generation != m_generation)
            return;
        m_diagnosis = diagnosis;
        m_fixContext = std::move(*context);
        m_hasReport = true;
        emit diagnosisFinished();
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

const Diagnosis *WizardSession::diagnosis() const
{
    return m_hasReport ? m_diagnosis.get() : nullptr;
}

const Result<FixContext, FixError> *WizardSession::fixContext() const
{
    return m_hasReport && m_fixContext ? &*m_fixContext : nullptr;
}

bool WizardSession::needsSudoPassword() const
{
    const Diagnosis *d = diagnosis();
    if (!d || !m_machine || m_machine->isRoot() || m_machine->hasSudoPassword())
        return false;
    return d->needsSudoPassword();
}

} // namespace gd

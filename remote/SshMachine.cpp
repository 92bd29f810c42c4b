#include "remote/SshMachine.h"

#include "remote/SshProcess.h"
#include "remote/SshWorker.h"

#include <QEventLoop>

namespace gd {

SshMachine::SshMachine(SshTarget target, QObject *parent) : Machine(parent), m_target(std::move(target))
{
    qRegisterMetaType<gd::RemoteError>("gd::RemoteError");
    qRegisterMetaType<gd::SshHostKey>("gd::SshHostKey");
    qRegisterMetaType<gd::CommandResult>("gd::CommandResult");
    m_thread.setObjectName(QStringLiteral("ssh-io"));
    m_worker = new SshWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SshWorker::sessionOpened, this,
            [this](bool isRoot, const QString &user, const SshHostKey &hostKey) {
                m_isRoot = isRoot;
                m_user = user;
                m_hostKey = hostKey;
                m_state = State::Connected;
                emit connected();
            });
    connect(m_worker, &SshWorker::sessionFailed, this,
            [this](const RemoteError &error, const SshHostKey &hostKey) {
                m_hostKey = hostKey;
                m_state = State::Disconnected;
                emit connectFailed(error);
            });
    connect(m_worker, &SshWorker::sessionLost, this, [this](const RemoteError &error) {
        m_state = State::Disconnected;
        emit connectionLost(error);
    });
    // Said once per session, with the next command, when transcripts listen.
    connect(m_worker, &SshWorker::singleChannels, this,
            [this](const CommandResult &note) { m_pendingNote = note; });
    connect(m_worker, &SshWorker::channelData, this, &SshMachine::onChannelData);
    connect(m_worker, &SshWorker::channelFinished, this, &SshMachine::onChannelFinished);
    m_thread.start();
}

SshMachine::~SshMachine()
{
    // Jobs (and their channels) go first, while the worker can still hear them.
    qDeleteAll(findChildren<CommandJob *>(QString(), Qt::FindDirectChildrenOnly));
    // Channels still here (their job lived elsewhere) must go now too: ~SshProcess
    // unregisters from m_processes, which is destroyed before QObject deletes children.
    qDeleteAll(findChildren<SshProcess *>(QString(), Qt::FindDirectChildrenOnly));
    SshWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->closeSession(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

QString SshMachine::displayName() const
{
    SshTarget shown = m_target;
    if (shown.user.isEmpty())
        shown.user = m_user;
    return shown.displayName();
}

void SshMachine::connectToHost(const SshCredentials &credentials)
{
    m_state = State::Connecting;
    SshWorker *worker = m_worker;
    const SshTarget target = m_target;
    QMetaObject::invokeMethod(
        worker, [worker, target, credentials] { worker->openSession(target, credentials); },
        Qt::QueuedConnection);
}

void SshMachine::disconnectFromHost()
{
    m_state = State::Disconnected;
    SshWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->closeSession(); }, Qt::QueuedConnection);
}

RemoteError SshMachine::connectAndWait(const SshCredentials &credentials)
{
    RemoteError result;
    QEventLoop loop;
    auto ok = connect(this, &SshMachine::connected, &loop, &QEventLoop::quit);
    auto failed = connect(this, &SshMachine::connectFailed, &loop, [&](const RemoteError &error) {
        result = error;
        loop.quit();
    });
    connectToHost(credentials);
    loop.exec();
    disconnect(ok);
    disconnect(failed);
    return result;
}

ProcessChannel *SshMachine::startProcess(const QStringList &argv, bool longRunning)
{
    if (m_state != State::Connected)
        return nullptr;
    if (m_pendingNote) {
        const CommandResult note = *m_pendingNote;
        m_pendingNote.reset();
        emit commandFinished(note);
    }
    const quint64 id = m_nextId++;
    auto *process = new SshProcess(this, id);
    m_processes.insert(id, process);
    SshWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, id, argv, longRunning] { worker->startCommand(id, argv, longRunning); },
        Qt::QueuedConnection);
    return process;
}

void SshMachine::onChannelData(quint64 id, const QByteArray &data, bool isStderr)
{
    if (SshProcess *process = m_processes.value(id))
        process->deliver(data, isStderr);
}

void SshMachine::onChannelFinished(quint64 id, int exitCode, const RemoteError &error)
{
    QPointer<SshProcess> process = m_processes.take(id);
    if (process)
        process->deliverFinished(exitCode, error);
}

} // namespace gd

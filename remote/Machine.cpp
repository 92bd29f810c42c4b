#include "remote/Machine.h"

#include "remote/Log.h"
#include "remote/ProcessChannel.h"

namespace gd {

Machine::Machine(QObject *parent) : QObject(parent)
{
    connect(this, &Machine::commandFinished, this, [this](const CommandResult &r) {
        if (r.error)
            qCInfo(lcRemote).noquote()
                << displayName() << "could not run" << r.commandLine << "-" << r.error.toString();
        else
            qCDebug(lcRemote).noquote()
                << displayName() << "exit" << r.exitCode << "in" << r.durationMs << "ms:" << r.commandLine;
    });
}

Machine::~Machine()
{
    clearSudoPassword();
}

CommandJob *Machine::run(const CommandSpec &spec)
{
    auto *job = new CommandJob(this, spec, this);
    // Start on the next turn of the event loop so callers can connect first.
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
    return job;
}

void Machine::run(const CommandSpec &spec, QObject *context,
                  std::function<void(const CommandResult &)> callback)
{
    CommandJob *job = run(spec);
    connect(job, &CommandJob::finished, context,
            [callback = std::move(callback)](const CommandResult &result) { callback(result); });
}

CommandResult Machine::runAndWait(const CommandSpec &spec)
{
    CommandJob *job = run(spec);
    job->setAutoDelete(false);
    const CommandResult result = job->waitForFinished();
    delete job;
    return result;
}

void Machine::setSudoPassword(const QByteArray &password)
{
    // A deep copy we own alone, so that clearing it wipes the only buffer we hold.
    m_sudoPassword = SecretBytes(password.constData(), password.size());
}

void Machine::clearSudoPassword()
{
    m_sudoPassword.wipe();
}

} // namespace gd

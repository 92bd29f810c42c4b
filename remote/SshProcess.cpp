#include "remote/SshProcess.h"

#include "remote/ShellQuote.h"
#include "remote/SshMachine.h"
#include "remote/SshWorker.h"

namespace gd {

namespace {
// Constant wrapper: report our PID (= process group, sshd gives each exec its own
// session), then become the command. The login shell only sees quoted words.
const QString kPidScript = QStringLiteral("printf 'GDPID:%s\\n' \"$$\" >&2; exec \"$@\"");
constexpr int kMaxHead = 64;
} // namespace

SshProcess::SshProcess(SshMachine *machine, quint64 id)
    : ProcessChannel(machine), m_machine(machine), m_id(id)
{
}

SshProcess::~SshProcess()
{
    m_machine->m_processes.remove(m_id);
    if (!m_done && m_machine->m_worker) {
        SshWorker *worker = m_machine->m_worker;
        const quint64 id = m_id;
        const qint64 pid = m_remotePid;
        QMetaObject::invokeMethod(
            worker,
            [worker, id, pid] {
                worker->signalRemote(pid, true);
                worker->abandonChannel(id);
            },
            Qt::QueuedConnection);
    }
}

QByteArray SshProcess::commandLine(const QStringList &argv)
{
    QStringList full{QStringLiteral("exec"), QStringLiteral("/bin/sh"), QStringLiteral("-c"), kPidScript,
                     QStringLiteral("gd")};
    full += argv;
    QStringList words;
    for (const QString &word : full)
        words << ShellQuote::quote(word);
    return words.join(QLatin1Char(' ')).toUtf8();
}

void SshProcess::writeStdin(const QByteArray &data)
{
    SshWorker *worker = m_machine->m_worker;
    if (!worker)
        return;
    const quint64 id = m_id;
    QMetaObject::invokeMethod(
        worker, [worker, id, data] { worker->writeChannel(id, data); }, Qt::QueuedConnection);
}

void SshProcess::closeStdin()
{
    SshWorker *worker = m_machine->m_worker;
    if (!worker)
        return;
    const quint64 id = m_id;
    QMetaObject::invokeMethod(
        worker, [worker, id] { worker->closeChannelStdin(id); }, Qt::QueuedConnection);
}

void SshProcess::terminate(bool force)
{
    SshWorker *worker = m_machine->m_worker;
    if (m_done || !worker)
        return;
    const quint64 id = m_id;
    const qint64 pid = m_remotePid;
    QMetaObject::invokeMethod(
        worker,
        [worker, id, pid, force] {
            worker->signalRemote(pid, force);
            // Without a PID (the wrapper never ran) closing the channel is all we can do.
            if (force || pid <= 0)
                worker->closeChannelStdin(id);
        },
        Qt::QueuedConnection);
}

void SshProcess::deliver(const QByteArray &data, bool isStderr)
{
    if (!isStderr || m_pidParsed) {
        emit isStderr ? stderrData(data) : stdoutData(data);
        return;
    }
    m_stderrHead += data;
    const int newline = m_stderrHead.indexOf('\n');
    if (newline < 0 && m_stderrHead.size() < kMaxHead)
        return;
    m_pidParsed = true;
    QByteArray rest = m_stderrHead;
    if (newline >= 0 && m_stderrHead.startsWith("GDPID:")) {
        m_remotePid = m_stderrHead.mid(6, newline - 6).toLongLong();
        rest = m_stderrHead.mid(newline + 1);
    }
    m_stderrHead.clear();
    if (!rest.isEmpty())
        emit stderrData(rest);
}

void SshProcess::deliverFinished(int exitCode, const RemoteError &error)
{
    if (m_done)
        return;
    if (!m_pidParsed && !m_stderrHead.isEmpty()) {
        m_pidParsed = true;
        emit stderrData(m_stderrHead);
    }
    m_done = true;
    emit finished(exitCode, error);
}

} // namespace gd

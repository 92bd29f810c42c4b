#include "remote/SshProcess.h"

#include "remote/RunnerScript.h"
#include "remote/SshMachine.h"
#include "remote/SshWorker.h"

namespace gd {

namespace {
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
            worker, [worker, id, pid] { worker->abandonCommand(id, pid); }, Qt::QueuedConnection);
    }
}

void SshProcess::writeStdin(const QByteArray &data)
{
    SshWorker *worker = m_machine->m_worker;
    if (!worker)
        return;
    const quint64 id = m_id;
    QMetaObject::invokeMethod(
        worker, [worker, id, data] { worker->writeCommand(id, data); }, Qt::QueuedConnection);
}

void SshProcess::closeStdin()
{
    SshWorker *worker = m_machine->m_worker;
    if (!worker)
        return;
    const quint64 id = m_id;
    QMetaObject::invokeMethod(
        worker, [worker, id] { worker->closeCommandStdin(id); }, Qt::QueuedConnection);
}

void SshProcess::terminate(bool force)
{
    SshWorker *worker = m_machine->m_worker;
    if (m_done || !worker)
        return;
    const quint64 id = m_id;
    const qint64 pid = m_remotePid;
    QMetaObject::invokeMethod(
        worker, [worker, id, pid, force] { worker->signalCommand(id, pid, force); }, Qt::QueuedConnection);
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
    const QByteArray prefix = RunnerScript::pidPrefix();
    if (newline >= 0 && m_stderrHead.startsWith(prefix)) {
        m_remotePid = m_stderrHead.mid(prefix.size(), newline - prefix.size()).toLongLong();
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

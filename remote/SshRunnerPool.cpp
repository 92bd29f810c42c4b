#include "remote/SshRunnerPool.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace gd {

SshRunnerPool::SshRunnerPool(Events events) : m_events(std::move(events))
{
}

SshRunnerPool::~SshRunnerPool()
{
    for (auto &runner : m_runners)
        runner->close();
}

void SshRunnerPool::open(ssh_session session, const QString &host, int base, int startTimeoutSec)
{
    m_session = session;
    m_host = host;
    m_base = std::clamp(base, 1, kMaxRunners);
    m_cap = kMaxRunners;
    m_startTimeoutSec = startTimeoutSec;
    m_settling = true;
    m_unavailable = false;
    m_hung = m_refused = m_deaths = 0;
    for (int i = 0; i < m_base; ++i)
        spawn();
}

void SshRunnerPool::close(const RemoteError &why)
{
    for (auto &runner : m_runners)
        runner->close();
    m_runners.clear();
    std::vector<quint64> ids;
    for (const auto &[id, runner] : m_running)
        ids.push_back(id);
    for (const quint64 id : m_queue)
        ids.push_back(id);
    m_running.clear();
    m_queue.clear();
    m_waiting.clear();
    m_longRunning.clear();
    m_session = nullptr;
    m_settling = false;
    for (const quint64 id : ids) {
        if (m_internal.erase(id) == 0)
            m_events.finished(id, -1, why);
    }
    m_internal.clear();
}

int SshRunnerPool::readyCount() const
{
    return int(std::count_if(m_runners.begin(), m_runners.end(), [](const auto &r) { return r->isReady(); }));
}

uint SshRunnerPool::uid() const
{
    for (const auto &runner : m_runners) {
        if (runner->isReady())
            return runner->uid();
    }
    return 0;
}

int SshRunnerPool::aliveCount() const
{
    return int(std::count_if(m_runners.begin(), m_runners.end(),
                             [](const auto &r) { return r->state() != SshRunner::State::Ended; }));
}

int SshRunnerPool::startingCount() const
{
    return int(std::count_if(m_runners.begin(), m_runners.end(), [](const auto &r) {
        return r->state() == SshRunner::State::LoggingIn || r->state() == SshRunner::State::Loading;
    }));
}

int SshRunnerPool::wantedCount() const
{
    return std::min(m_cap, m_base + int(m_longRunning.size()));
}

void SshRunnerPool::spawn()
{
    m_runners.push_back(std::make_unique<SshRunner>(m_session, m_host, m_startTimeoutSec, this));
}

bool SshRunnerPool::owns(quint64 id) const
{
    return m_running.count(id) || m_waiting.count(id);
}

void SshRunnerPool::submit(quint64 id, const QStringList &argv, bool longRunning)
{
    Waiting waiting;
    waiting.id = id;
    waiting.argv = argv;
    waiting.longRunning = longRunning;
    m_waiting[id] = std::move(waiting);
    m_queue.push_back(id);
    if (longRunning)
        m_longRunning.insert(id);
    for (auto &runner : m_runners) {
        if (runner->state() == SshRunner::State::Idle) {
            dispatch(*runner);
            break;
        }
    }
    rebalance();
}

void SshRunnerPool::dispatch(SshRunner &runner)
{
    if (m_queue.empty() || runner.state() != SshRunner::State::Idle)
        return;
    const quint64 id = m_queue.front();
    m_queue.pop_front();
    auto it = m_waiting.find(id);
    const Waiting waiting = std::move(it->second);
    m_waiting.erase(it);
    m_running[id] = &runner;
    runner.run(id, waiting.argv);
    runner.writeStdin(waiting.stdinData);
    if (waiting.stdinClosed)
        runner.closeStdin();
}

void SshRunnerPool::writeStdin(quint64 id, const QByteArray &data)
{
    if (auto it = m_running.find(id); it != m_running.end())
        it->second->writeStdin(data);
    else if (auto w = m_waiting.find(id); w != m_waiting.end())
        w->second.stdinData += data;
}

void SshRunnerPool::closeStdin(quint64 id)
{
    if (auto it = m_running.find(id); it != m_running.end())
        it->second->closeStdin();
    else if (auto w = m_waiting.find(id); w != m_waiting.end())
        w->second.stdinClosed = true;
}

void SshRunnerPool::signal(quint64 id, bool force)
{
    if (auto it = m_running.find(id); it != m_running.end()) {
        it->second->signal(force);
        return;
    }
    // Stopped before any runner took it: it never ran.
    if (m_waiting.erase(id)) {
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), id), m_queue.end());
        m_longRunning.erase(id);
        m_events.finished(id, -1, RemoteError(RemoteError::Kind::Cancelled, RemoteError::tr("Cancelled.")));
    }
}

void SshRunnerPool::abandon(quint64 id)
{
    if (auto it = m_running.find(id); it != m_running.end()) {
        it->second->abandon();
        m_running.erase(it);
        m_longRunning.erase(id);
        return;
    }
    if (m_waiting.erase(id)) {
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), id), m_queue.end());
        m_longRunning.erase(id);
    }
}

std::vector<SshRunnerPool::Waiting> SshRunnerPool::takeWaiting()
{
    std::vector<Waiting> out;
    for (const quint64 id : m_queue) {
        if (!m_internal.count(id))
            out.push_back(std::move(m_waiting[id]));
    }
    m_internal.clear();
    m_queue.clear();
    m_waiting.clear();
    m_longRunning.clear();
    return out;
}

void SshRunnerPool::runnerIdle(SshRunner &runner)
{
    dispatch(runner);
    checkSettled();
}

void SshRunnerPool::runnerEnded(SshRunner &runner, const RemoteError &why)
{
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (it->second == &runner) {
            m_longRunning.erase(it->first);
            it = m_running.erase(it);
        } else {
            ++it;
        }
    }
    if (runner.failure() == SshRunner::Failure::Died) {
        qCInfo(lcSsh) << "a runner on" << m_host << "ended:" << why.toString();
        if (runner.orphanPid() > 1)
            killOrphan(runner.orphanPid());
        // Replaced by rebalance(), but not forever: a server that ends every runner
        // gets one channel per command instead.
        if (++m_deaths > 2 * kMaxRunners) {
            m_cap = 0;
            m_lastFailure = why;
        }
        return;
    }
    // It never became ready: the server limits sessions, the shell refuses, or the
    // rc files hang. From now on, no more runners than have worked.
    if (runner.failure() == SshRunner::Failure::Hung)
        ++m_hung;
    else
        ++m_refused;
    m_lastFailure = why;
    m_lastStartOutput = runner.startOutput();
    if (!m_settling)
        m_cap = readyCount();
    qCInfo(lcSsh) << "a runner on" << m_host << "did not start:" << why.toString();
}

// The command of a runner that died lives on, orphaned: another runner stops it.
void SshRunnerPool::killOrphan(qint64 pid)
{
    const quint64 id = m_nextInternalId++;
    m_internal.insert(id);
    submit(id,
           {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
            QStringLiteral("kill -s KILL -- \"-$1\" 2>/dev/null || kill -s KILL \"$1\""),
            QStringLiteral("gd-kill"), QString::number(pid)},
           false);
}

void SshRunnerPool::runnerOutput(quint64 command, const QByteArray &data, bool isStderr)
{
    if (!m_internal.count(command))
        m_events.output(command, data, isStderr);
}

void SshRunnerPool::runnerFinished(quint64 command, int exitCode, const RemoteError &error)
{
    m_running.erase(command);
    m_longRunning.erase(command);
    if (m_internal.erase(command) == 0)
        m_events.finished(command, exitCode, error);
}

void SshRunnerPool::sweep()
{
    m_runners.erase(std::remove_if(m_runners.begin(), m_runners.end(),
                                   [](const auto &r) { return r->state() == SshRunner::State::Ended; }),
                    m_runners.end());
}

void SshRunnerPool::advance()
{
    if (!m_session)
        return;
    // Index loop: a runner's advance may start new runners (push_back).
    for (size_t i = 0; i < m_runners.size(); ++i)
        m_runners[i]->advance();
    sweep();
    checkSettled();
    rebalance();
}

bool SshRunnerPool::needsPolling() const
{
    return std::any_of(m_runners.begin(), m_runners.end(), [](const auto &r) { return r->needsPolling(); });
}

void SshRunnerPool::checkSettled()
{
    if (!m_settling || startingCount() > 0)
        return;
    m_settling = false;
    const int ready = readyCount();
    if (ready < m_base) {
        m_base = ready;
        m_cap = ready;
    }
    m_events.settled();
}

void SshRunnerPool::rebalance()
{
    if (!m_session || m_settling || m_unavailable)
        return;
    const int alive = aliveCount();
    if (alive == 0 && m_cap == 0) {
        m_unavailable = true;
        m_events.unavailable(m_lastFailure);
        return;
    }
    for (int missing = wantedCount() - alive; missing > 0; --missing)
        spawn();
    // Runners beyond what is wanted go once idle and nothing waits.
    if (!m_queue.empty())
        return;
    int surplus = aliveCount() - wantedCount();
    for (auto &runner : m_runners) {
        if (surplus <= 0)
            break;
        if (runner->state() == SshRunner::State::Idle) {
            runner->close();
            --surplus;
        }
    }
}

} // namespace gd

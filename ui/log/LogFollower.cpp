#include "ui/log/LogFollower.h"

#include "remote/FileAccess.h"
#include "remote/Machine.h"

namespace gd {

namespace {
constexpr qint64 kPollBytes = 256 * 1024;
}

LogFollower::LogFollower(Machine *machine, QString path, Privilege privilege, qint64 knownEnd,
                         QByteArray knownIdentity, QObject *parent)
    : QObject(parent), m_machine(machine), m_path(std::move(path)), m_privilege(privilege), m_end(knownEnd),
      m_identity(std::move(knownIdentity))
{
    connect(&m_timer, &QTimer::timeout, this, &LogFollower::poll);
}

void LogFollower::start(int intervalMs)
{
    m_timer.start(intervalMs);
    poll();
}

void LogFollower::stop()
{
    m_timer.stop();
}

void LogFollower::poll()
{
    if (m_inFlight || !m_machine)
        return;
    m_inFlight = true;
    FileAccess(m_machine).tail(
        m_path, kPollBytes, 0, m_privilege, this, [this](const Result<FileTail> &tail) {
            m_inFlight = false;
            if (!tail) {
                emit failed(tail.error().message());
                return;
            }
            // Another file under the name (logrotate moved the old one away), or the
            // same one cut shorter: everything in it is new. A new file that is already
            // longer than the old one was is only told apart by its identity.
            const bool otherFile =
                !m_identity.isEmpty() && !tail->identity.isEmpty() && tail->identity != m_identity;
            if (!tail->identity.isEmpty())
                m_identity = tail->identity;
            if (otherFile || tail->fileSize < m_end) {
                m_end = 0;
                emit restarted();
            }
            if (tail->fileSize == m_end)
                return;
            const bool gap = m_end < tail->offset;
            const qint64 from = gap ? 0 : m_end - tail->offset;
            QByteArray data = tail->data.mid(from);
            if (gap) {
                const int nl = int(data.indexOf('\n'));
                data = nl >= 0 ? data.mid(nl + 1) : QByteArray();
            }
            m_end = tail->fileSize;
            if (!data.isEmpty())
                emit appended(data, gap);
        });
}

} // namespace gd

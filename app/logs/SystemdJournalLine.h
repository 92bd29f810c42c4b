#pragma once

#include "app/model/Cause.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gd {

// One service-manager line about a unit, as `journalctl -u UNIT` or `systemctl status` show it:
//   Aug 25 11:10:11 host systemd[1]: mariadb.service: Main process exited, code=killed, status=9/KILL
// The events that explain recurring 502s: crashes, restart loops, OOM kills.
class SystemdJournalLine
{
public:
    enum class Event
    {
        MainProcessExited,       // "Main process exited, code=killed|exited|dumped, status=9/KILL"
        ScheduledRestart,        // "Scheduled restart job, restart counter is at N."
        StartRepeatedTooQuickly, // "Start request repeated too quickly."
        FailedWithResult,        // "Failed with result 'oom-kill'."
        KilledByOomKiller,       // "A process of this unit has been killed by the OOM killer."
    };

    static std::optional<SystemdJournalLine> parse(const QByteArray &line);

    Event event() const { return m_event; }
    QString unit() const { return m_unit; } // "mariadb.service"
    QString time() const { return m_time; } // as written ("Aug 25 11:10:11"), may be empty
    QString host() const { return m_host; }
    QString exitCode() const { return m_code; } // "killed", "exited", "dumped"
    QString status() const { return m_status; } // "9/KILL", "1/FAILURE"
    int restartCounter() const { return m_counter; }
    QString result() const { return m_result; } // "oom-kill", "exit-code", "timeout", "signal", ...
    int messageOffset() const { return m_messageOffset; }

    // upstream_crashed for crashes and restart loops, resource_exhaustion for OOM kills.
    std::optional<Cause> cause() const;

private:
    Event m_event = Event::MainProcessExited;
    QString m_unit, m_time, m_host, m_code, m_status, m_result;
    int m_counter = -1;
    int m_messageOffset = 0;
};

} // namespace gd

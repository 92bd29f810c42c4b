#pragma once

#include "app/model/Cause.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gd {

// One line of php-fpm's own log (error_log in php-fpm.conf), e.g.
//   [23-Nov-2026 20:08:50] WARNING: [pool www] server reached pm.max_children setting (1), consider raising
//   it
// Also accepts the syslog/journal form without the leading time ("php-fpm8.2[812]: [WARNING] [pool www]
// ...").
class PhpFpmLogLine
{
public:
    enum class Event
    {
        Other,              // any other line of a pool (started, ...)
        MaxChildrenReached, // "server reached pm.max_children setting (N)" / ondemand "max_children setting
                            // (N)"
        SeemsBusy,          // "seems busy (...), spawning N children, there are I idle, and T total children"
        ExecutionTimedOut,  // "child N, script '...' (request: "...") execution timed out (X sec),
                            // terminating"
        ChildExitedOnSignal // "child N exited on signal S (NAME) after X seconds from start"
    };

    static std::optional<PhpFpmLogLine> parse(const QByteArray &line);

    QString time() const { return m_time; }   // "23-Nov-2026 20:08:50" as written, empty in journal form
    QString level() const { return m_level; } // "WARNING", "NOTICE", ...
    QString pool() const { return m_pool; }   // empty for lines of the master
    QString message() const { return m_message; }
    Event event() const { return m_event; }
    // MaxChildrenReached: the limit; SeemsBusy: children being spawned.
    int number() const { return m_number; }
    int idle() const { return m_idle; }                 // SeemsBusy
    int total() const { return m_total; }               // SeemsBusy
    qint64 childPid() const { return m_child; }         // ExecutionTimedOut, ChildExitedOnSignal
    int signal() const { return m_signal; }             // ChildExitedOnSignal
    QString signalName() const { return m_signalName; } // "SIGSEGV"
    double seconds() const { return m_seconds; }        // execution time, or the child's age at exit
    QString script() const { return m_script; }
    QString request() const { return m_request; }
    bool ondemand() const { return m_ondemand; } // "max_children setting" without "pm."

    // php_fpm_saturated for a full pool (and one filling up), upstream_crashed for a child killed
    // by a timeout or a crash signal; nullopt for the rest (a SIGTERM exit is the timeout's echo,
    // a SIGQUIT one a graceful reload).
    std::optional<Cause> cause() const;

private:
    qsizetype readHead(const QString &text);
    void readEvent();

    QString m_time, m_level, m_pool, m_message, m_signalName, m_script, m_request;
    Event m_event = Event::Other;
    int m_number = -1, m_idle = -1, m_total = -1, m_signal = -1;
    qint64 m_child = -1;
    double m_seconds = -1;
    bool m_ondemand = false;
};

} // namespace gd

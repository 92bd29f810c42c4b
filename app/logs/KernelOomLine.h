#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace gd {

// A kernel OOM-killer line from `dmesg` ("[  804.32] Out of memory: Killed process 3261 (oom01) ...")
// or `journalctl -k` / syslog ("Aug 11 09:18:11 host kernel: oom-kill:constraint=...,task=x,pid=N,uid=U").
// Both kinds say which process died; the caller maps that onto resource_exhaustion.
class KernelOomLine
{
public:
    enum class Kind
    {
        KilledProcess, // "Out of memory: Killed process N (name)", also "Memory cgroup out of memory: ..."
        OomKillSummary // "oom-kill:constraint=...,task_memcg=...,task=name,pid=N,uid=U"
    };

    static std::optional<KernelOomLine> parse(const QByteArray &line);

    Kind kind() const { return m_kind; }
    qint64 pid() const { return m_pid; }
    QString process() const { return m_process; }
    // anon-rss in kB (KilledProcess), -1 when absent.
    qint64 anonRssKb() const { return m_anonRssKb; }
    qint64 totalVmKb() const { return m_totalVmKb; }
    // The cgroup ("/system.slice/gunicorn.service"): names the service (OomKillSummary).
    QString memoryCgroup() const { return m_memcg; }
    bool cgroupLimit() const { return m_cgroupLimit; } // "Memory cgroup out of memory" / CONSTRAINT_MEMCG
    // What came before the kernel text: "[  804.322751]" or "Aug 11 09:18:11 slryzen kernel:".
    QString prefix() const { return m_prefix; }
    // Where the kernel text starts in the line (for highlighting).
    int messageOffset() const { return m_messageOffset; }

private:
    Kind m_kind = Kind::KilledProcess;
    qint64 m_pid = -1;
    QString m_process;
    qint64 m_anonRssKb = -1;
    qint64 m_totalVmKb = -1;
    QString m_memcg;
    bool m_cgroupLimit = false;
    QString m_prefix;
    int m_messageOffset = 0;
};

} // namespace gd

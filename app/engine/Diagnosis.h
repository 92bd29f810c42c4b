#pragma once

#include "app/config/NginxConfig.h"
#include "app/config/UpstreamTargets.h"
#include "app/logs/LogTail.h"
#include "app/model/DiagnosisReport.h"
#include "app/probes/PhpFpmStatusProbe.h"
#include "app/probes/ProcessTable.h"
#include "remote/CommandResult.h"

#include <QMap>

#include <memory>
#include <optional>

namespace gd {

struct Facts;
struct ParsedFacts;

// One finished diagnosis: the report, and a narrow read-only view of what was
// collected for it. The wizard reads a diagnosis only through these accessors (it
// never sees the raw Facts: .ci/check-layers enforces it); the facts themselves are
// for app/ code (fixes, the CLI). Immutable once made, so it can be shared between
// threads.
class Diagnosis
{
public:
    Diagnosis(std::shared_ptr<const Facts> facts, std::shared_ptr<const ParsedFacts> parsed,
              DiagnosisReport report);
    ~Diagnosis();

    const DiagnosisReport &report() const { return m_report; }
    // The same diagnosis with another report (the engine's suggestion check marks
    // the findings' edits after the analysis).
    std::shared_ptr<const Diagnosis> withReport(DiagnosisReport report) const
    {
        return std::make_shared<const Diagnosis>(m_facts, m_parsed, std::move(report));
    }

    // The configuration nginx runs: nullptr when it could not be read (configError()
    // says why). configCommand() is the `nginx -T` that was run for it.
    const NginxConfig *config() const;
    const RemoteError &configError() const;
    const CommandResult &configCommand() const;
    // nginx -T needed root (it opens nginx's pid and log files): the files were read
    // one by one instead, and nothing validated them.
    bool configNeedsRoot() const;
    const QString &configPath() const;
    const UpstreamTargets &targets() const;

    const QList<LogTail> &errorLogs() const;
    const QStringList &errorLogsElsewhere() const; // "syslog:...", "stderr"
    const std::optional<LogTail> &accessLog() const;
    const QList<LogTail> &phpFpmLogs() const;
    // The app servers' own log files (not journals): path -> the server's name ("gunicorn").
    QMap<QString, QString> appLogFiles() const;
    // Each app server's own log as read, for showing beside nginx's: a file's tail (which
    // can be followed) or its unit's journal.
    struct AppLogText
    {
        QString title; // "gunicorn (pid 4121): /var/log/gunicorn/error.log"
        QString path;  // the file, or the unit for a journal
        bool journal = false;
        std::optional<FileTail> tail; // the file's tail; for a journal, its output as data
        bool neededRoot = false;
        QString problem; // why it could not be read
    };
    QList<AppLogText> appLogs() const;
    // The PHP-FPM pools with a status page (pm.status_path) that the URL's requests may
    // go to, for watching them live, and the user nginx's workers run as (who asks them).
    QList<PhpFpmStatusTarget> phpFpmStatusTargets() const;
    QString workerUser() const;

    // `systemctl show` of each unit behind the upstreams (and nginx's own).
    const QMap<QString, CommandResult> &unitStates() const;
    std::optional<NginxInstance> runningNginx() const;
    // Every command run, in order.
    const QList<CommandResult> &transcript() const;
    // Some commands could not run because sudo wants a password.
    bool needsSudoPassword() const;
    // The upstream addresses on other hosts (not this machine's own), and of those
    // the ones whose own host this diagnosis looked at (--upstream-host).
    QStringList remoteUpstreamAddresses() const;
    QStringList followedUpstreamHosts() const;
    // The addresses of an upstream's host when it is another machine, else empty.
    QStringList remoteAddressesOf(const QString &host) const;

    // For app/ code only.
    const Facts &facts() const { return *m_facts; }
    const ParsedFacts &parsed() const { return *m_parsed; }

private:
    std::shared_ptr<const Facts> m_facts;
    std::shared_ptr<const ParsedFacts> m_parsed;
    DiagnosisReport m_report;
};

} // namespace gd

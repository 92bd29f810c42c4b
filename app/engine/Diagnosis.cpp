#include "app/engine/Diagnosis.h"

#include "app/engine/FindingScoper.h"
#include "app/facts/Facts.h"
#include "app/facts/ParsedFacts.h"
#include "app/facts/PhpFpmStatusTargets.h"

#include <algorithm>

namespace gd {

Diagnosis::Diagnosis(std::shared_ptr<const Facts> facts, std::shared_ptr<const ParsedFacts> parsed,
                     DiagnosisReport report)
    : m_facts(std::move(facts)), m_parsed(std::move(parsed)), m_report(std::move(report))
{
}

Diagnosis::~Diagnosis() = default;

const NginxConfig *Diagnosis::config() const
{
    return m_facts->config ? &*m_facts->config : nullptr;
}

const RemoteError &Diagnosis::configError() const
{
    return m_facts->configError;
}

const CommandResult &Diagnosis::configCommand() const
{
    return m_facts->dumpCommand;
}

bool Diagnosis::configNeedsRoot() const
{
    return m_facts->dumpNeedsRoot;
}

const QString &Diagnosis::configPath() const
{
    return m_facts->confPath;
}

const UpstreamTargets &Diagnosis::targets() const
{
    return m_facts->targets;
}

const QList<LogTail> &Diagnosis::errorLogs() const
{
    return m_facts->errorLogs;
}

const QStringList &Diagnosis::errorLogsElsewhere() const
{
    return m_facts->errorLogsElsewhere;
}

const std::optional<LogTail> &Diagnosis::accessLog() const
{
    return m_facts->accessLog;
}

QMap<QString, QString> Diagnosis::appLogFiles() const
{
    QMap<QString, QString> files;
    for (const ParsedAppServer &app : m_parsed->appServers) {
        if (app.log.kind == AppLogLocation::Kind::File && !app.log.path.isEmpty())
            files.insert(app.log.path, app.settings.name);
    }
    return files;
}

QList<Diagnosis::AppLogText> Diagnosis::appLogs() const
{
    QList<AppLogText> logs;
    for (const ParsedAppServer &app : m_parsed->appServers) {
        if (app.log.kind == AppLogLocation::Kind::None)
            continue;
        AppLogText text;
        text.title = QStringLiteral("%1: %2").arg(app.label(), app.log.path);
        text.path = app.log.path;
        text.journal = app.log.kind == AppLogLocation::Kind::Journal;
        text.problem = app.logProblem;
        if (text.journal) {
            const CommandResult journal = m_facts->unitJournals.value(app.unit);
            if (journal.succeeded())
                text.tail = FileTail{journal.stdOut, journal.stdOut.size(), 0, {}};
        } else if (app.settings.kind == AppServerSettings::Kind::PhpFpm) {
            for (const LogTail &log : m_facts->phpFpmLogs) {
                if (log.path == app.log.path && log.tail) {
                    text.tail = log.tail;
                    text.neededRoot = log.neededRoot;
                }
            }
        } else {
            const AppServerFacts raw = m_facts->appServers.value(QString::number(app.pid));
            if (raw.log && raw.log->tail) {
                text.tail = raw.log->tail;
                text.neededRoot = raw.log->neededRoot;
            }
        }
        logs << text;
    }
    return logs;
}

const QList<LogTail> &Diagnosis::phpFpmLogs() const
{
    return m_facts->phpFpmLogs;
}

const QMap<QString, CommandResult> &Diagnosis::unitStates() const
{
    return m_facts->units;
}

QList<PhpFpmStatusTarget> Diagnosis::phpFpmStatusTargets() const
{
    // The URL's own pools: a server with twenty sites has twenty pools, and only the
    // ones this URL's requests wait for belong beside its answers.
    const FindingScoper scoper(*m_facts, *m_parsed, m_facts->liveWindowSeconds);
    QList<PhpFpmStatusTarget> targets = gd::phpFpmStatusTargets(*m_facts);
    targets.erase(
        std::remove_if(targets.begin(), targets.end(),
                       [&](const PhpFpmStatusTarget &t) { return !scoper.urlMayReachPool(t.listen); }),
        targets.end());
    return targets;
}

QString Diagnosis::workerUser() const
{
    return nginxWorkerUser(*m_facts);
}

std::optional<NginxInstance> Diagnosis::runningNginx() const
{
    return m_facts->runningNginx();
}

const QList<CommandResult> &Diagnosis::transcript() const
{
    return m_facts->transcript;
}

bool Diagnosis::needsSudoPassword() const
{
    for (const CommandResult &r : m_facts->transcript) {
        if (r.error.kind() == RemoteError::Kind::SudoPasswordNeeded)
            return true;
    }
    return false;
}

QStringList Diagnosis::remoteUpstreamAddresses() const
{
    QStringList out;
    for (const QString &address : m_facts->hostProbes.keys()) {
        if (m_parsed->isRemote(address))
            out << address;
    }
    return out;
}

QStringList Diagnosis::remoteAddressesOf(const QString &host) const
{
    return m_parsed->remoteAddressesOf(host);
}

QStringList Diagnosis::followedUpstreamHosts() const
{
    return m_facts->upstreamHosts.keys();
}

} // namespace gd

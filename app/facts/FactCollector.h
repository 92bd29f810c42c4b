#pragma once

#include "app/config/LocationMatch.h"
#include "app/facts/Facts.h"
#include "app/model/DiagnosisOptions.h"
#include "remote/CommandSpec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace gd {

class Machine;

// Gathers Facts in a few waves of concurrent commands: (1) find nginx and its
// processes, (2) dump its config, (3) everything that depends on the config, all at
// once, (4) the services behind the sockets found in (3). Never blocks.
class FactCollector : public QObject
{
    Q_OBJECT
public:
    FactCollector(Machine *machine, DiagnosisOptions options, Facts *facts, QObject *parent = nullptr);

    void start();
    void cancel() { m_cancelled = true; }

    // The listening sockets' owners (pids) in the order their app servers are read, at
    // most a few: the owners of a socket on one of the config's upstream ports or paths
    // first, then the others by pid.
    static QStringList socketOwnersInOrder(const Facts &facts, const QSet<QString> &pids);

signals:
    void progress(const QString &what);
    void finished();
    void failed(const gd::RemoteError &error);

private:
    using Done = std::function<void()>;
    // Runs `spec`, records it, and hands the result over. With `preferRoot`, tries as
    // root first (directly, sudo -n or a stored sudo password) and falls back to
    // the plain user when root is not available.
    void run(const CommandSpec &spec, std::function<void(const CommandResult &)> onResult,
             bool preferRoot = false);
    void tail(const QString &path, qint64 bytes, std::function<void(LogTail)> onTail);
    // Counts outstanding work of one wave; `then` runs when it reaches zero.
    void beginWave(Done then);
    void addWork() { ++m_pending; }
    void workDone();

    void locateNginx();
    void dumpConfig();
    void findMissingTestFiles();
    void runConfigDump();
    RemoteError nginxMissing() const;
    void chooseConfigFile();
    void onConfigDump(const CommandResult &r);
    void collectAroundConfig();
    void readSockets();
    QStringList errorLogPaths();
    const LocationMatch *urlMatch();
    void tailAccessLog();
    bool probeUpstreams();
    void probeFailingUrlAtUpstream();
    QString nginxAddressFor(const QUrl &url) const;
    void readConfigLoadTimes();
    void probeRemoteAddress(const QString &address);
    QString workerUserName() const;
    void identifyWorkerUser();
    void readFirewallAndSelinux();
    void readPhpFpm();
    void readConfigFiles(const QStringList &patterns, int depth);
    void collectServices();
    void readPhpFpmStatus();
    void queryResolvers();
    void collectUnits();
    void readAppServers(const QStringList &socketOwners);
    void readAppServerLogs();
    void tailAppLog(const QString &pid);

    QPointer<Machine> m_machine;
    DiagnosisOptions m_options;
    Facts *m_facts;
    int m_pending = 0;
    Done m_then;
    bool m_cancelled = false;
    QElapsedTimer m_clock; // since the first wave, for the log
    QSet<QString> m_remoteProbed;
    QStringList m_missingBeforeDump;                        // what nginx -T may create, missing before it ran
    std::optional<std::optional<LocationMatch>> m_urlMatch; // urlMatch(), worked out once
};

} // namespace gd

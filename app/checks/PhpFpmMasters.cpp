#include "app/checks/PhpFpmMasters.h"
#include "remote/ByteText.h"

#include <QRegularExpression>
#include <QSet>

namespace gd {

namespace {

// The pids that hold the pool's listen socket, from ss -p (root only): "/run/x.sock",
// "127.0.0.1:9000", "[::1]:9000", "9000" (all addresses).
QSet<qint64> listenerPids(const ParsedFacts &facts, const QString &listen)
{
    QList<Listener> found;
    if (listen.startsWith(QLatin1Char('/'))) {
        found = facts.listeners.unixListeners(listen);
    } else {
        const int colon = int(listen.lastIndexOf(QLatin1Char(':')));
        bool ok = false;
        const quint16 port = quint16(listen.mid(colon + 1).toUInt(&ok));
        QString host = colon > 0 ? listen.left(colon) : QStringLiteral("127.0.0.1");
        if (host.startsWith(QLatin1Char('[')))
            host = host.mid(1, host.size() - 2);
        if (ok)
            for (const EndpointMatch &e :
                 facts.listeners.matchTcp(host, port, facts.addressesOf(host)).endpoints)
                found += e.listeners;
    }
    QSet<qint64> pids;
    for (const Listener &l : std::as_const(found))
        for (const SocketProcess &p : l.processes)
            pids.insert(p.pid);
    return pids;
}

} // namespace

// Which running master serves a pool: the one holding its listen socket (ss -p, as
// root); without that, the one whose php-fpm.conf lives in the same tree as the pool
// file (/etc/php/8.2/fpm/...), else the only master with children of that name. A
// pool file no running master uses (the stock www.conf next to a custom setup) has
// no master.
const PhpFpmInstance *PhpFpmMasters::masterOf(const PhpFpmPool &pool, const QList<PhpFpmInstance> &masters,
                                              const ParsedFacts &facts)
{
    if (facts.listenerProcessesKnown) {
        const QSet<qint64> pids = listenerPids(facts, pool.listen());
        for (const PhpFpmInstance &m : masters) {
            if (pids.contains(m.master.pid))
                return &m;
        }
        return nullptr;
    }
    for (const PhpFpmInstance &m : masters) {
        const int slash = int(m.configPath.lastIndexOf(QLatin1Char('/')));
        if (slash > 0 && pool.file.startsWith(m.configPath.left(slash + 1)))
            return &m;
    }
    const PhpFpmInstance *named = nullptr;
    for (const PhpFpmInstance &m : masters) {
        if (m.pools.contains(pool.name)) {
            if (named)
                return nullptr; // two masters run a pool of that name: cannot tell
            named = &m;
        }
    }
    return named;
}

// Debian names the binary after the version in the config path (php-fpm8.2); other
// systems call it php-fpm. PoolMemoryProbe replaces the guess with /proc/PID/exe.
QString PhpFpmMasters::guessBinary(const QString &configPath)
{
    static const QRegularExpression version(QStringLiteral("/php/(\\d+\\.\\d+)/"));
    const QRegularExpressionMatch m = version.match(configPath);
    return m.hasMatch() ? QStringLiteral("php-fpm") + m.captured(1) : QStringLiteral("php-fpm");
}

QString PhpFpmMasters::binary(const Facts &facts, const PhpFpmInstance &master)
{
    const CommandResult &exe = facts.phpFpmExe.value(QString::number(master.master.pid));
    const QString path = utf8Text(exe.stdOut).trimmed();
    // " (deleted)": the binary was replaced by an upgrade since the master started.
    if (exe.succeeded() && path.startsWith(QLatin1Char('/')) && !path.contains(QLatin1Char('\n')) &&
        !path.endsWith(QLatin1String(" (deleted)")))
        return path;
    return guessBinary(master.configPath);
}

} // namespace gd

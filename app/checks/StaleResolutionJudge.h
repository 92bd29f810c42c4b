#pragma once

#include "app/facts/ParsedFacts.h"
#include "app/model/Finding.h"

#include <QCoreApplication>

#include <optional>

namespace gd {

// nginx resolves the host name of an `upstream { server NAME:PORT; }` line or of a
// literal `proxy_pass http://NAME:PORT` once, when it loads its configuration (start,
// reload), and connects to those addresses until the next load. When the name has
// moved since (DNS changed, a container was recreated, /etc/hosts edited), nginx keeps
// failing against the old address while `getent ahosts NAME` shows the new one. This
// judge tells that case from a plain wrong address: for an error-log group of failed
// connections to an address, the one configured name on that port that resolves
// elsewhere now (and whose new address answers, when the direct probe tells). Lines
// older than nginx's last load were the previous generation's: that reload already
// resolved the name again, so they are history.
class StaleResolutionJudge
{
    Q_DECLARE_TR_FUNCTIONS(gd::StaleResolutionJudge)
public:
    // nullopt when the group is not a stale resolution (then the ordinary judges decide).
    static std::optional<Finding> judge(const Facts &facts, const ParsedFacts &parsed, const QString &logPath,
                                        const ErrorLogGroup &group);

private:
    // A configured name nginx resolves when it loads its configuration.
    struct NamedServer
    {
        QString host; // "app.internal"
        quint16 port = 0;
        QString label; // how findings name it: "app.internal:8000"
        QString file;  // where it is written
        int line = 0;
        QStringList serverNames; // the server blocks that pass requests to it
    };
    static QList<NamedServer> namedServers(const Facts &facts);
    // The one name that nginx resolved to `address` when it loaded, if exactly one fits.
    static std::optional<NamedServer> nameFor(const Facts &facts, const ParsedFacts &parsed,
                                              const QString &address, quint16 port, const QStringList &sites);
    // When nginx last loaded its configuration, on the log's clock (naive seconds), and
    // as text; nullopt when the facts do not tell.
    static std::optional<qint64> loadedAtNaive(const Facts &facts);
    static bool previousGeneration(const ParsedFacts &parsed, const ErrorLogGroup &group,
                                   std::optional<qint64> loaded);
    static QString remedyAtRunTime(const Facts &facts, const NamedServer &name);
    static Evidence getentEvidence(const Facts &facts, const ParsedFacts &parsed, const QString &host);
};

} // namespace gd

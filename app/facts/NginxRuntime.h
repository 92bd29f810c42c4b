#pragma once

#include "remote/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

struct Facts;
struct ParsedFacts;

// The nginx a fix works on, as the diagnosis found it: which binary with which -p/-c
// runs the config, its master, and whether systemd runs it (then `systemctl reload`
// is the way to reload, else `nginx -s reload`).
struct NginxRuntime
{
    Q_DECLARE_TR_FUNCTIONS(NginxRuntime)
public:
    QString binary;       // absolute path, as discovered
    QString prefix;       // -p, or empty
    QString confPath;     // -c
    qint64 masterPid = 0; // 0: not running
    QString unit;         // "nginx.service" when systemd runs this master, else empty
    QString errorLog;     // the main error log file, if it is a file
    QStringList includeGlobs;

    bool isRunning() const { return masterPid > 0; }
    // [-p PREFIX] -c CONF: the same nginx -T was run with.
    QStringList baseArguments() const;
    QStringList testArgv() const;   // nginx ... -t
    QStringList reloadArgv() const; // systemctl reload UNIT, or nginx ... -s reload
    // "systemctl reload nginx.service" or "nginx -s reload", for people.
    QString reloadDescription() const;

    // The error says why there is none (no nginx found).
    static Result<NginxRuntime, QString> from(const Facts &facts, const ParsedFacts &parsed);
};

} // namespace gd

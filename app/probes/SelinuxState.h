#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// One "avc: denied" record from the audit log / ausearch.
struct AvcDenial
{
    QStringList permissions; // { name_connect }
    qint64 pid = 0;
    QString comm; // "nginx"
    std::optional<int> destPort;
    QString path;          // name= / path= for file and socket-file denials
    QString sourceContext; // scontext
    QString targetContext; // tcontext
    QString targetClass;   // tclass: tcp_socket, sock_file, ...
    bool permissive = false;
    QString rawLine;
};

// SELinux state: getenforce, getsebool, and AVC denials for nginx.
class SelinuxState
{
    Q_DECLARE_TR_FUNCTIONS(SelinuxState)
public:
    enum class Mode
    {
        Enforcing,
        Permissive,
        Disabled,
        NotInstalled
    };

    static QStringList getenforceCommand();
    static QStringList getseboolCommand(); // getsebool httpd_can_network_connect

    // NotInstalled when getenforce is missing (no SELinux userland: SELinux is off).
    static ProbeResult<Mode> parseGetenforce(const ProbeOutput &output);
    // nullopt when SELinux is disabled ("getsebool:  SELinux is disabled").
    static ProbeResult<std::optional<bool>> parseGetsebool(const ProbeOutput &output, const QString &boolean);
    static std::optional<AvcDenial> parseAvcLine(const QString &line);
    // Denials whose comm is `comm` (empty: all) from audit.log text or ausearch output.
    static QList<AvcDenial> parseAvcLog(const QByteArray &text,
                                        const QString &comm = QStringLiteral("nginx"));
    static QString modeName(Mode mode);
};

} // namespace gd

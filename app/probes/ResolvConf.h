#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace gd {

// The nameservers the nginx host's own programs ask (its /etc/resolv.conf), in the
// order the C library tries them. nginx's `resolver` does not read this file: it is
// where a remedy finds a DNS server that this host already trusts.
struct ResolvConfServers
{
    QStringList nameservers; // numeric addresses, each once ("127.0.0.53", "::1")
};

class ResolvConf
{
    Q_DECLARE_TR_FUNCTIONS(ResolvConf)
public:
    static QString path() { return QStringLiteral("/etc/resolv.conf"); }
    static QStringList command();
    // A file without any `nameserver` line is a valid answer (an empty list): the C
    // library then asks 127.0.0.1, which the checks probe like any other server.
    static ProbeResult<ResolvConfServers> parse(const ProbeOutput &output);
};

} // namespace gd

#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace gd {

// The addresses a machine owns (`ip -o addr show`), to tell an upstream on this
// machine from one on another host: only for a local one does the machine's own
// socket table say whether something listens.
struct HostAddressList
{
    QStringList addresses;  // "127.0.0.1", "10.0.0.4", "::1", "fe80::1" (no prefix length)
    QStringList interfaces; // the interface of each address, same order

    // Loopback (127.0.0.0/8, ::1), the wildcard, or one of `addresses`.
    bool isLocal(const QString &address) const;
};

class HostAddresses
{
    Q_DECLARE_TR_FUNCTIONS(HostAddresses)
public:
    static QStringList command(); // ip -o addr show
    static ProbeResult<HostAddressList> parse(const ProbeOutput &output);
    // 127.0.0.0/8 or ::1 (also as ::ffff:127.x.y.z).
    static bool isLoopback(const QString &address);
};

} // namespace gd

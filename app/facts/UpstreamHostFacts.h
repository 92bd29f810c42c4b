#pragma once

#include "remote/CommandResult.h"
#include "remote/RemoteError.h"

#include <QList>
#include <QMap>
#include <QString>

namespace gd {

// What the upstream's own host says, for an upstream on another machine that the
// user let us log in to (`--upstream-host ADDR=[user@]host`, the wizard's "Check the
// upstream's host too"): step 1 run there. Collected by UpstreamHostCollector.
struct UpstreamHostFacts
{
    QString address;                       // the upstream address nginx connects to (the key)
    QString machine;                       // "deploy@app1:22", as the connection names it
    RemoteError connectError;              // the login failed: nothing below was collected
    CommandResult hostname;                // hostname
    CommandResult addresses;               // ip -o addr show
    CommandResult ssTcp;                   // ss -tlnpH (as root where possible: the owners)
    CommandResult nft;                     // nft list ruleset
    CommandResult iptables;                // iptables -S
    QMap<QString, CommandResult> cgroups;  // pid -> /proc/pid/cgroup, of the listeners on the ports
    QMap<QString, CommandResult> units;    // unit -> systemctl show
    QMap<QString, CommandResult> journals; // unit -> journalctl -u
    QList<CommandResult> transcript;       // every command run there, in order

    bool connected() const { return !connectError; }
};

} // namespace gd

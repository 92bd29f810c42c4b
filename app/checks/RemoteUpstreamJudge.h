#pragma once

#include "app/checks/UpstreamAddressJudge.h"

namespace gd {

// Decides why nginx cannot connect to an upstream on another host, or that it can
// now. Never from this machine's socket table, which says nothing about another
// host. From nginx's side: the route (`ip route get`), how a connect to the port
// ended (refused, timed out, no route), whether the host answers at all (its SSH
// port), this machine's outgoing firewall. Refused by a live host: nothing accepts on
// that address there; silently dropped while the host is up: a firewall or security
// group; no route and no answer anywhere: the network or the host. When we could log
// in to the upstream's host (--upstream-host), its own sockets and input firewall
// name the exact cause: "gunicorn listens on 127.0.0.1:8000 on app1, so ...".
class RemoteUpstreamJudge
{
    Q_DECLARE_TR_FUNCTIONS(gd::RemoteUpstreamJudge)
public:
    // `host` is as nginx names it (an address or a name), `endpoint` "host:port".
    static UpstreamAddressJudge::Verdict judge(const Facts &facts, const ParsedFacts &parsed,
                                               const QString &endpoint, const QString &host, quint16 port,
                                               const QString &label);

    // One line on how nginx's side sees the host: route, its port 22, the port.
    static QString connectionSummary(const ParsedFacts &parsed, const QString &endpoint, const QString &host,
                                     quint16 port);

private:
    struct Context;
    static std::optional<Finding> onTheUpstreamHost(const Context &c);
    static std::optional<Finding> fromNginxSide(const Context &c);
    static std::optional<Finding> listensThere(const Context &c, const Listener &l);
    static std::optional<Finding> firewallOnTheHost(const Context &c, const QString &owner);
    static Finding refusedByLiveHost(const Context &c, const QString &next);
    static Finding timedOut(const Context &c, const QString &next, const QString &login);
    static Finding noRoute(const Context &c, const QString &login);
};

} // namespace gd

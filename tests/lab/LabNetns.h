#pragma once

#include "tests/lab/LabStatus.h"

#include <QString>
#include <QStringList>

namespace gd::lab {

// A second host for tests: a network namespace joined to this one by a veth pair,
// each end with its own address in a /30 of 10.213.0.0/16 (never a network of the
// machine's own). This namespace plays the nginx host, the new one the upstream's
// host ("app"); programs run inside it through exec(), its firewall is its own
// nftables ruleset (nft()), and setLinkUp(false) takes it off the network.
//
// Everything is named after `name` (namespace `name`, veth `name` + "0"/"1" — at most
// 13 characters), so start() first removes what a crashed earlier run left behind
// under those names, and the destructor removes it all again (the namespace takes
// its end of the veth pair, its rules and its addresses with it).
class LabNetns
{
public:
    // `subnet` picks 10.213.<subnet>.0/30.
    explicit LabNetns(const QString &name = QStringLiteral("gdlab-uph"), int subnet = 7);
    ~LabNetns();
    LabNetns(const LabNetns &) = delete;
    LabNetns &operator=(const LabNetns &) = delete;

    // Empty when namespaces can be made here; otherwise why not (for QSKIP).
    static QString unavailableReason();

    LabStatus start();
    LabStatus stop();

    QString name() const { return m_name; }
    QString nginxAddress() const; // this namespace's end: 10.213.N.1
    QString appAddress() const;   // the app host's end:  10.213.N.2
    // argv prefix that runs a program inside the namespace: ip netns exec NAME.
    QStringList exec() const;
    // The same, in a UTS namespace of its own whose hostname is appHostName(): for
    // the app host's sshd, so that what runs there says where it is.
    QStringList execAsAppHost() const;
    QString appHostName() const { return m_name + QStringLiteral("-app"); }
    // Runs argv inside the namespace and waits; stdin from `input`.
    LabStatus run(const QStringList &argv, const QByteArray &input = {}) const;
    // Replaces the namespace's nftables ruleset with `ruleset` (nft -f syntax);
    // empty: no rules at all.
    LabStatus setFirewall(const QString &ruleset) const;
    // The app host's link: down, it neither answers nor sends anything.
    LabStatus setLinkUp(bool up) const;

private:
    LabStatus removeLeftovers() const;

    QString m_name;
    int m_subnet;
    bool m_started = false;
};

} // namespace gd::lab

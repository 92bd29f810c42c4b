#pragma once

#include "tests/lab/LabDir.h"
#include "tests/lab/LabProcess.h"
#include "tests/lab/LabStatus.h"

#include <QMap>
#include <QString>

namespace gd::lab {

// A real DNS server for the lab (dnsmasq from Debian's dnsmasq-base) on
// 127.0.0.153:53, authoritative for gd-lab.test: the names given to start() resolve
// to their addresses, every other name under gd-lab.test is NXDOMAIN, and names
// outside it are refused (no upstream servers). nginx's `resolver` asks it over UDP
// like any DNS server.
//
// becomeHostNameserver() puts it first in /etc/resolv.conf, as if the machine's
// administrator had set it up, so that the diagnosis finds it among the host's own
// nameservers; the file is written back as it was when this object goes (the
// original is also kept next to it, /etc/resolv.conf.gd-lab, in case the test dies).
// The machine's other programs keep resolving: a refused name is asked of the next
// nameserver in the file.
class LabDns
{
public:
    LabDns() = default;
    ~LabDns();
    LabDns(const LabDns &) = delete;
    LabDns &operator=(const LabDns &) = delete;

    // Empty when the server can run here; otherwise why not (for QSKIP).
    static QString unavailableReason();
    static QString address() { return QStringLiteral("127.0.0.153"); }
    static QString domain() { return QStringLiteral("gd-lab.test"); }

    // name -> IPv4 address; names must end in domain().
    LabStatus start(const QMap<QString, QString> &records);
    LabStatus becomeHostNameserver();
    // The records change, as when a DNS zone is edited: the server starts again with
    // the new ones (answers are never cached here), /etc/resolv.conf stays as it is.
    LabStatus setRecords(const QMap<QString, QString> &records);
    LabStatus stop();

private:
    LabStatus restoreResolvConf();

    LabDir m_dir{QStringLiteral("dns")};
    LabProcess m_process;
    QByteArray m_originalResolvConf;
    bool m_resolvConfChanged = false;
};

} // namespace gd::lab

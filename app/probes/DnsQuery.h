#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace gd {

// What one DNS server said about one name, asked directly (dig @server), the way
// nginx's own resolver asks: over UDP, without /etc/hosts.
struct DnsQueryAnswer
{
    enum class Outcome
    {
        Resolved,    // the server answered with addresses for the name
        NoSuchName,  // it answered: the name does not exist (NXDOMAIN)
        NoAddress,   // it answered NOERROR, but with no A record
        ServerError, // it answered with an error (SERVFAIL, REFUSED, ...)
        Refused,     // nothing listens there (connection refused)
        TimedOut,    // no answer in time
        Unreachable, // another transport error
    };
    QString server; // "127.0.0.1"
    quint16 port = 53;
    QString name;
    Outcome outcome = Outcome::Unreachable;
    QString status;        // the reply's status ("NOERROR", "NXDOMAIN", "REFUSED"); empty without a reply
    QStringList addresses; // the A records
    QString evidence;      // the line of dig's output that tells

    // The server is alive: it sent a reply, whatever it says about the name.
    bool answered() const { return !status.isEmpty(); }
    bool resolved() const { return outcome == Outcome::Resolved; }
    // "127.0.0.1:53", "[::1]:53": how nginx's `resolver` writes the server.
    QString endpoint() const;
};

// One query to one server with dig (bind9-dnsutils): one try, one second.
class DnsQuery
{
    Q_DECLARE_TR_FUNCTIONS(DnsQuery)
public:
    // Empty when `server` is not a numeric address or `name` not a host name (we never
    // pass options through).
    static QStringList command(const QString &server, quint16 port, const QString &name);
    static ProbeResult<DnsQueryAnswer> parse(const QString &server, quint16 port, const QString &name,
                                             const ProbeOutput &output);
    // "the name does not exist", "nothing listens there", ... for findings.
    static QString describe(const DnsQueryAnswer &answer);
};

} // namespace gd

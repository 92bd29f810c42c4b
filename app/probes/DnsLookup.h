#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace gd {

struct DnsAnswer
{
    QString name;
    bool found = false;    // false: getent exit 2 ("not found"), not an error
    QString canonicalName; // third column of the first line
    QStringList addresses; // in resolver order, each once ("::1", "127.0.0.1")
    QStringList ipv4() const;
    QStringList ipv6() const;
};

// Name resolution as the nginx host's libc sees it (/etc/hosts, then DNS): getent ahosts.
class DnsLookup
{
    Q_DECLARE_TR_FUNCTIONS(DnsLookup)
public:
    // Empty argv when `name` cannot be a host name (we never pass options through).
    static QStringList command(const QString &name);
    static bool isValidName(const QString &name);
    static ProbeResult<DnsAnswer> parse(const QString &name, const ProbeOutput &output);
};

} // namespace gd

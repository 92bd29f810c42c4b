#include "app/model/Glossary.h"

namespace gd {

const QList<Glossary::Entry> &Glossary::table()
{
    // errno texts as nginx prints them "(111: Connection refused)", then protocols.
    static const QList<Entry> entries{
        {"Connection refused",
         QT_TR_NOOP("the host answered, but nothing accepts connections on that address and port")},
        {"Connection timed out",
         QT_TR_NOOP(
             "no answer at all within the time limit: a firewall dropping packets, or a host that is down "
             "or too busy")},
        {"Connection reset by peer", QT_TR_NOOP("the upstream cut the connection off in the middle")},
        {"No route to host", QT_TR_NOOP("the network has no way to the upstream's address, or a firewall "
                                        "rejects it")},
        {"Network is unreachable", QT_TR_NOOP("this host has no route to the upstream's network")},
        {"No such file or directory", QT_TR_NOOP("the socket file or path does not exist")},
        {"Permission denied",
         QT_TR_NOOP("nginx's worker user may not open the socket or pass its directories")},
        {"Cannot assign requested address",
         QT_TR_NOOP("the local side ran out of ports or the address is not on this host")},
        {"Resource temporarily unavailable",
         QT_TR_NOOP("the upstream's queue of waiting connections is full (its listen backlog)")},
        {"prematurely closed",
         QT_TR_NOOP("the upstream closed the connection before its answer was complete")},
        {"no live upstreams", QT_TR_NOOP("nginx marked every server of the group as failed for a while "
                                         "(max_fails / fail_timeout) and did not try them")},
        {"could not be resolved", QT_TR_NOOP("the DNS lookup of the upstream's name failed")},
        {"too big header", QT_TR_NOOP("the upstream's response headers are larger than proxy_buffer_size / "
                                      "fastcgi_buffer_size")},
        {"FastCGI", QT_TR_NOOP("the protocol nginx speaks to PHP-FPM (fastcgi_pass), not HTTP")},
        {"SSL", QT_TR_NOOP("TLS, the encryption of https: both sides must speak it, or neither")},
        {"errno", QT_TR_NOOP("the operating system's error number for a failed call")},
    };
    return entries;
}

QStringList Glossary::explain(const QString &text)
{
    QStringList lines;
    for (const Entry &e : table()) {
        if (text.contains(QLatin1String(e.term), Qt::CaseInsensitive))
            lines << QStringLiteral("%1: %2").arg(QLatin1String(e.term), tr(e.meaning));
    }
    return lines;
}

} // namespace gd

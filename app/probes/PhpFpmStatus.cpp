#include "app/probes/PhpFpmStatus.h"
#include "remote/ByteText.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace gd {

namespace {

// "name: value" lines (the text page) or one JSON object, as name -> value.
QHash<QString, QString> fieldsOf(const QByteArray &page)
{
    QHash<QString, QString> fields;
    const QByteArray trimmed = page.trimmed();
    if (trimmed.startsWith('{')) {
        const QJsonObject o = QJsonDocument::fromJson(trimmed).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            fields.insert(it.key(), it.value().isString() ? it.value().toString()
                                                          : QString::number(it.value().toDouble(), 'f', 0));
        return fields;
    }
    for (const QByteArray &line : trimmed.split('\n')) {
        const int colon = int(line.indexOf(':'));
        if (colon > 0)
            fields.insert(utf8Text(line.left(colon)).trimmed(), utf8Text(line.mid(colon + 1)).trimmed());
    }
    return fields;
}

} // namespace

ProbeResult<PhpFpmStatus> PhpFpmStatus::parse(const QByteArray &page)
{
    const QHash<QString, QString> f = fieldsOf(page);
    // The figures everything here relies on; a page without them is something else
    // (an application's own page at that path, an error page).
    for (const char *required : {"pool", "active processes", "total processes", "listen queue"}) {
        if (!f.contains(QLatin1String(required)))
            return ProbeError::malformed(QStringLiteral("PHP-FPM status page"), utf8Text(page.left(200)));
    }
    auto number = [&](const char *name) { return f.value(QLatin1String(name)).toLongLong(); };
    PhpFpmStatus s;
    s.pool = f.value(QStringLiteral("pool"));
    s.processManager = f.value(QStringLiteral("process manager"));
    s.startSince = number("start since");
    s.acceptedConnections = number("accepted conn");
    s.listenQueue = int(number("listen queue"));
    s.maxListenQueue = int(number("max listen queue"));
    s.listenQueueLen = int(number("listen queue len"));
    s.idleProcesses = int(number("idle processes"));
    s.activeProcesses = int(number("active processes"));
    s.totalProcesses = int(number("total processes"));
    s.maxActiveProcesses = int(number("max active processes"));
    s.maxChildrenReached = number("max children reached");
    s.slowRequests = number("slow requests");
    return s;
}

} // namespace gd

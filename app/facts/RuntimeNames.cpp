#include "app/facts/RuntimeNames.h"

#include "app/probes/DnsLookup.h"
#include "remote/ByteText.h"

#include <QRegularExpression>

namespace gd {

namespace {

// "http://app.internal:8080/x" -> "app.internal"; "[::1]:80" and IPs are not names.
QString hostOf(QString value)
{
    const int scheme = int(value.indexOf(QLatin1String("://")));
    if (scheme >= 0)
        value = value.mid(scheme + 3);
    value = value.section(QLatin1Char('/'), 0, 0);
    if (value.startsWith(QLatin1Char('[')))
        return QString();
    value = value.section(QLatin1Char(':'), 0, 0);
    static const QRegularExpression ip(QStringLiteral("^[0-9.]+$"));
    if (value.isEmpty() || value.contains(QLatin1Char('$')) || ip.match(value).hasMatch() ||
        !DnsLookup::isValidName(value))
        return QString();
    return value.toLower();
}

} // namespace

QStringList RuntimeNames::of(const Facts &facts, const UpstreamTarget &target)
{
    QStringList names = fromConfig(facts, target);
    if (names.isEmpty() && target.hostIsVariable)
        names = fromLogs(facts);
    return names;
}

QStringList RuntimeNames::fromConfig(const Facts &facts, const UpstreamTarget &target)
{
    if (!target.hostIsVariable) {
        const QString host = hostOf(target.host);
        return host.isEmpty() ? QStringList() : QStringList{host};
    }
    if (!facts.config)
        return {};
    // The variable that makes up the host: "http://$backend:8080" -> backend.
    static const QRegularExpression variable(QStringLiteral("^(?:[a-z]+://)?\\$\\{?([A-Za-z0-9_]+)\\}?(:)?"));
    const QRegularExpressionMatch m = variable.match(target.value);
    const QString var = m.captured(1);
    if (var.isEmpty())
        return {};
    // Without a port after it, a value that names an upstream {} block is that
    // block: nginx matches upstream names before it looks anything up.
    const bool portFollows = !m.captured(2).isEmpty();
    QStringList names;
    for (const NginxDirective *set : facts.config->find(QStringLiteral("set"))) {
        if (set->arg(0) != QLatin1Char('$') + var)
            continue;
        const QString host = hostOf(set->arg(1));
        if (host.isEmpty() || names.contains(host) || (!portFollows && facts.targets.block(host)))
            continue;
        names << host;
    }
    return names;
}

QStringList RuntimeNames::fromLogs(const Facts &facts)
{
    // ngx_http_upstream.c: "no resolver defined to resolve %V", "%V could not be resolved (%i: %s)".
    static const QRegularExpression line(QStringLiteral(
        "(?:no resolver defined to resolve (\\S+?),? |\\] \\d+#\\d+: \\*\\d+ (\\S+) could not be "
        "resolved \\()"));
    QStringList names;
    for (const LogTail &log : facts.errorLogs) {
        if (!log.tail)
            continue;
        const QByteArray &data = log.tail->data;
        // Only the lines that can name one: a regular expression over megabytes of
        // other lines would cost more than the rest of the analysis.
        for (const char *needle : {"no resolver defined to resolve ", " could not be resolved ("}) {
            for (int at = int(data.indexOf(needle)); at >= 0 && names.size() < 4;
                 at = int(data.indexOf(needle, at + 1))) {
                const int start = int(data.lastIndexOf('\n', at)) + 1;
                int end = int(data.indexOf('\n', at));
                if (end < 0)
                    end = int(data.size());
                const QRegularExpressionMatch m = line.match(utf8Text(data.mid(start, end - start)));
                const QString name = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toLower();
                if (!name.isEmpty() && DnsLookup::isValidName(name) && !names.contains(name))
                    names << name;
            }
        }
    }
    return names;
}

} // namespace gd

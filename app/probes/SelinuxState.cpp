#include "app/probes/SelinuxState.h"

#include "app/probes/ProbeText.h"
#include "remote/ByteText.h"

#include <QRegularExpression>

namespace gd {

QStringList SelinuxState::getenforceCommand()
{
    return {QStringLiteral("getenforce")};
}

QStringList SelinuxState::getseboolCommand()
{
    return {QStringLiteral("getsebool"), QStringLiteral("httpd_can_network_connect")};
}

QString SelinuxState::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Enforcing:
        return QStringLiteral("enforcing");
    case Mode::Permissive:
        return QStringLiteral("permissive");
    case Mode::Disabled:
        return QStringLiteral("disabled");
    case Mode::NotInstalled:
        return QStringLiteral("not_installed");
    }
    return {};
}

ProbeResult<SelinuxState::Mode> SelinuxState::parseGetenforce(const ProbeOutput &output)
{
    const QString tool = QStringLiteral("getenforce");
    if (ProbeText::commandNotFound(output, tool))
        return Mode::NotInstalled;
    if (ProbeText::looksBinary(output.stdOut))
        return ProbeError::binary(tool);
    const QString word = ProbeText::firstLine(output.stdOut);
    if (word.compare(QLatin1String("Enforcing"), Qt::CaseInsensitive) == 0)
        return Mode::Enforcing;
    if (word.compare(QLatin1String("Permissive"), Qt::CaseInsensitive) == 0)
        return Mode::Permissive;
    if (word.compare(QLatin1String("Disabled"), Qt::CaseInsensitive) == 0)
        return Mode::Disabled;
    if (word.isEmpty())
        return ProbeError::empty(tool);
    return ProbeError::malformed(tool, word);
}

ProbeResult<std::optional<bool>> SelinuxState::parseGetsebool(const ProbeOutput &output,
                                                              const QString &boolean)
{
    const QString tool = QStringLiteral("getsebool");
    if (ProbeText::commandNotFound(output, tool))
        return std::optional<bool>();
    if (ProbeText::looksBinary(output.stdOut))
        return ProbeError::binary(tool);
    if (utf8Text(output.stdErr).contains(QLatin1String("SELinux is disabled")))
        return std::optional<bool>();
    // "httpd_can_network_connect --> off"
    for (const QString &line : ProbeText::lines(output.stdOut)) {
        const QStringList f = ProbeText::fields(line);
        if (f.size() == 3 && f.at(0) == boolean && f.at(1) == QLatin1String("-->"))
            return std::optional<bool>(f.at(2) == QLatin1String("on"));
    }
    if (output.exitCode != 0)
        return ProbeError(ProbeError::Kind::Unsupported,
                          tr("getsebool failed (exit code %1).").arg(output.exitCode),
                          ProbeText::firstLine(output.stdErr));
    return ProbeError::malformed(tool, ProbeText::firstLine(output.stdOut));
}

std::optional<AvcDenial> SelinuxState::parseAvcLine(const QString &line)
{
    static const QRegularExpression head(QStringLiteral("avc:\\s+denied\\s+\\{([^}]*)\\}\\s+for\\s+(.*)$"));
    const auto m = head.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    AvcDenial d;
    d.rawLine = line;
    d.permissions = ProbeText::fields(m.captured(1));
    // key=value pairs; values may be "quoted".
    static const QRegularExpression pair(QStringLiteral("([A-Za-z_]+)=(\"[^\"]*\"|\\S+)"));
    auto it = pair.globalMatch(m.captured(2));
    while (it.hasNext()) {
        const auto p = it.next();
        QString value = p.captured(2);
        if (value.startsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        const QString key = p.captured(1);
        if (key == QLatin1String("pid"))
            d.pid = value.toLongLong();
        else if (key == QLatin1String("comm"))
            d.comm = value;
        else if (key == QLatin1String("dest")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (ok)
                d.destPort = port;
        } else if (key == QLatin1String("name") || key == QLatin1String("path"))
            d.path = value;
        else if (key == QLatin1String("scontext"))
            d.sourceContext = value;
        else if (key == QLatin1String("tcontext"))
            d.targetContext = value;
        else if (key == QLatin1String("tclass"))
            d.targetClass = value;
        else if (key == QLatin1String("permissive"))
            d.permissive = value == QLatin1String("1");
    }
    return d;
}

QList<AvcDenial> SelinuxState::parseAvcLog(const QByteArray &text, const QString &comm)
{
    QList<AvcDenial> out;
    if (ProbeText::looksBinary(text))
        return out;
    for (const QString &line : ProbeText::lines(text)) {
        const auto d = parseAvcLine(line);
        if (d && (comm.isEmpty() || d->comm == comm))
            out.append(*d);
    }
    return out;
}

} // namespace gd

#include "app/config/NginxTestOutput.h"

#include <QRegularExpression>

namespace gd {

namespace {

NginxMessage::Level levelFromName(const QString &name)
{
    using L = NginxMessage::Level;
    static const struct
    {
        const char *name;
        L level;
    } levels[] = {{"debug", L::Debug}, {"info", L::Info}, {"notice", L::Notice}, {"warn", L::Warn},
                  {"error", L::Error}, {"crit", L::Crit}, {"alert", L::Alert},   {"emerg", L::Emerg}};
    for (const auto &l : levels) {
        if (name == QLatin1String(l.name))
            return l.level;
    }
    return L::None;
}

} // namespace

NginxMessage NginxTestOutput::parseLine(const QString &lineIn)
{
    static const QRegularExpression prefixed(QStringLiteral("^nginx: \\[([a-z]+)\\] (.*)$"));
    static const QRegularExpression logged(QStringLiteral(
        "^\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d \\[([a-z]+)\\] \\d+#\\d+: (?:\\*\\d+ )?(.*)$"));
    // The place is always the end: " in /path:12". Greedy (.*) takes the last " in ".
    static const QRegularExpression place(QStringLiteral("^(.*) in (\\S.*):(\\d+)$"));

    QString line = lineIn;
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    NginxMessage m;
    m.raw = line;
    QRegularExpressionMatch match = prefixed.match(line);
    if (!match.hasMatch())
        match = logged.match(line);
    if (match.hasMatch()) {
        m.levelName = match.captured(1);
        m.level = levelFromName(m.levelName);
        m.text = match.captured(2);
        const QRegularExpressionMatch at = place.match(m.text);
        if (at.hasMatch()) {
            m.text = at.captured(1);
            m.file = at.captured(2);
            m.line = at.captured(3).toInt();
        }
    } else {
        m.text = line.startsWith(QLatin1String("nginx: ")) ? line.mid(7) : line;
    }
    return m;
}

NginxTestOutput NginxTestOutput::parse(const QString &stderrText, int exitCode)
{
    static const QRegularExpression syntaxOk(QStringLiteral("^the configuration file (.*) syntax is ok$"));
    static const QRegularExpression summary(
        QStringLiteral("^configuration file (.*) test (is successful|failed)$"));
    NginxTestOutput out;
    out.m_exitCode = exitCode;
    const QStringList lines = stderrText.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        NginxMessage m = parseLine(line);
        if (m.level == NginxMessage::Level::None) {
            QRegularExpressionMatch s = syntaxOk.match(m.text);
            if (s.hasMatch()) {
                out.m_syntaxOk = true;
                m.file = out.m_configFile = s.captured(1);
            } else if ((s = summary.match(m.text)).hasMatch()) {
                out.m_successful = s.captured(2) == QLatin1String("is successful");
                m.file = out.m_configFile = s.captured(1);
            }
        }
        out.m_messages.append(m);
    }
    return out;
}

QList<NginxMessage> NginxTestOutput::errors() const
{
    QList<NginxMessage> result;
    for (const NginxMessage &m : m_messages) {
        if (m.isError())
            result.append(m);
    }
    return result;
}

QList<NginxMessage> NginxTestOutput::warnings() const
{
    QList<NginxMessage> result;
    for (const NginxMessage &m : m_messages) {
        if (m.isWarning())
            result.append(m);
    }
    return result;
}

const NginxMessage *NginxTestOutput::firstError() const
{
    for (const NginxMessage &m : m_messages) {
        if (m.isError())
            return &m;
    }
    return nullptr;
}

} // namespace gd

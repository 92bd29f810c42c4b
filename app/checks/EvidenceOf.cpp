#include "app/checks/EvidenceOf.h"
#include "remote/ByteText.h"

namespace gd::EvidenceOf {

Evidence logSample(const QString &logPath, const ErrorLogSample &sample)
{
    Evidence e;
    e.source = QStringLiteral("error_log");
    e.file = logPath;
    // Bytes of any encoding: show them losslessly enough for reading, and keep the
    // span pointing at the same characters (the prefix before it is plain ASCII).
    e.excerpt = utf8Text(sample.line.left(4000));
    if (sample.match.isValid() && sample.match.offset < 4000) {
        e.spanStart = utf8Text(sample.line.left(sample.match.offset)).size();
        e.spanLength = utf8Text(sample.line.mid(sample.match.offset, sample.match.length)).size();
    }
    return e;
}

Evidence command(const CommandResult &result, const QString &source, const QString &excerpt,
                 const QString &highlight)
{
    Evidence e;
    e.source = source;
    e.command = result.commandLine;
    e.excerpt = excerpt;
    return e.highlight(highlight);
}

Evidence listener(const Listener &l, const CommandResult &ss)
{
    return command(ss, QStringLiteral("ss"), l.rawLine.isEmpty() ? l.endpoint() : l.rawLine, l.endpoint());
}

Evidence cited(const CitedLine &line, const QString &highlight)
{
    Evidence e;
    e.source = line.source;
    e.file = line.file;
    e.excerpt = utf8Text(line.line);
    return e.highlight(highlight);
}

Evidence configLine(const Facts &facts, const QString &file, int line, const QString &highlight)
{
    Evidence e;
    e.source = QStringLiteral("config");
    e.file = file;
    e.line = line;
    if (facts.config)
        e.excerpt = facts.config->lineText(file, line);
    return e.highlight(highlight);
}

} // namespace gd::EvidenceOf

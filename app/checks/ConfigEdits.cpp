#include "app/checks/ConfigEdits.h"

namespace gd {

namespace {

QString indentationOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && (line.at(n) == QLatin1Char(' ') || line.at(n) == QLatin1Char('\t')))
        ++n;
    return line.left(n);
}

// nginx needs quotes around a value with blanks, ';', '{', '}' or quotes in it.
QString quotedIfNeeded(const QString &value)
{
    static const QString special = QStringLiteral(" \t;{}\"'");
    const bool needs = value.isEmpty() ||
                       std::any_of(value.begin(), value.end(), [](QChar c) { return special.contains(c); });
    if (!needs)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

ConfigEdits::ConfigEdits(const Facts &facts) : m_facts(facts)
{
}

QString ConfigEdits::realPath(const QString &file) const
{
    return m_facts.realPaths.value(file, file);
}

std::optional<ConfigEdits::LinePlace> ConfigEdits::lineOf(const QString &file, int line) const
{
    if (!m_facts.config || line < 1)
        return std::nullopt;
    const QString text = m_facts.config->fileText(file);
    int start = 0;
    for (int l = 1; l < line; ++l) {
        start = int(text.indexOf(QLatin1Char('\n'), start));
        if (start < 0)
            return std::nullopt;
        ++start;
    }
    return LinePlace{start, m_facts.config->lineText(file, line)};
}

std::optional<FixAction> ConfigEdits::replace(const NginxDirective &d, const QString &statement,
                                              const QString &why) const
{
    const std::optional<LinePlace> place = lineOf(d.file, d.line);
    if (!place || d.begin < 0 || d.end < 0 || d.endLine != d.line)
        return std::nullopt;
    const int from = d.begin - place->lineStart, to = d.end - place->lineStart;
    if (from < 0 || to > place->text.size() || from >= to)
        return std::nullopt;
    QString line = place->text;
    line.replace(from, to - from, statement);
    return FixAction::edit(realPath(d.file), d.line, place->text, line, why);
}

std::optional<FixAction> ConfigEdits::replace(const NginxDirective &d, const QStringList &statements,
                                              const QString &why) const
{
    std::optional<FixAction> a = replace(d, statements.value(0), why);
    if (!a)
        return a;
    const QString indent = indentationOf(a->oldText);
    for (const QString &statement : statements.mid(1))
        a->newText += QLatin1Char('\n') + indent + statement;
    return a;
}

std::optional<FixAction> ConfigEdits::remove(const NginxDirective &directive, const QString &why) const
{
    std::optional<FixAction> a = replace(directive, QString(), why);
    if (a && a->newText.trimmed().isEmpty())
        a->newText.clear(); // not the indentation alone
    return a;
}

std::optional<FixAction> ConfigEdits::replaceArg(const NginxDirective &d, int arg, const QString &value,
                                                 const QString &why) const
{
    if (arg < 0 || arg >= d.argSpans.size())
        return std::nullopt;
    const std::optional<LinePlace> place = lineOf(d.file, d.line);
    const NginxDirective::Span span = d.argSpans.at(arg);
    if (!place || span.begin < 0)
        return std::nullopt;
    const int from = span.begin - place->lineStart, to = span.end - place->lineStart;
    if (from < 0 || to > place->text.size() || from >= to)
        return std::nullopt; // the argument is on another line than the name
    QString line = place->text;
    line.replace(from, to - from, quotedIfNeeded(value));
    return FixAction::edit(realPath(d.file), d.line, place->text, line, why);
}

std::optional<FixAction> ConfigEdits::set(const NginxDirective &block, const QString &name,
                                          const QString &value, const QString &why) const
{
    if (!m_facts.config)
        return std::nullopt;
    QStringList words = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        w = quotedIfNeeded(w);
    const QString statement = name + QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(';');
    if (const NginxDirective *own = m_facts.config->lastChild(&block, name))
        return replace(*own, statement, why);
    return insert(block, {statement}, why);
}

QList<FixAction> ConfigEdits::retarget(const QString &endpoint, const QString &replacement,
                                       const QString &why) const
{
    QList<FixAction> actions;
    if (!m_facts.config)
        return actions;
    // The text to find inside the directive's argument: "host:port", or the socket path.
    const bool unix = endpoint.startsWith(QLatin1String("unix:"));
    const bool toUnix = replacement.startsWith(QLatin1String("unix:"));
    const QString from = unix ? endpoint.mid(5) : endpoint;
    auto rewrite = [&](const NginxDirective &d) {
        const QString value = d.arg(0);
        const int at = int(value.indexOf(from));
        if (at < 0)
            return;
        QString changed = value;
        if (unix == toUnix) {
            changed.replace(at, from.size(), unix ? replacement.mid(5) : replacement);
        } else {
            // Socket <-> host:port. In a URL (proxy_pass http://unix:/path:/uri) the path
            // ends at a ':' that must go or come with it; elsewhere it is "unix:/path".
            const bool url = value.contains(QLatin1String("://"));
            if (unix) {
                const int begin = at - 5;
                if (begin < 0 || value.mid(begin, 5) != QLatin1String("unix:"))
                    return;
                int end = at + int(from.size());
                if (url && end < value.size() && value.at(end) == QLatin1Char(':'))
                    ++end;
                changed.replace(begin, end - begin, replacement);
            } else {
                changed.replace(at, from.size(), url ? replacement + QLatin1Char(':') : replacement);
            }
        }
        if (std::optional<FixAction> a = replaceArg(d, 0, changed, why); a && !actions.contains(*a))
            actions << *a;
    };
    for (const UpstreamTarget &t : m_facts.targets.targets()) {
        const bool named = unix ? t.unixPath == from
                                : t.kind == UpstreamTarget::Kind::HostPort &&
                                      (t.endpoint() == endpoint ||
                                       QStringLiteral("%1:%2").arg(t.host).arg(t.port) == endpoint);
        if (named && t.directiveIndex >= 0)
            rewrite(m_facts.config->directive(t.directiveIndex));
        if (t.kind != UpstreamTarget::Kind::UpstreamBlock)
            continue;
        const UpstreamBlock *block = m_facts.targets.blockFor(t);
        if (!block || block->directiveIndex < 0)
            continue;
        for (const NginxDirective *server : m_facts.config->children(
                 &m_facts.config->directive(block->directiveIndex), QStringLiteral("server")))
            rewrite(*server);
    }
    return actions;
}

std::optional<FixAction> ConfigEdits::insert(const NginxDirective &block, const QStringList &statements,
                                             const QString &why) const
{
    if (!m_facts.config || statements.isEmpty())
        return std::nullopt;
    const std::optional<LinePlace> opening = lineOf(block.file, block.line);
    if (!opening || block.bodyBegin < 0)
        return std::nullopt;
    // The '{' must end its line: "location /api {" then the body below.
    const int brace = block.bodyBegin - opening->lineStart;
    if (brace <= 0 || brace > opening->text.size() || !opening->text.mid(brace).trimmed().isEmpty())
        return std::nullopt;
    QString indent = indentationOf(opening->text) + QStringLiteral("    ");
    const QList<const NginxDirective *> children = m_facts.config->children(&block);
    if (!children.isEmpty() && children.first()->file == block.file) {
        if (const std::optional<LinePlace> first = lineOf(block.file, children.first()->line))
            indent = indentationOf(first->text);
    }
    QString text = opening->text;
    for (const QString &statement : statements)
        text += QLatin1Char('\n') + indent + statement;
    return FixAction::edit(realPath(block.file), block.line, opening->text, text, why);
}

} // namespace gd

#include "app/checks/ConfigRepair.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace gd {

namespace {

// Directives people write in the configs Gateway Doctor looks at: the ones that
// pass requests on and their settings, and the structure around them. A misspelt
// name is matched against these and against every name the config itself uses.
const QStringList &commonDirectives()
{
    static const QStringList names{
        QStringLiteral("proxy_pass"),
        QStringLiteral("fastcgi_pass"),
        QStringLiteral("uwsgi_pass"),
        QStringLiteral("scgi_pass"),
        QStringLiteral("grpc_pass"),
        QStringLiteral("proxy_set_header"),
        QStringLiteral("proxy_read_timeout"),
        QStringLiteral("proxy_send_timeout"),
        QStringLiteral("proxy_connect_timeout"),
        QStringLiteral("proxy_buffer_size"),
        QStringLiteral("proxy_buffers"),
        QStringLiteral("proxy_busy_buffers_size"),
        QStringLiteral("proxy_buffering"),
        QStringLiteral("proxy_http_version"),
        QStringLiteral("proxy_redirect"),
        QStringLiteral("proxy_next_upstream"),
        QStringLiteral("proxy_ssl_server_name"),
        QStringLiteral("proxy_ssl_verify"),
        QStringLiteral("fastcgi_param"),
        QStringLiteral("fastcgi_index"),
        QStringLiteral("fastcgi_read_timeout"),
        QStringLiteral("fastcgi_buffer_size"),
        QStringLiteral("fastcgi_buffers"),
        QStringLiteral("fastcgi_split_path_info"),
        QStringLiteral("uwsgi_param"),
        QStringLiteral("uwsgi_read_timeout"),
        QStringLiteral("include"),
        QStringLiteral("listen"),
        QStringLiteral("server_name"),
        QStringLiteral("root"),
        QStringLiteral("index"),
        QStringLiteral("location"),
        QStringLiteral("server"),
        QStringLiteral("upstream"),
        QStringLiteral("resolver"),
        QStringLiteral("resolver_timeout"),
        QStringLiteral("keepalive"),
        QStringLiteral("keepalive_timeout"),
        QStringLiteral("return"),
        QStringLiteral("rewrite"),
        QStringLiteral("try_files"),
        QStringLiteral("error_log"),
        QStringLiteral("access_log"),
        QStringLiteral("client_max_body_size"),
        QStringLiteral("add_header"),
        QStringLiteral("set"),
        QStringLiteral("ssl_certificate"),
        QStringLiteral("ssl_certificate_key"),
        QStringLiteral("worker_processes"),
        QStringLiteral("worker_connections"),
        QStringLiteral("user"),
        QStringLiteral("events"),
        QStringLiteral("http"),
        QStringLiteral("sendfile"),
        QStringLiteral("gzip"),
        QStringLiteral("default_type"),
        QStringLiteral("alias"),
    };
    return names;
}

// The line without a trailing # comment (outside quotes), trimmed at the end.
QString codeOf(const QString &line)
{
    QChar quote;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\'))
                ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#')) {
            return line.left(i);
        }
    }
    return line;
}

QString withoutTrailingBlanks(const QString &text)
{
    int end = int(text.size());
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}

} // namespace

int ConfigRepair::distance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= size_t(b.size()); ++j) {
            const int above = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(qsizetype(j) - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

std::optional<ConfigRepair::Repair> ConfigRepair::forError(const Facts &facts, const NginxMessage &error)
{
    if (!facts.config || error.file.isEmpty() || error.line <= 0 ||
        facts.config->fileText(error.file).isEmpty())
        return std::nullopt;
    if (std::optional<Repair> r = missingSemicolon(facts, error))
        return r;
    return misspeltDirective(facts, error);
}

std::optional<ConfigRepair::Repair> ConfigRepair::missingSemicolon(const Facts &facts,
                                                                   const NginxMessage &error)
{
    // nginx notices a missing ';' only where the statement ends: at the '}' after it
    // ('unexpected "}"'), at the next ';' (too many arguments), or at the end of file.
    static const QRegularExpression tooMany(
        QStringLiteral("^invalid number of arguments in \"([^\"]+)\" directive$"));
    const QRegularExpressionMatch args = tooMany.match(error.text);
    const bool unexpectedClose = error.text == QLatin1String("unexpected \"}\"") ||
                                 error.text.startsWith(QLatin1String("unexpected end of file"));
    const bool notTerminated = error.text.contains(QLatin1String("is not terminated by \";\""));
    if (!args.hasMatch() && !unexpectedClose && !notTerminated)
        return std::nullopt;
    const NginxConfig &config = *facts.config;
    // From the reported line backwards: the first statement line that neither ends
    // with ';' nor opens or closes a block. With too many arguments, the statement
    // that swallowed the next line starts with the directive nginx names.
    const int from = unexpectedClose ? error.line - 1 : error.line;
    for (int line = from; line >= 1 && line > from - 50; --line) {
        const QString code = withoutTrailingBlanks(codeOf(config.lineText(error.file, line)));
        const QString trimmed = code.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.endsWith(QLatin1Char('{')) || trimmed.endsWith(QLatin1Char('}')))
            return std::nullopt;
        if (trimmed.endsWith(QLatin1Char(';'))) {
            if (line == from && args.hasMatch())
                continue; // the line where the swallowed statement ended
            return std::nullopt;
        }
        if (args.hasMatch() && !trimmed.startsWith(args.captured(1)))
            continue;
        const QString old = config.lineText(error.file, line);
        QString fixed = old;
        fixed.insert(code.size(), QLatin1Char(';'));
        Repair r;
        r.file = error.file;
        r.line = line;
        r.explanation = tr("line %1 (%2) lacks the ';' that ends it; nginx noticed only at line %3.")
                            .arg(line)
                            .arg(trimmed, QString::number(error.line));
        r.action = FixAction::edit(facts.realPaths.value(error.file, error.file), line, old, fixed,
                                   tr("end line %1 with ';'").arg(line));
        return r;
    }
    return std::nullopt;
}

std::optional<ConfigRepair::Repair> ConfigRepair::misspeltDirective(const Facts &facts,
                                                                    const NginxMessage &error)
{
    static const QRegularExpression unknown(QStringLiteral("^unknown directive \"([^\"]+)\"$"));
    const QRegularExpressionMatch m = unknown.match(error.text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString wrong = m.captured(1);
    QSet<QString> known(commonDirectives().begin(), commonDirectives().end());
    for (int i = 0; i < facts.config->size(); ++i)
        known.insert(facts.config->directive(i).name);
    known.remove(wrong);
    QString best;
    int bestDistance = 3; // more than two edits away is not a typo
    bool tie = false;
    for (const QString &name : std::as_const(known)) {
        const int d = distance(wrong, name);
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
            tie = false;
        } else if (d == bestDistance && name != best) {
            tie = true;
        }
    }
    if (best.isEmpty() || tie)
        return std::nullopt;
    const QString old = facts.config->lineText(error.file, error.line);
    const int at = int(old.indexOf(wrong));
    if (at < 0)
        return std::nullopt;
    QString fixed = old;
    fixed.replace(at, wrong.size(), best);
    Repair r;
    r.file = error.file;
    r.line = error.line;
    r.explanation =
        tr("\"%1\" on line %2 is not an nginx directive; it is one letter or two away from \"%3\".")
            .arg(wrong)
            .arg(error.line)
            .arg(best);
    r.action = FixAction::edit(facts.realPaths.value(error.file, error.file), error.line, old, fixed,
                               tr("write %1 instead of %2").arg(best, wrong));
    return r;
}

} // namespace gd

#include "app/fixes/PhpFpmPoolEdit.h"

#include "app/config/PhpFpmPoolConfig.h"
#include "remote/ByteText.h"

#include <QList>

#include <optional>

namespace gd {

namespace {

const QLatin1String kKey("pm.max_children");

// One line of the file: where it is and what it says, the way php-fpm reads INI lines
// (PhpFpmPoolConfig): trimmed, ';' and '#' start comments, [name] opens a section.
struct Line
{
    int begin = 0;     // offset of its first character
    int end = 0;       // offset of its line break (or the end of the file)
    QString lineBreak; // "\n", "\r\n" or "" (the last line without one)
    QString section;   // the section it is in ("" before any)
    QString key;       // for `key = value` lines
};

QList<Line> readLines(const QString &text)
{
    QList<Line> lines;
    QString section;
    int begin = 0;
    while (begin < text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), begin);
        Line line;
        line.begin = begin;
        if (nl < 0) {
            line.end = int(text.size());
        } else {
            const bool crlf = nl > begin && text.at(nl - 1) == QLatin1Char('\r');
            line.end = int(crlf ? nl - 1 : nl);
            line.lineBreak = crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
        }
        const QString content = text.mid(line.begin, line.end - line.begin).trimmed();
        if (content.startsWith(QLatin1Char('['))) {
            const qsizetype close = content.indexOf(QLatin1Char(']'));
            if (close > 0)
                section = content.mid(1, close - 1).trimmed();
        } else if (!content.isEmpty() && !content.startsWith(QLatin1Char(';')) &&
                   !content.startsWith(QLatin1Char('#'))) {
            const qsizetype eq = content.indexOf(QLatin1Char('='));
            if (eq > 0)
                line.key = content.left(eq).trimmed();
        }
        line.section = section;
        lines.append(line);
        begin = nl < 0 ? int(text.size()) : int(nl + 1);
    }
    return lines;
}

// Where the value of a `key = value` line is, as php-fpm reads it: inside the quotes
// when quoted, else up to an inline ';' comment, without the spaces around it.
std::pair<int, int> valueSpan(const QString &text, const Line &line)
{
    int at = int(text.indexOf(QLatin1Char('='), line.begin)) + 1;
    while (at < line.end && (text.at(at) == QLatin1Char(' ') || text.at(at) == QLatin1Char('\t')))
        ++at;
    if (at < line.end && (text.at(at) == QLatin1Char('"') || text.at(at) == QLatin1Char('\''))) {
        const qsizetype close = text.indexOf(text.at(at), at + 1);
        if (close > at && close < line.end)
            return {at + 1, int(close)};
    }
    int end = line.end;
    const qsizetype semicolon = text.indexOf(QLatin1Char(';'), at);
    if (semicolon >= 0 && semicolon < end)
        end = int(semicolon);
    while (end > at && (text.at(end - 1) == QLatin1Char(' ') || text.at(end - 1) == QLatin1Char('\t')))
        --end;
    return {at, end};
}

// php-fpm refuses a dynamic pool whose spare servers outnumber its children.
std::optional<FixError> checkSpareServers(const PhpFpmPool &pool, int value)
{
    if (pool.pm() != QLatin1String("dynamic"))
        return std::nullopt;
    const int minSpare = pool.get(QStringLiteral("pm.min_spare_servers")).toInt();
    const int maxSpare = pool.get(QStringLiteral("pm.max_spare_servers")).toInt();
    if (minSpare <= value && maxSpare <= value)
        return std::nullopt;
    FixError error(
        FixError::Kind::Inconsistent,
        PhpFpmPoolEdit::tr("php-fpm would refuse this: pm.min_spare_servers(%1) and "
                           "pm.max_spare_servers(%2) cannot be "
                           "greater than pm.max_children(%3). Lower the spare servers first, or keep "
                           "pm.max_children at "
                           "%4 or more.")
            .arg(QString::number(minSpare), QString::number(maxSpare), QString::number(value),
                 QString::number(std::max(minSpare, maxSpare))));
    if (const std::optional<PhpFpmValue> v = pool.value(QStringLiteral("pm.max_spare_servers")))
        error.at(v->file, v->line);
    return error;
}

// A new `key = value` line after its anchor line (`pm =` for pm.max_children,
// `listen =` for listen.backlog; indented like it), else after the section's header.
// Returns the new text; sets the change's line.
QString insertLine(const QString &text, const QList<Line> &lines, int pmLine, int header,
                   FileEdit::Change &change)
{
    const int anchor = pmLine >= 0 ? pmLine : header;
    const Line &line = lines.at(anchor);
    int indentEnd = line.begin;
    while (indentEnd < line.end &&
           (text.at(indentEnd) == QLatin1Char(' ') || text.at(indentEnd) == QLatin1Char('\t')))
        ++indentEnd;
    const QString indent = pmLine >= 0 ? text.mid(line.begin, indentEnd - line.begin) : QString();
    const QString newLine = indent + change.directive + QLatin1String(" = ") + change.newValue;
    change.line = anchor + 2;
    change.inserted = true;
    if (line.lineBreak.isEmpty()) { // the last line of a file without a final line break
        const QString lineBreak = anchor > 0 ? lines.at(anchor - 1).lineBreak : QStringLiteral("\n");
        return text + lineBreak + newLine;
    }
    const int at = line.end + int(line.lineBreak.size());
    return text.left(at) + newLine + line.lineBreak + text.mid(at);
}

// The key a new line of `key` goes after.
QString anchorKey(const QString &key)
{
    return key == QLatin1String("listen.backlog") ? QStringLiteral("listen") : QStringLiteral("pm");
}

// The text with the pool's change.directive set to change.newValue; fills in the rest
// of the change.
QString withValue(const QString &text, const QString &pool, FileEdit::Change &change)
{
    const QList<Line> lines = readLines(text);
    // The last assignment in the pool is the one php-fpm uses: change that one.
    int assignment = -1, pmLine = -1, header = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).section != pool)
            continue;
        if (header < 0)
            header = i;
        if (lines.at(i).key == change.directive)
            assignment = i;
        else if (lines.at(i).key == anchorKey(change.directive))
            pmLine = i;
    }
    if (assignment < 0)
        return insertLine(text, lines, pmLine, header, change);
    const auto [from, to] = valueSpan(text, lines.at(assignment));
    change.oldValue = text.mid(from, to - from);
    change.line = assignment + 1;
    return text.left(from) + change.newValue + text.mid(to);
}

QList<PhpFpmValue> without(const QList<PhpFpmValue> &values, const QStringList &keys)
{
    QList<PhpFpmValue> rest;
    for (const PhpFpmValue &v : values) {
        if (!keys.contains(v.key))
            rest.append(v);
    }
    return rest;
}

// Read back as php-fpm would: the pool now has the values, nothing else moved.
bool onlyTheseChanged(const PhpFpmPoolConfig &before, const PhpFpmPoolConfig &reread, const QString &pool,
                      const QList<QPair<QString, QString>> &values)
{
    const PhpFpmPool *changed = reread.pool(pool);
    bool same = changed && reread.pools().size() == before.pools().size() &&
                reread.issues().size() == before.issues().size();
    QStringList keys;
    for (const auto &[key, value] : values) {
        keys << key;
        same = same && changed->get(key) == value;
    }
    for (int p = 0; same && p < before.pools().size(); ++p) {
        const QList<PhpFpmValue> a = without(before.pools().at(p).values, keys);
        const QList<PhpFpmValue> b = without(reread.pools().at(p).values, keys);
        same = a.size() == b.size();
        for (int i = 0; same && i < a.size(); ++i)
            same = a.at(i).key == b.at(i).key && a.at(i).value == b.at(i).value;
    }
    return same;
}

} // namespace

Result<FileEdit, FixError> PhpFpmPoolEdit::setMaxChildren(const QString &path, const QByteArray &bytes,
                                                          const QString &pool, int value, int listenBacklog)
{
    if (value < 1 || value > maxValue()) {
        return FixError(FixError::Kind::InvalidValue,
                        tr("pm.max_children must be between 1 and %1; %2 is not.")
                            .arg(QString::number(maxValue()), QString::number(value)));
    }
    if (listenBacklog != 0 && (listenBacklog < 1 || listenBacklog > maxBacklog())) {
        return FixError(FixError::Kind::InvalidValue,
                        tr("listen.backlog must be between 1 and %1; %2 is not.")
                            .arg(QString::number(maxBacklog()), QString::number(listenBacklog)));
    }
    // Latin-1: one character per byte, every byte comes back as it was.
    const QString text = latin1Text(bytes);
    const PhpFpmPoolConfig before = PhpFpmPoolConfig::parse(path, text);
    const PhpFpmPool *current = before.pool(pool);
    if (!current) {
        FixError error(FixError::Kind::NotFound, tr("%1 has no [%2] pool section.").arg(path, pool));
        error.at(path, 0);
        return error;
    }
    if (const std::optional<FixError> error = checkSpareServers(*current, value))
        return *error;

    // The backlog first: its line sits above pm.max_children's, so each change's line
    // number is right in the text as it ends up.
    QList<QPair<QString, QString>> values;
    if (listenBacklog > 0)
        values.append({QStringLiteral("listen.backlog"), QString::number(listenBacklog)});
    values.append({kKey, QString::number(value)});
    FileEdit edit;
    edit.path = path;
    edit.before = bytes;
    QString after = text;
    for (const auto &[key, newValue] : values) {
        FileEdit::Change change;
        change.directive = key;
        change.newValue = newValue;
        after = withValue(after, pool, change);
        edit.changes.append(change);
    }
    edit.after = after.toLatin1();

    if (!onlyTheseChanged(before, PhpFpmPoolConfig::parse(path, after), pool, values)) {
        return FixError(
            FixError::Kind::Unsupported,
            tr("Gateway Doctor could not work out a safe edit of %1. Please set pm.max_children = %2 in [%3] "
               "by hand.")
                .arg(path, QString::number(value), pool));
    }
    return edit;
}

} // namespace gd

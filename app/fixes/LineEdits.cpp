#include "app/fixes/LineEdits.h"
#include "remote/ByteText.h"

#include <algorithm>

namespace gd {

namespace {

// The file as lines, each with its own ending ("\n", "\r\n" or none at the end).
QList<QByteArray> splitKeepingEnds(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype from = 0;
    while (from < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', from);
        const qsizetype end = nl < 0 ? bytes.size() : nl + 1;
        lines << bytes.mid(from, end - from);
        from = end;
    }
    return lines;
}

QByteArray ending(const QByteArray &line)
{
    if (line.endsWith("\r\n"))
        return QByteArrayLiteral("\r\n");
    if (line.endsWith('\n'))
        return QByteArrayLiteral("\n");
    return {};
}

QByteArray body(const QByteArray &line)
{
    return line.left(line.size() - ending(line).size());
}

} // namespace

Result<FileEdit, FixError> LineEdits::apply(const QString &path, const QByteArray &before,
                                            const QList<FixAction> &edits)
{
    QList<QByteArray> lines = splitKeepingEnds(before);
    QList<FixAction> sorted = edits;
    // From the bottom up, so that an edit that adds lines moves none of the others.
    std::sort(sorted.begin(), sorted.end(),
              [](const FixAction &a, const FixAction &b) { return a.line > b.line; });
    FileEdit edit;
    edit.path = path;
    edit.before = before;
    int previous = 0;
    for (const FixAction &a : sorted) {
        if (a.kind != FixAction::Kind::Edit || a.file != path)
            continue;
        if (a.line == previous)
            return FixError(FixErrorKind::Inconsistent,
                            tr("Two changes of line %1 of %2.").arg(a.line).arg(path));
        previous = a.line;
        if (a.line < 1 || a.line > lines.size())
            return FixError(FixErrorKind::FileChanged,
                            tr("%1 has no line %2 any more: it changed since the diagnosis. Diagnose again.")
                                .arg(path)
                                .arg(a.line));
        QByteArray &line = lines[a.line - 1];
        if (utf8Text(body(line)) != a.oldText)
            return FixError(FixErrorKind::FileChanged,
                            tr("Line %1 of %2 no longer reads \"%3\": the file changed since the diagnosis. "
                               "Diagnose again.")
                                .arg(a.line)
                                .arg(path, a.oldText.trimmed()));
        const QByteArray eol = ending(line).isEmpty() ? QByteArrayLiteral("\n") : ending(line);
        QByteArray replaced = a.newText.toUtf8();
        replaced.replace("\n", eol);
        line = replaced + ending(line);
        FileEdit::Change change;
        change.oldValue = a.oldText.trimmed();
        change.newValue = a.newText.trimmed();
        change.line = a.line;
        edit.changes.prepend(change);
    }
    edit.after = lines.join();
    return edit;
}

} // namespace gd

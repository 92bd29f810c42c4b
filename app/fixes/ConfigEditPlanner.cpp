#include "app/fixes/ConfigEditPlanner.h"

#include "app/config/NginxTokenizer.h"
#include "app/fixes/ChangeValidator.h"
#include "app/fixes/TunableDirectives.h"

#include <QVector>

#include <algorithm>
#include <optional>

namespace gd {

namespace {

// Where one change goes: the directive it replaces (nullptr: inserted into the block).
struct Placement
{
    SettingChange change;
    const NginxDirective *existing = nullptr;
    QString file;
};

Result<QList<Placement>, FixError> place(const NginxConfig &config, const NginxDirective *block,
                                         const QList<SettingChange> &changes)
{
    const Result<const NginxDirective *, FixError> targetResult =
        ConfigEditPlanner::targetBlock(config, block);
    if (!targetResult.ok())
        return targetResult.error();
    const NginxDirective *target = targetResult.value();
    QList<Placement> placements;
    for (const SettingChange &change : changes) {
        // The validator is the gate, but nothing unchecked may ever reach a file: the
        // planner checks every value again (cheap) and writes it only as returned.
        const Result<QString, FixError> value =
            ChangeValidator::validateValue(change.directive, change.value);
        if (!value.ok())
            return value.error();
        if (value.value() != change.value)
            return FixError(
                FixError::Kind::InvalidValue,
                ConfigEditPlanner::tr("The value \"%1\" for %2 has not been through the validator.")
                    .arg(change.value, change.directive));
        for (const Placement &p : std::as_const(placements)) {
            if (p.change.directive == change.directive)
                return FixError(FixError::Kind::InvalidValue,
                                ConfigEditPlanner::tr("\"%1\" is to be changed twice; give it one value.")
                                    .arg(change.directive));
        }
        Placement p;
        p.change = change;
        p.existing = config.lastChild(target, change.directive);
        if (p.existing && p.existing->block)
            p.existing = nullptr;
        p.file = p.existing ? p.existing->file : target->file;
        placements.append(p);
    }
    return placements;
}

// The args of a directive read from Latin-1-decoded bytes, as the UTF-8-decoded config
// (nginx -T) has them.
QStringList utf8Args(const NginxDirective &d)
{
    QStringList args;
    args.reserve(d.args.size());
    for (const QString &a : d.args)
        args.append(QString::fromUtf8(a.toLatin1()));
    return args;
}

QString utf8(const QString &latin1)
{
    return QString::fromUtf8(latin1.toLatin1());
}

const NginxDirective *findInFile(const NginxFileSyntax &file, const NginxDirective &wanted)
{
    for (const NginxDirective &d : file.directives) {
        if (d.line == wanted.line && d.block == wanted.block && utf8(d.name) == wanted.name &&
            utf8Args(d) == wanted.args)
            return &d;
    }
    return nullptr;
}

int lineStartOf(const QString &text, int offset)
{
    const qsizetype nl = offset > 0 ? text.lastIndexOf(QLatin1Char('\n'), offset - 1) : -1;
    return int(nl + 1);
}

// The whitespace before `offset` when nothing else is between it and the line's start.
std::optional<QString> ownLineIndent(const QString &text, int offset)
{
    const int start = lineStartOf(text, offset);
    for (int i = start; i < offset; ++i) {
        if (text.at(i) != QLatin1Char(' ') && text.at(i) != QLatin1Char('\t'))
            return std::nullopt;
    }
    return text.mid(start, offset - start);
}

QString leadingWhitespace(const QString &text, int offset)
{
    const int start = lineStartOf(text, offset);
    int i = start;
    while (i < text.size() && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')))
        ++i;
    return text.mid(start, i - start);
}

// The file's unit of indentation: a tab when most indented lines start with one, else
// the smallest number of leading spaces (4 when nothing is indented).
QString indentUnit(const QString &text)
{
    int tabs = 0, spaced = 0, smallest = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        qsizetype i = start;
        while (i < end && text.at(i) == QLatin1Char(' '))
            ++i;
        const bool blank = i == end || text.at(i) == QLatin1Char('\r');
        if (!blank) {
            if (i == start && text.at(i) == QLatin1Char('\t')) {
                ++tabs;
            } else if (i > start && text.at(i) != QLatin1Char('\t')) {
                ++spaced;
                const int n = int(i - start);
                smallest = smallest == 0 ? n : std::min(smallest, n);
            }
        }
        start = end + 1;
    }
    if (tabs > spaced)
        return QStringLiteral("\t");
    return QString(smallest > 0 ? smallest : 4, QLatin1Char(' '));
}

QString modulePrefixOf(const QString &directive)
{
    if (const std::optional<TunableDirective> t = TunableDirectives::find(directive))
        return t->modulePrefix;
    const qsizetype underscore = directive.indexOf(QLatin1Char('_'));
    return underscore < 0 ? directive : directive.left(underscore + 1);
}

// One replacement in the text: [pos, pos + removed) becomes `text`.
struct Splice
{
    int pos = 0;
    int removed = 0;
    QString text;
    int order = 0;      // the change it belongs to: inserts at one place keep this order
    int markInText = 0; // where the directive starts within `text` (inserts)
    int changeIndex = -1;
};

// What a file's directives are, for comparing before and after: everything but the
// lines we changed must be the same, in the same order and nesting.
struct Shape
{
    QString name;
    QStringList args;
    bool block;
    int depth;
    friend bool operator==(const Shape &a, const Shape &b)
    {
        return a.name == b.name && a.args == b.args && a.block == b.block && a.depth == b.depth;
    }
};

int depthOf(const NginxFileSyntax &file, const NginxDirective &d)
{
    int depth = 0;
    for (int p = d.parent; p >= 0; p = file.directives[size_t(p)].parent)
        ++depth;
    return depth;
}

} // namespace

Result<const NginxDirective *, FixError> ConfigEditPlanner::targetBlock(const NginxConfig &config,
                                                                        const NginxDirective *block)
{
    if (!block) {
        if (const NginxDirective *http = config.http())
            return http;
        return FixError(FixError::Kind::NotFound, tr("The configuration has no http {} block to change."));
    }
    const NginxDirective *target = block;
    while (target && (target->name == QLatin1String("if") || target->name == QLatin1String("limit_except")))
        target = config.parent(*target);
    const bool editable = target && target->block &&
                          (target->name == QLatin1String("location") ||
                           target->name == QLatin1String("server") || target->name == QLatin1String("http"));
    bool inHttp = target && target->name == QLatin1String("http");
    for (const NginxDirective *p = target ? config.parent(*target) : nullptr; p && !inHttp;
         p = config.parent(*p))
        inHttp = p->name == QLatin1String("http");
    if (!editable || !inHttp) {
        FixError error(FixError::Kind::NotAllowed, tr("Upstream timeouts and buffers can only be set in http "
                                                      "{}, a server {} or a location {} of it, "
                                                      "not in \"%1\".")
                                                       .arg(block->text()));
        error.at(block->file, block->line);
        return error;
    }
    return target;
}

Result<QStringList, FixError> ConfigEditPlanner::filesToEdit(const NginxConfig &config,
                                                             const NginxDirective *block,
                                                             const QList<SettingChange> &changes)
{
    const Result<QList<Placement>, FixError> placements = place(config, block, changes);
    if (!placements.ok())
        return placements.error();
    QStringList files;
    for (const Placement &p : placements.value()) {
        if (!files.contains(p.file))
            files.append(p.file);
    }
    const QStringList order = config.files();
    std::stable_sort(files.begin(), files.end(), [&order](const QString &a, const QString &b) {
        return order.indexOf(a) < order.indexOf(b);
    });
    return files;
}

Result<FileEdit, FixError> ConfigEditPlanner::apply(const NginxConfig &config, const NginxDirective *block,
                                                    const QList<SettingChange> &changes, const QString &path,
                                                    const QByteArray &bytes)
{
    const Result<QList<Placement>, FixError> placed = place(config, block, changes);
    if (!placed.ok())
        return placed.error();
    const NginxDirective *target = targetBlock(config, block).value(); // place() checked it
    QList<Placement> here;
    for (const Placement &p : placed.value()) {
        if (p.file == path)
            here.append(p);
    }
    if (here.isEmpty())
        return FixError(FixError::Kind::NotFound, tr("None of the changes goes into %1.").arg(path));

    // Latin-1: one character per byte, so offsets are byte offsets and every byte
    // (UTF-8 or not) comes back unchanged.
    const QString text = QString::fromLatin1(bytes);
    const NginxFileSyntax file = NginxTokenizer::parse(path, text);

    auto changedSince = [&path](int line, const QString &what) {
        FixError error(
            FixError::Kind::FileChanged,
            tr("%1 has changed since the configuration was read: line %2 no longer has %3. Run the diagnosis "
               "again before changing it.")
                .arg(path, QString::number(line), what));
        error.at(path, line);
        return error;
    };

    QList<Splice> splices;
    FileEdit edit;
    edit.path = path;
    edit.before = bytes;

    // The block, for inserts: it must still be where the config says, without the
    // directive we are about to add.
    const NginxDirective *fileBlock = nullptr;
    auto needBlock = [&]() -> std::optional<FixError> {
        if (fileBlock)
            return std::nullopt;
        fileBlock = findInFile(file, *target);
        if (!fileBlock || fileBlock->bodyBegin < 0 || fileBlock->end < 0)
            return changedSince(target->line, QStringLiteral("\"%1 {\"").arg(target->text()));
        return std::nullopt;
    };

    for (int i = 0; i < here.size(); ++i) {
        const Placement &p = here.at(i);
        FileEdit::Change change;
        change.directive = p.change.directive;
        change.newValue = p.change.value;
        const QStringList words = p.change.value.split(QLatin1Char(' '));
        if (p.existing) {
            const NginxDirective *d = findInFile(file, *p.existing);
            if (!d || d->argSpans.isEmpty() || d->argSpans.size() != d->args.size())
                return changedSince(p.existing->line, QStringLiteral("\"%1;\"").arg(p.existing->text()));
            change.oldValue = p.existing->args.join(QLatin1Char(' '));
            // Keep the quotes the admin used; the validated words never need any.
            const QChar first = text.at(d->argSpans.first().begin);
            const QString quote =
                first == QLatin1Char('"') || first == QLatin1Char('\'') ? QString(first) : QString();
            QStringList written;
            for (const QString &w : words)
                written.append(quote + w + quote);
            Splice s;
            s.pos = d->argSpans.first().begin;
            s.removed = d->argSpans.last().end - s.pos;
            s.text = written.join(QLatin1Char(' '));
            s.order = i;
            s.markInText = -1; // the directive starts at d->begin, outside the splice
            s.changeIndex = int(edit.changes.size());
            splices.append(s);
            edit.changes.append(change);
            continue;
        }

        if (const std::optional<FixError> error = needBlock())
            return *error;
        // nginx refuses most of these directives twice in one block: if the file now
        // sets it in the block, someone else got here first.
        for (int c : fileBlock->children) {
            const NginxDirective &child = file.directives[size_t(c)];
            if (child.name == p.change.directive) {
                FixError error(
                    FixError::Kind::FileChanged,
                    tr("%1 has changed since the configuration was read: line %2 now sets %3, which Gateway "
                       "Doctor was about to add. Run the diagnosis again before changing it.")
                        .arg(path, QString::number(child.line), child.name));
                error.at(path, child.line);
                return error;
            }
        }
        // After the block's last directive of the same module written in this file, else
        // after the '{'.
        const QString prefix = modulePrefixOf(p.change.directive);
        const NginxDirective *anchor = nullptr;
        const NginxDirective *firstOwnLine = nullptr;
        for (int c : fileBlock->children) {
            const NginxDirective &child = file.directives[size_t(c)];
            if (!child.block && child.name.startsWith(prefix) && child.end >= 0)
                anchor = &child;
            if (!firstOwnLine && child.line > fileBlock->line && child.begin >= 0 &&
                ownLineIndent(text, child.begin))
                firstOwnLine = &child;
        }
        const int anchorPos = anchor ? anchor->end : fileBlock->bodyBegin;

        QString indent;
        if (anchor && ownLineIndent(text, anchor->begin))
            indent = *ownLineIndent(text, anchor->begin);
        else if (firstOwnLine)
            indent = *ownLineIndent(text, firstOwnLine->begin);
        else
            indent = leadingWhitespace(text, fileBlock->begin) + indentUnit(text);

        const QString directiveText =
            p.change.directive + QLatin1Char(' ') + p.change.value + QLatin1Char(';');
        qsizetype eol = text.indexOf(QLatin1Char('\n'), anchorPos);
        const QString rest = text.mid(anchorPos, (eol < 0 ? text.size() : eol) - anchorPos).trimmed();
        Splice s;
        s.order = i;
        s.changeIndex = int(edit.changes.size());
        if (eol >= 0 && (rest.isEmpty() || rest.startsWith(QLatin1Char('#')))) {
            // The anchor ends its line (maybe with a comment): a line of its own below,
            // with the line break the anchor's line has.
            const QString lineBreak = eol > 0 && text.at(eol - 1) == QLatin1Char('\r')
                                          ? QStringLiteral("\r\n")
                                          : QStringLiteral("\n");
            s.pos = int(eol + 1);
            s.text = indent + directiveText + lineBreak;
            s.markInText = int(indent.size());
        } else {
            // More on the same line (a one-line block): stay on it.
            s.pos = anchorPos;
            s.text = QLatin1Char(' ') + directiveText;
            s.markInText = 1;
        }
        change.inserted = true;
        splices.append(s);
        edit.changes.append(change);
    }

    std::stable_sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) {
        return a.pos != b.pos ? a.pos < b.pos : a.order < b.order;
    });
    QString after;
    after.reserve(text.size() + 256);
    int from = 0;
    const int changeCount = int(edit.changes.size());
    QVector<int> marks(changeCount, -1);
    // For in-place edits the directive's own start is before the splice: map it.
    // (edit.changes has one entry per placement of `here`, in the same order.)
    QVector<int> inPlaceBegin(changeCount, -1);
    for (int i = 0; i < here.size(); ++i) {
        if (here.at(i).existing)
            inPlaceBegin[i] = findInFile(file, *here.at(i).existing)->begin;
    }
    for (const Splice &s : std::as_const(splices)) {
        // Map in-place directive starts that lie in the text copied now.
        for (int c = 0; c < changeCount; ++c) {
            if (inPlaceBegin[c] >= from && inPlaceBegin[c] < s.pos)
                marks[c] = int(after.size()) + inPlaceBegin[c] - from;
        }
        after += text.mid(from, s.pos - from);
        if (s.markInText >= 0)
            marks[s.changeIndex] = int(after.size()) + s.markInText;
        after += s.text;
        from = s.pos + s.removed;
    }
    for (int c = 0; c < changeCount; ++c) {
        if (inPlaceBegin[c] >= from && marks[c] < 0)
            marks[c] = int(after.size()) + inPlaceBegin[c] - from;
    }
    after += text.mid(from);
    for (int c = 0; c < changeCount; ++c)
        edit.changes[c].line =
            int(std::count(after.cbegin(), after.cbegin() + marks[c], QLatin1Char('\n'))) + 1;
    edit.after = after.toLatin1();

    // Read the result back as nginx would: it must say exactly what we meant and
    // nothing else may have moved. A planner bug must never reach a server.
    const NginxFileSyntax reread = NginxTokenizer::parse(path, after);
    auto broken = [&path](const QString &why) {
        return FixError(
            FixError::Kind::Unsupported,
            tr("Gateway Doctor could not work out a safe edit of %1 (%2). Please change it by hand.")
                .arg(path, why));
    };
    if (reread.issues.size() != file.issues.size())
        return broken(tr("the result does not parse as before"));
    QList<Shape> expected, actual;
    for (const NginxDirective &d : file.directives) {
        Shape shape{d.name, d.args, d.block, depthOf(file, d)};
        for (const Placement &p : std::as_const(here)) {
            if (p.existing && p.existing->line == d.line && utf8(d.name) == p.existing->name && !d.block &&
                utf8Args(d) == p.existing->args)
                shape.args = p.change.value.split(QLatin1Char(' '));
        }
        expected.append(shape);
    }
    for (const NginxDirective &d : reread.directives) {
        bool ours = false;
        for (const FileEdit::Change &c : std::as_const(edit.changes)) {
            if (c.inserted && d.line == c.line && d.name == c.directive) {
                ours = true;
                if (d.args != c.newValue.split(QLatin1Char(' ')) || !fileBlock || d.parent < 0 ||
                    reread.directives[size_t(d.parent)].line != fileBlock->line ||
                    reread.directives[size_t(d.parent)].name != fileBlock->name)
                    return broken(tr("%1 did not land in the block").arg(c.directive));
            }
        }
        if (!ours)
            actual.append({d.name, d.args, d.block, depthOf(reread, d)});
    }
    if (expected != actual)
        return broken(tr("other directives would change"));

    // A file included in several places: the others get the new value too.
    for (const Placement &p : std::as_const(here)) {
        if (!p.existing || p.existing->file == target->file)
            continue;
        for (const NginxDirective *same : config.find(p.existing->name)) {
            if (same->file != p.existing->file || same->line != p.existing->line)
                continue;
            const NginxDirective *owner = config.parent(*same);
            if (owner == target)
                continue;
            const QString where = owner ? config.contextPath(*owner) : tr("the top level");
            if (!edit.alsoAffects.contains(where))
                edit.alsoAffects.append(where);
        }
    }
    return edit;
}

} // namespace gd

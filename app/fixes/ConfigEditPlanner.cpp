#include "app/fixes/ConfigEditPlanner.h"

#include "app/config/NginxTokenizer.h"
#include "app/fixes/ChangeValidator.h"
#include "app/fixes/TunableDirectives.h"
#include "remote/ByteText.h"

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
        args.append(utf8Text(a.toLatin1()));
    return args;
}

QString utf8(const QString &latin1)
{
    return utf8Text(latin1.toLatin1());
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

// The edit of one file while it is worked out: the file's text and syntax as read
// now, the splices that make the changes, and the FileEdit they add up to.
class FileEditDraft
{
public:
    FileEditDraft(const QString &path, const QByteArray &bytes, const NginxDirective &target)
        : m_path(path),
          // Latin-1: one character per byte, so offsets are byte offsets and every byte
          // (UTF-8 or not) comes back unchanged.
          m_text(latin1Text(bytes)), m_file(NginxTokenizer::parse(path, m_text)), m_target(target)
    {
        m_edit.path = path;
        m_edit.before = bytes;
    }

    // Plans the change of placement `order` of this file.
    std::optional<FixError> add(int order, const Placement &p)
    {
        FileEdit::Change change;
        change.directive = p.change.directive;
        change.newValue = p.change.value;
        return p.existing ? replaceValue(order, p, change) : insert(order, p, change);
    }
    // Makes the text after the edit and the line of every change in it.
    void applySplices(const QList<Placement> &here);
    // Reads the result back as nginx would: it must say exactly what we meant and
    // nothing else may have moved. A planner bug must never reach a server.
    std::optional<FixError> verify(const QList<Placement> &here) const;
    const FileEdit &edit() const { return m_edit; }

private:
    FixError changedSince(int line, const QString &what) const;
    std::optional<FixError> replaceValue(int order, const Placement &p, FileEdit::Change change);
    std::optional<FixError> insert(int order, const Placement &p, FileEdit::Change change);
    std::optional<FixError> findBlock();
    std::optional<FixError> checkNotSetInBlock(const QString &directive) const;
    QString insertIndent(const NginxDirective *anchor) const;
    QList<Shape> expectedShapes(const QList<Placement> &here) const;

    QString m_path;
    QString m_text;
    NginxFileSyntax m_file;
    const NginxDirective &m_target;
    // The block, for inserts: found in m_file at the first insert.
    const NginxDirective *m_fileBlock = nullptr;
    QList<Splice> m_splices;
    FileEdit m_edit;
    QString m_after; // m_edit.after as text
};

FixError FileEditDraft::changedSince(int line, const QString &what) const
{
    FixError error(
        FixError::Kind::FileChanged,
        ConfigEditPlanner::tr("%1 has changed since the configuration was read: line %2 no longer has "
                              "%3. Run the diagnosis again before changing it.")
            .arg(m_path, QString::number(line), what));
    error.at(m_path, line);
    return error;
}

// A directive already set: only its value tokens change.
std::optional<FixError> FileEditDraft::replaceValue(int order, const Placement &p, FileEdit::Change change)
{
    const NginxDirective *d = findInFile(m_file, *p.existing);
    if (!d || d->argSpans.isEmpty() || d->argSpans.size() != d->args.size())
        return changedSince(p.existing->line, QStringLiteral("\"%1;\"").arg(p.existing->text()));
    change.oldValue = p.existing->args.join(QLatin1Char(' '));
    // Keep the quotes the admin used; the validated words never need any.
    const QChar first = m_text.at(d->argSpans.first().begin);
    const QString quote =
        first == QLatin1Char('"') || first == QLatin1Char('\'') ? QString(first) : QString();
    QStringList written;
    for (const QString &w : p.change.value.split(QLatin1Char(' ')))
        written.append(quote + w + quote);
    Splice s;
    s.pos = d->argSpans.first().begin;
    s.removed = d->argSpans.last().end - s.pos;
    s.text = written.join(QLatin1Char(' '));
    s.order = order;
    s.markInText = -1; // the directive starts at d->begin, outside the splice
    s.changeIndex = int(m_edit.changes.size());
    m_splices.append(s);
    m_edit.changes.append(change);
    return std::nullopt;
}

// The block must still be where the config says.
std::optional<FixError> FileEditDraft::findBlock()
{
    if (m_fileBlock)
        return std::nullopt;
    m_fileBlock = findInFile(m_file, m_target);
    if (!m_fileBlock || m_fileBlock->bodyBegin < 0 || m_fileBlock->end < 0)
        return changedSince(m_target.line, QStringLiteral("\"%1 {\"").arg(m_target.text()));
    return std::nullopt;
}

// nginx refuses most of these directives twice in one block: if the file now
// sets it in the block, someone else got here first.
std::optional<FixError> FileEditDraft::checkNotSetInBlock(const QString &directive) const
{
    for (int c : m_fileBlock->children) {
        const NginxDirective &child = m_file.directives[size_t(c)];
        if (child.name == directive) {
            FixError error(
                FixError::Kind::FileChanged,
                ConfigEditPlanner::tr("%1 has changed since the configuration was read: line %2 now "
                                      "sets %3, which Gateway Doctor was about to add. Run the "
                                      "diagnosis again before changing it.")
                    .arg(m_path, QString::number(child.line), child.name));
            error.at(m_path, child.line);
            return error;
        }
    }
    return std::nullopt;
}

// A directive not set yet: a new line in the block, after the block's last directive
// of the same module written in this file, else after the '{'.
std::optional<FixError> FileEditDraft::insert(int order, const Placement &p, FileEdit::Change change)
{
    if (const std::optional<FixError> error = findBlock())
        return error;
    if (const std::optional<FixError> error = checkNotSetInBlock(p.change.directive))
        return error;
    const QString prefix = modulePrefixOf(p.change.directive);
    const NginxDirective *anchor = nullptr;
    for (int c : m_fileBlock->children) {
        const NginxDirective &child = m_file.directives[size_t(c)];
        if (!child.block && child.name.startsWith(prefix) && child.end >= 0)
            anchor = &child;
    }
    const int anchorPos = anchor ? anchor->end : m_fileBlock->bodyBegin;
    const QString indent = insertIndent(anchor);
    const QString directiveText = p.change.directive + QLatin1Char(' ') + p.change.value + QLatin1Char(';');
    qsizetype eol = m_text.indexOf(QLatin1Char('\n'), anchorPos);
    const QString rest = m_text.mid(anchorPos, (eol < 0 ? m_text.size() : eol) - anchorPos).trimmed();
    Splice s;
    s.order = order;
    s.changeIndex = int(m_edit.changes.size());
    if (eol >= 0 && (rest.isEmpty() || rest.startsWith(QLatin1Char('#')))) {
        // The anchor ends its line (maybe with a comment): a line of its own below,
        // with the line break the anchor's line has.
        const QString lineBreak = eol > 0 && m_text.at(eol - 1) == QLatin1Char('\r') ? QStringLiteral("\r\n")
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
    m_splices.append(s);
    m_edit.changes.append(change);
    return std::nullopt;
}

// The anchor's own indentation when it starts its line, else that of the block's
// first child on a line of its own, else the block's plus one unit of the file's.
QString FileEditDraft::insertIndent(const NginxDirective *anchor) const
{
    if (anchor && ownLineIndent(m_text, anchor->begin))
        return *ownLineIndent(m_text, anchor->begin);
    for (int c : m_fileBlock->children) {
        const NginxDirective &child = m_file.directives[size_t(c)];
        if (child.line > m_fileBlock->line && child.begin >= 0 && ownLineIndent(m_text, child.begin))
            return *ownLineIndent(m_text, child.begin);
    }
    return leadingWhitespace(m_text, m_fileBlock->begin) + indentUnit(m_text);
}

void FileEditDraft::applySplices(const QList<Placement> &here)
{
    QList<Splice> splices = m_splices;
    std::stable_sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) {
        return a.pos != b.pos ? a.pos < b.pos : a.order < b.order;
    });
    QString after;
    after.reserve(m_text.size() + 256);
    int from = 0;
    const int changeCount = int(m_edit.changes.size());
    QVector<int> marks(changeCount, -1);
    // For in-place edits the directive's own start is before the splice: map it.
    // (m_edit.changes has one entry per placement of `here`, in the same order.)
    QVector<int> inPlaceBegin(changeCount, -1);
    for (int i = 0; i < here.size(); ++i) {
        if (here.at(i).existing)
            inPlaceBegin[i] = findInFile(m_file, *here.at(i).existing)->begin;
    }
    for (const Splice &s : std::as_const(splices)) {
        // Map in-place directive starts that lie in the text copied now.
        for (int c = 0; c < changeCount; ++c) {
            if (inPlaceBegin[c] >= from && inPlaceBegin[c] < s.pos)
                marks[c] = int(after.size()) + inPlaceBegin[c] - from;
        }
        after += m_text.mid(from, s.pos - from);
        if (s.markInText >= 0)
            marks[s.changeIndex] = int(after.size()) + s.markInText;
        after += s.text;
        from = s.pos + s.removed;
    }
    for (int c = 0; c < changeCount; ++c) {
        if (inPlaceBegin[c] >= from && marks[c] < 0)
            marks[c] = int(after.size()) + inPlaceBegin[c] - from;
    }
    after += m_text.mid(from);
    for (int c = 0; c < changeCount; ++c)
        m_edit.changes[c].line =
            int(std::count(after.cbegin(), after.cbegin() + marks[c], QLatin1Char('\n'))) + 1;
    m_edit.after = after.toLatin1();
    m_after = after;
}

// The file's directives as they must read after the edit: the in-place changes with
// their new values, the inserts left out.
QList<Shape> FileEditDraft::expectedShapes(const QList<Placement> &here) const
{
    QList<Shape> expected;
    for (const NginxDirective &d : m_file.directives) {
        Shape shape{d.name, d.args, d.block, depthOf(m_file, d)};
        for (const Placement &p : here) {
            if (p.existing && p.existing->line == d.line && utf8(d.name) == p.existing->name && !d.block &&
                utf8Args(d) == p.existing->args)
                shape.args = p.change.value.split(QLatin1Char(' '));
        }
        expected.append(shape);
    }
    return expected;
}

std::optional<FixError> FileEditDraft::verify(const QList<Placement> &here) const
{
    const NginxFileSyntax reread = NginxTokenizer::parse(m_path, m_after);
    auto broken = [this](const QString &why) {
        return FixError(
            FixError::Kind::Unsupported,
            ConfigEditPlanner::tr(
                "Gateway Doctor could not work out a safe edit of %1 (%2). Please change it by hand.")
                .arg(m_path, why));
    };
    if (reread.issues.size() != m_file.issues.size())
        return broken(ConfigEditPlanner::tr("the result does not parse as before"));
    QList<Shape> actual;
    for (const NginxDirective &d : reread.directives) {
        bool ours = false;
        for (const FileEdit::Change &c : m_edit.changes) {
            if (c.inserted && d.line == c.line && d.name == c.directive) {
                ours = true;
                if (d.args != c.newValue.split(QLatin1Char(' ')) || !m_fileBlock || d.parent < 0 ||
                    reread.directives[size_t(d.parent)].line != m_fileBlock->line ||
                    reread.directives[size_t(d.parent)].name != m_fileBlock->name)
                    return broken(ConfigEditPlanner::tr("%1 did not land in the block").arg(c.directive));
            }
        }
        if (!ours)
            actual.append({d.name, d.args, d.block, depthOf(reread, d)});
    }
    if (expectedShapes(here) != actual)
        return broken(ConfigEditPlanner::tr("other directives would change"));
    return std::nullopt;
}

// A file included in several places: the others get the new value too.
QStringList alsoAffected(const NginxConfig &config, const NginxDirective &target,
                         const QList<Placement> &here)
{
    QStringList places;
    for (const Placement &p : here) {
        if (!p.existing || p.existing->file == target.file)
            continue;
        for (const NginxDirective *same : config.find(p.existing->name)) {
            if (same->file != p.existing->file || same->line != p.existing->line)
                continue;
            const NginxDirective *owner = config.parent(*same);
            if (owner == &target)
                continue;
            const QString where = owner ? config.contextPath(*owner) : ConfigEditPlanner::tr("the top level");
            if (!places.contains(where))
                places.append(where);
        }
    }
    return places;
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

    FileEditDraft draft(path, bytes, *target);
    for (int i = 0; i < here.size(); ++i) {
        if (const std::optional<FixError> error = draft.add(i, here.at(i)))
            return *error;
    }
    draft.applySplices(here);
    if (const std::optional<FixError> error = draft.verify(here))
        return *error;
    FileEdit edit = draft.edit();
    edit.alsoAffects = alsoAffected(config, *target, here);
    return edit;
}

} // namespace gd

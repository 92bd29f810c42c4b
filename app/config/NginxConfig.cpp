#include "app/config/NginxConfig.h"

#include "app/config/NginxTokenizer.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <fnmatch.h>

namespace gd {

namespace {

const QLatin1String kDumpHeader("# configuration file ");
// nginx nests includes as deep as the files go; a file that includes itself
// would make it run out of descriptors. We stop well before.
constexpr int kMaxIncludeDepth = 32;
// Far more than any real configuration (the largest seen had a few thousand): files
// that include each other through globs can multiply without a cycle.
constexpr int kMaxDirectives = 500000;

bool hasGlobChars(const QString &pattern)
{
    // nginx's own test before it calls glob(3): strpbrk(name, "*?[").
    for (QChar c : pattern) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('['))
            return true;
    }
    return false;
}

} // namespace

struct NginxConfig::Builder
{
    NginxConfig &cfg;
    QList<QByteArray> utf8Paths;
    QString prefix;
    QList<int> including; // the files being expanded, outermost first
    bool truncated = false;

    void appendChild(int parent, int child)
    {
        if (parent < 0)
            cfg.m_topLevel.append(child);
        else
            cfg.m_directives[size_t(parent)].children.append(child);
    }

    QList<int> resolveInclude(const NginxDirective &include)
    {
        QString pattern = include.arg(0);
        if (pattern.isEmpty())
            return {};
        if (!pattern.startsWith(QLatin1Char('/')))
            pattern = prefix + pattern;
        if (!cfg.m_includeGlobs.contains(pattern))
            cfg.m_includeGlobs.append(pattern);
        QList<int> matches;
        if (!hasGlobChars(pattern)) {
            const QString clean = QDir::cleanPath(pattern);
            const int index = cfg.m_fileIndex.value(clean, cfg.m_fileIndex.value(pattern, -1));
            if (index < 0)
                cfg.addIssue(include.file, include.line,
                             NginxConfig::tr("The included file %1 is not part of the configuration we read.")
                                 .arg(pattern));
            else
                matches.append(index);
            return matches;
        }
        // glob(3) as nginx calls it (flags 0): '*' and '?' stop at '/' and do not
        // match a leading '.'; results sorted bytewise (nginx runs in the C locale).
        const QByteArray p = pattern.toUtf8();
        for (int i = 0; i < utf8Paths.size(); ++i) {
            if (fnmatch(p.constData(), utf8Paths.at(i).constData(), FNM_PATHNAME | FNM_PERIOD) == 0)
                matches.append(i);
        }
        std::sort(matches.begin(), matches.end(),
                  [this](int a, int b) { return utf8Paths.at(a) < utf8Paths.at(b); });
        return matches;
    }

    void expand(int fileIndex, const QList<int> &nodes, int parent, int includedBy, int depth)
    {
        const NginxFileSyntax &file = cfg.m_files.at(fileIndex);
        for (int node : nodes) {
            const NginxDirective &source = file.directives[size_t(node)];
            if (cfg.m_directives.size() >= size_t(kMaxDirectives)) {
                if (!truncated)
                    cfg.addIssue(source.file, source.line,
                                 NginxConfig::tr("The configuration expands to more than %1 directives here "
                                                 "(files including each other?); the rest is not read.")
                                     .arg(kMaxDirectives));
                truncated = true;
                return;
            }
            NginxDirective copy = source;
            copy.index = int(cfg.m_directives.size());
            copy.parent = parent;
            copy.includedBy = includedBy;
            copy.children.clear();
            const int index = copy.index;
            cfg.m_directives.push_back(std::move(copy));
            appendChild(parent, index);
            if (source.block) {
                expand(fileIndex, source.children, index, includedBy, depth);
            } else if (source.name == QLatin1String("include") && !source.args.isEmpty()) {
                const QList<int> matches = resolveInclude(source);
                if (depth >= kMaxIncludeDepth) {
                    if (!matches.isEmpty())
                        cfg.addIssue(
                            source.file, source.line,
                            NginxConfig::tr(
                                "Includes are nested more than %1 levels deep here; the rest is not read.")
                                .arg(kMaxIncludeDepth));
                    continue;
                }
                for (int match : matches) {
                    // nginx would include a file that includes itself until it runs out of
                    // file descriptors; we say so and read it once.
                    if (match == fileIndex || including.contains(match)) {
                        cfg.addIssue(source.file, source.line,
                                     NginxConfig::tr("Include cycle: %1 is included again while it is being "
                                                     "read; nginx cannot load this.")
                                         .arg(cfg.m_files.at(match).path));
                        continue;
                    }
                    including.append(fileIndex);
                    expand(match, cfg.m_files.at(match).topLevel, parent, index, depth + 1);
                    including.removeLast();
                }
            }
        }
    }
};

void NginxConfig::addIssue(const QString &file, int line, const QString &message,
                           ConfigIssue::Severity severity)
{
    m_issues.append({severity, file, line, message});
}

Result<NginxConfig, ConfigError> NginxConfig::fromDump(const QString &dump)
{
    QList<File> files;
    qsizetype from = 0;
    qsizetype header = -1;
    QString headerPath;
    qsizetype bodyStart = 0;
    auto closeSection = [&](qsizetype end) {
        if (header < 0)
            return;
        QString body = dump.mid(bodyStart, end - bodyStart);
        if (body.endsWith(QLatin1Char('\n'))) // nginx adds one line feed after each file
            body.chop(1);
        files.append({headerPath, body});
    };
    while (true) {
        const qsizetype found = dump.indexOf(kDumpHeader, from);
        if (found < 0)
            break;
        from = found + kDumpHeader.size();
        if (found > 0 && dump.at(found - 1) != QLatin1Char('\n'))
            continue;
        qsizetype eol = dump.indexOf(QLatin1Char('\n'), found);
        if (eol < 0)
            eol = dump.size();
        QString line = dump.mid(found, eol - found);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        // A real header names an absolute path and ends with ':'; a comment in a
        // file that merely starts the same way does not.
        if (!line.endsWith(QLatin1Char(':')) || line.size() < kDumpHeader.size() + 2 ||
            line.at(kDumpHeader.size()) != QLatin1Char('/'))
            continue;
        closeSection(found);
        header = found;
        headerPath = line.mid(kDumpHeader.size(), line.size() - kDumpHeader.size() - 1);
        bodyStart = eol + 1;
        from = bodyStart;
    }
    closeSection(dump.size());
    if (files.isEmpty())
        return ConfigError(ConfigErrorKind::NotADump,
                           tr("The output of nginx -T contains no configuration file."), dump.left(200));
    return fromFiles(files);
}

NginxConfig NginxConfig::fromFiles(const QList<File> &files)
{
    NginxConfig cfg;
    for (const File &file : files) {
        if (cfg.m_fileIndex.contains(file.path))
            continue;
        cfg.m_fileIndex.insert(file.path, int(cfg.m_files.size()));
        cfg.m_files.append(NginxTokenizer::parse(file.path, file.text));
        cfg.m_issues.append(cfg.m_files.last().issues);
    }
    if (cfg.m_files.isEmpty())
        return cfg;
    size_t total = 0;
    for (const NginxFileSyntax &file : std::as_const(cfg.m_files))
        total += file.directives.size();
    cfg.m_directives.reserve(total + total / 4);
    Builder builder{cfg, {}, cfg.confPrefix(), {}, false};
    builder.utf8Paths.reserve(cfg.m_files.size());
    for (const NginxFileSyntax &file : std::as_const(cfg.m_files))
        builder.utf8Paths.append(file.path.toUtf8());
    builder.expand(0, cfg.m_files.first().topLevel, -1, -1, 0);
    return cfg;
}

NginxConfig NginxConfig::fromText(const QString &path, const QString &text)
{
    NginxConfig cfg;
    cfg.m_fileIndex.insert(path, 0);
    cfg.m_files.append(NginxTokenizer::parse(path, text));
    cfg.m_issues = cfg.m_files.first().issues;
    const NginxFileSyntax &file = cfg.m_files.first();
    cfg.m_directives = file.directives;
    cfg.m_topLevel = file.topLevel;
    const QString prefix = cfg.confPrefix();
    for (const NginxDirective &d : cfg.m_directives) {
        if (d.name == QLatin1String("include") && !d.block && !d.arg(0).isEmpty()) {
            const QString pattern = d.arg(0).startsWith(QLatin1Char('/')) ? d.arg(0) : prefix + d.arg(0);
            if (!cfg.m_includeGlobs.contains(pattern))
                cfg.m_includeGlobs.append(pattern);
        }
    }
    return cfg;
}

QString NginxConfig::confPrefix() const
{
    const QString main = mainFile();
    const qsizetype slash = main.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : main.left(slash + 1);
}

QStringList NginxConfig::files() const
{
    QStringList paths;
    paths.reserve(m_files.size());
    for (const NginxFileSyntax &file : m_files)
        paths.append(file.path);
    return paths;
}

QString NginxConfig::fileText(const QString &path) const
{
    const int index = m_fileIndex.value(path, -1);
    return index < 0 ? QString() : m_files.at(index).text;
}

int NginxConfig::lineCount(const QString &path) const
{
    const int index = m_fileIndex.value(path, -1);
    if (index < 0)
        return 0;
    const NginxFileSyntax &file = m_files.at(index);
    // A final line break does not start another line.
    return int(file.lineStarts.size()) - (file.text.endsWith(QLatin1Char('\n')) ? 1 : 0);
}

QString NginxConfig::lineText(const QString &path, int line) const
{
    const int index = m_fileIndex.value(path, -1);
    if (index < 0 || line < 1 || line > lineCount(path))
        return QString();
    const NginxFileSyntax &file = m_files.at(index);
    const int begin = file.lineStarts.at(line - 1);
    int end = line < file.lineStarts.size() ? file.lineStarts.at(line) - 1 : int(file.text.size());
    if (end > begin && file.text.at(end - 1) == QLatin1Char('\r'))
        --end;
    return file.text.mid(begin, end - begin);
}

QList<const NginxDirective *> NginxConfig::children(const NginxDirective *block) const
{
    const QList<int> &indexes = block ? block->children : m_topLevel;
    QList<const NginxDirective *> result;
    result.reserve(indexes.size());
    for (int index : indexes)
        result.append(&m_directives[size_t(index)]);
    return result;
}

QList<const NginxDirective *> NginxConfig::children(const NginxDirective *block, const QString &name) const
{
    QList<const NginxDirective *> result;
    for (int index : block ? block->children : m_topLevel) {
        if (m_directives[size_t(index)].name == name)
            result.append(&m_directives[size_t(index)]);
    }
    return result;
}

const NginxDirective *NginxConfig::firstChild(const NginxDirective *block, const QString &name) const
{
    for (int index : block ? block->children : m_topLevel) {
        if (m_directives[size_t(index)].name == name)
            return &m_directives[size_t(index)];
    }
    return nullptr;
}

const NginxDirective *NginxConfig::lastChild(const NginxDirective *block, const QString &name) const
{
    const QList<int> &indexes = block ? block->children : m_topLevel;
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it) {
        if (m_directives[size_t(*it)].name == name)
            return &m_directives[size_t(*it)];
    }
    return nullptr;
}

QList<const NginxDirective *> NginxConfig::find(const QString &name) const
{
    // m_directives is in config order (pre-order, includes expanded in place).
    QList<const NginxDirective *> result;
    for (const NginxDirective &d : m_directives) {
        if (d.name == name)
            result.append(&d);
    }
    return result;
}

const NginxDirective *NginxConfig::parent(const NginxDirective &directive) const
{
    return directive.parent < 0 ? nullptr : &m_directives[size_t(directive.parent)];
}

QList<const NginxDirective *> NginxConfig::ancestors(const NginxDirective &directive) const
{
    QList<const NginxDirective *> result;
    for (const NginxDirective *p = parent(directive); p; p = parent(*p))
        result.append(p);
    return result;
}

const NginxDirective *NginxConfig::enclosing(const NginxDirective &directive, const QString &blockName) const
{
    for (const NginxDirective *p = parent(directive); p; p = parent(*p)) {
        if (p->name == blockName)
            return p;
    }
    return nullptr;
}

const NginxDirective *NginxConfig::includedBy(const NginxDirective &directive) const
{
    return directive.includedBy < 0 ? nullptr : &m_directives[size_t(directive.includedBy)];
}

QString NginxConfig::contextPath(const NginxDirective &directive) const
{
    QStringList parts;
    QList<const NginxDirective *> chain = ancestors(directive);
    std::reverse(chain.begin(), chain.end());
    if (directive.block)
        chain.append(&directive);
    for (const NginxDirective *block : std::as_const(chain)) {
        if (block->name == QLatin1String("server") && block->parent >= 0) {
            QStringList names;
            for (const NginxDirective *n : children(block, QStringLiteral("server_name")))
                names.append(n->args);
            parts.append(names.isEmpty()
                             ? block->name
                             : QStringLiteral("%1 (%2)").arg(block->name, names.join(QLatin1Char(' '))));
        } else if (block->args.isEmpty()) {
            parts.append(block->name);
        } else {
            parts.append(block->text());
        }
    }
    return parts.join(QLatin1String(" > "));
}

const NginxDirective *NginxConfig::http() const
{
    return firstChild(nullptr, QStringLiteral("http"));
}

QList<const NginxDirective *> NginxConfig::servers() const
{
    QList<const NginxDirective *> result;
    for (const NginxDirective *h : children(nullptr, QStringLiteral("http"))) {
        for (const NginxDirective *s : children(h, QStringLiteral("server"))) {
            if (s->block)
                result.append(s);
        }
    }
    return result;
}

QList<const NginxDirective *> NginxConfig::locations(const NginxDirective &block) const
{
    QList<const NginxDirective *> result;
    for (const NginxDirective *l : children(&block, QStringLiteral("location"))) {
        if (l->block)
            result.append(l);
    }
    return result;
}

} // namespace gd

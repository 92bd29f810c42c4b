#include "app/engine/ScratchConfig.h"

#include "app/config/NginxConfig.h"

#include <QSet>

#include <algorithm>

namespace gd {

QString ScratchConfig::applyEdits(const QString &file, QString &text, QList<FixAction> edits)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    std::sort(edits.begin(), edits.end(),
              [](const FixAction &a, const FixAction &b) { return a.line > b.line; });
    for (const FixAction &a : std::as_const(edits)) {
        if (a.line < 1 || a.line > lines.size())
            return ScratchConfig::tr("%1 has no line %2").arg(file).arg(a.line);
        QString &line = lines[a.line - 1];
        const bool crlf = line.endsWith(QLatin1Char('\r'));
        const QString body = crlf ? line.chopped(1) : line;
        if (body != a.oldText)
            return ScratchConfig::tr("line %1 of %2 does not read \"%3\"")
                .arg(a.line)
                .arg(file, a.oldText.trimmed());
        QString replaced = a.newText;
        if (crlf)
            replaced.replace(QLatin1Char('\n'), QStringLiteral("\r\n")).append(QLatin1Char('\r'));
        line = replaced;
    }
    text = lines.join(QLatin1Char('\n'));
    return {};
}

namespace {

// An nginx token that reads back as exactly `path`.
QString quoted(const QString &path)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString parentOf(const QString &path)
{
    return path.left(path.lastIndexOf(QLatin1Char('/')));
}

} // namespace

QString ScratchConfig::scratchPathOf(const QString &livePath) const
{
    if (livePath.startsWith(m_confDir))
        return m_root + QStringLiteral("/conf/") + livePath.mid(m_confDir.size());
    return m_root + QStringLiteral("/abs") + livePath;
}

Result<ScratchConfig, QString> ScratchConfig::build(const NginxConfig &config,
                                                    const QMap<QString, QString> &realPaths,
                                                    const QList<FixAction> &edits, const QString &root)
{
    ScratchConfig s;
    s.m_root = root;
    s.m_confDir = config.confPrefix();
    if (!s.m_confDir.startsWith(QLatin1Char('/')) || !root.startsWith(QLatin1Char('/')))
        return tr("the main config file has no absolute path");
    s.m_mainFile = s.scratchPathOf(config.mainFile());

    QSet<const FixAction *> placed;
    for (const QString &file : config.files()) {
        const QString real = realPaths.value(file, file);
        QList<FixAction> mine;
        for (const FixAction &a : edits) {
            if (a.kind == FixAction::Kind::Edit && (a.file == real || a.file == file)) {
                mine << a;
                placed.insert(&a);
            }
        }
        QString rewritten = config.fileText(file);
        if (const QString error = applyEdits(file, rewritten, mine); !error.isEmpty())
            return error;
        // Every include names the scratch copy of what it named, in place: same line.
        const NginxConfig alone = NginxConfig::fromText(file, rewritten);
        QList<NginxDirective::Span> spans;
        QStringList targets;
        for (int i = 0; i < alone.size(); ++i) {
            const NginxDirective &d = alone.directive(i);
            if (d.name != QLatin1String("include") || d.args.size() != 1 || d.argSpans.size() != 1 ||
                d.argSpans[0].begin < 0)
                continue;
            const QString pattern = d.args[0];
            spans << d.argSpans[0];
            targets << s.scratchPathOf(pattern.startsWith(QLatin1Char('/')) ? pattern
                                                                            : s.m_confDir + pattern);
        }
        for (qsizetype i = spans.size() - 1; i >= 0; --i) // from the end: earlier offsets stay valid
            rewritten.replace(spans[i].begin, spans[i].end - spans[i].begin, quoted(targets[i]));
        s.m_files.insert(s.scratchPathOf(file), rewritten.toUtf8());
    }
    for (const FixAction &a : edits) {
        if (a.kind == FixAction::Kind::Edit && !placed.contains(&a))
            return tr("%1 is not a file of the configuration nginx runs").arg(a.file);
    }

    QSet<QString> dirs;
    for (auto it = s.m_files.cbegin(); it != s.m_files.cend(); ++it) {
        for (QString dir = parentOf(it.key()); dir.size() > root.size(); dir = parentOf(dir))
            dirs.insert(dir);
    }
    s.m_directories = QStringList(dirs.cbegin(), dirs.cend());
    std::sort(s.m_directories.begin(), s.m_directories.end());
    const QString confRoot = root + QStringLiteral("/conf");
    for (const QString &dir : std::as_const(s.m_directories)) {
        if (dir == confRoot)
            s.m_mirrored.insert(dir, s.m_confDir.chopped(1).isEmpty() ? QStringLiteral("/")
                                                                      : s.m_confDir.chopped(1));
        else if (dir.startsWith(confRoot + QLatin1Char('/')))
            s.m_mirrored.insert(dir, s.m_confDir + dir.mid(confRoot.size() + 1));
    }
    return s;
}

QMap<QString, QStringList> ScratchConfig::linksFor(const QStringList &liveEntries) const
{
    QMap<QString, QString> scratchOfLive; // live dir -> scratch dir
    for (auto it = m_mirrored.cbegin(); it != m_mirrored.cend(); ++it)
        scratchOfLive.insert(it.value(), it.key());
    const QSet<QString> taken(m_directories.cbegin(), m_directories.cend());
    QMap<QString, QStringList> links;
    for (const QString &entry : liveEntries) {
        const QString liveDir = parentOf(entry).isEmpty() ? QStringLiteral("/") : parentOf(entry);
        const auto dir = scratchOfLive.constFind(liveDir);
        if (dir == scratchOfLive.cend())
            continue;
        const QString name = entry.mid(entry.lastIndexOf(QLatin1Char('/')) + 1);
        const QString mine = *dir + QLatin1Char('/') + name;
        if (name.isEmpty() || m_files.contains(mine) || taken.contains(mine))
            continue;
        links[*dir] << entry;
    }
    return links;
}

QString ScratchConfig::toLivePaths(const QString &text) const
{
    QString live = text;
    live.replace(m_root + QStringLiteral("/conf/"), m_confDir);
    live.replace(m_root + QStringLiteral("/abs/"), QStringLiteral("/"));
    return live;
}

} // namespace gd

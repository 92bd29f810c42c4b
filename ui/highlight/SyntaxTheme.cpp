#include "ui/highlight/SyntaxTheme.h"

#include "ui/highlight/DiffHighlighter.h"
#include "ui/widgets/StatusIcon.h"

#include <QTextDocument>

#ifdef GD_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace gd {

#ifdef GD_HAVE_KSYNTAXHIGHLIGHTING
namespace {
// Loading the repository reads every definition's header: once per process, and
// only when the first excerpt is shown (not at start-up).
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    static const bool once = [] {
        // Older KSyntaxHighlighting (KF5 5.103, Debian 12) has no nginx definition:
        // then ours from resources/syntax is added; a library that has one keeps its own.
        if (!repo.definitionForName(QStringLiteral("nginx")).isValid())
            repo.addCustomSearchPath(QStringLiteral(":/ksh"));
        return true;
    }();
    Q_UNUSED(once)
    return repo;
}
} // namespace
#endif

bool SyntaxTheme::available()
{
#ifdef GD_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QString SyntaxTheme::definitionForSource(const QString &source)
{
    if (source == QLatin1String("config"))
        return QStringLiteral("nginx");
    if (source == QLatin1String("diff"))
        return QStringLiteral("Diff");
    return {};
}

QObject *SyntaxTheme::attach(QTextDocument *document, const QString &definition, const QPalette &palette)
{
    // Diffs are coloured by us, with or without the library: added and removed
    // lines must stand out as clearly as our marks do, in both palettes.
    if (definition == QLatin1String("Diff"))
        return new DiffHighlighter(document, palette);
#ifdef GD_HAVE_KSYNTAXHIGHLIGHTING
    if (definition.isEmpty())
        return nullptr;
    const KSyntaxHighlighting::Definition def = repository().definitionForName(definition);
    if (!def.isValid())
        return nullptr;
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(repository().defaultTheme(StatusIcon::isDark(palette)
                                                        ? KSyntaxHighlighting::Repository::DarkTheme
                                                        : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(def);
    return highlighter;
#else
    Q_UNUSED(document)
    Q_UNUSED(definition)
    Q_UNUSED(palette)
    return nullptr;
#endif
}

} // namespace gd

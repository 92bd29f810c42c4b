#include "ui/highlight/DiffHighlighter.h"

#include "ui/widgets/StatusIcon.h"

namespace gd {

DiffHighlighter::DiffHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    // The status colours are picked to read on light and dark palettes alike.
    QColor added = StatusIcon::colour(CheckStatus::Pass, palette);
    QColor removed = StatusIcon::colour(CheckStatus::Fail, palette);
    m_added.setForeground(added);
    added.setAlphaF(0.12);
    m_added.setBackground(added);
    m_removed.setForeground(removed);
    removed.setAlphaF(0.12);
    m_removed.setBackground(removed);
    m_hunk.setForeground(palette.color(QPalette::Link));
    m_header.setFontWeight(QFont::Bold);
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")))
        setFormat(0, int(text.size()), m_header);
    else if (text.startsWith(QLatin1String("@@")))
        setFormat(0, int(text.size()), m_hunk);
    else if (text.startsWith(QLatin1Char('+')))
        setFormat(0, int(text.size()), m_added);
    else if (text.startsWith(QLatin1Char('-')))
        setFormat(0, int(text.size()), m_removed);
}

} // namespace gd

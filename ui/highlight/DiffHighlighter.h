#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>

namespace gd {

// A unified diff's own colours (added, removed, hunk and file headers) where
// KSyntaxHighlighting is not there: a diff must read at a glance either way.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    DiffHighlighter(QTextDocument *document, const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_added, m_removed, m_hunk, m_header;
};

} // namespace gd

#include "ui/highlight/LineMarks.h"

#include "ui/widgets/StatusIcon.h"

#include <QTextBlock>
#include <QTextDocument>

namespace gd {

QColor LineMarks::lineColour(const QPalette &palette, bool strong)
{
    QColor c = StatusIcon::isDark(palette) ? QColor(0xff, 0xc1, 0x07) : QColor(0xff, 0xb3, 0x00);
    c.setAlphaF(strong ? 0.18 : 0.08);
    return c;
}

QColor LineMarks::spanColour(const QPalette &palette)
{
    QColor c = StatusIcon::isDark(palette) ? QColor(0xff, 0xa0, 0x00) : QColor(0xff, 0xd5, 0x4f);
    c.setAlphaF(StatusIcon::isDark(palette) ? 0.45 : 0.75);
    return c;
}

QList<QTextEdit::ExtraSelection> LineMarks::selections(QTextDocument *document, const QList<LineMark> &marks,
                                                       int firstLine, const QPalette &palette)
{
    QList<QTextEdit::ExtraSelection> out;
    for (const LineMark &m : marks) {
        const QTextBlock block = document->findBlockByNumber(m.line - firstLine);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection line;
        line.cursor = QTextCursor(block);
        line.format.setBackground(lineColour(palette, m.strong));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        out << line;
        if (m.spanStart < 0 || m.spanLength <= 0 || m.spanStart >= block.length())
            continue;
        QTextEdit::ExtraSelection span;
        span.cursor = QTextCursor(block);
        span.cursor.setPosition(block.position() + m.spanStart);
        span.cursor.setPosition(block.position() + qMin(m.spanStart + m.spanLength, block.length() - 1),
                                QTextCursor::KeepAnchor);
        span.format.setBackground(spanColour(palette));
        span.format.setFontUnderline(true);
        span.format.setUnderlineColor(StatusIcon::colour(CheckStatus::Warn, palette));
        out << span;
    }
    return out;
}

} // namespace gd

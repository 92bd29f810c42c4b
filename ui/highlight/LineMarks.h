#pragma once

#include "ui/widgets/CodeView.h"

#include <QList>
#include <QPalette>
#include <QTextEdit>

class QTextDocument;

namespace gd {

// Gateway Doctor's own marks (not token colours): a tint on the lines that matter
// and a stronger, underlined background on the span that matters, in colours
// derived from the palette so they read in light and dark themes.
class LineMarks
{
public:
    static QList<QTextEdit::ExtraSelection> selections(QTextDocument *document, const QList<LineMark> &marks,
                                                       int firstLine, const QPalette &palette);
    static QColor lineColour(const QPalette &palette, bool strong);
    static QColor spanColour(const QPalette &palette);
};

} // namespace gd

#pragma once

#include "app/model/CheckResult.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QWidget;

namespace gd {

// ✓ / ⚠ / ✗ / – / ! as icons, painted as vectors at the screen's device pixel
// ratio (crisp on high-DPI screens without shipping bitmaps), in colours that
// read on both light and dark palettes.
class StatusIcon
{
public:
    static QIcon icon(CheckStatus status, const QPalette &palette);
    static QPixmap pixmap(CheckStatus status, int size, qreal devicePixelRatio, const QPalette &palette);
    static QColor colour(CheckStatus status, const QPalette &palette);
    // "Passed", "Warning", ... (translated), for labels and accessible names.
    static QString text(CheckStatus status);
    static bool isDark(const QPalette &palette);
    // Gives a widget (a notice, a warning box) a light background in the status's colour.
    static void tint(QWidget *widget, CheckStatus status, qreal alpha);
};

} // namespace gd

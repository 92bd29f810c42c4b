#pragma once

#include <QPalette>
#include <QString>

class QObject;
class QTextDocument;

namespace gd {

// Token colouring is KSyntaxHighlighting's job (it ships an nginx definition); this
// class only picks the definition and a theme that matches the palette (light or
// dark). Built without KSyntaxHighlighting, it does nothing and the excerpts keep
// only our own marks.
class SyntaxTheme
{
public:
    // Attaches a highlighter to `document` (owned by it) and returns it, or nullptr
    // when no definition by that name exists or the library is missing.
    // Names: "nginx", "Log File" ... as KSyntaxHighlighting calls them.
    static QObject *attach(QTextDocument *document, const QString &definition, const QPalette &palette);
    static bool available();
    // The definition for an Evidence source ("config", "nginx -t", "error_log", ...).
    static QString definitionForSource(const QString &source);
};

} // namespace gd

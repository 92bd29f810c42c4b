#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

// Line-level edits and lookups on config text, as the faults, the checks and the reference
// fix need them. Lines are compared exactly (indentation included) where an edit must hit
// one precise line, and trimmed where a check asks "is this still configured".
class TextLines
{
public:
    // 1-based numbers of the lines equal to `line` (exactly).
    static QList<int> find(const QString &text, const QString &line);
    // Replaces the one line equal to `oldLine` with `newText` (which may hold several
    // lines). Fails (returns false) when it is not there exactly once.
    static bool replaceLine(QString &text, const QString &oldLine, const QString &newText);
    // The 1-based number of the first non-comment line whose trimmed text equals the
    // trimmed `line`; 0 when none.
    static int findActive(const QString &text, const QString &line);
    // Non-comment lines whose first word is `name` ("name value;" or "name = value"):
    // (line number, the value text without ';' and quotes).
    struct Setting
    {
        int line = 0;
        QString value;
    };
    static QList<Setting> settings(const QString &text, const QString &name);
    static bool isComment(const QString &line);
};

} // namespace gd

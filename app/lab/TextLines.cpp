#include "app/lab/TextLines.h"

namespace gd {

QList<int> TextLines::find(const QString &text, const QString &line)
{
    QList<int> found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i) == line)
            found << i + 1;
    }
    return found;
}

bool TextLines::replaceLine(QString &text, const QString &oldLine, const QString &newText)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    int at = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i) == oldLine) {
            if (at >= 0)
                return false;
            at = i;
        }
    }
    if (at < 0)
        return false;
    lines[at] = newText;
    text = lines.join(QLatin1Char('\n'));
    return true;
}

bool TextLines::isComment(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';'));
}

int TextLines::findActive(const QString &text, const QString &line)
{
    const QString wanted = line.trimmed();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (!isComment(lines.at(i)) && lines.at(i).trimmed() == wanted)
            return i + 1;
    }
    return 0;
}

QList<TextLines::Setting> TextLines::settings(const QString &text, const QString &name)
{
    QList<Setting> found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (isComment(trimmed) || !trimmed.startsWith(name))
            continue;
        QString rest = trimmed.mid(name.size());
        if (rest.isEmpty() || !(rest.front().isSpace() || rest.front() == QLatin1Char('=')))
            continue;
        rest = rest.trimmed();
        if (rest.startsWith(QLatin1Char('=')))
            rest = rest.mid(1).trimmed();
        if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0)
            rest = rest.left(hash).trimmed();
        if (rest.endsWith(QLatin1Char(';')))
            rest.chop(1);
        rest = rest.trimmed();
        if (rest.size() >= 2 && (rest.front() == QLatin1Char('"') || rest.front() == QLatin1Char('\'')) &&
            rest.back() == rest.front())
            rest = rest.mid(1, rest.size() - 2);
        found << Setting{i + 1, rest};
    }
    return found;
}

} // namespace gd

#include "app/cli/DurationText.h"

namespace gd {

std::optional<qint64> DurationText::parseSeconds(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    qint64 unit = 1;
    QString number = t;
    const QChar last = t.back();
    if (last.isLetter()) {
        number.chop(1);
        switch (last.toLower().unicode()) {
        case 's':
            unit = 1;
            break;
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        case 'w':
            unit = 7 * 86400;
            break;
        default:
            return std::nullopt;
        }
    }
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    if (!ok || value <= 0 || value > 10LL * 365 * 86400 / unit)
        return std::nullopt;
    return value * unit;
}

} // namespace gd

#include "app/config/NginxDuration.h"

namespace gd {

namespace {

struct Unit
{
    const char *suffix;
    qint64 ms;
};
// Largest first: the order nginx insists on. "m" must be tried after "ms".
constexpr Unit kUnits[] = {
    {"y", 365LL * 24 * 3600 * 1000},
    {"M", 30LL * 24 * 3600 * 1000},
    {"w", 7LL * 24 * 3600 * 1000},
    {"d", 24LL * 3600 * 1000},
    {"h", 3600LL * 1000},
    {"m", 60LL * 1000},
    {"s", 1000},
    {"ms", 1},
};
constexpr int kUnitCount = int(sizeof(kUnits) / sizeof(kUnits[0]));
// Ten years is far beyond any sane timeout and keeps every sum far from overflow.
constexpr qint64 kMaxMs = 10LL * 365 * 24 * 3600 * 1000;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// Reads the digits at text[i] into `value`, moving i past them. False as soon as
// the value goes past kMaxMs.
bool readDigits(const QString &text, int &i, qint64 &value)
{
    value = 0;
    while (i < text.size() && isAsciiDigit(text.at(i))) {
        value = value * 10 + (text.at(i).unicode() - '0');
        if (value > kMaxMs)
            return false;
        ++i;
    }
    return true;
}

// The unit that starts at text[i], as an index into kUnits; -1 when none does.
int unitAt(const QString &text, int i)
{
    for (int u = 0; u < kUnitCount; ++u) {
        const QLatin1String suffix(kUnits[u].suffix);
        if (QStringView(text).mid(i).startsWith(suffix) &&
            !(u == 5 && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('s'))) { // "ms" is not "m"
            return u;
        }
    }
    return -1;
}

} // namespace

NginxDuration NginxDuration::fromMilliseconds(qint64 ms)
{
    NginxDuration d;
    d.m_ms = ms < 0 ? 0 : ms;
    return d;
}

Result<NginxDuration, ConfigError> NginxDuration::parse(const QString &text)
{
    return parseImpl(text, false);
}

Result<NginxDuration, ConfigError> NginxDuration::fromConfig(const QString &text)
{
    return parseImpl(text, true);
}

Result<NginxDuration, ConfigError> NginxDuration::parseImpl(const QString &text, bool allowSpaces)
{
    auto invalid = [&text](const QString &why) {
        return ConfigError(
            ConfigErrorKind::InvalidValue,
            tr("\"%1\" is not a valid nginx time. Use a number with a unit, like 60s, 2m, 1h30m or 500ms.")
                .arg(text.left(80)),
            why);
    };
    if (text.isEmpty())
        return invalid(QStringLiteral("empty"));
    qint64 total = 0;
    int lastUnit = -1;
    int i = 0;
    const int n = int(text.size());
    bool bare = false;
    while (i < n) {
        if (allowSpaces && text.at(i) == QLatin1Char(' ') && i > 0) {
            ++i;
            continue;
        }
        if (bare)
            return invalid(QStringLiteral("a number without unit must be the whole value"));
        const int digitsStart = i;
        qint64 value = 0;
        if (!readDigits(text, i, value))
            return invalid(QStringLiteral("too large"));
        if (i == digitsStart)
            return invalid(QStringLiteral("expected a digit at %1").arg(i));
        if (i == n) {
            if (lastUnit >= 0)
                return invalid(QStringLiteral("missing unit after the last number"));
            total = value * 1000; // a bare number is seconds
            bare = true;
            continue;
        }
        const int unit = unitAt(text, i);
        if (unit < 0)
            return invalid(QStringLiteral("unknown unit at %1").arg(i));
        if (unit <= lastUnit)
            return invalid(QStringLiteral("units must go from largest to smallest, each once"));
        lastUnit = unit;
        i += int(qstrlen(kUnits[unit].suffix));
        if (value > kMaxMs / kUnits[unit].ms)
            return invalid(QStringLiteral("too large"));
        total += value * kUnits[unit].ms;
        if (total > kMaxMs)
            return invalid(QStringLiteral("too large"));
    }
    return fromMilliseconds(total);
}

QString NginxDuration::toString() const
{
    // One unit, the largest that divides exactly: "75s", "90m", "1500ms", "24h".
    // Always a value parse() accepts again.
    const Unit units[] = {{"h", 3600LL * 1000}, {"m", 60LL * 1000}, {"s", 1000}, {"ms", 1}};
    if (m_ms == 0)
        return QStringLiteral("0s");
    for (const Unit &u : units) {
        if (m_ms % u.ms == 0)
            return QString::number(m_ms / u.ms) + QLatin1String(u.suffix);
    }
    return QString::number(m_ms) + QLatin1String("ms");
}

} // namespace gd

#pragma once

#include "app/config/ConfigError.h"

#include "remote/Result.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

// An nginx time value ("75s", "2m", "1h30m", "500ms", "60" = seconds), as
// ngx_parse_time() reads it: units y M w d h m s ms, each at most once, largest first.
//
// parse() is the one validator for durations typed by users (the one-click fix writes
// them into config files): a clean value or an error, nothing in between. Anything
// that could smuggle more config ("75s; include ...", line breaks, "$(...)", quotes,
// spaces, signs, non-ASCII digits) is refused.
class NginxDuration
{
    Q_DECLARE_TR_FUNCTIONS(NginxDuration)
public:
    NginxDuration() = default;
    static NginxDuration fromMilliseconds(qint64 ms);

    static Result<NginxDuration, ConfigError> parse(const QString &text);
    // As nginx reads a config value, which also allows spaces between the parts
    // ("1h 30m" when quoted). Not for user input.
    static Result<NginxDuration, ConfigError> fromConfig(const QString &text);

    qint64 milliseconds() const { return m_ms; }
    double seconds() const { return double(m_ms) / 1000.0; }
    // A clean spelling in one unit: "75s", "2m", "90m", "500ms".
    QString toString() const;

    friend bool operator==(const NginxDuration &a, const NginxDuration &b) { return a.m_ms == b.m_ms; }
    friend bool operator<(const NginxDuration &a, const NginxDuration &b) { return a.m_ms < b.m_ms; }

private:
    static Result<NginxDuration, ConfigError> parseImpl(const QString &text, bool allowSpaces);
    qint64 m_ms = 0;
};

} // namespace gd

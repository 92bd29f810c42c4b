#pragma once

#include <QString>

namespace gd {

// Something our parser could not make sense of. Never a verdict on validity:
// nginx (`nginx -t`, by exit code) decides that. The parse continues past it.
struct ConfigIssue
{
    enum class Severity
    {
        Warning,
        Error
    };
    Severity severity = Severity::Warning;
    QString file;
    int line = 0;
    QString message; // translated

    QString location() const { return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file; }
};

} // namespace gd

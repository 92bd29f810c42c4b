#pragma once

#include "app/probes/ProbeError.h"
#include "app/probes/ProbeOutput.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// Byte-level helpers every probe parser shares: outputs come from other machines,
// so they may be empty, truncated, binary or not UTF-8, and none of that may crash us.
class ProbeText
{
public:
    // NUL bytes, or mostly control bytes: not the text output of a tool.
    static bool looksBinary(const QByteArray &bytes);
    // Lines without their line ends (\n or \r\n); invalid UTF-8 becomes U+FFFD.
    static QStringList lines(const QByteArray &bytes);
    // Splits on runs of spaces/tabs.
    static QStringList fields(const QString &line);
    // The shell (or our runner) said the program does not exist: exit 127 with
    // "not found" / "command not found", or "No such file or directory" for the program.
    static bool commandNotFound(const ProbeOutput &output, const QString &program);
    // Text that says root is needed ("must be root", "Permission denied", "Operation not permitted").
    static bool needsRoot(const QByteArray &stdErr);
    // Common checks before parsing: binary and missing-command outputs.
    static std::optional<ProbeError> precheck(const ProbeOutput &output, const QString &program);
    // First non-empty line of stderr, trimmed (for error details).
    static QString firstLine(const QByteArray &bytes);
};

} // namespace gd

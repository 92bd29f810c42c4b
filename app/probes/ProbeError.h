#pragma once

#include <QCoreApplication>
#include <QString>

namespace gd {

// Why a probe's output could not be turned into a value. The message is for a
// junior admin (translated); `detail` keeps the raw text for the transcript.
class ProbeError
{
    Q_DECLARE_TR_FUNCTIONS(ProbeError)
public:
    enum class Kind
    {
        None,
        Empty,            // the command printed nothing we could use
        Binary,           // the output is not text (wrong file, corrupted transfer)
        Malformed,        // text, but not in the shape this parser knows
        CommandMissing,   // the program is not installed there (shell said "not found", exit 127)
        PermissionDenied, // the program needs root (or the file is unreadable)
        NoSystemd,        // systemctl exists but systemd is not PID 1 / no bus
        Unsupported,      // the tool refused (kernel without nftables, old curl, ...)
        InvalidArgument,  // we refused to build the command from this input
    };

    ProbeError() = default;
    ProbeError(Kind kind, QString message, QString detail = {})
        : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail))
    {
    }

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static QString kindName(Kind kind);

    // Shared wording so every probe says the same thing for the same situation.
    static ProbeError empty(const QString &tool);
    static ProbeError binary(const QString &tool);
    static ProbeError malformed(const QString &tool, const QString &detail);
    static ProbeError commandMissing(const QString &tool, const QString &detail);
    static ProbeError permissionDenied(const QString &tool, const QString &detail);
    static ProbeError invalidArgument(const QString &what, const QString &detail);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_detail;
};

} // namespace gd

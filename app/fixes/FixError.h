#pragma once

#include <QCoreApplication>
#include <QString>

#include "remote/RemoteError.h"

namespace gd {

// Why a fix was refused, failed or was rolled back. `message` is for a junior admin
// (translated); `file`/`line` point at the config place it is about (nginx -t's message,
// the directive we refused to touch); `detail` keeps raw output for the transcript.
class FixError
{
public:
    enum class Kind
    {
        None,
        InvalidValue, // not a duration/size/buffers nginx accepts, or hostile text
        NotAllowed,   // the directive is not on the allowlist
        Inconsistent, // the values together break one of nginx's rules (busy buffers ...)
        NotFound,     // the block or directive is not where the config said
        FileChanged,  // the file differs from what was read (someone else edited it)
        ReadFailed,
        WriteFailed,      // read-only file or directory, disk full, no permission
        NeedsRoot,        // no permission and no sudo
        ConfigTestFailed, // nginx -t (or php-fpm -t) refused the edited config: restored
        ReloadFailed,     // the reload was refused or not confirmed: restored
        ProbeWorse,       // the failing URL got worse after the change: restored
        ConnectionLost,   // mid-cycle; the armed server-side rollback takes over
        Cancelled,
        NotConfirmed, // the user did not confirm the diff
        Unsupported,  // no service manager, no nginx binary ...
    };

    FixError() = default;
    FixError(Kind kind, QString message, QString detail = {})
        : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail))
    {
    }

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    const QString &file() const { return m_file; }
    int line() const { return m_line; }
    FixError &at(const QString &file, int line)
    {
        m_file = file;
        m_line = line;
        return *this;
    }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // A transport error in fix terms: a dropped connection, missing root, a file that
    // changed or is read-only keep their meaning; anything else becomes `fallback`.
    static FixError fromRemote(const RemoteError &error, Kind fallback, const QString &what);
    static bool isConnectionLoss(const RemoteError &error);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_detail;
    QString m_file;
    int m_line = 0;
};

} // namespace gd

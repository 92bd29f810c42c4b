#pragma once

#include "remote/Error.h"

#include <QCoreApplication>
#include <QString>

#include "remote/RemoteError.h"

namespace gd {

enum class FixErrorKind
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
    DidNotHelp,       // the failing URL still answers 502/504 after the change: restored
    ConnectionLost,   // mid-cycle; the armed server-side rollback takes over
    Cancelled,
    NotConfirmed, // the user did not confirm the diff
    Unsupported,  // no service manager, no nginx binary ...
};

// Why a fix was refused, failed or was rolled back. `message` is for a junior admin
// (translated); `file`/`line` point at the config place it is about (nginx -t's message,
// the directive we refused to touch); `detail` keeps raw output for the transcript.
class FixError : public Error<FixErrorKind>
{
public:
    using Error::Error;

    // The config place the error is about.
    FixError &at(const QString &file, int line)
    {
        setPlace(file, line);
        return *this;
    }

    // A transport error in fix terms: a dropped connection, missing root, a file that
    // changed or is read-only keep their meaning; anything else becomes `fallback`.
    static FixError fromRemote(const RemoteError &error, Kind fallback, const QString &what);
};

} // namespace gd

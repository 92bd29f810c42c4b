#pragma once

#include "remote/Error.h"
#include "remote/RemoteError.h"

#include <QString>

namespace gd {

enum class LabErrorKind
{
    None,
    NotALabHost,    // over SSH without /etc/gateway-doctor/lab
    Unavailable,    // the scenario needs what this machine lacks (root, php-fpm, nft, ...)
    NoLab,          // no lab runs (practice status/check/... before start)
    AlreadyRuns,    // a lab runs already: practice stop first
    BadScenario,    // a scenario file that does not parse or refers to nothing
    UnknownId,      // no scenario with that id
    SymptomNotReal, // the injected fault did not break the site as designed: undone
    SetupFailed,    // nginx or an app did not start, a file could not be written
    Transport,      // the machine could not be reached or a command could not run
    Refused,        // an action outside what the lab allows
    Failed,         // anything else, see message
};

// Why a practice-lab operation could not be done, worded for the trainee or instructor
// (translated where it is built); `detail` keeps raw output (nginx -t, a helper's stderr).
class LabError : public Error<LabErrorKind>
{
public:
    using Error::Error;

    static LabError fromRemote(const RemoteError &error)
    {
        return LabError(Kind::Transport, error.message(), error.detail());
    }

    // The message plus the detail's last lines (nginx -t's complaint), for the CLI.
    QString toString() const
    {
        if (detail().isEmpty())
            return message();
        return message() + QLatin1Char('\n') + detail().trimmed().right(2000);
    }
};

} // namespace gd

#pragma once

#include "remote/RemoteError.h"

#include <QString>

namespace gd {

// Why a practice-lab operation could not be done, worded for the trainee or instructor
// (translated where it is built); `detail` keeps raw output (nginx -t, a helper's stderr).
class LabError
{
public:
    enum class Kind
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

    LabError() = default;
    LabError(Kind kind, QString message, QString detail = {})
        : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail))
    {
    }
    static LabError fromRemote(const RemoteError &error)
    {
        return LabError(Kind::Transport, error.message(), error.detail());
    }

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // "message" plus the detail's last lines, for the CLI.
    QString toString() const
    {
        if (m_detail.isEmpty())
            return m_message;
        return m_message + QLatin1Char('\n') + m_detail.trimmed().right(2000);
    }

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_detail;
};

} // namespace gd

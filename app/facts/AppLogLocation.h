#pragma once

#include "app/probes/AppServerSettings.h"
#include "app/probes/ProcessLinks.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

// Where an application server's own log is, and how we know: the file its flag or
// config names, else the file its stderr (or stdout) is open on, else its systemd
// unit's journal (stderr on a socket under systemd). When none can be found, how to
// make one (the exact flag).
struct AppLogLocation
{
    Q_DECLARE_TR_FUNCTIONS(gd::AppLogLocation)
public:
    enum class Kind
    {
        None,
        File,
        Journal,
    };
    enum class Found
    {
        Nowhere,
        Setting, // --error-logfile, --logto, errorlog = ... (settings.logFile's source)
        Stderr,  // /proc/PID/fd/2
        Stdout,  // /proc/PID/fd/1
        Unit,    // journalctl -u UNIT
    };

    Kind kind = Kind::None;
    Found found = Found::Nowhere;
    QString path; // the file, or the unit
    QString how;  // "from --error-logfile on its command line", "where its stderr goes (/proc/4121/fd/2)"

    // `unit`: the systemd service it runs in (empty when none).
    static AppLogLocation of(qint64 pid, const AppServerSettings &settings, const ProcessLinks &links,
                             const QString &unit);
    // What to do when there is none: "start gunicorn with --error-logfile ...".
    static QString howToMakeOne(const AppServerSettings &settings);
};

} // namespace gd

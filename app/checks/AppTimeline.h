#pragma once

#include "app/checks/Check.h"
#include "app/model/Finding.h"

#include <optional>

namespace gd {

// One timeline of nginx's error log and the app server's own log: what the app says
// happened at the times nginx lost the connection to it. A worker killed for its own
// time limit, a crash, an exception: the finding cites both lines ("nginx: upstream
// prematurely closed connection at 10:42:07" + "gunicorn: WORKER TIMEOUT (pid 4121) at
// 10:42:07") and names the app's setting that decides, not nginx's.
class AppTimeline
{
    Q_DECLARE_TR_FUNCTIONS(gd::AppTimeline)
public:
    // The app server that owns the socket of `upstream` ("127.0.0.1:8000",
    // "unix:/run/app.sock"), when one does.
    static const ParsedAppServer *serverFor(const ParsedFacts &parsed, const QString &upstream);
    // Its events at the times of the group's lines (a few seconds either side).
    static QList<const AppEvent *> eventsNear(const ParsedAppServer &server, const ErrorLogGroup &group);

    // The finding for a group of dropped connections that the app's own log explains;
    // nullopt when it does not (then the group's own finding stands).
    static std::optional<Finding> explain(const CheckInput &in, const QString &logPath,
                                          const ErrorLogGroup &group, const QString &label,
                                          const QList<Evidence> &nginxEvidence);

    // The app's line as evidence, its message highlighted.
    static Evidence evidenceOf(const ParsedAppServer &server, const AppEvent &event);
    // "gunicorn's --timeout (2 s, command line)": a limit and where it is set.
    static QString limitText(const AppServerSettings &settings);
    // "set on its command line", "set at /etc/uwsgi/app.ini:7", "not set: 30 s is its built-in default".
    static QString whereSet(const AppServerSettings::Value &value);
    // The nginx read timeout that applies to `upstream`: "proxy_read_timeout 60s (default)".
    static QString nginxReadTimeout(const CheckInput &in, const QString &upstream, double *seconds = nullptr);
};

} // namespace gd

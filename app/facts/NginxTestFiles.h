#pragma once

#include "app/config/NginxConfig.h"

#include <QByteArray>
#include <QStringList>

namespace gd {

// What `nginx -t` / `nginx -T` writes although it only tests its configuration
// (ngx_init_cycle with ngx_test_config): it creates the pid file (empty), opens
// every error_log and access_log file the configuration names (creating the
// missing ones) and makes every missing temp and cache folder (ngx_create_paths,
// owned by the worker user). No option keeps it from doing so, and as any user
// but root it fails on the pid file. So the diagnosis lists which of these paths
// are missing before it runs nginx -T, looks again after, and says in the
// transcript what appeared ("nginx -T created /var/log/nginx/error.log").
class NginxTestFiles
{
public:
    // Every path nginx -T may create for this configuration (nullptr: only the
    // compiled-in ones), absolute (relative ones are nginx's prefix's). Paths with
    // variables, pipes and streams (stderr, syslog:, memory:, /dev/) are left out.
    static QStringList candidates(const NginxConfig *config, const QString &prefix,
                                  const QString &configureArguments);
    // Prints each of `paths` that does not exist, one per line.
    static QStringList missingCommand(const QStringList &paths);
    // Prints "nginx -T created PATH" for each of `paths` that exists now.
    static QStringList createdCommand(const QStringList &paths);
    // The lines of either command's output: the paths, and the created paths.
    static QStringList missing(const QByteArray &output);
    static QStringList created(const QByteArray &output);
};

} // namespace gd

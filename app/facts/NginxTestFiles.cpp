#include "app/facts/NginxTestFiles.h"

#include "app/facts/Facts.h"
#include "remote/ByteText.h"

namespace gd {

namespace {

const QString kCreatedPrefix = QStringLiteral("nginx -T created ");

// Files and folders are tested as they are named: a dangling symlink counts as
// present, as nginx would not create anything in its place either.
const QString kMissingScript = QStringLiteral(
    "for p in \"$@\"; do [ -e \"$p\" ] || [ -L \"$p\" ] || printf '%s\\n' \"$p\"; done; exit 0");
const QString kCreatedScript = QStringLiteral(
    "for p in \"$@\"; do if [ -e \"$p\" ] || [ -L \"$p\" ]; then printf 'nginx -T created %s\\n' \"$p\"; fi; "
    "done; exit 0");

QString configureValue(const QString &configureArguments, const QString &name)
{
    for (const QString &word : configureArguments.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.startsWith(name + QLatin1Char('=')))
            return word.mid(name.size() + 1);
    }
    return QString();
}

bool isFilePath(const QString &path)
{
    return !path.isEmpty() && !path.contains(QLatin1Char('$')) && path != QLatin1String("stderr") &&
           path != QLatin1String("off") && !path.startsWith(QLatin1String("syslog:")) &&
           !path.startsWith(QLatin1String("memory:")) && !path.startsWith(QLatin1String("/dev/"));
}

} // namespace

QStringList NginxTestFiles::candidates(const NginxConfig *config, const QString &prefix,
                                       const QString &configureArguments)
{
    QStringList paths;
    auto add = [&](const QString &path) {
        if (!isFilePath(path))
            return;
        const QString absolute = Facts::absolutePath(prefix, path);
        if (!paths.contains(absolute))
            paths << absolute;
    };
    // The compiled-in defaults (nginx -V), with nginx's own defaults when not given:
    // the start-up error log, the pid file, the default access log and temp folders.
    const struct
    {
        const char *option;
        const char *fallback;
    } compiled[] = {
        {"--error-log-path", "logs/error.log"},   {"--pid-path", "logs/nginx.pid"},
        {"--http-log-path", "logs/access.log"},   {"--http-client-body-temp-path", "client_body_temp"},
        {"--http-proxy-temp-path", "proxy_temp"}, {"--http-fastcgi-temp-path", "fastcgi_temp"},
        {"--http-uwsgi-temp-path", "uwsgi_temp"}, {"--http-scgi-temp-path", "scgi_temp"},
    };
    for (const auto &c : compiled) {
        const QString value = configureValue(configureArguments, QLatin1String(c.option));
        add(value.isEmpty() ? QLatin1String(c.fallback) : value);
    }
    if (!config)
        return paths;
    static const QStringList named{
        QStringLiteral("pid"),
        QStringLiteral("error_log"),
        QStringLiteral("access_log"),
        QStringLiteral("client_body_temp_path"),
        QStringLiteral("proxy_temp_path"),
        QStringLiteral("fastcgi_temp_path"),
        QStringLiteral("uwsgi_temp_path"),
        QStringLiteral("scgi_temp_path"),
        QStringLiteral("proxy_cache_path"),
        QStringLiteral("fastcgi_cache_path"),
        QStringLiteral("uwsgi_cache_path"),
        QStringLiteral("scgi_cache_path"),
    };
    for (const QString &name : named) {
        for (const NginxDirective *d : config->find(name))
            add(d->arg(0));
    }
    return paths;
}

QStringList NginxTestFiles::missingCommand(const QStringList &paths)
{
    return QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), kMissingScript,
                       QStringLiteral("gd")} +
           paths;
}

QStringList NginxTestFiles::createdCommand(const QStringList &paths)
{
    return QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), kCreatedScript,
                       QStringLiteral("gd")} +
           paths;
}

QStringList NginxTestFiles::missing(const QByteArray &output)
{
    QStringList paths;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.isEmpty())
            paths << utf8Text(line);
    }
    return paths;
}

QStringList NginxTestFiles::created(const QByteArray &output)
{
    QStringList paths;
    for (const QString &line : missing(output)) {
        if (line.startsWith(kCreatedPrefix))
            paths << line.mid(kCreatedPrefix.size());
    }
    return paths;
}

} // namespace gd

#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gd {

// One `key = value` line of a PHP-FPM config file.
struct PhpFpmValue
{
    QString key;   // "listen", "pm.max_children", "php_admin_value[error_log]"
    QString value; // unquoted, inline comment removed
    QString file;
    int line = 0;
    QString raw; // the whole line as written (without its line ending), for exact edits

    QString location() const { return QStringLiteral("%1:%2").arg(file).arg(line); }
};

// One pool section ([www]) of PHP-FPM, with php-fpm's defaults for what we read.
struct PhpFpmPool
{
    QString name;
    QString file;
    int line = 0;
    QList<PhpFpmValue> values; // in file order

    // The last assignment wins, as in php-fpm; "$pool" expands to the pool's name.
    std::optional<PhpFpmValue> value(const QString &key) const;
    QString get(const QString &key, const QString &fallback = QString()) const;

    QString listen() const { return get(QStringLiteral("listen")); }
    bool listensOnSocket() const { return listen().startsWith(QLatin1Char('/')); }
    // php-fpm's defaults: owner/group = the pool's user/group, mode 0660.
    QString listenOwner() const { return get(QStringLiteral("listen.owner"), get(QStringLiteral("user"))); }
    QString listenGroup() const
    {
        return get(QStringLiteral("listen.group"), get(QStringLiteral("group"), get(QStringLiteral("user"))));
    }
    QString listenMode() const { return get(QStringLiteral("listen.mode"), QStringLiteral("0660")); }
    QString pm() const { return get(QStringLiteral("pm"), QStringLiteral("dynamic")); }
    int maxChildren() const { return get(QStringLiteral("pm.max_children")).toInt(); } // required by php-fpm
    QString statusPath() const { return get(QStringLiteral("pm.status_path")); }
    // "0" (the default) means no limit; php-fpm takes s/m/h/d suffixes.
    QString requestTerminateTimeout() const
    {
        return get(QStringLiteral("request_terminate_timeout"), QStringLiteral("0"));
    }
    int listenBacklog() const { return get(QStringLiteral("listen.backlog"), QStringLiteral("511")).toInt(); }
    // The kernel's queue in front of the children: below this (0 is common in copied
    // configs) a burst is refused at once however many children there are.
    static constexpr int smallBacklog() { return 128; }
    static constexpr int defaultBacklog()
    {
        return 511;
    } // the value php-fpm's sample pool file documents (-1 on Linux: the kernel's limit)
    bool backlogTooSmall() const
    {
        return listenBacklog() < smallBacklog() || listenBacklog() < maxChildren();
    }
};

} // namespace gd

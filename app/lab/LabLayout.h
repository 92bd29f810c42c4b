#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gd {

// Where things live inside a lab directory: Debian's layout under the lab's own root
// (etc/nginx/nginx.conf -> sites-enabled/x -> sites-available/x, conf.d/, var/log/nginx,
// run/, etc/php/<version>/fpm/pool.d/), so what the trainee reads looks like a server.
// Paths are relative to the lab directory unless a function says otherwise.
class LabLayout
{
public:
    static QString nginxConf() { return QStringLiteral("etc/nginx/nginx.conf"); }
    static QString confD() { return QStringLiteral("etc/nginx/conf.d"); }
    static QString sitesAvailable(const QString &site = {});
    static QString sitesEnabled(const QString &site = {});
    static QString fastcgiParams() { return QStringLiteral("etc/nginx/fastcgi_params"); }
    static QString errorLog() { return QStringLiteral("var/log/nginx/error.log"); }
    static QString accessLog() { return QStringLiteral("var/log/nginx/access.log"); }
    static QString nginxPid() { return QStringLiteral("run/nginx.pid"); }
    static QString nginxStderr() { return QStringLiteral("var/log/nginx/nginx.stderr"); }
    static QString appConf(const QString &app) { return QStringLiteral("etc/%1/%1.conf").arg(app); }
    static QString appLog(const QString &app) { return QStringLiteral("var/log/%1.log").arg(app); }
    static QString phpDir(const QString &version) { return QStringLiteral("etc/php/%1/fpm").arg(version); }
    static QString phpFpmConf(const QString &version)
    {
        return phpDir(version) + QStringLiteral("/php-fpm.conf");
    }
    static QString phpPool(const QString &version)
    {
        return phpDir(version) + QStringLiteral("/pool.d/www.conf");
    }
    static QString phpLog(const QString &version)
    {
        return QStringLiteral("var/log/php%1-fpm.log").arg(version);
    }
    static QString phpSockDir() { return QStringLiteral("run/php"); }
    static QString gunicornConf(const QString &app)
    {
        return QStringLiteral("etc/gunicorn/%1.conf.py").arg(app);
    }
    static QString appDir(const QString &app) { return QStringLiteral("srv/%1").arg(app); }
    static QString state() { return QStringLiteral("practice/state.json"); }
    // What the trainee may change and what "nothing deleted" compares: the config trees
    // and the sites' files.
    static QStringList watchedTrees() { return {QStringLiteral("etc"), QStringLiteral("srv")}; }

    // The directories every lab has, in creation order.
    static QStringList directories();
    // nginx.conf as Debian ships it, pointed at the lab. workerUser empty: no `user` line
    // (nginx runs as whoever starts it).
    static QByteArray nginxConfText(const QString &labDir, const QString &workerUser);
    // The lab's own copy of fastcgi_params (the system's /etc/nginx is never read).
    static QByteArray fastcgiParamsText();
    // php-fpm.conf's [global] section for the lab.
    static QByteArray phpFpmConfText(const QString &labDir, const QString &version);
    // The arguments every nginx command of the lab needs: its prefix, its error log from
    // the first moment (so nginx never opens the system's log), its config.
    static QStringList nginxArguments(const QString &labDir);
};

} // namespace gd

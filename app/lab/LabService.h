#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gd {

// One program the lab runs under its supervisor: nginx, an app, php-fpm, gunicorn, a load.
struct LabService
{
    QString name; // "nginx", or the app's name
    QString kind; // nginx, upstream, php-fpm, gunicorn, load
    QStringList argv;
    QString cwd = QStringLiteral("."); // relative to the lab
    QString log;                       // stdout and stderr, relative to the lab
    QString readyFile;                 // relative; where readiness shows
    QString readyText;                 // ... as this text, written after the start
    QString failText;                  // ... or this one, which means it failed (nginx: [emerg])
    QString reloadSignal;              // HUP, USR2, ... (empty: restart)
    QString stopSignal = QStringLiteral("TERM");
    int stopGraceMs = 3000;
    bool startAtLabStart = true;

    QJsonObject toJson() const;
    static LabService fromJson(const QJsonObject &json);
};

} // namespace gd

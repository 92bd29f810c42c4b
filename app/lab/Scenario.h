#pragma once

#include "app/lab/LabError.h"
#include "remote/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gd {

// One randomised parameter of a scenario (resolved per run by ScenarioParams).
struct ScenarioParam
{
    enum class Kind
    {
        OneOf,     // "one_of": [...]
        Range,     // "range": [low, high], an integer
        Port,      // "port": true, a free loopback port
        QuietPort, // "quiet_port": true, a free port with no listener within 10 ports
        Near,      // "near": "app_port", "offset": [low, high]: that port plus an offset, free
        Token,     // "token": true, random hex
    };
    QString name;
    Kind kind = Kind::OneOf;
    QStringList choices;
    int low = 0;
    int high = 0;
    QString base; // Near: the parameter it is near
};

// A program the lab runs as an upstream ("app"): its kind decides the binary, the config
// file the lab writes from `settings`, and how readiness shows.
struct ScenarioApp
{
    QString name; // service name, e.g. "app", "php-fpm", "export-job"
    // upstream: gateway-doctor-lab-upstream with etc/<name>/<name>.conf ("key = value")
    // php-fpm:  the installed php-fpm with etc/php/<ver>/fpm/{php-fpm.conf,pool.d/www.conf}
    // gunicorn: gunicorn with etc/gunicorn/<name>.conf.py and the WSGI module `module`
    // load:     gateway-doctor-lab-upstream --mode load against `target` (a path on the site)
    QString kind;
    QStringList settings; // the config file's lines (upstream: key = value; php-fpm: the pool)
    QString module;       // gunicorn: "app:application"
    QString target;       // load: the path it keeps requesting, e.g. "/export.php"
    int concurrency = 4;  // load
    QString readyLog;     // load: ready once a log shows this (the load has built up) ...
    QString readyLogFile; // ... in this file (relative to the lab; default: nginx's error log)
    bool start = true;    // false: the lab writes its config but does not start it
};

// An nginx site in sites-available/<name>, linked from sites-enabled unless disabled.
struct ScenarioSite
{
    QString name;
    QStringList lines;
    bool enabled = true;
};

struct ScenarioHint
{
    QString question; // level 1: a question that points at the evidence
    QString where;    // level 2: where to look
    QString answer;   // level 3: the answer
};

// What the fault must visibly do before the trainee gets the lab.
struct ScenarioSymptom
{
    int status = 502;        // the HTTP status through nginx; 0: no HTTP answer at all
    QString log;             // text of the characteristic error-log line (empty: none)
    QString logFile;         // relative to the lab; empty: nginx's error log
    double probeSeconds = 0; // how long one probe may take (0: 10 s for a 504, else 4 s)
};

// What "fixed" means. Always also: every fault's own check, and nothing deleted.
struct ScenarioSuccess
{
    int probes = 10;       // the URL answers `status` this many times in a row
    int status = 200;      // with the app's own body (its token), not a stand-in page
    bool nginxTest = true; // nginx -t passes
    bool answer = false;   // the trainee named the expected cause (the healthy control)
};

// A practice scenario as written in resources/practice/<id>.json. Texts may contain
// {param} placeholders; they are expanded per run.
struct Scenario
{
    QString id;
    QString title;
    int difficulty = 1; // 1 easy, 2 medium, 3 hard
    int parMinutes = 10;
    QString cause;     // a cause code, or "none" for the healthy control
    QStringList needs; // root, php-fpm, gunicorn, nft, selinux, ipv6
    QString ticket;
    QString path = QStringLiteral("/"); // the failing URL's path (may be "{path}")
    QString explanation;                // why this happens, for the debrief
    QList<ScenarioParam> params;
    QList<ScenarioApp> apps;
    QList<ScenarioSite> sites;
    QMap<QString, QStringList> files; // other files, relative to the lab directory
    QJsonArray faults;                // parsed by FaultFactory
    ScenarioSymptom symptom;
    QList<ScenarioHint> hints;
    QJsonArray fix; // LabFixAction templates
    ScenarioSuccess success;
    QString source;  // where it was read from
    QJsonObject raw; // the file's JSON: a running lab keeps it, so it needs no catalogue later

    bool isHealthyControl() const { return cause == QLatin1String("none"); }

    // Parses and checks one scenario file's JSON (not the faults' parameters: FaultFactory).
    static Result<Scenario, LabError> fromJson(const QJsonObject &json, const QString &source);
};

} // namespace gd

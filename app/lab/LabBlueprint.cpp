#include "app/lab/LabBlueprint.h"

#include "app/lab/LabHost.h"
#include "app/lab/LabLayout.h"
#include "app/lab/Scenario.h"

#include <QCoreApplication>

namespace gd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::LabBlueprint)
};

QByteArray joined(const QStringList &lines)
{
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace

Result<LabBlueprint, LabError> LabBlueprint::build(const Scenario &scenario, const ParamValues &values,
                                                   const LabHostInfo &host, const QString &labDir)
{
    LabBlueprint b;
    const QString lab = labDir + QLatin1Char('/');
    for (const QString &dir : LabLayout::directories())
        b.directoryModes.insert(dir, 0755);
    b.files.insert(LabLayout::nginxConf(),
                   {LabLayout::nginxConfText(labDir, host.root ? host.workerUser : QString()), 0644});
    b.files.insert(LabLayout::fastcgiParams(), {LabLayout::fastcgiParamsText(), 0644});

    for (const ScenarioSite &site : scenario.sites) {
        const QString name = ScenarioParams::expand(site.name, values);
        b.files.insert(LabLayout::sitesAvailable(name),
                       {joined(ScenarioParams::expand(site.lines, values)), 0644});
        if (site.enabled)
            b.links.insert(LabLayout::sitesEnabled(name), QStringLiteral("../sites-available/") + name);
    }
    for (auto it = scenario.files.begin(); it != scenario.files.end(); ++it)
        b.files.insert(ScenarioParams::expand(it.key(), values),
                       {joined(ScenarioParams::expand(it.value(), values)), 0644});

    QList<LabService> loads;
    for (const ScenarioApp &app : scenario.apps) {
        LabService s;
        s.name = app.name;
        s.kind = app.kind;
        s.startAtLabStart = app.start;
        s.log = LabLayout::appLog(app.name);
        const QStringList settings = ScenarioParams::expand(app.settings, values);
        if (app.kind == QLatin1String("upstream")) {
            b.files.insert(LabLayout::appConf(app.name), {joined(settings), 0644});
            s.argv =
                QStringList{host.upstream, QStringLiteral("--config"), lab + LabLayout::appConf(app.name)};
            s.readyFile = s.log;
            s.readyText = QStringLiteral("READY ");
            s.stopGraceMs = 2000;
        } else if (app.kind == QLatin1String("php-fpm")) {
            if (host.phpFpm.isEmpty())
                return LabError(LabError::Kind::Unavailable, host.missing(QStringLiteral("php-fpm")));
            const QString v = host.phpVersion;
            b.files.insert(LabLayout::phpFpmConf(v), {LabLayout::phpFpmConfText(labDir, v), 0644});
            b.files.insert(LabLayout::phpPool(v), {joined(settings), 0644});
            b.directoryModes.insert(LabLayout::phpDir(v) + QStringLiteral("/pool.d"), 0755);
            s.argv = QStringList{host.phpFpm, QStringLiteral("--nodaemonize"), QStringLiteral("--fpm-config"),
                                 lab + LabLayout::phpFpmConf(v)};
            s.readyFile = LabLayout::phpLog(v);
            s.readyText = QStringLiteral("ready to handle connections");
            s.failText = QStringLiteral("ERROR: FPM initialization failed");
            s.reloadSignal = QStringLiteral("USR2");
            s.stopSignal = QStringLiteral("TERM"); // ends at once; QUIT would wait for slow requests
        } else if (app.kind == QLatin1String("gunicorn")) {
            if (host.gunicorn.isEmpty())
                return LabError(LabError::Kind::Unavailable, host.missing(QStringLiteral("gunicorn")));
            b.files.insert(LabLayout::gunicornConf(app.name), {joined(settings), 0644});
            s.argv = QStringList{host.gunicorn, QStringLiteral("--config"),
                                 lab + LabLayout::gunicornConf(app.name), app.module};
            s.cwd = LabLayout::appDir(app.name);
            s.readyFile = s.log;
            s.readyText = QStringLiteral("Booting worker with pid");
            s.reloadSignal = QStringLiteral("HUP");
            s.stopGraceMs = 2000;
        } else { // load
            s.argv = QStringList{host.upstream,
                                 QStringLiteral("--mode"),
                                 QStringLiteral("load"),
                                 QStringLiteral("--target"),
                                 values.value(QStringLiteral("url")).section(QLatin1Char('/'), 0, 2) +
                                     ScenarioParams::expand(app.target, values),
                                 QStringLiteral("--concurrency"),
                                 QString::number(app.concurrency)};
            s.readyFile = s.log;
            s.readyText = QStringLiteral("READY load");
            if (!app.readyLog.isEmpty()) {
                // Ready when it has built up: nginx says so in its error log.
                s.readyFile = app.readyLogFile.isEmpty() ? LabLayout::errorLog()
                                                         : ScenarioParams::expand(app.readyLogFile, values);
                s.readyText = ScenarioParams::expand(app.readyLog, values);
            }
            s.stopGraceMs = 1000;
            loads << s;
            continue;
        }
        b.services << s;
    }

    LabService nginx;
    nginx.name = QStringLiteral("nginx");
    nginx.kind = QStringLiteral("nginx");
    nginx.argv = QStringList{host.nginx} + LabLayout::nginxArguments(labDir) +
                 QStringList{QStringLiteral("-g"), QStringLiteral("daemon off;")};
    nginx.log = LabLayout::nginxStderr();
    nginx.readyFile = LabLayout::errorLog();
    nginx.readyText = QStringLiteral("start worker process");
    nginx.failText = QStringLiteral("[emerg]");
    nginx.reloadSignal = QStringLiteral("HUP");
    b.services << nginx << loads;

    for (auto it = b.files.begin(); it != b.files.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('/')) || it.key().contains(QLatin1String("..")))
            return LabError(LabError::Kind::BadScenario, Text::tr("%1 is not inside the lab").arg(it.key()));
    }
    return b;
}

FileBundle LabBlueprint::bundle() const
{
    FileBundle bundle;
    for (auto it = directoryModes.begin(); it != directoryModes.end(); ++it)
        bundle.mkdir(it.key(), it.value());
    for (auto it = files.begin(); it != files.end(); ++it)
        bundle.file(it.key(), it.value().content, it.value().mode);
    for (auto it = links.begin(); it != links.end(); ++it)
        bundle.link(it.key(), it.value());
    return bundle;
}

LabService *LabBlueprint::service(const QString &name)
{
    for (LabService &s : services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace gd

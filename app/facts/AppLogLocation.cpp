#include "app/facts/AppLogLocation.h"

namespace gd {

namespace {

// A relative path in a flag is relative to the process's working directory.
QString absoluteIn(const QString &cwd, const QString &path)
{
    if (path.startsWith(QLatin1Char('/')) || cwd.isEmpty())
        return path;
    return cwd.endsWith(QLatin1Char('/')) ? cwd + path : cwd + QLatin1Char('/') + path;
}

} // namespace

AppLogLocation AppLogLocation::of(qint64 pid, const AppServerSettings &settings, const ProcessLinks &links,
                                  const QString &unit)
{
    AppLogLocation l;
    if (settings.logFile && !settings.logFile->text.isEmpty()) {
        l.kind = Kind::File;
        l.found = Found::Setting;
        l.path = absoluteIn(links.cwd, settings.logFile->text);
        l.how = tr("the file its own setting names (%1)").arg(settings.logFile->source);
        return l;
    }
    if (ProcessLinks::isFile(links.stdErr)) {
        l.kind = Kind::File;
        l.found = Found::Stderr;
        l.path = links.stdErr;
        l.how = tr("the file its stderr goes to (/proc/%1/fd/2)").arg(pid);
        return l;
    }
    if (!unit.isEmpty() && (ProcessLinks::isSocket(links.stdErr) || links.stdErr.isEmpty())) {
        l.kind = Kind::Journal;
        l.found = Found::Unit;
        l.path = unit;
        l.how = tr("its unit's journal (journalctl -u %1)").arg(unit);
        return l;
    }
    if (ProcessLinks::isFile(links.stdOut)) {
        l.kind = Kind::File;
        l.found = Found::Stdout;
        l.path = links.stdOut;
        l.how = tr("the file its stdout goes to (/proc/%1/fd/1)").arg(pid);
        return l;
    }
    l.how = links.stdErr.isEmpty() ? tr("its stderr could not be seen (/proc/%1/fd/2 needs root)").arg(pid)
                                   : tr("its stderr goes to %1, which cannot be read back").arg(links.stdErr);
    return l;
}

QString AppLogLocation::howToMakeOne(const AppServerSettings &settings)
{
    const QString option = settings.logOption();
    if (option.isEmpty())
        return tr("Send its errors to a file (redirect its stderr) or run it as a systemd service, whose "
                  "journal keeps them.");
    return tr("Give it a log: %1, or run it as a systemd service, whose journal keeps what it prints.")
        .arg(option);
}

} // namespace gd

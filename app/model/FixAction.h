#pragma once

#include "app/model/SuggestionCheck.h"

#include <QString>
#include <QStringList>

namespace gd {

// One concrete step of a remedy, exact enough to carry out literally: a line of a
// file replaced by new text, or a command. Findings carry them (`actions` in the
// JSON), the CLI prints them as old -> new and the commands, the wizard's Apply
// and `gateway-doctor fix apply` run them (app/fixes/ActionPlan). A finding whose
// fix lives in the application itself (a crash, a bug) carries none and says so.
struct FixAction
{
    enum class Kind
    {
        Edit,
        Command
    };
    enum class Host
    {
        Nginx,
        Upstream
    }; // where a command runs

    Kind kind = Kind::Edit;
    QString why; // one line for people: what this step does

    // Edit: line `line` of `file` (the real file, symlinks resolved) reads exactly
    // `oldText`; it becomes `newText` (which may hold several lines, to add some).
    QString file;
    int line = 0;
    QString oldText;
    QString newText;
    // Edit of nginx's config: what `nginx -t` said of the finding's edits on a
    // scratch copy (every edit of a finding carries the same verdict).
    SuggestionCheck validation;

    // Command: an argv, never a shell string.
    QStringList argv;
    bool asRoot = false;
    Host host = Host::Nginx;

    static FixAction edit(const QString &file, int line, const QString &oldText, const QString &newText,
                          const QString &why)
    {
        FixAction a;
        a.kind = Kind::Edit;
        a.file = file;
        a.line = line;
        a.oldText = oldText;
        a.newText = newText;
        a.why = why;
        return a;
    }
    static FixAction command(const QStringList &argv, bool asRoot, Host host, const QString &why)
    {
        FixAction a;
        a.kind = Kind::Command;
        a.argv = argv;
        a.asRoot = asRoot;
        a.host = host;
        a.why = why;
        return a;
    }
    bool operator==(const FixAction &o) const
    {
        return kind == o.kind && file == o.file && line == o.line && oldText == o.oldText &&
               newText == o.newText && argv == o.argv && asRoot == o.asRoot && host == o.host;
    }
};

} // namespace gd

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gd {

enum class Privilege
{
    User, // as the user we are (locally) or logged in as (SSH)
    Root, // as root: directly when we are root, else through sudo
};

// One command to run on a machine. The command is an argv list, never a shell
// string: every element reaches the program as exactly one argument.
struct CommandSpec
{
    QStringList argv;
    QByteArray stdinData;                       // written, then stdin is closed
    QList<QPair<QString, QString>> environment; // extra variables (LC_ALL=C is always set)
    int timeoutMs = 30000;                      // 0 = no timeout (streams)
    Privilege privilege = Privilege::User;
    bool stream = false; // emit output chunks as they arrive
    // What is kept of stdout and of stderr each (not for streams): a host that prints
    // without end is stopped there rather than filling our memory. Log tails are 10 MiB,
    // config files 16 MiB; this is far above anything we ask for.
    qsizetype maxOutputBytes = qsizetype(64) * 1024 * 1024;

    static CommandSpec of(QStringList argv, int timeoutMs = 30000)
    {
        CommandSpec spec;
        spec.argv = std::move(argv);
        spec.timeoutMs = timeoutMs;
        return spec;
    }
    CommandSpec &asRoot()
    {
        privilege = Privilege::Root;
        return *this;
    }
    CommandSpec &withStdin(QByteArray data)
    {
        stdinData = std::move(data);
        return *this;
    }
};

} // namespace gd

#pragma once

#include "app/facts/ParsedFacts.h"
#include "app/model/FixAction.h"

#include <QCoreApplication>

namespace gd {

// Whether nginx's worker user may connect to a unix socket, walked as the kernel
// walks it: search (x) on every directory from / down, write (w) on the socket.
// Every blocker is listed at once, each with the change that lifts it, so one fix
// is enough (a socket 0600 inside a directory 0700 is two blockers, not one).
class SocketAccess
{
    Q_DECLARE_TR_FUNCTIONS(gd::SocketAccess)
public:
    // One path component that stops the worker.
    struct Blocker
    {
        QString path, owner, group, mode; // as stat printed them
        bool isSocket = false;
        QString line;    // the stat line (evidence)
        QString problem; // in plain words
    };
    struct Verdict
    {
        bool socketExists = true;
        QList<Blocker> blockers; // from the socket up
        QList<FixAction> actions;
        QString remedy;
    };

    // `stat` is ProbeCommands::pathPermissions(socket): "path|owner|group|mode|type"
    // lines from the socket up to /.
    static Verdict judge(const Facts &facts, const ParsedFacts &parsed, const CommandResult &stat);

private:
    static void socketActions(const Facts &facts, const ParsedFacts &parsed, const Blocker &b, Verdict &v);
    static QString workerGroup(const ParsedFacts &parsed);
};

} // namespace gd

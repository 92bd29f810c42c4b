#include "remote/LocalMachine.h"

#include "remote/LocalProcess.h"

#include <unistd.h>

namespace gd {

LocalMachine::LocalMachine(QObject *parent) : Machine(parent)
{
}

QString LocalMachine::displayName() const
{
    return tr("this computer");
}

bool LocalMachine::isRoot() const
{
    return ::geteuid() == 0;
}

ProcessChannel *LocalMachine::startProcess(const QStringList &argv, bool /*longRunning*/)
{
    return new LocalProcess(argv, this);
}

} // namespace gd

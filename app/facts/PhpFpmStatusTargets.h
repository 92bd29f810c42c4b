#pragma once

#include "app/facts/Facts.h"
#include "app/probes/PhpFpmStatusProbe.h"

#include <QList>
#include <QString>

namespace gd {

// The pools of the diagnosed machine that have a status page (pm.status_path) and that
// the diagnosed nginx sends FastCGI to (FastCgiReach), one per listen socket, from the
// pool files the diagnosis read.
QList<PhpFpmStatusTarget> phpFpmStatusTargets(const Facts &facts);
// The user nginx's workers run as: the running master's, else the config's `user`.
QString nginxWorkerUser(const Facts &facts);

} // namespace gd

#pragma once

// One capture of a machine with app servers where nginx does not point
// (tests/data/probes/appaddress: redis, nginx, two gunicorns, node, python, php-fpm),
// file by file, as the command that printed it.
#include "remote/CommandResult.h"
#include "tests/TestConfig.h"

#include <QFile>
#include <QtTest>

namespace gd::test {

inline CommandResult appAddressCapture(const QString &file, const QString &commandLine)
{
    QFile f(QStringLiteral(GD_TEST_DATA_DIR "/probes/appaddress/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing capture %s", qPrintable(f.fileName()));
    CommandResult r;
    r.exitCode = 0;
    r.stdOut = f.readAll();
    r.commandLine = commandLine;
    return r;
}

} // namespace gd::test

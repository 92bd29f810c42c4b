#pragma once

#include "app/probes/ProbeOutput.h"
#include "tests/TestConfig.h"

#include <QFile>
#include <QString>
#include <QtTest>

// Loads one capture from tests/data/probes/<tool>/: <name>.stdout, <name>.stderr and
// <name>.exit (or a plain file as stdout with exit code 0).
namespace ProbeCapture {

inline QString path(const QString &tool, const QString &file)
{
    return QStringLiteral(GD_TEST_DATA_DIR "/probes/") + tool + QLatin1Char('/') + file;
}

inline QByteArray read(const QString &tool, const QString &file, bool required = true)
{
    QFile f(path(tool, file));
    if (!f.open(QIODevice::ReadOnly)) {
        if (required)
            qWarning("missing capture %s", qPrintable(f.fileName()));
        return {};
    }
    return f.readAll();
}

inline gd::ProbeOutput load(const QString &tool, const QString &name)
{
    gd::ProbeOutput out;
    const QByteArray plain = read(tool, name, false);
    if (!plain.isNull() && !QFile::exists(path(tool, name + QStringLiteral(".stdout")))) {
        out.stdOut = plain;
        return out;
    }
    out.stdOut = read(tool, name + QStringLiteral(".stdout"));
    out.stdErr = read(tool, name + QStringLiteral(".stderr"), false);
    const QByteArray exit = read(tool, name + QStringLiteral(".exit"), false).trimmed();
    out.exitCode = exit.isEmpty() ? 0 : exit.toInt();
    return out;
}

} // namespace ProbeCapture

#include "tests/lab/LabPaths.h"

#include <QDir>
#include <QtGlobal>

namespace gd::lab {

QString LabPaths::labBinary(const QString &name)
{
    QString dir = qEnvironmentVariable("GD_LAB_BIN_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(GD_LAB_DEFAULT_BIN_DIR);
    return QDir(dir).filePath(name);
}

QString LabPaths::upstream()
{
    return QStringLiteral(GD_LAB_UPSTREAM_BINARY);
}

} // namespace gd::lab

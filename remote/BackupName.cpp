#include "remote/BackupName.h"

#include <QFileInfo>

#include <fnmatch.h>

namespace gd {

bool BackupName::matchedBy(const QString &path, const QString &glob)
{
    const QByteArray p = QFile::encodeName(path);
    const QByteArray g = QFile::encodeName(glob);
    return ::fnmatch(g.constData(), p.constData(), FNM_PATHNAME | FNM_PERIOD) == 0;
}

Result<QString> BackupName::forFile(const QString &filePath, const QDateTime &when,
                                    const QStringList &includeGlobs)
{
    const QFileInfo info(filePath);
    const QString dir = info.path();
    const QString stamp = when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QStringList candidates{
        QStringLiteral("%1.gd-%2~").arg(info.fileName(), stamp),
        QStringLiteral(".%1.gd-%2~").arg(info.fileName(), stamp),
    };
    for (const QString &name : candidates) {
        const QString path = dir + QLatin1Char('/') + name;
        bool taken = false;
        for (const QString &glob : includeGlobs)
            taken = taken || matchedBy(path, glob);
        if (!taken)
            return path;
    }
    return RemoteError(RemoteError::Kind::InvalidArgument,
                       tr("Every backup name next to %1 would be loaded by an include in the nginx "
                          "configuration, so no backup can be made safely there.")
                           .arg(filePath));
}

bool BackupName::isBackupOf(const QString &backupName, const QString &fileName)
{
    for (const QString &prefix :
         {fileName + QStringLiteral(".gd-"), QLatin1Char('.') + fileName + QStringLiteral(".gd-")}) {
        if (backupName.startsWith(prefix) && backupName.endsWith(QLatin1Char('~')) &&
            backupName.size() == prefix.size() + 20)
            return true;
    }
    return false;
}

} // namespace gd

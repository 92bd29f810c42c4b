#pragma once

#include "remote/Result.h"

#include <QDateTime>
#include <QStringList>

namespace gd {

// Names the backup we leave next to a config file before changing it. A backup
// that nginx includes is a new outage (two server blocks, duplicate upstreams), so
// the name must match none of the config's include globs: it ends in "~" (never
// *.conf) and, when an include such as "conf.d/*" would still take it, it becomes
// a dotfile, which glob(3) — and so nginx — skips for "*".
class BackupName
{
    Q_DECLARE_TR_FUNCTIONS(BackupName)
public:
    // `filePath` is the real (symlink-resolved) path of the file; `includeGlobs`
    // are the config's include patterns as absolute paths.
    static Result<QString> forFile(const QString &filePath, const QDateTime &when,
                                   const QStringList &includeGlobs);

    // Whether `path` would be taken by an nginx include of `glob` (glob(3) rules:
    // "*" never matches "/" nor a leading ".").
    static bool matchedBy(const QString &path, const QString &glob);

    // Recognises our own backups of `fileName` (for the rollback list).
    static bool isBackupOf(const QString &backupName, const QString &fileName);
};

} // namespace gd

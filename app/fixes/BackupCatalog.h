#pragma once

#include "app/fixes/FixError.h"
#include "remote/Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

namespace gd {

class Machine;

// One backup we made of a config file (this run or an earlier one).
struct BackupEntry
{
    QString backupPath;
    QString file;       // the config file it is a copy of (real path)
    QDateTime modified; // when the original was last changed before the backup (cp -p)
    qint64 size = 0;
};

// Finds our backups next to the config's files on the target: the names BackupName
// gives (`<file>.gd-<time>~` or `.<file>.gd-<time>~`), newest first. The backups are
// the record: nothing is kept on our side that could disagree with the server.
class BackupCatalog : public QObject
{
    Q_OBJECT
public:
    explicit BackupCatalog(Machine *machine, QObject *parent = nullptr);

    void list(const QStringList &configFiles,
              std::function<void(const Result<QList<BackupEntry>, FixError> &)> done);
    Result<QList<BackupEntry>, FixError> listAndWait(const QStringList &configFiles);

    static QStringList command(const QStringList &configFiles);
    // Output of command(): "REAL<TAB>path" per config file, then "B<TAB>mtime<TAB>size<TAB>path".
    static QList<BackupEntry> parse(const QByteArray &output);

private:
    QPointer<Machine> m_machine;
};

} // namespace gd

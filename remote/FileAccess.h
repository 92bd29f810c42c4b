#pragma once

#include "remote/CommandSpec.h"
#include "remote/FileInfo.h"
#include "remote/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace gd {

class Machine;
struct CommandResult;

// Files on a machine, through the same command channel as everything else: so it
// works the same on this computer and over SSH, and through sudo where a file
// needs root. Paths travel as arguments of constant scripts, never as shell text.
// Only what is asked for is transferred: a 1 GiB log's tail costs what the tail is.
class FileAccess
{
    Q_DECLARE_TR_FUNCTIONS(FileAccess)
public:
    explicit FileAccess(Machine *machine);

    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    static constexpr qint64 kDefaultMaxRead = 16 * 1024 * 1024;

    void stat(const QString &path, Privilege privilege, QObject *context, Callback<FileInfo> done);
    // The whole file, refused above maxBytes (use tail for logs).
    void read(const QString &path, Privilege privilege, QObject *context, Callback<FileContent> done,
              qint64 maxBytes = kDefaultMaxRead);
    // The last `bytes` bytes, or the last `lines` lines (pass 0 for the other).
    void tail(const QString &path, qint64 bytes, int lines, Privilege privilege, QObject *context,
              Callback<FileTail> done);
    // Atomically replaces the file's content (temp file in the same directory,
    // fsync, rename), keeping owner, group, mode and SELinux context. Edits go
    // through symlinks to the real file. Refused with FileChanged when the file's
    // sha256 is no longer `expectedSha256` (pass empty to skip that check).
    void replace(const QString &path, const QByteArray &content, const QByteArray &expectedSha256,
                 Privilege privilege, QObject *context, Callback<FileInfo> done);
    // Copies the file (mode, owner, times kept) to `backupPath` in the same
    // directory; never overwrites. Returns the backup's path.
    void backup(const QString &path, const QString &backupPath, Privilege privilege, QObject *context,
                Callback<QString> done);

    // Blocking forms for the CLI and tests (local event loop; never the GUI thread).
    Result<FileInfo> statAndWait(const QString &path, Privilege privilege = Privilege::User);
    Result<FileContent> readAndWait(const QString &path, Privilege privilege = Privilege::User,
                                    qint64 maxBytes = kDefaultMaxRead);
    Result<FileTail> tailAndWait(const QString &path, qint64 bytes, int lines,
                                 Privilege privilege = Privilege::User);
    Result<FileInfo> replaceAndWait(const QString &path, const QByteArray &content,
                                    const QByteArray &expectedSha256, Privilege privilege = Privilege::User);
    Result<QString> backupAndWait(const QString &path, const QString &backupPath,
                                  Privilege privilege = Privilege::User);

    // Parsers, public for tests: they take the exact output of our scripts.
    static Result<FileInfo> parseStat(const QString &path, const QByteArray &statLine,
                                      const QByteArray &realPath);
    static RemoteError errorFrom(const CommandResult &result, const QString &path);

private:
    QPointer<Machine> m_machine;
};

} // namespace gd

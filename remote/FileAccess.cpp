#include "remote/FileAccess.h"

#include "remote/ByteText.h"
#include "remote/Machine.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>

#include <optional>

namespace gd {

namespace {

// stat(1) format shared by every script: uid:gid:mode:size:mtime:type:owner:group
const QString kStatFormat = QStringLiteral("%u:%g:%a:%s:%Y:%F:%U:%G");

// Each script is a constant, written on one line (arguments may not carry line
// breaks, and neither do our own words); the path and numbers arrive as $1, $2, ...
const QString kStatScript = QStringLiteral("stat -L -c \"$2\" -- \"$1\" || exit 20; "
                                           "readlink -f -- \"$1\"");

const QString kReadScript = QStringLiteral("stat -L -c \"$3\" -- \"$1\" || exit 20; "
                                           "readlink -f -- \"$1\" || exit 20; "
                                           "[ -f \"$1\" ] || { echo 'not a regular file' >&2; exit 21; }; "
                                           "exec head -c \"$2\" -- \"$1\"");

// A regular file is opened once and everything comes from that open file: its identity
// (device:inode), its size, and exactly the bytes before that size. A log rotated or
// appended to while we read cannot mix two files or shift the offset.
const QString kTailScript = QStringLiteral(
    "stat -L -c %s -- \"$1\" >/dev/null || exit 20; "
    "[ -f \"$1\" ] || [ -c \"$1\" ] || [ -p \"$1\" ] || { echo 'not a regular file' >&2; exit 21; }; "
    "if [ ! -f \"$1\" ]; then stat -L -c '- %s' -- \"$1\"; "
    "if [ \"$2\" = bytes ]; then exec tail -c \"$3\" -- \"$1\"; else exec tail -n \"$3\" -- \"$1\"; fi; fi; "
    "exec 3< \"$1\" || exit 20; "
    "head=$(stat -L -c '%d:%i %s' /dev/fd/3) || exit 20; printf '%s\\n' \"$head\"; size=${head#* }; "
    "[ \"$2\" = bytes ] || exec tail -n \"$3\" <&3; "
    "start=1; [ \"$size\" -gt \"$3\" ] && start=$((size - $3 + 1)); "
    "tail -c +\"$start\" <&3 | head -c $((size - start + 1))");

// The temp file is a dotfile in the same directory (rename stays atomic, and no
// include glob such as conf.d/* picks it up in the moment it exists). The hash is
// checked before writing and again right before the rename.
const QString kReplaceScript = QStringLiteral(
    "set -u; "
    "real=$(readlink -f -- \"$1\") || exit 20; "
    "[ -e \"$real\" ] || { echo \"$1: No such file or directory\" >&2; exit 20; }; "
    "[ -f \"$real\" ] || { echo 'not a regular file' >&2; exit 21; }; "
    "check() { [ -z \"$2\" ] && return 0; current=$(sha256sum -- \"$real\") || exit 22; "
    "[ \"${current%% *}\" = \"$2\" ] || { echo 'GD-CHANGED' >&2; exit 23; }; }; "
    "check \"$@\"; "
    "dir=$(dirname -- \"$real\"); "
    "tmp=$(mktemp -- \"$dir/.gd-tmp.XXXXXXXX\") || exit 25; "
    "trap 'rm -f -- \"$tmp\"' EXIT; "
    "cat > \"$tmp\" || exit 26; "
    "chown --reference=\"$real\" -- \"$tmp\" || { echo 'cannot keep the owner' >&2; exit 30; }; "
    "chmod --reference=\"$real\" -- \"$tmp\" || exit 27; "
    "if [ -e /sys/fs/selinux/enforce ] && command -v chcon >/dev/null 2>&1; then "
    "chcon --reference=\"$real\" -- \"$tmp\" || exit 28; fi; "
    "sync -- \"$tmp\" 2>/dev/null || sync; "
    "check \"$@\"; "
    "mv -f -- \"$tmp\" \"$real\" || exit 29; "
    "trap - EXIT; "
    "sync -- \"$dir\" 2>/dev/null || true; "
    "stat -L -c \"$3\" -- \"$real\"; "
    "printf '%s\\n' \"$real\"");

const QString kBackupScript =
    QStringLiteral("set -u; "
                   "real=$(readlink -f -- \"$1\") || exit 20; "
                   "[ -e \"$real\" ] || { echo \"$1: No such file or directory\" >&2; exit 20; }; "
                   "[ -f \"$real\" ] || { echo 'not a regular file' >&2; exit 21; }; "
                   "[ \"$(dirname -- \"$2\")\" = \"$(dirname -- \"$real\")\" ] || { echo 'backup must sit "
                   "next to the file' >&2; exit 32; }; "
                   "[ -e \"$2\" ] && { echo 'backup exists already' >&2; exit 31; }; "
                   "cp -p -- \"$real\" \"$2\" || exit 26; "
                   "sync -- \"$2\" 2>/dev/null || true; "
                   "printf '%s\\n' \"$2\"");

CommandSpec script(const QString &body, QStringList arguments, Privilege privilege)
{
    QStringList argv{QStringLiteral("/bin/sh"), QStringLiteral("-c"), body, QStringLiteral("gd-file")};
    argv += arguments;
    CommandSpec spec = CommandSpec::of(argv, 60000);
    spec.privilege = privilege;
    return spec;
}

// Splits off the first `count` lines of `data`; false if there are fewer.
bool takeLines(QByteArray &data, int count, QList<QByteArray> *lines)
{
    for (int i = 0; i < count; ++i) {
        const int newline = data.indexOf('\n');
        if (newline < 0)
            return false;
        lines->append(data.left(newline));
        data.remove(0, newline + 1);
    }
    return true;
}

// Every script that reports on a file prints a stat(1) line and the real path
// first: parse them off the front of `out`, leaving what follows (the content).
Result<FileInfo> takeStatHead(QByteArray &out, const QString &path)
{
    QList<QByteArray> lines;
    if (!takeLines(out, 2, &lines))
        return RemoteError(RemoteError::Kind::ProtocolError, FileAccess::tr("Unexpected output from stat."));
    return FileAccess::parseStat(path, lines[0], lines[1]);
}

template <typename T, typename Start> Result<T> waitFor(Start start)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    QObject context;
    start(&context, [&](const Result<T> &result) {
        out = result;
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

RemoteError notConnected()
{
    return {RemoteError::Kind::NotConnected, FileAccess::tr("Not connected to the machine.")};
}

} // namespace

FileAccess::FileAccess(Machine *machine) : m_machine(machine)
{
}

Result<FileInfo> FileAccess::parseStat(const QString &path, const QByteArray &statLine,
                                       const QByteArray &realPath)
{
    const QList<QByteArray> fields = statLine.trimmed().split(':');
    if (fields.size() < 8)
        return RemoteError(RemoteError::Kind::ProtocolError, tr("Unexpected output from stat."),
                           localText(statLine));
    FileInfo info;
    info.path = path;
    info.realPath = QFile::decodeName(realPath.trimmed());
    if (info.realPath.isEmpty())
        info.realPath = path;
    bool ok[5];
    info.uid = fields[0].toUInt(&ok[0]);
    info.gid = fields[1].toUInt(&ok[1]);
    info.mode = fields[2].toUInt(&ok[2], 8);
    info.size = fields[3].toLongLong(&ok[3]);
    info.modified = QDateTime::fromSecsSinceEpoch(fields[4].toLongLong(&ok[4]));
    if (!(ok[0] && ok[1] && ok[2] && ok[3] && ok[4]))
        return RemoteError(RemoteError::Kind::ProtocolError, tr("Unexpected output from stat."),
                           localText(statLine));
    info.isRegular = fields[5].startsWith("regular");
    info.isDirectory = fields[5] == "directory";
    info.owner = localText(fields[6]);
    info.group = localText(fields[7]);
    return info;
}

RemoteError FileAccess::errorFrom(const CommandResult &result, const QString &path)
{
    if (!result.ran())
        return result.error;
    const QByteArray &err = result.stdErr;
    const QString detail = localText(err.trimmed());
    if (err.contains("GD-CHANGED"))
        return {RemoteError::Kind::FileChanged,
                tr("%1 was changed by someone else since Gateway Doctor read it. Nothing was written; "
                   "reload the file and review the change again.")
                    .arg(path),
                detail};
    if (err.contains("Read-only file system"))
        return {RemoteError::Kind::ReadOnly,
                tr("%1 is on a read-only file system; it cannot be changed here.").arg(path), detail};
    if (err.contains("Permission denied") || err.contains("Operation not permitted") ||
        err.contains("cannot keep the owner"))
        return {RemoteError::Kind::PermissionDenied,
                tr("Permission denied for %1: this needs root privileges (sudo).").arg(path), detail};
    if (err.contains("No such file or directory") || result.exitCode == 20)
        return {RemoteError::Kind::FileNotFound, tr("%1 does not exist.").arg(path), detail};
    if (err.contains("not a regular file") || result.exitCode == 21)
        return {RemoteError::Kind::NotARegularFile, tr("%1 is not a regular file.").arg(path), detail};
    if (result.exitCode == 31)
        return {RemoteError::Kind::IoError,
                tr("A backup with that name already exists next to %1.").arg(path), detail};
    return {RemoteError::Kind::IoError,
            tr("Could not access %1 (exit code %2).").arg(path).arg(result.exitCode), detail};
}

void FileAccess::stat(const QString &path, Privilege privilege, QObject *context, Callback<FileInfo> done)
{
    if (!m_machine)
        return done(notConnected());
    m_machine->run(script(kStatScript, {path, kStatFormat}, privilege), context,
                   [path, done](const CommandResult &result) {
                       if (!result.succeeded())
                           return done(errorFrom(result, path));
                       QByteArray out = result.stdOut;
                       done(takeStatHead(out, path));
                   });
}

void FileAccess::read(const QString &path, Privilege privilege, QObject *context, Callback<FileContent> done,
                      qint64 maxBytes)
{
    if (!m_machine)
        return done(notConnected());
    m_machine->run(script(kReadScript, {path, QString::number(maxBytes + 1), kStatFormat}, privilege),
                   context, [path, maxBytes, done](const CommandResult &result) {
                       if (!result.succeeded())
                           return done(errorFrom(result, path));
                       QByteArray out = result.stdOut;
                       Result<FileInfo> info = takeStatHead(out, path);
                       if (!info)
                           return done(info.error());
                       if (out.size() > maxBytes)
                           return done(RemoteError(RemoteError::Kind::FileTooLarge,
                                                   tr("%1 is larger than %2 MiB; only its end can be read.")
                                                       .arg(path)
                                                       .arg(maxBytes / (1024 * 1024))));
                       FileContent content;
                       content.info = *info;
                       content.sha256 = QCryptographicHash::hash(out, QCryptographicHash::Sha256).toHex();
                       content.data = std::move(out);
                       done(content);
                   });
}

void FileAccess::tail(const QString &path, qint64 bytes, int lines, Privilege privilege, QObject *context,
                      Callback<FileTail> done)
{
    if (!m_machine)
        return done(notConnected());
    const bool byBytes = bytes > 0;
    const QStringList arguments{path, byBytes ? QStringLiteral("bytes") : QStringLiteral("lines"),
                                QString::number(byBytes ? bytes : qMax(lines, 1))};
    m_machine->run(script(kTailScript, arguments, privilege), context,
                   [path, done](const CommandResult &result) {
                       if (!result.succeeded())
                           return done(errorFrom(result, path));
                       QByteArray out = result.stdOut;
                       QList<QByteArray> head;
                       if (!takeLines(out, 1, &head))
                           return done(RemoteError(RemoteError::Kind::ProtocolError,
                                                   tr("Unexpected output from stat.")));
                       // "<device:inode> <size>" ("- <size>" for a pipe or device)
                       const QList<QByteArray> fields = head[0].trimmed().split(' ');
                       FileTail tail;
                       tail.identity = fields.size() == 2 && fields[0] != "-" ? fields[0] : QByteArray();
                       tail.fileSize = fields.last().toLongLong();
                       tail.offset = qMax<qint64>(0, tail.fileSize - out.size());
                       tail.data = std::move(out);
                       done(tail);
                   });
}

void FileAccess::replace(const QString &path, const QByteArray &content, const QByteArray &expectedSha256,
                         Privilege privilege, QObject *context, Callback<FileInfo> done)
{
    if (!m_machine)
        return done(notConnected());
    CommandSpec spec = script(kReplaceScript, {path, latin1Text(expectedSha256), kStatFormat}, privilege);
    spec.stdinData = content;
    m_machine->run(spec, context, [path, done](const CommandResult &result) {
        if (!result.succeeded())
            return done(errorFrom(result, path));
        QByteArray out = result.stdOut;
        done(takeStatHead(out, path));
    });
}

void FileAccess::backup(const QString &path, const QString &backupPath, Privilege privilege, QObject *context,
                        Callback<QString> done)
{
    if (!m_machine)
        return done(notConnected());
    m_machine->run(script(kBackupScript, {path, backupPath}, privilege), context,
                   [path, done](const CommandResult &result) {
                       if (!result.succeeded())
                           return done(errorFrom(result, path));
                       done(QFile::decodeName(result.stdOut.trimmed()));
                   });
}

Result<FileInfo> FileAccess::statAndWait(const QString &path, Privilege privilege)
{
    return waitFor<FileInfo>([&](QObject *ctx, auto cb) { stat(path, privilege, ctx, cb); });
}

Result<FileContent> FileAccess::readAndWait(const QString &path, Privilege privilege, qint64 maxBytes)
{
    return waitFor<FileContent>([&](QObject *ctx, auto cb) { read(path, privilege, ctx, cb, maxBytes); });
}

Result<FileTail> FileAccess::tailAndWait(const QString &path, qint64 bytes, int lines, Privilege privilege)
{
    return waitFor<FileTail>([&](QObject *ctx, auto cb) { tail(path, bytes, lines, privilege, ctx, cb); });
}

Result<FileInfo> FileAccess::replaceAndWait(const QString &path, const QByteArray &content,
                                            const QByteArray &expectedSha256, Privilege privilege)
{
    return waitFor<FileInfo>(
        [&](QObject *ctx, auto cb) { replace(path, content, expectedSha256, privilege, ctx, cb); });
}

Result<QString> FileAccess::backupAndWait(const QString &path, const QString &backupPath, Privilege privilege)
{
    return waitFor<QString>([&](QObject *ctx, auto cb) { backup(path, backupPath, privilege, ctx, cb); });
}

} // namespace gd

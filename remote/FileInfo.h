#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace gd {

// What stat(1) says about a file, symlinks followed.
struct FileInfo
{
    QString path;     // as asked
    QString realPath; // symlinks resolved: the file an edit really changes
    uint uid = 0;
    uint gid = 0;
    QString owner;
    QString group;
    uint mode = 0; // permission bits, e.g. 0644
    qint64 size = 0;
    QDateTime modified;
    bool isRegular = false;
    bool isDirectory = false;
};

// A whole (small) file and the hash that later proves it did not change.
struct FileContent
{
    FileInfo info;
    QByteArray data;
    QByteArray sha256; // hex
};

// The end of a (possibly huge) file.
struct FileTail
{
    QByteArray data;
    qint64 fileSize = 0; // size when read
    qint64 offset = 0;   // where data starts in the file
    // "device:inode" of the file read (empty for a pipe or device): a log rotated since
    // the last read has another one.
    QByteArray identity;
};

} // namespace gd

#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace gd {

// One entry of `gateway-doctor-lab-supervisor read`: what lies at a path in the lab.
struct LabEntry
{
    enum class Type
    {
        File,
        Big, // a file too large to be sent
        Directory,
        Link,
        Socket,
        Other,
        Missing
    };
    Type type = Type::Missing;
    QString path; // relative to the lab directory
    int mode = 0;
    qint64 mtime = 0; // seconds since the epoch
    qint64 size = 0;
    uint uid = 0;
    uint gid = 0;
    QByteArray content; // File
    QString linkTarget; // Link
    QByteArray sha256() const;
};

// The parsed output of `read`: entries by relative path.
class LabTree
{
public:
    static LabTree parse(const QByteArray &output);

    const QMap<QString, LabEntry> &entries() const { return m_entries; }
    const LabEntry *entry(const QString &path) const;
    // Regular files only, with their hashes: what "changed" and "deleted" compare.
    QMap<QString, QByteArray> fileHashes() const;

private:
    QMap<QString, LabEntry> m_entries;
};

} // namespace gd

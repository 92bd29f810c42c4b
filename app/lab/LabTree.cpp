#include "app/lab/LabTree.h"

#include <QCryptographicHash>
#include <QFile>

namespace gd {

QByteArray LabEntry::sha256() const
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

LabTree LabTree::parse(const QByteArray &output)
{
    LabTree tree;
    qsizetype at = 0;
    const auto nextLine = [&]() -> QByteArray {
        const qsizetype end = output.indexOf('\n', at);
        const QByteArray line = output.mid(at, end < 0 ? -1 : end - at);
        at = end < 0 ? output.size() : end + 1;
        return line;
    };
    // The path is the rest of the header after `fields` space-separated fields.
    const auto split = [](const QByteArray &header, int fields, QList<QByteArray> &values) {
        qsizetype from = 0;
        for (int i = 0; i < fields; ++i) {
            const qsizetype space = header.indexOf(' ', from);
            if (space < 0)
                return QString();
            values << header.mid(from, space - from);
            from = space + 1;
        }
        return QFile::decodeName(header.mid(from));
    };
    while (at < output.size()) {
        const QByteArray header = nextLine();
        if (header.isEmpty())
            continue;
        QList<QByteArray> v;
        LabEntry e;
        if (header.startsWith("FILE ")) {
            e.path = split(header, 4, v);
            e.type = LabEntry::Type::File;
            e.mode = v.value(1).toInt(nullptr, 8);
            e.mtime = v.value(2).toLongLong();
            e.size = v.value(3).toLongLong();
            e.content = output.mid(at, e.size);
            at += e.size + 1; // content, then a newline
        } else if (header.startsWith("BIG ")) {
            e.path = split(header, 4, v);
            e.type = LabEntry::Type::Big;
            e.mode = v.value(1).toInt(nullptr, 8);
            e.mtime = v.value(2).toLongLong();
            e.size = v.value(3).toLongLong();
        } else if (header.startsWith("DIR ")) {
            e.path = split(header, 5, v);
            e.type = LabEntry::Type::Directory;
            e.mode = v.value(1).toInt(nullptr, 8);
            e.mtime = v.value(2).toLongLong();
            e.uid = v.value(3).toUInt();
            e.gid = v.value(4).toUInt();
        } else if (header.startsWith("LINK ")) {
            e.path = split(header, 1, v);
            e.type = LabEntry::Type::Link;
            e.linkTarget = QFile::decodeName(nextLine());
        } else if (header.startsWith("SOCK ")) {
            e.path = split(header, 4, v);
            e.type = LabEntry::Type::Socket;
            e.mode = v.value(1).toInt(nullptr, 8);
            e.uid = v.value(2).toUInt();
            e.gid = v.value(3).toUInt();
        } else if (header.startsWith("OTHER ")) {
            e.path = split(header, 1, v);
            e.type = LabEntry::Type::Other;
        } else if (header.startsWith("MISSING ")) {
            e.path = split(header, 1, v);
            e.type = LabEntry::Type::Missing;
        } else {
            continue;
        }
        tree.m_entries.insert(e.path, e);
    }
    return tree;
}

const LabEntry *LabTree::entry(const QString &path) const
{
    const auto it = m_entries.constFind(path);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

QMap<QString, QByteArray> LabTree::fileHashes() const
{
    QMap<QString, QByteArray> hashes;
    for (const LabEntry &e : m_entries) {
        if (e.type == LabEntry::Type::File)
            hashes.insert(e.path, e.sha256());
        else if (e.type == LabEntry::Type::Link)
            hashes.insert(e.path, "link:" + QFile::encodeName(e.linkTarget));
    }
    return hashes;
}

} // namespace gd

#pragma once

#include <QString>
#include <QStringList>

namespace gd {

// Classic Unix permission rules, as the kernel applies them to a process of `user`
// (member of `groups`): the owner's bits, else the group's, else the others'.
namespace UnixPermissions {
enum Bit : unsigned
{
    Search = 1,
    Write = 2,
    Read = 4
}; // x, w, r

inline bool permits(const QString &user, const QStringList &groups, const QString &owner,
                    const QString &group, unsigned mode, unsigned bit)
{
    if (user == QLatin1String("root"))
        return true;
    if (user == owner)
        return mode & (bit << 6);
    if (groups.contains(group))
        return mode & (bit << 3);
    return mode & bit;
}
} // namespace UnixPermissions

} // namespace gd

#pragma once

#include <QList>
#include <QString>

namespace gd {

// Servers the user connected to before: host, user, port and key path only. No
// password, passphrase or sudo password is ever written here.
class RecentTargets
{
public:
    struct Entry
    {
        QString host;
        QString user;
        int port = 0;
        QString identityFile;
        QString url;
        QString label() const;
    };

    static QList<Entry> load();
    // Moves (or adds) the entry to the front; keeps the 10 most recent.
    static void remember(const Entry &entry);
};

} // namespace gd

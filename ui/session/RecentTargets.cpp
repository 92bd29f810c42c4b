#include "ui/session/RecentTargets.h"

#include <QSettings>

namespace gd {

QString RecentTargets::Entry::label() const
{
    QString out = user.isEmpty() ? host : user + QLatin1Char('@') + host;
    if (port > 0 && port != 22)
        out += QLatin1Char(':') + QString::number(port);
    return out;
}

QList<RecentTargets::Entry> RecentTargets::load()
{
    QSettings settings;
    QList<Entry> out;
    const int n = settings.beginReadArray(QStringLiteral("recentTargets"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        Entry e;
        e.host = settings.value(QStringLiteral("host")).toString();
        e.user = settings.value(QStringLiteral("user")).toString();
        e.port = settings.value(QStringLiteral("port")).toInt();
        e.identityFile = settings.value(QStringLiteral("identityFile")).toString();
        e.url = settings.value(QStringLiteral("url")).toString();
        if (!e.host.isEmpty())
            out << e;
    }
    settings.endArray();
    return out;
}

void RecentTargets::remember(const Entry &entry)
{
    QList<Entry> all = load();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const Entry &e) {
                                 return e.host == entry.host && e.user == entry.user && e.port == entry.port;
                             }),
              all.end());
    all.prepend(entry);
    while (all.size() > 10)
        all.removeLast();
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("recentTargets"), int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("host"), all[i].host);
        settings.setValue(QStringLiteral("user"), all[i].user);
        settings.setValue(QStringLiteral("port"), all[i].port);
        settings.setValue(QStringLiteral("identityFile"), all[i].identityFile);
        settings.setValue(QStringLiteral("url"), all[i].url);
    }
    settings.endArray();
}

} // namespace gd

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gd {

// The value nginx uses for one directive in one block, and where it comes from.
struct EffectiveSetting
{
    QString name;
    QStringList args; // as written, or nginx's default split into words
    bool isDefault = true;
    QString file; // empty for defaults
    int line = 0;
    int directiveIndex = -1;

    QString value() const { return args.join(QLatin1Char(' ')); }
    // "file:line" or "default" (translated).
    QString where() const
    {
        return isDefault ? QCoreApplication::translate("EffectiveSettings", "default")
                         : QStringLiteral("%1:%2").arg(file).arg(line);
    }
};

} // namespace gd

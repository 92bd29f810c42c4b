#pragma once

#include <QList>
#include <QString>

namespace gd {

// One directive to set in one block: `directive value;`.
//
// `value` is what the user typed. ChangeValidator::validate() returns the changes with
// the value in the spelling that will be written: the user's own spelling when nginx
// reads it as intended ("75", "75s", "16K", "1h30m" stay as they are), only trimmed of
// surrounding spaces, with the two words of a buffers value ("8   16k") joined by one
// space. We do not rewrite "75" to "75s": it is what the admin chose and means the same
// to nginx, and the diff then shows exactly what they asked for.
struct SettingChange
{
    QString directive;
    QString value;

    friend bool operator==(const SettingChange &a, const SettingChange &b)
    {
        return a.directive == b.directive && a.value == b.value;
    }
};

} // namespace gd

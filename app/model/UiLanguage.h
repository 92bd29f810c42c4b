#pragma once

#include <QString>

namespace gd {

// The language the program's texts are shown in: "de" when a German catalogue was
// installed, empty for English (the sources' language, and JSON's). Texts that live
// in data files rather than in tr() (the practice scenarios' tickets and hints) pick
// their translation by it.
class UiLanguage
{
public:
    static QString current();
    static void set(const QString &language);
};

} // namespace gd

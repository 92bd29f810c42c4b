#pragma once

class QCoreApplication;
class QString;

namespace gd {

// Installs the translations for the user's locale (LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG): Qt's own strings, then Gateway Doctor's compiled catalogue. Both the
// wizard and the CLI's human output use it; the CLI's JSON never does, so that
// stays English and stable for scripts.
class Translations
{
public:
    // Returns the catalogue's file name that was loaded, or an empty string when the
    // locale is English or no catalogue exists for it.
    static QString install(QCoreApplication &app);

    // Where compiled catalogues are looked for, in order: $GD_TRANSLATIONS when set, the installed tree
    // (<prefix>/share/gateway-doctor/translations next to <prefix>/bin) and the
    // build tree (translations/ next to the binary).
    static QString installedDir();
    static QString buildTreeDir();
};

} // namespace gd

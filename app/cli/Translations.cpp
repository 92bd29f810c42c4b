#include "app/cli/Translations.h"

#include "app/model/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gd {

QString Translations::installedDir()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../share/gateway-doctor/translations");
}

QString Translations::buildTreeDir()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/translations");
}

QString Translations::install(QCoreApplication &app)
{
    const QLocale locale;
    // Qt's own texts (standard buttons, file dialogs) from the distribution's package.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
#else
                 QLibraryInfo::location(QLibraryInfo::TranslationsPath)))
#endif
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // Ours: resources/translations/gateway-doctor_<lang>.ts compiled by the build.
    auto *ours = new QTranslator(&app);
    // GD_TRANSLATIONS: a translator's own build of the catalogues, or a test's.
    QStringList dirs{installedDir(), buildTreeDir()};
    if (const QString own = qEnvironmentVariable("GD_TRANSLATIONS"); !own.isEmpty())
        dirs.prepend(own);
    for (const QString &dir : dirs) {
        if (ours->load(locale, QStringLiteral("gateway-doctor"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(ours);
            // "de_DE" as the catalogue says: scenarios' own translations are keyed "de".
            UiLanguage::set(ours->language().section(QLatin1Char('_'), 0, 0));
            return ours->filePath();
        }
    }
    delete ours;
    return {};
}

} // namespace gd

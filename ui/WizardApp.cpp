#include "ui/WizardApp.h"

#include "app/cli/Translations.h"
#include "app/model/Log.h"

#include "ui/MainWindow.h"

#include <QApplication>
#include <QIcon>

// The resources live in a static library: register them explicitly.
static void initResources()
{
    Q_INIT_RESOURCE(wizard);
}

namespace gd {

void WizardApp::setUp(QApplication &app)
{
    initResources();
    QApplication::setApplicationName(QStringLiteral("gateway-doctor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gateway Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(GD_VERSION));
    QApplication::setOrganizationName(QStringLiteral("gateway-doctor"));
    QApplication::setDesktopFileName(QStringLiteral("gateway-doctor"));
    // The theme's icon when installed; our own PNGs otherwise (no SVG plugin needed).
    QIcon icon = QIcon::fromTheme(QStringLiteral("gateway-doctor"));
    if (icon.isNull()) {
        for (const int size : {16, 32, 48, 64, 128, 256})
            icon.addFile(QStringLiteral(":/icons/gateway-doctor-%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
    Translations::install(app);
}

int WizardApp::run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    if (LogSwitch::requestedByEnvironment())
        LogSwitch::enableVerbose();
    setUp(app);
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace gd

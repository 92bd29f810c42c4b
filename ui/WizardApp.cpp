#include "WizardApp.h"

#include "MainWindow.h"

#include <QApplication>

namespace gd {

int WizardApp::run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gateway-doctor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gateway Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(GD_VERSION));
    QApplication::setOrganizationName(QStringLiteral("gateway-doctor"));
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace gd

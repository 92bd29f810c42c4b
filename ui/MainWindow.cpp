#include "MainWindow.h"

#include <QLabel>
#include <QVBoxLayout>

#ifdef GD_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#endif

namespace gd {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Gateway Doctor"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("<h2>Gateway Doctor</h2>"), central);
    auto *text = new QLabel(tr("Find out why nginx answers <b>502 Bad Gateway</b> or <b>504 Gateway Timeout</b>, "
                               "on this computer or on a server over SSH, and fix it safely.<br><br>"
                               "The guided six-step wizard is being built on the diagnosis engine. Until then, "
                               "the same diagnosis runs in a terminal:<br><br>"
                               "<tt>gateway-doctor diagnose --url http://your.site/failing/page</tt><br>"
                               "<tt>gateway-doctor diagnose --ssh admin@server --url https://your.site/</tt>"),
                            central);
    text->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(text);
#ifdef GD_HAVE_KSYNTAXHIGHLIGHTING
    // One repository for the whole app (see engineering notes); loaded lazily later.
    static KSyntaxHighlighting::Repository repository;
    auto *ksh = new QLabel(tr("Syntax definitions available: %1").arg(repository.definitions().size()), central);
    layout->addWidget(ksh);
#endif
    layout->addStretch();
    setCentralWidget(central);
    resize(720, 480);
}

} // namespace gd

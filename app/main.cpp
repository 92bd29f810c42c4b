// The composition root: the command line decides; the wizard is one entry point.
#include "app/cli/Cli.h"
#include "ui/WizardApp.h"

int main(int argc, char **argv)
{
    return gd::Cli::main(argc, argv, &gd::WizardApp::run);
}

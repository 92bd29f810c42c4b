#pragma once

namespace gd {

// Creates the QApplication and shows the wizard window.
class WizardApp
{
public:
    static int run(int &argc, char **argv);
};

} // namespace gd

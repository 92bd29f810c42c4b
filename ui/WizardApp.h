#pragma once

class QApplication;

namespace gd {

// Creates the QApplication and shows the wizard window.
class WizardApp
{
public:
    static int run(int &argc, char **argv);
    // Names, icon and translations: what the window, the tests and the benchmarks
    // share. Call after constructing the QApplication.
    static void setUp(QApplication &app);
};

} // namespace gd

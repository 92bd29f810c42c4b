#pragma once

#include <functional>

namespace gd {

// The command line. Decides, before any QApplication exists, whether this run is
// headless (--help, --version, a subcommand) so those work without a display;
// otherwise it hands over to the GUI entry point it was given.
class Cli
{
public:
    using GuiEntry = std::function<int(int &argc, char **argv)>;
    static int main(int argc, char **argv, const GuiEntry &gui);
};

} // namespace gd

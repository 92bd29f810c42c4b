// gateway-doctor-lab-supervisor: the practice lab's process supervisor and its only
// file writer. Plain C++ and POSIX (no Qt): it must start in a millisecond, run the same
// on a lab host reached over SSH, and stay simple enough to trust with "nothing is left".
//
//   gateway-doctor-lab-supervisor daemon --lab-dir DIR [--lease-seconds N] [--owner-pid PID]
//                                        [--others-must-enter]
//       Starts the lab's supervisor (its own session, subreaper, a watchdog beside it) and
//       returns once it is ready: "READY PID STARTTIME". It lives until `ctl shutdown`,
//       SIGTERM, the lease's deadline, or the owner's end (when one is set), and then ends
//       every lab process. If it is killed, the watchdog ends them.
//   gateway-doctor-lab-supervisor ctl --lab-dir DIR REQUEST...
//       spawn NAME LOG CWD PROGRAM [ARGS...]   (LOG and CWD relative to the lab directory)
//       stop NAME [SIGNAL [GRACE_MS]] | signal NAME SIGNAL | list
//       lease SECONDS [OWNER_PID] | shutdown
//   gateway-doctor-lab-supervisor write --lab-dir DIR    (a bundle of files on stdin)
//   gateway-doctor-lab-supervisor read --lab-dir DIR PATH...
//   gateway-doctor-lab-supervisor tail --lab-dir DIR PATH OFFSET
//       "SIZE N" and a newline, then the file's bytes from OFFSET (at most its last MiB).
//   gateway-doctor-lab-supervisor ports --lab-dir DIR COUNT
//       "FREE p1 p2 ..." (distinct free loopback TCP ports) and "LISTEN ..." (every TCP
//       port with a listener now, IPv4 and IPv6), for the lab's randomised ports.
//   gateway-doctor-lab-supervisor clean --lab-dir DIR [--keep-files]
//       Ends a lab by its records (the supervisor's pid and start time, its session, its
//       nft table) whether its supervisor still runs or not, then removes the directory.
//       Exit 0 only when no lab process is left.
// A lab directory carries the marker file .gateway-doctor-lab; nothing is written into,
// read from or removed from a directory without it (except `daemon` creating a new one).

#include "app/lab/tools/supervisor/LabFiles.h"
#include "app/lab/tools/supervisor/Supervisor.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace {

int usage()
{
    std::fputs("usage: gateway-doctor-lab-supervisor daemon|ctl|write|read|clean --lab-dir DIR ...\n"
               "(see the comment at the top of app/lab/tools/supervisor/main.cpp)\n",
               stderr);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4 || std::string(argv[2]) != "--lab-dir")
        return usage();
    const std::string command = argv[1];
    const std::string labDir = argv[3];
    if (labDir.empty() || labDir.front() != '/')
        return usage();
    std::vector<std::string> rest(argv + 4, argv + argc);

    if (command == "daemon") {
        gdlab::DaemonOptions options;
        options.labDir = labDir;
        for (std::size_t i = 0; i < rest.size(); ++i) {
            if (rest[i] == "--others-must-enter") {
                options.othersMustEnter = true;
                continue;
            }
            if (i + 1 >= rest.size())
                return usage();
            if (rest[i] == "--lease-seconds")
                options.leaseSeconds = std::atoi(rest[i + 1].c_str());
            else if (rest[i] == "--owner-pid")
                options.ownerPid = static_cast<pid_t>(std::atol(rest[i + 1].c_str()));
            else
                return usage();
            ++i;
        }
        return gdlab::startDaemon(options);
    }
    if (command == "ctl") {
        if (rest.empty())
            return usage();
        return gdlab::sendRequest(labDir, rest);
    }
    if (command == "write") {
        const gdlab::LabFiles files(labDir);
        std::string error;
        if (!files.applyBundle(std::cin, error)) {
            std::fprintf(stderr, "gateway-doctor-lab-supervisor: %s\n", error.c_str());
            return 1;
        }
        return 0;
    }
    if (command == "read") {
        const gdlab::LabFiles files(labDir);
        std::string error;
        if (!files.readPaths(rest, std::cout, error)) {
            std::fprintf(stderr, "gateway-doctor-lab-supervisor: %s\n", error.c_str());
            return 1;
        }
        std::cout.flush();
        return 0;
    }
    if (command == "tail" && rest.size() == 2) {
        const gdlab::LabFiles files(labDir);
        std::string error;
        if (!files.tail(rest[0], std::strtoll(rest[1].c_str(), nullptr, 10), std::cout, error)) {
            std::fprintf(stderr, "gateway-doctor-lab-supervisor: %s\n", error.c_str());
            return 1;
        }
        std::cout.flush();
        return 0;
    }
    if (command == "ports" && rest.size() == 1)
        return gdlab::printPorts(std::atoi(rest[0].c_str()));
    if (command == "clean")
        return gdlab::cleanLab(labDir, !rest.empty() && rest.front() == "--keep-files");
    return usage();
}

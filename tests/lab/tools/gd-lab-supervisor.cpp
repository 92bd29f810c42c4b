// gd-lab-supervisor: runs one lab program and guarantees that it and everything it
// forks die with the test.
//
//   gd-lab-supervisor --parent-pid PID [--grace-ms N] -- PROGRAM [ARGS...]
//
// Why a separate shim: the lab must not leave nginx workers or sshd session processes
// behind when a test fails, crashes or is SIGKILLed by ctest's timeout. The usual
// tools sit in the child between fork and exec (PR_SET_PDEATHSIG, setsid), but Qt 5's
// QProcess has no child-process modifier and Qt 6's is one more version split, so the
// lab starts this shim instead; it works the same under both Qt versions.
//
// What it does:
// - PR_SET_PDEATHSIG(SIGTERM): the kernel tells it when the test process dies, however.
// - PR_SET_CHILD_SUBREAPER: processes that its child orphans (nginx workers when the
//   master is killed, sshd per-connection children, which call setsid() and so leave
//   any process group) are re-parented to the shim instead of init, so it can still
//   find and kill them by walking /proc.
// - SIGTERM/SIGINT/SIGHUP (also the parent-death signal): SIGTERM to the program, then
//   after --grace-ms SIGKILL to every remaining descendant.
// - SIGUSR1: SIGKILL to every descendant at once ("the server vanished").
// - When the program exits by itself, leftover descendants are killed as well, and the
//   shim exits with the program's exit code (128 + signal when it was killed).
// stdin/stdout/stderr are passed straight through, so "READY" lines reach the lab.

#include <dirent.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void die(const std::string &message)
{
    std::fprintf(stderr, "gd-lab-supervisor: %s\n", message.c_str());
    std::exit(125);
}

// Parent pid from /proc/PID/stat; the command name may contain spaces and ')' so
// parse after the last ')'.
pid_t parentOf(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line))
        return -1;
    const auto close = line.rfind(')');
    if (close == std::string::npos || close + 4 >= line.size())
        return -1;
    // ") S PPID ..."
    return static_cast<pid_t>(std::atoi(line.c_str() + close + 4));
}

std::vector<pid_t> descendantsOf(pid_t root)
{
    std::multimap<pid_t, pid_t> children;
    if (DIR *dir = opendir("/proc")) {
        while (const dirent *entry = readdir(dir)) {
            char *end = nullptr;
            const long pid = std::strtol(entry->d_name, &end, 10);
            if (pid <= 0 || *end != '\0')
                continue;
            const pid_t parent = parentOf(static_cast<pid_t>(pid));
            if (parent > 0)
                children.emplace(parent, static_cast<pid_t>(pid));
        }
        closedir(dir);
    }
    std::vector<pid_t> result;
    std::vector<pid_t> todo{root};
    while (!todo.empty()) {
        const pid_t pid = todo.back();
        todo.pop_back();
        const auto [begin, end] = children.equal_range(pid);
        for (auto it = begin; it != end; ++it) {
            result.push_back(it->second);
            todo.push_back(it->second);
        }
    }
    return result;
}

struct State
{
    pid_t child = -1;
    bool childDone = false;
    int childStatus = 0;
};

void reap(State &state)
{
    for (;;) {
        int status = 0;
        const pid_t pid = waitpid(-1, &status, WNOHANG);
        if (pid <= 0)
            return;
        if (pid == state.child) {
            state.childDone = true;
            state.childStatus = status;
        }
    }
}

// Kills until nothing is left: a process may fork between our scan and our kill, so
// scan again; zombies still show up in /proc until reaped, so reap in between.
void killAllDescendants(State &state)
{
    for (int round = 0; round < 200; ++round) {
        reap(state);
        const std::vector<pid_t> pids = descendantsOf(getpid());
        bool anyAlive = false;
        for (const pid_t pid : pids) {
            if (::kill(pid, SIGKILL) == 0)
                anyAlive = true;
        }
        if (!anyAlive && pids.empty())
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

int exitCodeFor(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 125;
}

} // namespace

int main(int argc, char **argv)
{
    pid_t expectedParent = -1;
    int graceMs = 3000;
    int first = -1;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--" && i + 1 < argc) {
            first = i + 1;
            break;
        }
        if (arg == "--parent-pid" && i + 1 < argc)
            expectedParent = static_cast<pid_t>(std::atoi(argv[++i]));
        else if (arg == "--grace-ms" && i + 1 < argc)
            graceMs = std::atoi(argv[++i]);
        else
            die("usage: gd-lab-supervisor --parent-pid PID [--grace-ms N] -- PROGRAM [ARGS...]");
    }
    if (first < 0)
        die("no program given");

    sigset_t handled;
    sigemptyset(&handled);
    for (const int sig : {SIGTERM, SIGINT, SIGHUP, SIGUSR1, SIGCHLD})
        sigaddset(&handled, sig);
    sigset_t original;
    sigprocmask(SIG_BLOCK, &handled, &original);
    const int signalFd = signalfd(-1, &handled, SFD_CLOEXEC);
    if (signalFd < 0)
        die(std::string("signalfd: ") + std::strerror(errno));

    if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0)
        die(std::string("PR_SET_CHILD_SUBREAPER: ") + std::strerror(errno));
    if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0)
        die(std::string("PR_SET_PDEATHSIG: ") + std::strerror(errno));
    // The parent may have died before prctl() took effect; then no signal will come.
    if (expectedParent > 0 && getppid() != expectedParent)
        return 125;
    // Own process group: a Ctrl-C in the terminal reaches the test, which then stops us
    // in order, instead of hitting nginx and sshd directly in the middle of a test.
    setpgid(0, 0);

    State state;
    state.child = fork();
    if (state.child < 0)
        die(std::string("fork: ") + std::strerror(errno));
    if (state.child == 0) {
        sigprocmask(SIG_SETMASK, &original, nullptr);
        execv(argv[first], argv + first);
        std::fprintf(stderr, "gd-lab-supervisor: cannot run %s: %s\n", argv[first], std::strerror(errno));
        _exit(127);
    }

    // Plain flag + time point rather than std::optional: GCC 12 warns (falsely) about
    // a maybe-uninitialized optional<time_point> at -O2.
    bool killPending = false;
    Clock::time_point killAt{};
    for (;;) {
        reap(state);
        if (state.childDone) {
            killAllDescendants(state);
            return exitCodeFor(state.childStatus);
        }
        int timeoutMs = -1;
        if (killPending) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(killAt - Clock::now());
            timeoutMs = static_cast<int>(std::max<long long>(0, left.count()));
        }
        pollfd pfd{signalFd, POLLIN, 0};
        const int ready = poll(&pfd, 1, timeoutMs);
        if (ready < 0 && errno != EINTR)
            die(std::string("poll: ") + std::strerror(errno));
        if (ready == 0 && killPending && Clock::now() >= killAt) {
            killAllDescendants(state);
            killPending = false;
            continue;
        }
        if (ready <= 0)
            continue;
        signalfd_siginfo info{};
        if (read(signalFd, &info, sizeof info) != static_cast<ssize_t>(sizeof info))
            continue;
        switch (info.ssi_signo) {
        case SIGCHLD:
            break; // reaped at the top of the loop
        case SIGUSR1:
            killAllDescendants(state);
            break;
        default: // SIGTERM, SIGINT, SIGHUP, parent death
            ::kill(state.child, SIGTERM);
            if (!killPending) {
                killPending = true;
                killAt = Clock::now() + std::chrono::milliseconds(graceMs);
            }
            break;
        }
    }
}

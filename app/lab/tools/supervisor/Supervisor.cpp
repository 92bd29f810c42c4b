#include "app/lab/tools/supervisor/Supervisor.h"

#include "app/lab/tools/supervisor/ProcTable.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

namespace gdlab {

namespace {

using Clock = std::chrono::steady_clock;

std::string errnoText(const std::string &what)
{
    return what + ": " + std::strerror(errno);
}

void sleepMs(int ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

void logLine(const std::string &text)
{
    char stamp[32];
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    std::strftime(stamp, sizeof stamp, "%Y/%m/%d %H:%M:%S", &local);
    std::fprintf(stderr, "%s [%d] %s\n", stamp, static_cast<int>(getpid()), text.c_str());
    std::fflush(stderr);
}

bool writeWhole(int fd, const std::string &data)
{
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// A small text file inside the lab (records); atomic through rename.
bool writeRecord(const std::string &path, const std::string &text)
{
    const std::string temp = path + ".tmp";
    const int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0)
        return false;
    const bool ok = writeWhole(fd, text);
    close(fd);
    return ok && rename(temp.c_str(), path.c_str()) == 0;
}

std::string readRecord(const std::string &path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::uint64_t startTimeOf(pid_t pid)
{
    ProcInfo info;
    return readProc(pid, info) ? info.startTime : 0;
}

int signalNumber(const std::string &name)
{
    static const std::map<std::string, int> names{
        {"TERM", SIGTERM}, {"KILL", SIGKILL}, {"HUP", SIGHUP},   {"QUIT", SIGQUIT}, {"INT", SIGINT},
        {"USR1", SIGUSR1}, {"USR2", SIGUSR2}, {"STOP", SIGSTOP}, {"CONT", SIGCONT}, {"WINCH", SIGWINCH}};
    std::string key = name;
    if (key.rfind("SIG", 0) == 0)
        key = key.substr(3);
    const auto it = names.find(key);
    if (it != names.end())
        return it->second;
    char *end = nullptr;
    const long number = std::strtol(name.c_str(), &end, 10);
    return (!name.empty() && *end == '\0' && number > 0 && number < 65) ? static_cast<int>(number) : -1;
}

// Closes every descriptor above 2 except those in keep (the daemon must not hold the
// caller's pipes: over SSH the command would never end).
void closeFdsExcept(const std::vector<int> &keep)
{
    for (int fd = 3; fd < 1024; ++fd) {
        if (std::find(keep.begin(), keep.end(), fd) == keep.end())
            close(fd);
    }
}

bool isValidTableName(const std::string &name)
{
    if (name.rfind("gd_lab_", 0) != 0 || name.size() > 48)
        return false;
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

struct Service
{
    pid_t pid = -1;
    std::uint64_t startTime = 0;
    bool running = false;
    int exitStatus = 0;
};

class Daemon
{
public:
    Daemon(DaemonOptions options, int toWatchdog, int fromWatchdog, pid_t watchdog)
        : m_options(std::move(options)), m_files(m_options.labDir), m_toWatchdog(toWatchdog),
          m_fromWatchdog(fromWatchdog), m_watchdog(watchdog)
    {
        setLease(m_options.leaseSeconds, m_options.ownerPid);
    }

    int run(int listenFd, int signalFd);

private:
    void setLease(int seconds, pid_t owner)
    {
        m_hasDeadline = seconds > 0;
        m_deadline = Clock::now() + std::chrono::seconds(seconds);
        m_owner = owner;
        m_ownerStart = owner > 0 ? startTimeOf(owner) : 0;
        if (owner > 0 && m_ownerStart == 0)
            m_owner = 0; // already gone: checked on the next tick through the deadline
    }
    void reap();
    void sweepOrphans();
    void handleClient(int client);
    std::string execute(const std::vector<std::string> &request, bool &shutdownAfter);
    std::string spawn(const std::vector<std::string> &request);
    std::string stopService(const std::string &name, int signal, int graceMs);
    std::string list() const;
    void teardown(const std::string &reason);
    bool isServicePid(pid_t pid) const;

    DaemonOptions m_options;
    LabFiles m_files;
    int m_toWatchdog;
    int m_fromWatchdog;
    pid_t m_watchdog;
    std::map<std::string, Service> m_services;
    bool m_hasDeadline = false;
    Clock::time_point m_deadline{};
    pid_t m_owner = 0;
    std::uint64_t m_ownerStart = 0;
};

bool Daemon::isServicePid(pid_t pid) const
{
    return std::any_of(m_services.begin(), m_services.end(),
                       [pid](const auto &entry) { return entry.second.running && entry.second.pid == pid; });
}

void Daemon::reap()
{
    for (;;) {
        int status = 0;
        const pid_t pid = waitpid(-1, &status, WNOHANG);
        if (pid <= 0)
            return;
        for (auto &[name, service] : m_services) {
            if (service.running && service.pid == pid) {
                service.running = false;
                service.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
                logLine(name + " (pid " + std::to_string(pid) + ") ended with status " +
                        std::to_string(service.exitStatus));
            }
        }
    }
}

// As the subreaper we inherit what a dead service left behind (nginx workers of a killed
// master, php-fpm children of a crashed one). Under a service manager they would die
// with their unit's cgroup; here they die with their parent.
void Daemon::sweepOrphans()
{
    const pid_t self = getpid();
    for (const ProcInfo &info : allProcesses()) {
        if (info.parent == self && info.pid != m_watchdog && !isServicePid(info.pid) && info.state != 'Z')
            kill(info.pid, SIGKILL);
    }
}

std::string Daemon::spawn(const std::vector<std::string> &request)
{
    // spawn NAME LOGFILE CWD ARGV...
    if (request.size() < 5)
        return "ERR usage: spawn NAME LOG CWD PROGRAM [ARGS...]";
    const std::string &name = request[1];
    auto existing = m_services.find(name);
    if (existing != m_services.end() && existing->second.running && isAlive(existing->second.pid))
        return "ERR " + name + " is already running (pid " + std::to_string(existing->second.pid) + ")";
    std::string error;
    const std::string log = m_files.resolve(request[2], false, error);
    const std::string cwd = request[3] == "." ? m_files.root() : m_files.resolve(request[3], false, error);
    if (log.empty() || cwd.empty())
        return "ERR " + error;
    if (request[4].empty() || request[4].front() != '/')
        return "ERR the program must be an absolute path: " + request[4];

    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0)
        return "ERR " + errnoText("pipe");
    const pid_t supervisor = getpid();
    const pid_t pid = fork();
    if (pid < 0) {
        close(report[0]);
        close(report[1]);
        return "ERR " + errnoText("fork");
    }
    if (pid == 0) {
        // If the supervisor dies, the kernel ends its direct children at once; the
        // watchdog takes care of the rest of the session.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != supervisor)
            _exit(127);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        for (int sig = 1; sig < 32; ++sig)
            signal(sig, SIG_DFL);
        const int in = open("/dev/null", O_RDONLY);
        const int out = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW, 0644);
        if (in < 0 || out < 0 || chdir(cwd.c_str()) != 0) {
            const int code = errno;
            (void)!write(report[1], &code, sizeof code);
            _exit(127);
        }
        dup2(in, 0);
        dup2(out, 1);
        dup2(out, 2);
        closeFdsExcept({report[1]});
        std::vector<char *> argv;
        for (std::size_t i = 4; i < request.size(); ++i)
            argv.push_back(const_cast<char *>(request[i].c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        const int code = errno;
        (void)!write(report[1], &code, sizeof code);
        _exit(127);
    }
    close(report[1]);
    int code = 0;
    ssize_t got = 0;
    do {
        got = read(report[0], &code, sizeof code);
    } while (got < 0 && errno == EINTR);
    close(report[0]);
    if (got == static_cast<ssize_t>(sizeof code)) {
        waitpid(pid, nullptr, 0);
        return "ERR cannot start " + request[4] + ": " + std::strerror(code);
    }
    Service service;
    service.pid = pid;
    service.startTime = startTimeOf(pid);
    service.running = true;
    m_services[name] = service;
    logLine("started " + name + " (pid " + std::to_string(pid) + "): " + request[4]);
    return "OK " + std::to_string(pid) + " " + std::to_string(service.startTime);
}

std::string Daemon::stopService(const std::string &name, int sig, int graceMs)
{
    const auto it = m_services.find(name);
    if (it == m_services.end())
        return "ERR no service " + name;
    Service &service = it->second;
    if (!service.running)
        return "OK not running " + std::to_string(service.exitStatus);
    const std::vector<pid_t> tree = descendantsOf(service.pid);
    kill(service.pid, sig);
    const auto until = Clock::now() + std::chrono::milliseconds(graceMs);
    while (service.running && Clock::now() < until) {
        sleepMs(5);
        reap();
    }
    if (service.running) {
        for (const pid_t pid : descendantsOf(service.pid))
            kill(pid, SIGKILL);
        kill(service.pid, SIGKILL);
        while (service.running) {
            sleepMs(2);
            reap();
        }
    }
    // Whatever it forked and left behind goes with it.
    for (const pid_t pid : tree)
        kill(pid, SIGKILL);
    sweepOrphans();
    reap();
    return "OK stopped " + std::to_string(service.exitStatus);
}

std::string Daemon::list() const
{
    std::string text = "OK\n";
    for (const auto &[name, service] : m_services) {
        text += name + " " + std::to_string(service.pid) + " " + std::to_string(service.startTime) + " " +
                (service.running ? "running" : "exited") + " " + std::to_string(service.exitStatus) + "\n";
    }
    return text;
}

std::string Daemon::execute(const std::vector<std::string> &request, bool &shutdownAfter)
{
    const std::string &command = request.front();
    if (command == "spawn")
        return spawn(request);
    if (command == "stop" && request.size() >= 2) {
        const int sig = request.size() >= 3 ? signalNumber(request[2]) : SIGTERM;
        const int grace = request.size() >= 4 ? std::atoi(request[3].c_str()) : 3000;
        if (sig < 0)
            return "ERR unknown signal " + request[2];
        return stopService(request[1], sig, std::clamp(grace, 0, 60000));
    }
    if (command == "signal" && request.size() == 3) {
        const auto it = m_services.find(request[1]);
        const int sig = signalNumber(request[2]);
        if (it == m_services.end() || !it->second.running)
            return "ERR " + request[1] + " is not running";
        if (sig < 0)
            return "ERR unknown signal " + request[2];
        if (kill(it->second.pid, sig) != 0)
            return "ERR " + errnoText("kill");
        return "OK";
    }
    if (command == "list")
        return list();
    if (command == "lease" && request.size() >= 2) {
        const int seconds = std::atoi(request[1].c_str());
        const pid_t owner = request.size() >= 3 ? static_cast<pid_t>(std::atol(request[2].c_str())) : 0;
        setLease(seconds, owner);
        logLine("lease: " + std::to_string(seconds) + " s, owner " + std::to_string(owner));
        return "OK";
    }
    if (command == "shutdown") {
        shutdownAfter = true;
        return "OK";
    }
    return "ERR unknown request " + command;
}

void Daemon::handleClient(int client)
{
    ucred peer{};
    socklen_t length = sizeof peer;
    if (getsockopt(client, SOL_SOCKET, SO_PEERCRED, &peer, &length) != 0 ||
        (peer.uid != geteuid() && peer.uid != 0)) {
        close(client);
        return;
    }
    const timeval limit{2, 0};
    setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
    std::string data;
    char buffer[4096];
    // The request: NUL-terminated fields, ended by an empty one.
    while (data.size() < 1024 * 1024 &&
           !(data.size() >= 2 && data.compare(data.size() - 2, 2, "\0\0", 2) == 0)) {
        const ssize_t n = recv(client, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        data.append(buffer, static_cast<std::size_t>(n));
    }
    std::vector<std::string> request;
    std::size_t at = 0;
    while (at < data.size()) {
        const std::size_t end = data.find('\0', at);
        if (end == std::string::npos || end == at)
            break;
        request.push_back(data.substr(at, end - at));
        at = end + 1;
    }
    bool shutdownAfter = false;
    const std::string reply = request.empty() ? "ERR empty request" : execute(request, shutdownAfter);
    writeWhole(client, reply.back() == '\n' ? reply : reply + "\n");
    close(client);
    if (shutdownAfter)
        teardown("stopped on request");
}

void Daemon::teardown(const std::string &reason)
{
    logLine("tearing the lab down: " + reason);
    for (auto &[name, service] : m_services) {
        if (service.running)
            kill(service.pid, SIGTERM);
    }
    const auto until = Clock::now() + std::chrono::milliseconds(2000);
    while (Clock::now() < until && std::any_of(m_services.begin(), m_services.end(),
                                               [](const auto &entry) { return entry.second.running; })) {
        sleepMs(5);
        reap();
    }
    // Everything else in our session, whatever its parent now is.
    for (int round = 0; round < 400; ++round) {
        reap();
        const std::vector<pid_t> left = sessionMembers(getpid(), getpid());
        bool any = false;
        for (const pid_t pid : left) {
            if (pid != m_watchdog) {
                kill(pid, SIGKILL);
                any = true;
            }
        }
        if (!any)
            break;
        sleepMs(5);
    }
    endStrays(m_files, getpid());
    deleteNftTable(recordedNftTable(m_files));
    writeRecord(m_files.root() + "/" + kEndedRecord, reason + "\n");
    unlink((m_files.root() + "/" + kSocketName).c_str());
    // The watchdog sees the pipe close and ends too (it finds nothing left to kill).
    close(m_toWatchdog);
    logLine("the lab has ended");
    std::exit(0);
}

int Daemon::run(int listenFd, int signalFd)
{
    for (;;) {
        pollfd fds[3] = {{signalFd, POLLIN, 0}, {listenFd, POLLIN, 0}, {m_fromWatchdog, POLLIN, 0}};
        const int ready = poll(fds, 3, 250);
        if (ready < 0 && errno != EINTR)
            teardown(errnoText("poll"));
        reap();
        sweepOrphans();
        if (m_owner > 0 && !isAlive(m_owner, m_ownerStart))
            teardown("its owner (pid " + std::to_string(m_owner) + ") ended");
        if (m_hasDeadline && Clock::now() >= m_deadline)
            teardown("the time limit passed");
        if (ready <= 0)
            continue;
        if (fds[2].revents & (POLLIN | POLLHUP | POLLERR))
            teardown("its watchdog ended");
        if (fds[0].revents & POLLIN) {
            signalfd_siginfo info{};
            if (read(signalFd, &info, sizeof info) == static_cast<ssize_t>(sizeof info) &&
                info.ssi_signo != SIGCHLD)
                teardown("signal " + std::to_string(info.ssi_signo));
        }
        if (fds[1].revents & POLLIN) {
            const int client = accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0)
                handleClient(client);
        }
    }
}

// The watchdog: a second process of the lab's session whose only job is to notice that
// the supervisor is gone (its pipe closes, however it died, SIGKILL included) and to end
// every process of the session then.
[[noreturn]] void runWatchdog(const std::string &labDir, int fromSupervisor, int toSupervisor)
{
    prctl(PR_SET_NAME, "gd-lab-watchdog", 0, 0, 0);
    closeFdsExcept({fromSupervisor, toSupervisor, 2});
    pollfd pfd{fromSupervisor, POLLIN, 0};
    for (;;) {
        char byte = 0;
        const int ready = poll(&pfd, 1, -1);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready > 0 && read(fromSupervisor, &byte, 1) > 0)
            continue;
        break; // EOF: the supervisor has ended
    }
    const LabFiles files(labDir);
    for (int round = 0; round < 400; ++round) {
        const std::vector<pid_t> left = sessionMembers(getsid(0), getpid());
        if (left.empty())
            break;
        for (const pid_t pid : left)
            kill(pid, SIGKILL);
        sleepMs(5);
    }
    // An orderly end wrote its record before closing the pipe; without one the
    // supervisor was killed, and the rest of its teardown is ours.
    const std::string ended = labDir + "/" + kEndedRecord;
    if (access(ended.c_str(), F_OK) != 0) {
        endStrays(files, getsid(0));
        deleteNftTable(recordedNftTable(files));
        writeRecord(ended, "the supervisor died; its watchdog ended the lab\n");
        logLine("watchdog: the supervisor died; every lab process was ended");
    }
    _exit(0);
}

int bindControlSocket(const std::string &path, std::string &error)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path) {
        error = "the lab directory's path is too long for a unix socket: " + path;
        return -1;
    }
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    unlink(path.c_str());
    const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    // 0600 from the start: only the lab's owner (and root) may talk to it.
    const mode_t old = umask(0177);
    const bool bound = fd >= 0 && bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    umask(old);
    if (!bound || listen(fd, 16) != 0) {
        error = errnoText("control socket " + path);
        if (fd >= 0)
            close(fd);
        return -1;
    }
    return fd;
}

} // namespace

void endStrays(const LabFiles &files, pid_t session)
{
    // pid files under run/ other than our own record.
    std::vector<std::string> records;
    std::vector<std::string> dirs{files.root() + "/run"};
    while (!dirs.empty()) {
        const std::string dir = dirs.back();
        dirs.pop_back();
        DIR *handle = opendir(dir.c_str());
        if (!handle)
            continue;
        while (const dirent *entry = readdir(handle)) {
            const std::string name = entry->d_name;
            if (name == "." || name == "..")
                continue;
            const std::string path = dir + "/" + name;
            struct stat st
            {
            };
            if (lstat(path.c_str(), &st) != 0)
                continue;
            if (S_ISDIR(st.st_mode) && dirs.size() < 16)
                dirs.push_back(path);
            else if (S_ISREG(st.st_mode) && name.size() > 4 &&
                     name.compare(name.size() - 4, 4, ".pid") == 0 && path != files.root() + "/" + kPidRecord)
                records.push_back(path);
        }
        closedir(handle);
    }
    for (const std::string &record : records) {
        const pid_t pid = static_cast<pid_t>(std::atol(readRecord(record).c_str()));
        ProcInfo info;
        if (pid <= 1 || !readProc(pid, info) || info.session == session || !isAlive(pid))
            continue;
        // The record names it, and it says it runs this lab's files (an nginx master keeps
        // its arguments in its title): then it is the lab's, started by hand outside the
        // supervisor.
        std::ifstream in("/proc/" + std::to_string(pid) + "/cmdline");
        std::string cmdline((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (cmdline.find(files.root() + "/") == std::string::npos)
            continue;
        std::vector<pid_t> tree = descendantsOf(pid);
        tree.push_back(pid);
        for (const pid_t member : tree)
            kill(member, SIGTERM);
        const auto until = Clock::now() + std::chrono::milliseconds(2000);
        while (isAlive(pid) && Clock::now() < until)
            sleepMs(10);
        for (const pid_t member : tree)
            kill(member, SIGKILL);
        logLine("ended a process the lab's record " + record + " names (pid " + std::to_string(pid) +
                "), started outside the supervisor");
    }
}

int printPorts(int count)
{
    std::vector<int> fds;
    std::string freeList = "FREE";
    for (int i = 0; i < std::clamp(count, 1, 64); ++i) {
        const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        // Held open until all are chosen, so the kernel hands out distinct ones.
        if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
            getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
            std::perror("bind");
            return 2;
        }
        fds.push_back(fd);
        freeList += " " + std::to_string(ntohs(address.sin_port));
    }
    for (const int fd : fds)
        close(fd);
    std::string listening = "LISTEN";
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        std::ifstream in(table);
        std::string line;
        std::getline(in, line); // header
        while (std::getline(in, line)) {
            std::istringstream fields(line);
            std::string slot, local, remote, state;
            fields >> slot >> local >> remote >> state;
            const auto colon = local.rfind(':');
            if (state == "0A" && colon != std::string::npos)
                listening += " " + std::to_string(std::stoi(local.substr(colon + 1), nullptr, 16));
        }
    }
    std::printf("%s\n%s\n", freeList.c_str(), listening.c_str());
    return 0;
}

std::string recordedNftTable(const LabFiles &files)
{
    std::string name = readRecord(files.root() + "/" + kNftRecord);
    while (!name.empty() && (name.back() == '\n' || name.back() == ' '))
        name.pop_back();
    return isValidTableName(name) ? name : std::string();
}

void deleteNftTable(const std::string &table)
{
    if (table.empty())
        return;
    for (const char *nft : {"/usr/sbin/nft", "/sbin/nft", "/usr/bin/nft"}) {
        if (access(nft, X_OK) != 0)
            continue;
        const pid_t pid = fork();
        if (pid == 0) {
            const int null = open("/dev/null", O_RDWR);
            dup2(null, 0);
            dup2(null, 1);
            dup2(null, 2);
            execl(nft, nft, "delete", "table", "inet", table.c_str(), static_cast<char *>(nullptr));
            _exit(127);
        }
        if (pid > 0) {
            int status = 0;
            while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
            }
        }
        return;
    }
}

int startDaemon(const DaemonOptions &options)
{
    const LabFiles files(options.labDir);
    std::string error;
    if (!files.initialise(error)) {
        std::fprintf(stderr, "gateway-doctor-lab-supervisor: %s\n", error.c_str());
        return 2;
    }
    if (options.othersMustEnter) {
        if (const std::string closed = files.closedToOthers(); !closed.empty()) {
            std::fprintf(
                stderr,
                "gateway-doctor-lab-supervisor: nginx's workers (another user) cannot enter %s (no x "
                "for others), so they could not reach the lab's files and sockets; choose a lab "
                "directory under a path they can enter\n",
                closed.c_str());
            return 2;
        }
    }
    for (const char *dir : {"/run", "/var", "/var/log"})
        mkdir((options.labDir + dir).c_str(), 0755);
    if (const std::string record = readRecord(options.labDir + "/" + kPidRecord); !record.empty()) {
        std::istringstream fields(record);
        long pid = 0;
        std::uint64_t start = 0;
        fields >> pid >> start;
        if (isAlive(static_cast<pid_t>(pid), start)) {
            std::fprintf(stderr,
                         "gateway-doctor-lab-supervisor: a lab already runs in %s (supervisor pid %ld)\n",
                         options.labDir.c_str(), pid);
            return 3;
        }
    }
    unlink((options.labDir + "/" + kEndedRecord).c_str());

    int ready[2];
    if (pipe2(ready, O_CLOEXEC) != 0) {
        std::perror("pipe");
        return 2;
    }
    std::fflush(stdout);
    const pid_t daemonPid = fork();
    if (daemonPid < 0) {
        std::perror("fork");
        return 2;
    }
    if (daemonPid > 0) {
        close(ready[1]);
        std::string reply;
        char buffer[512];
        ssize_t n = 0;
        while ((n = read(ready[0], buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
            if (n > 0)
                reply.append(buffer, static_cast<std::size_t>(n));
        }
        waitpid(daemonPid, nullptr, WNOHANG);
        if (reply.rfind("READY ", 0) == 0) {
            std::fputs(reply.c_str(), stdout);
            return 0;
        }
        std::fprintf(stderr, "gateway-doctor-lab-supervisor: %s",
                     reply.empty() ? "the supervisor did not start\n" : reply.c_str());
        return 2;
    }

    // The daemon: its own session (so it is the leader every lab process belongs to, and a
    // terminal's Ctrl-C or a closed SSH session does not reach it), the subreaper of
    // everything it starts, and no descriptor of the caller's.
    close(ready[0]);
    const auto fail = [&](const std::string &why) {
        writeWhole(ready[1], why + "\n");
        _exit(2);
    };
    if (setsid() < 0)
        fail(errnoText("setsid"));
    prctl(PR_SET_NAME, "gd-lab-supervis", 0, 0, 0);
    if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0)
        fail(errnoText("PR_SET_CHILD_SUBREAPER"));
    const int null = open("/dev/null", O_RDWR);
    const int log = open((options.labDir + "/" + kSupervisorLog).c_str(),
                         O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW, 0644);
    if (null < 0 || log < 0)
        fail(errnoText("open the supervisor's log"));
    dup2(null, 0);
    dup2(log, 1);
    dup2(log, 2);
    close(null);
    close(log);
    closeFdsExcept({ready[1]});

    sigset_t handled;
    sigemptyset(&handled);
    for (const int sig : {SIGTERM, SIGINT, SIGHUP, SIGCHLD, SIGQUIT})
        sigaddset(&handled, sig);
    sigprocmask(SIG_BLOCK, &handled, nullptr);
    signal(SIGPIPE, SIG_IGN);
    const int signalFd = signalfd(-1, &handled, SFD_CLOEXEC);
    if (signalFd < 0)
        fail(errnoText("signalfd"));
    const int listenFd = bindControlSocket(options.labDir + "/" + kSocketName, error);
    if (listenFd < 0)
        fail(error);
    const std::string pidText = std::to_string(getpid()) + " " + std::to_string(startTimeOf(getpid()));
    if (!writeRecord(options.labDir + "/" + kPidRecord, pidText + "\n"))
        fail(errnoText("write " + std::string(kPidRecord)));

    int down[2]; // supervisor -> watchdog: EOF when the supervisor is gone
    int up[2];   // watchdog -> supervisor: EOF when the watchdog is gone
    if (pipe2(down, O_CLOEXEC) != 0 || pipe2(up, O_CLOEXEC) != 0)
        fail(errnoText("pipe"));
    const pid_t watchdog = fork();
    if (watchdog < 0)
        fail(errnoText("fork"));
    if (watchdog == 0) {
        close(down[1]);
        close(up[0]);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        // A SIGTERM meant for the lab's process group must not take the watchdog first.
        signal(SIGTERM, SIG_IGN);
        signal(SIGINT, SIG_IGN);
        signal(SIGHUP, SIG_IGN);
        runWatchdog(options.labDir, down[0], up[1]);
    }
    close(down[0]);
    close(up[1]);
    logLine("supervisor started for " + options.labDir + "; watchdog pid " + std::to_string(watchdog));
    writeWhole(ready[1], "READY " + pidText + "\n");
    close(ready[1]);
    Daemon daemon(options, down[1], up[0], watchdog);
    return daemon.run(listenFd, signalFd);
}

int sendRequest(const std::string &labDir, const std::vector<std::string> &request)
{
    const std::string path = labDir + "/" + kSocketName;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path) {
        std::fprintf(stderr, "gateway-doctor-lab-supervisor: path too long: %s\n", path.c_str());
        return 2;
    }
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        std::fprintf(stderr, "gateway-doctor-lab-supervisor: no lab supervisor answers in %s (%s)\n",
                     labDir.c_str(), std::strerror(errno));
        return 4;
    }
    std::string data;
    for (const std::string &field : request) {
        data += field;
        data += '\0';
    }
    data += '\0';
    signal(SIGPIPE, SIG_IGN);
    writeWhole(fd, data);
    std::string reply;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = read(fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
        if (n > 0)
            reply.append(buffer, static_cast<std::size_t>(n));
    }
    close(fd);
    std::fputs(reply.c_str(), stdout);
    return reply.rfind("OK", 0) == 0 ? 0 : 1;
}

int cleanLab(const std::string &labDir, bool keepFiles)
{
    const LabFiles files(labDir);
    struct stat st
    {
    };
    if (lstat(labDir.c_str(), &st) != 0) {
        std::puts("CLEAN nothing there");
        return 0;
    }
    if (!files.isLab()) {
        std::fprintf(stderr, "gateway-doctor-lab-supervisor: %s is not a lab directory (no %s)\n",
                     labDir.c_str(), kMarkerName);
        return 3;
    }
    long pid = 0;
    std::uint64_t start = 0;
    std::istringstream(readRecord(labDir + "/" + kPidRecord)) >> pid >> start;
    const auto session = static_cast<pid_t>(pid);
    int ended = 0;
    if (session > 0 && isAlive(session, start)) {
        kill(session, SIGTERM); // its own teardown ends the services in order
        const auto until = Clock::now() + std::chrono::seconds(8);
        while (isAlive(session, start) && Clock::now() < until)
            sleepMs(10);
        ended = 1;
    }
    // Our session by its number, unless that number now belongs to someone else: a live
    // process with that pid but another start time. (While any member of our session
    // lives, the kernel does not hand its number out again.)
    const bool sessionIsOurs = session > 0 && (!isAlive(session) || isAlive(session, start));
    std::size_t killed = 0;
    if (sessionIsOurs) {
        for (int round = 0; round < 400; ++round) {
            const std::vector<pid_t> left = sessionMembers(session);
            if (left.empty())
                break;
            for (const pid_t member : left)
                kill(member, SIGKILL);
            killed += left.size();
            sleepMs(5);
        }
    }
    endStrays(files, session);
    deleteNftTable(recordedNftTable(files));
    const std::size_t left = sessionIsOurs ? sessionMembers(session).size() : 0;
    std::string error;
    if (!keepFiles && !files.removeAll(error)) {
        std::fprintf(stderr, "gateway-doctor-lab-supervisor: %s\n", error.c_str());
        return 1;
    }
    if (left > 0) {
        std::fprintf(stderr, "gateway-doctor-lab-supervisor: %zu lab processes are still running\n", left);
        return 1;
    }
    std::printf("CLEAN supervisor=%d killed=%zu\n", ended, killed);
    return 0;
}

} // namespace gdlab

// gateway-doctor-lab-upstream: a real, deliberately misbehaving HTTP upstream for the
// practice lab (app/lab) and the test lab (tests/lab).
//
// nginx only writes its upstream error lines when a real peer does the real thing
// (refuses, closes, resets, stalls, sends a huge header), so the labs need a server
// that does exactly one of those on demand. Plain C++ and POSIX sockets on purpose:
// no Qt, no event loop, nothing that could itself hide or soften the misbehaviour.
//
//   gateway-doctor-lab-upstream [--config FILE]
//                   (--listen ADDR:PORT | --unix PATH [--unix-mode 0660]
//                    [--unix-owner USER] [--unix-group GROUP])
//                   --mode ok|close|reset|slow|hugeheader|badheader|hang|noaccept
//                   [--delay-ms N] [--header-bytes N] [--body TEXT] [--partial TEXT]
//                   [--backlog N]   (default 511; noaccept: 0)
//                   [--worker-timeout-ms N]
//   gateway-doctor-lab-upstream --mode load --target http://ADDR:PORT/PATH [--concurrency N]
//
// --config FILE reads the same options from an app config file, one "name = value" per
// line ('#' starts a comment), where name is the option without its dashes; options
// given after it on the command line win. The practice lab writes such a file per app,
// so a trainee changes the app's settings the way one changes a real app's.
//
// A request that does not start like HTTP (a FastCGI record, a TLS ClientHello) gets
// "400 Bad Request" at once, as from any real HTTP server: that is what makes nginx say
// "unsupported FastCGI protocol version" or "wrong version number" in the lab.
//
// --mode badheader answers 200 with a header whose value holds a NUL byte
// ("X-Debug-Trace: req-1\0tail"), an application bug nginx refuses with "upstream sent
// invalid header" and a 502.
//
// --worker-timeout-ms: a request whose handling (--delay-ms) takes longer is cut off at
// that time, the way gunicorn's arbiter kills a worker: the connection is closed without
// an answer and "[CRITICAL] WORKER TIMEOUT" goes to stderr.
//
// --mode load is the lab's traffic: N threads that each keep one request to the target
// in flight, again and again (a nightly export job, a crawler). It prints "READY load N".
//
// ADDR is numeric: 127.0.0.1:8080 or [::1]:8080; port 0 picks a free port. Once the
// socket listens it prints "READY <address>" (e.g. "READY 127.0.0.1:41234") on stdout,
// which is how the lab learns both that it is up and which port it got (no race).
// Exits with status 0 on SIGTERM/SIGINT/SIGHUP and removes its unix socket file.
// Its process name is "gd-lab-upstream" (ps, ss), short enough for the kernel's 15 bytes.

#include <arpa/inet.h>
#include <fcntl.h>
#include <grp.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace {

enum class Mode
{
    Ok,
    Close,
    Reset,
    Slow,
    HugeHeader,
    BadHeader,
    Hang,
    NoAccept,
    Load
};

struct Options
{
    std::string listen;
    std::string unixPath;
    std::optional<mode_t> unixMode;
    std::string unixOwner;
    std::string unixGroup;
    Mode mode = Mode::Ok;
    int delayMs = -1; // -1: the mode's default
    int headerBytes = 16384;
    int backlog = -1; // -1: 511, or 0 for noaccept
    std::string body = "gd-lab-upstream ok\n";
    std::string partial;
    int workerTimeoutMs = 0; // 0: none
    std::string target;      // load: http://ADDR:PORT/PATH
    int concurrency = 4;     // load
};

[[noreturn]] void die(const std::string &message)
{
    std::fprintf(stderr, "gd-lab-upstream: %s\n", message.c_str());
    std::exit(2);
}

std::string errnoText(const char *what)
{
    return std::string(what) + ": " + std::strerror(errno);
}

std::optional<Mode> parseMode(std::string_view text)
{
    if (text == "ok")
        return Mode::Ok;
    if (text == "close")
        return Mode::Close;
    if (text == "reset")
        return Mode::Reset;
    if (text == "slow")
        return Mode::Slow;
    if (text == "hugeheader")
        return Mode::HugeHeader;
    if (text == "badheader")
        return Mode::BadHeader;
    if (text == "hang")
        return Mode::Hang;
    if (text == "noaccept")
        return Mode::NoAccept;
    if (text == "load")
        return Mode::Load;
    return std::nullopt;
}

int parseInt(const std::string &text, const char *what, int base = 10)
{
    char *end = nullptr;
    errno = 0;
    const long value = std::strtol(text.c_str(), &end, base);
    if (errno != 0 || end == text.c_str() || *end != '\0' || value < 0 || value > 1 << 30)
        die(std::string("bad value for ") + what + ": " + text);
    return static_cast<int>(value);
}

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

struct Parser
{
    Options options;
    bool haveMode = false;

    // One option by its name without dashes; false when the name is unknown.
    bool apply(const std::string &name, const std::string &value)
    {
        if (name == "listen")
            options.listen = value;
        else if (name == "unix")
            options.unixPath = value;
        else if (name == "unix-mode")
            options.unixMode = static_cast<mode_t>(parseInt(value, "--unix-mode", 8));
        else if (name == "unix-owner")
            options.unixOwner = value;
        else if (name == "unix-group")
            options.unixGroup = value;
        else if (name == "mode") {
            const auto mode = parseMode(value);
            if (!mode)
                die("unknown mode: " + value);
            options.mode = *mode;
            haveMode = true;
        } else if (name == "delay-ms")
            options.delayMs = parseInt(value, "--delay-ms");
        else if (name == "header-bytes")
            options.headerBytes = parseInt(value, "--header-bytes");
        else if (name == "backlog")
            options.backlog = parseInt(value, "--backlog");
        else if (name == "body")
            options.body = value;
        else if (name == "partial")
            options.partial = value;
        else if (name == "worker-timeout-ms")
            options.workerTimeoutMs = parseInt(value, "--worker-timeout-ms");
        else if (name == "target")
            options.target = value;
        else if (name == "concurrency")
            options.concurrency = std::max(1, parseInt(value, "--concurrency"));
        else
            return false;
        return true;
    }

    void readConfig(const std::string &path)
    {
        std::ifstream in(path);
        if (!in)
            die("cannot read config " + path + ": " + std::strerror(errno));
        std::string line;
        int number = 0;
        while (std::getline(in, line)) {
            ++number;
            if (const auto hash = line.find('#'); hash != std::string::npos)
                line.erase(hash);
            line = trimmed(line);
            if (line.empty())
                continue;
            const auto equals = line.find('=');
            const std::string where = path + ":" + std::to_string(number);
            if (equals == std::string::npos)
                die(where + ": expected \"name = value\"");
            // Underscores read as dashes: delay_ms and delay-ms are the same setting.
            std::string name = trimmed(line.substr(0, equals));
            std::replace(name.begin(), name.end(), '_', '-');
            if (!apply(name, trimmed(line.substr(equals + 1))))
                die(where + ": unknown setting " + name);
        }
    }
};

Options parseArguments(int argc, char **argv)
{
    Parser parser;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--", 0) != 0)
            die("unknown argument: " + arg);
        if (i + 1 >= argc)
            die("missing value after " + arg);
        const std::string value = argv[++i];
        if (arg == "--config")
            parser.readConfig(value);
        else if (!parser.apply(arg.substr(2), value))
            die("unknown argument: " + arg);
    }
    Options &options = parser.options;
    if (!parser.haveMode)
        die("--mode is required");
    if (options.mode == Mode::Load) {
        if (options.target.empty())
            die("--mode load needs --target http://ADDR:PORT/PATH");
        return options;
    }
    if (options.listen.empty() == options.unixPath.empty())
        die("give exactly one of --listen ADDR:PORT and --unix PATH");
    if (options.delayMs < 0)
        options.delayMs = options.mode == Mode::Slow ? 5000 : 0;
    if (options.backlog < 0)
        options.backlog = options.mode == Mode::NoAccept ? 0 : 511;
    return options;
}

// ---- socket setup -------------------------------------------------------------------

struct Listener
{
    int fd = -1;
    std::string address; // what READY reports
    sockaddr_storage bound{};
    socklen_t boundLength = 0;
};

Listener listenTcp(const Options &options)
{
    // "[::1]:80" or "127.0.0.1:80"; brackets are how IPv6 literals carry a port.
    std::string host;
    std::string port;
    const std::string &text = options.listen;
    if (!text.empty() && text.front() == '[') {
        const auto close = text.find("]:");
        if (close == std::string::npos)
            die("bad --listen address: " + text);
        host = text.substr(1, close - 1);
        port = text.substr(close + 2);
    } else {
        const auto colon = text.rfind(':');
        if (colon == std::string::npos)
            die("bad --listen address (want ADDR:PORT): " + text);
        host = text.substr(0, colon);
        port = text.substr(colon + 1);
    }
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | AI_PASSIVE;
    addrinfo *found = nullptr;
    if (const int rc = getaddrinfo(host.c_str(), port.c_str(), &hints, &found); rc != 0)
        die("cannot parse --listen " + text + ": " + gai_strerror(rc));

    const int fd = socket(found->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        die(errnoText("socket"));
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (found->ai_family == AF_INET6) // [::1] must not also catch IPv4
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
    if (bind(fd, found->ai_addr, found->ai_addrlen) != 0)
        die(errnoText(("bind " + text).c_str()));
    freeaddrinfo(found);
    if (listen(fd, options.backlog) != 0)
        die(errnoText("listen"));

    sockaddr_storage bound{};
    socklen_t length = sizeof bound;
    getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &length);
    char name[INET6_ADDRSTRLEN] = {};
    if (bound.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&bound);
        inet_ntop(AF_INET6, &in6->sin6_addr, name, sizeof name);
        return {fd, "[" + std::string(name) + "]:" + std::to_string(ntohs(in6->sin6_port)), bound, length};
    }
    const auto *in4 = reinterpret_cast<const sockaddr_in *>(&bound);
    inet_ntop(AF_INET, &in4->sin_addr, name, sizeof name);
    return {fd, std::string(name) + ":" + std::to_string(ntohs(in4->sin_port)), bound, length};
}

Listener listenUnix(const Options &options)
{
    const std::string &path = options.unixPath;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path)
        die("unix socket path too long: " + path);
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);

    // A socket file left by a killed run would make bind fail with EADDRINUSE; only
    // remove it when it really is a socket, never a file someone else cares about.
    struct stat st
    {
    };
    if (lstat(path.c_str(), &st) == 0) {
        if (!S_ISSOCK(st.st_mode))
            die("refusing to replace non-socket " + path);
        unlink(path.c_str());
    }

    const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        die(errnoText("socket"));
    if (bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        die(errnoText(("bind " + path).c_str()));
    // Mode and owner are set before listen(), so no client can connect through a
    // momentarily wider permission than the test asked for.
    if (options.unixMode && chmod(path.c_str(), *options.unixMode) != 0)
        die(errnoText("chmod"));
    if (!options.unixOwner.empty() || !options.unixGroup.empty()) {
        uid_t uid = static_cast<uid_t>(-1);
        gid_t gid = static_cast<gid_t>(-1);
        if (!options.unixOwner.empty()) {
            const passwd *pw = getpwnam(options.unixOwner.c_str());
            if (!pw)
                die("unknown user " + options.unixOwner);
            uid = pw->pw_uid;
        }
        if (!options.unixGroup.empty()) {
            const group *gr = getgrnam(options.unixGroup.c_str());
            if (!gr)
                die("unknown group " + options.unixGroup);
            gid = gr->gr_gid;
        }
        if (chown(path.c_str(), uid, gid) != 0)
            die(errnoText("chown"));
    }
    if (listen(fd, options.backlog) != 0)
        die(errnoText("listen"));
    Listener listener{fd, "unix:" + path, {}, sizeof address};
    std::memcpy(&listener.bound, &address, sizeof address);
    return listener;
}

// noaccept: connect to ourselves until the accept queue is full, and hold those
// connections. Then a TCP client's SYN is dropped (nginx: "upstream timed out (110)
// while connecting") and a unix client's connect() fails with EAGAIN (nginx: "(11:
// Resource temporarily unavailable)"), as with a saturated app server or php-fpm pool.
void fillBacklog(const Listener &listener)
{
    for (int i = 0; i < 4096; ++i) {
        const int fd = socket(listener.bound.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0)
            die(errnoText("socket"));
        if (connect(fd, reinterpret_cast<const sockaddr *>(&listener.bound), listener.boundLength) == 0)
            continue; // queued; keep the fd open for the life of the process
        if (errno == EINPROGRESS) {
            pollfd pfd{fd, POLLOUT, 0};
            int error = 0;
            socklen_t length = sizeof error;
            if (poll(&pfd, 1, 100) == 1 && getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 &&
                error == 0)
                continue;
        }
        close(fd); // this one did not fit: the queue is full
        return;
    }
    die("could not fill the listen backlog");
}

// ---- one connection -------------------------------------------------------------------

bool sendAll(int fd, std::string_view data)
{
    while (!data.empty()) {
        const ssize_t sent = send(fd, data.data(), data.size(), MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return false;
        data.remove_prefix(static_cast<size_t>(sent));
    }
    return true;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

struct Request
{
    bool complete = false;
    bool keepAlive = false;
    bool notHttp = false; // the first byte cannot start an HTTP method
};

// An HTTP request starts with a method token; a FastCGI record starts with its version
// byte (1) and a TLS ClientHello with 0x16.
bool canStartHttp(char c)
{
    return c >= 'A' && c <= 'Z';
}

// Reads one request (head plus a Content-Length body) and keeps what follows in
// `pending` for the next request on a keep-alive connection.
Request readRequest(int fd, std::string &pending)
{
    Request request;
    char buffer[8192];
    size_t headEnd = std::string::npos;
    while ((headEnd = pending.find("\r\n\r\n")) == std::string::npos) {
        if (pending.size() > 1024 * 1024)
            return request;
        const ssize_t got = recv(fd, buffer, sizeof buffer, 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return request;
        pending.append(buffer, static_cast<size_t>(got));
        if (!canStartHttp(pending.front())) {
            request.notHttp = true;
            return request;
        }
    }
    const std::string head = lower(pending.substr(0, headEnd + 4));
    pending.erase(0, headEnd + 4);

    const bool http11 = head.find(" http/1.1\r\n") != std::string::npos;
    request.keepAlive = http11 ? head.find("\r\nconnection: close") == std::string::npos
                               : head.find("\r\nconnection: keep-alive") != std::string::npos;
    size_t bodyLength = 0;
    if (const auto at = head.find("\r\ncontent-length:"); at != std::string::npos)
        bodyLength = std::strtoul(head.c_str() + at + 17, nullptr, 10);
    while (pending.size() < bodyLength) {
        const ssize_t got = recv(fd, buffer, sizeof buffer, 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return request;
        pending.append(buffer, static_cast<size_t>(got));
    }
    pending.erase(0, bodyLength);
    request.complete = true;
    return request;
}

std::string okResponse(const Options &options, bool keepAlive, const std::string &extraHeaders = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " +
           std::to_string(options.body.size()) + "\r\n" + extraHeaders +
           "Connection: " + (keepAlive ? "keep-alive" : "close") + "\r\n\r\n" + options.body;
}

void drainUntilPeerCloses(int fd)
{
    char buffer[4096];
    for (;;) {
        const ssize_t got = recv(fd, buffer, sizeof buffer, 0);
        if (got == 0 || (got < 0 && errno != EINTR))
            return;
    }
}

void sleepMs(int ms)
{
    if (ms > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

// "[2026-12-05 04:12:02 +0000] [PID] [LEVEL] text" on stderr, gunicorn's log format, so
// the app's log reads like a real app server's.
void logLine(const char *level, const std::string &text)
{
    char stamp[64];
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S %z", &local);
    std::fprintf(stderr, "[%s] [%d] [%s] %s\n", stamp, static_cast<int>(getpid()), level, text.c_str());
    std::fflush(stderr);
}

void answerNotHttp(int fd)
{
    sendAll(fd, "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n"
                "Connection: close\r\n\r\nBad Request\n");
    shutdown(fd, SHUT_WR);
    close(fd);
}

void serveConnection(int fd, const Options &options)
{
    std::string pending;
    for (;;) {
        if (options.mode == Mode::Hang) {
            // Never answer, but notice when the peer gives up so the thread ends.
            drainUntilPeerCloses(fd);
            break;
        }
        const Request request = readRequest(fd, pending);
        if (request.notHttp) {
            answerNotHttp(fd);
            return;
        }
        if (!request.complete)
            break;
        if (options.workerTimeoutMs > 0 && options.delayMs > options.workerTimeoutMs) {
            sleepMs(options.workerTimeoutMs);
            logLine("CRITICAL", "WORKER TIMEOUT (request took longer than worker-timeout-ms = " +
                                    std::to_string(options.workerTimeoutMs) + ")");
            close(fd); // the worker is gone: no answer, an orderly end of stream
            return;
        }
        sleepMs(options.delayMs);
        switch (options.mode) {
        case Mode::Close:
            if (!options.partial.empty())
                sendAll(fd, options.partial);
            close(fd); // orderly FIN: nginx reads EOF -> "prematurely closed"
            return;
        case Mode::Reset: {
            if (!options.partial.empty())
                sendAll(fd, options.partial);
            // Linger 0 turns close() into an RST: nginx's recv() then fails with
            // ECONNRESET (104) instead of seeing an orderly end of stream.
            const linger abort{1, 0};
            setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
            close(fd);
            return;
        }
        case Mode::HugeHeader: {
            const int bytes = std::max(options.headerBytes, 1);
            const std::string cookie =
                "Set-Cookie: gdlab=" + std::string(static_cast<size_t>(bytes), 'x') + "\r\n";
            if (!sendAll(fd, okResponse(options, request.keepAlive, cookie)))
                break;
            if (!request.keepAlive) {
                close(fd);
                return;
            }
            continue;
        }
        case Mode::BadHeader: {
            // A NUL byte inside a header value (std::string keeps it: the length is explicit).
            static const char raw[] = "X-Debug-Trace: req-1\0tail\r\n";
            static const std::string header(raw, sizeof raw - 1);
            if (!sendAll(fd, okResponse(options, request.keepAlive, header)))
                break;
            if (!request.keepAlive) {
                close(fd);
                return;
            }
            continue;
        }
        case Mode::Ok:
        case Mode::Slow:
        case Mode::Hang:
        case Mode::NoAccept:
        case Mode::Load:
            if (!sendAll(fd, okResponse(options, request.keepAlive)))
                break;
            if (!request.keepAlive) {
                // Half-close, then wait for the peer's close, so the last bytes are
                // never lost to an RST caused by unread request bytes.
                shutdown(fd, SHUT_WR);
                drainUntilPeerCloses(fd);
                close(fd);
                return;
            }
            continue;
        }
        break;
    }
    close(fd);
}

// ---- load ---------------------------------------------------------------------------

struct LoadTarget
{
    sockaddr_storage address{};
    socklen_t length = 0;
    std::string hostHeader;
    std::string path;
};

LoadTarget parseTarget(const std::string &url)
{
    const std::string scheme = "http://";
    if (url.rfind(scheme, 0) != 0)
        die("--target must start with http://: " + url);
    const auto slash = url.find('/', scheme.size());
    const std::string authority = url.substr(scheme.size(), slash - scheme.size());
    LoadTarget target;
    target.hostHeader = authority;
    target.path = slash == std::string::npos ? "/" : url.substr(slash);
    std::string host;
    std::string port;
    if (!authority.empty() && authority.front() == '[') {
        const auto close = authority.find("]:");
        if (close == std::string::npos)
            die("bad --target address: " + url);
        host = authority.substr(1, close - 1);
        port = authority.substr(close + 2);
    } else {
        const auto colon = authority.rfind(':');
        if (colon == std::string::npos)
            die("--target needs a numeric ADDR:PORT: " + url);
        host = authority.substr(0, colon);
        port = authority.substr(colon + 1);
    }
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
    addrinfo *found = nullptr;
    if (const int rc = getaddrinfo(host.c_str(), port.c_str(), &hints, &found); rc != 0)
        die("cannot parse --target " + url + ": " + gai_strerror(rc));
    std::memcpy(&target.address, found->ai_addr, found->ai_addrlen);
    target.length = found->ai_addrlen;
    freeaddrinfo(found);
    return target;
}

// One request at a time, for ever: connect, ask, read until the server closes (or 60 s),
// and start over. A request that ended quickly (refused, or a fast error page) is
// followed by a pause, so a failing target gets a few requests a second per thread
// instead of a flood that buries everything else in the logs.
void keepOneRequestInFlight(const LoadTarget &target)
{
    using Clock = std::chrono::steady_clock;
    const std::string request = "GET " + target.path + " HTTP/1.1\r\nHost: " + target.hostHeader +
                                "\r\nUser-Agent: gd-lab-load\r\nConnection: close\r\n\r\n";
    for (;;) {
        const auto started = Clock::now();
        const int fd = socket(target.address.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd >= 0) {
            const timeval limit{60, 0};
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
            if (connect(fd, reinterpret_cast<const sockaddr *>(&target.address), target.length) == 0 &&
                sendAll(fd, request))
                drainUntilPeerCloses(fd);
            close(fd);
        }
        const auto took =
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count();
        sleepMs(took < 300 ? static_cast<int>(300 - took) : 5);
    }
}

[[noreturn]] void runLoad(const Options &options, int signalFd)
{
    const LoadTarget target = parseTarget(options.target);
    for (int i = 0; i < options.concurrency; ++i)
        std::thread(keepOneRequestInFlight, std::cref(target)).detach();
    std::printf("READY load %d\n", options.concurrency);
    std::fflush(stdout);
    pollfd pfd{signalFd, POLLIN, 0};
    while (poll(&pfd, 1, -1) < 0 && errno == EINTR) {
    }
    _exit(0);
}

} // namespace

int main(int argc, char **argv)
{
    // ps and ss show this name; the file name is longer than the kernel's 15 bytes.
    prctl(PR_SET_NAME, "gd-lab-upstream", 0, 0, 0);
    const Options options = parseArguments(argc, argv);

    // Signals are taken through a signalfd in the accept loop; blocking them first
    // means every connection thread inherits the mask and none of them is killed
    // half-way through a write by a signal meant for the whole server.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    const int signalFd = signalfd(-1, &stopSignals, SFD_CLOEXEC);
    if (signalFd < 0)
        die(errnoText("signalfd"));
    signal(SIGPIPE, SIG_IGN); // a peer that went away is normal here, not fatal
    if (options.mode == Mode::Load)
        runLoad(options, signalFd);

    const Listener listener = options.unixPath.empty() ? listenTcp(options) : listenUnix(options);
    if (options.mode == Mode::NoAccept)
        fillBacklog(listener);
    std::printf("READY %s\n", listener.address.c_str());
    std::fflush(stdout);

    pollfd fds[2] = {{signalFd, POLLIN, 0}, {listener.fd, POLLIN, 0}};
    // noaccept never accepts (see fillBacklog).
    const nfds_t watched = options.mode == Mode::NoAccept ? 1 : 2;
    for (;;) {
        if (poll(fds, watched, -1) < 0) {
            if (errno == EINTR)
                continue;
            die(errnoText("poll"));
        }
        if (fds[0].revents & POLLIN)
            break;
        if (watched > 1 && (fds[1].revents & POLLIN)) {
            const int client = accept4(listener.fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0)
                continue;
            if (options.unixPath.empty()) {
                const int one = 1;
                setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            }
            // One thread per connection: hang and slow connections must not hold up the
            // others, and the counts in a test stay tiny.
            std::thread(serveConnection, client, std::cref(options)).detach();
        }
    }

    if (!options.unixPath.empty())
        unlink(options.unixPath.c_str());
    // _exit: detached threads may still sit in recv(); no destructors must race them.
    std::fflush(stdout);
    _exit(0);
}

#include "app/lab/tools/supervisor/LabFiles.h"

#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>

// Bundle format (stdin of `write`): one header line per entry, the path last on its line,
// binary content right after the header where there is one:
//   MKDIR <mode> <path>
//   FILE <mode> <size> <path>      followed by <size> bytes (atomic: temp file + rename)
//   APPEND <size> <path>           followed by <size> bytes (O_APPEND, file must exist)
//   LINK <path>                    followed by one line: the link's target
//   CHMOD <mode> <path>
//   REMOVE <path>                  a file, socket or symlink (never a directory)
// Modes are octal. Entries of `read` (stdout):
//   FILE <mode> <mtime> <size> <path>  followed by <size> bytes and a newline
//   BIG <mode> <mtime> <size> <path>   a file above 4 MiB, without its content
//   DIR <mode> <mtime> <uid> <gid> <path>  then its entries, sorted, recursively
//   LINK <path>                        followed by one line: the target
//   SOCK <mode> <uid> <gid> <path>     a unix socket
//   OTHER <path>
//   MISSING <path>

namespace gdlab {

namespace {

constexpr std::size_t kMaxRead = 4 * 1024 * 1024;

std::string errnoText(const std::string &what)
{
    return what + ": " + std::strerror(errno);
}

std::vector<std::string> components(const std::string &relative)
{
    std::vector<std::string> parts;
    std::string part;
    for (const char c : relative) {
        if (c == '/') {
            parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.push_back(part);
    return parts;
}

bool parseMode(const std::string &text, unsigned &mode)
{
    char *end = nullptr;
    const unsigned long value = std::strtoul(text.c_str(), &end, 8);
    if (text.empty() || *end != '\0' || value > 07777)
        return false;
    mode = static_cast<unsigned>(value);
    return true;
}

bool readExactly(std::istream &in, std::size_t size, std::string &data)
{
    data.resize(size);
    in.read(data.data(), static_cast<std::streamsize>(size));
    return static_cast<std::size_t>(in.gcount()) == size;
}

int removeEntry(const char *path, const struct stat *, int type, FTW *)
{
    return type == FTW_DP ? rmdir(path) : unlink(path);
}

} // namespace

LabFiles::LabFiles(std::string root) : m_root(std::move(root))
{
    while (m_root.size() > 1 && m_root.back() == '/')
        m_root.pop_back();
}

bool LabFiles::isLab() const
{
    struct stat st
    {
    };
    return lstat((m_root + "/" + kMarkerName).c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool LabFiles::initialise(std::string &error) const
{
    if (m_root.empty() || m_root.front() != '/') {
        error = "the lab directory must be an absolute path: " + m_root;
        return false;
    }
    if (isLab())
        return true;
    // mkdir -p, each new directory 0755: the nginx workers (www-data when the lab runs as
    // root) must reach sockets and files inside.
    std::string path;
    for (const std::string &part : components(m_root.substr(1))) {
        path += "/" + part;
        if (mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) {
            error = errnoText("mkdir " + path);
            return false;
        }
    }
    struct stat st
    {
    };
    if (lstat(m_root.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        error = m_root + " is not a directory";
        return false;
    }
    if (DIR *dir = opendir(m_root.c_str())) {
        bool empty = true;
        while (const dirent *entry = readdir(dir)) {
            if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
                empty = false;
        }
        closedir(dir);
        if (!empty) {
            error = m_root + " is not empty and is not a lab directory (no " + kMarkerName +
                    "): refusing to use it";
            return false;
        }
    }
    chmod(m_root.c_str(), 0755);
    const int fd = open((m_root + "/" + kMarkerName).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        error = errnoText("create the lab marker");
        return false;
    }
    static const char text[] = "A Gateway Doctor practice lab. `gateway-doctor practice stop` removes it.\n";
    const bool written = write(fd, text, sizeof text - 1) == static_cast<ssize_t>(sizeof text - 1);
    close(fd);
    if (!written)
        error = "cannot write the lab marker";
    return written;
}

std::string LabFiles::resolve(const std::string &relative, bool finalMayBeLink, std::string &error) const
{
    if (relative.empty() || relative.front() == '/' || relative.find('\n') != std::string::npos) {
        error = "not a relative path inside the lab: " + relative;
        return {};
    }
    const std::vector<std::string> parts = components(relative);
    std::string path = m_root;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string &part = parts[i];
        if (part.empty() || part == "." || part == "..") {
            error = "not a plain path inside the lab: " + relative;
            return {};
        }
        path += "/" + part;
        struct stat st
        {
        };
        if (lstat(path.c_str(), &st) != 0)
            continue; // does not exist (yet): nothing below it can be a link either
        const bool last = i + 1 == parts.size();
        if (S_ISLNK(st.st_mode) && !(last && finalMayBeLink)) {
            error = "refusing to follow the symlink " + path;
            return {};
        }
    }
    return path;
}

bool LabFiles::makeParents(const std::string &relative, std::string &error) const
{
    const auto slash = relative.rfind('/');
    if (slash == std::string::npos)
        return true;
    std::string partial;
    for (const std::string &part : components(relative.substr(0, slash))) {
        partial += (partial.empty() ? "" : "/") + part;
        const std::string path = resolve(partial, false, error);
        if (path.empty())
            return false;
        if (mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) {
            error = errnoText("mkdir " + path);
            return false;
        }
    }
    return true;
}

bool LabFiles::writeFile(const std::string &relative, unsigned mode, const std::string &content,
                         std::string &error) const
{
    if (!makeParents(relative, error))
        return false;
    const std::string path = resolve(relative, false, error);
    if (path.empty())
        return false;
    const std::string temp = path + ".gd-lab-tmp";
    unlink(temp.c_str());
    const int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        error = errnoText("create " + temp);
        return false;
    }
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error = errnoText("write " + temp);
            close(fd);
            unlink(temp.c_str());
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    fchmod(fd, mode);
    close(fd);
    if (rename(temp.c_str(), path.c_str()) != 0) {
        error = errnoText("rename to " + path);
        unlink(temp.c_str());
        return false;
    }
    return true;
}

bool LabFiles::appendFile(const std::string &relative, const std::string &content, std::string &error) const
{
    const std::string path = resolve(relative, false, error);
    if (path.empty())
        return false;
    const int fd = open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        error = errnoText("open " + path);
        return false;
    }
    const bool ok = write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size());
    if (!ok)
        error = errnoText("append to " + path);
    close(fd);
    return ok;
}

bool LabFiles::applyBundle(std::istream &in, std::string &error) const
{
    if (!isLab()) {
        error = m_root + " is not a lab directory";
        return false;
    }
    std::string header;
    while (std::getline(in, header)) {
        if (header.empty())
            continue;
        std::istringstream fields(header);
        std::string kind;
        fields >> kind;
        // The path is the rest of the line after the fixed fields.
        const auto rest = [&](int skip) {
            std::size_t at = 0;
            for (int i = 0; i < skip; ++i) {
                at = header.find(' ', at);
                if (at == std::string::npos)
                    return std::string();
                ++at;
            }
            return header.substr(at);
        };
        std::string modeText;
        unsigned mode = 0;
        if (kind == "MKDIR") {
            fields >> modeText;
            const std::string relative = rest(2);
            if (!parseMode(modeText, mode) || !makeParents(relative + "/x", error)) {
                if (error.empty())
                    error = "bad MKDIR line: " + header;
                return false;
            }
            const std::string path = resolve(relative, false, error);
            if (path.empty() || chmod(path.c_str(), mode) != 0) {
                if (error.empty())
                    error = errnoText("chmod " + path);
                return false;
            }
        } else if (kind == "FILE" || kind == "APPEND") {
            std::string sizeText;
            if (kind == "FILE")
                fields >> modeText;
            fields >> sizeText;
            const std::string relative = rest(kind == "FILE" ? 3 : 2);
            char *end = nullptr;
            const unsigned long long size = std::strtoull(sizeText.c_str(), &end, 10);
            if (sizeText.empty() || *end != '\0' || (kind == "FILE" && !parseMode(modeText, mode))) {
                error = "bad " + kind + " line: " + header;
                return false;
            }
            std::string content;
            if (!readExactly(in, size, content)) {
                error = "short content for " + relative;
                return false;
            }
            if (kind == "FILE" ? !writeFile(relative, mode, content, error)
                               : !appendFile(relative, content, error))
                return false;
        } else if (kind == "LINK") {
            const std::string relative = rest(1);
            std::string target;
            if (!std::getline(in, target) || target.empty()) {
                error = "LINK without a target: " + relative;
                return false;
            }
            if (!makeParents(relative, error))
                return false;
            const std::string path = resolve(relative, true, error);
            if (path.empty())
                return false;
            unlink(path.c_str());
            if (symlink(target.c_str(), path.c_str()) != 0) {
                error = errnoText("symlink " + path);
                return false;
            }
        } else if (kind == "CHMOD") {
            fields >> modeText;
            const std::string path = resolve(rest(2), false, error);
            if (path.empty() || !parseMode(modeText, mode) || chmod(path.c_str(), mode) != 0) {
                if (error.empty())
                    error = errnoText("chmod " + path);
                return false;
            }
        } else if (kind == "REMOVE") {
            const std::string path = resolve(rest(1), true, error);
            struct stat st
            {
            };
            if (path.empty())
                return false;
            if (lstat(path.c_str(), &st) == 0) {
                if (S_ISDIR(st.st_mode)) {
                    error = "REMOVE does not remove directories: " + path;
                    return false;
                }
                if (unlink(path.c_str()) != 0) {
                    error = errnoText("remove " + path);
                    return false;
                }
            }
        } else {
            error = "unknown bundle entry: " + header;
            return false;
        }
    }
    return true;
}

void LabFiles::readOne(const std::string &relative, std::ostream &out, int depth) const
{
    std::string error;
    const std::string path = resolve(relative, true, error);
    struct stat st
    {
    };
    if (path.empty() || lstat(path.c_str(), &st) != 0) {
        out << "MISSING " << relative << '\n';
        return;
    }
    char modeText[16];
    std::snprintf(modeText, sizeof modeText, "%04o", static_cast<unsigned>(st.st_mode & 07777));
    if (S_ISLNK(st.st_mode)) {
        std::string target(4096, '\0');
        const ssize_t n = readlink(path.c_str(), target.data(), target.size());
        target.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
        out << "LINK " << relative << '\n' << target << '\n';
    } else if (S_ISREG(st.st_mode)) {
        const auto size = static_cast<std::size_t>(st.st_size);
        if (size > kMaxRead) {
            out << "BIG " << modeText << ' ' << st.st_mtime << ' ' << size << ' ' << relative << '\n';
            return;
        }
        std::string content;
        if (FILE *file = std::fopen(path.c_str(), "rb")) {
            content.resize(size);
            content.resize(std::fread(content.data(), 1, size, file));
            std::fclose(file);
        }
        out << "FILE " << modeText << ' ' << st.st_mtime << ' ' << content.size() << ' ' << relative << '\n';
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out << '\n';
    } else if (S_ISDIR(st.st_mode)) {
        out << "DIR " << modeText << ' ' << st.st_mtime << ' ' << st.st_uid << ' ' << st.st_gid << ' '
            << relative << '\n';
        if (depth > 16)
            return;
        std::vector<std::string> names;
        if (DIR *dir = opendir(path.c_str())) {
            while (const dirent *entry = readdir(dir)) {
                if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
                    names.emplace_back(entry->d_name);
            }
            closedir(dir);
        }
        std::sort(names.begin(), names.end());
        for (const std::string &name : names) {
            if (name.find('\n') == std::string::npos)
                readOne(relative + "/" + name, out, depth + 1);
        }
    } else if (S_ISSOCK(st.st_mode)) {
        out << "SOCK " << modeText << ' ' << st.st_uid << ' ' << st.st_gid << ' ' << relative << '\n';
    } else {
        out << "OTHER " << relative << '\n';
    }
}

bool LabFiles::readPaths(const std::vector<std::string> &paths, std::ostream &out, std::string &error) const
{
    if (!isLab()) {
        error = m_root + " is not a lab directory";
        return false;
    }
    for (const std::string &relative : paths)
        readOne(relative, out, 0);
    return true;
}

bool LabFiles::tail(const std::string &relative, long long offset, std::ostream &out,
                    std::string &error) const
{
    if (!isLab()) {
        error = m_root + " is not a lab directory";
        return false;
    }
    const std::string path = resolve(relative, false, error);
    if (path.empty())
        return false;
    FILE *file = std::fopen(path.c_str(), "rb");
    if (!file) {
        out << "SIZE 0\n";
        return true;
    }
    std::fseek(file, 0, SEEK_END);
    const long long size = std::ftell(file);
    const long long limit = 1024 * 1024;
    long long from = std::clamp(offset, 0LL, size);
    if (size - from > limit)
        from = size - limit;
    std::fseek(file, from, SEEK_SET);
    std::string content(static_cast<std::size_t>(size - from), '\0');
    content.resize(std::fread(content.data(), 1, content.size(), file));
    std::fclose(file);
    out << "SIZE " << size << '\n';
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return true;
}

std::string LabFiles::closedToOthers() const
{
    std::string path = m_root;
    while (!path.empty()) {
        struct stat st
        {
        };
        if (stat(path.c_str(), &st) == 0 && !(st.st_mode & S_IXOTH))
            return path;
        const auto slash = path.rfind('/');
        if (slash == 0 || slash == std::string::npos)
            break;
        path.resize(slash);
    }
    return {};
}

bool LabFiles::removeAll(std::string &error) const
{
    struct stat st
    {
    };
    if (lstat(m_root.c_str(), &st) != 0)
        return true;
    if (!isLab()) {
        error = m_root + " is not a lab directory (no " + kMarkerName + "): not removing it";
        return false;
    }
    // FTW_PHYS: links are removed, never followed; FTW_DEPTH: contents before their directory.
    if (nftw(m_root.c_str(), removeEntry, 32, FTW_DEPTH | FTW_PHYS) != 0) {
        error = errnoText("remove " + m_root);
        return false;
    }
    return true;
}

} // namespace gdlab

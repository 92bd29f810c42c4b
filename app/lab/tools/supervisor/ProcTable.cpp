#include "app/lab/tools/supervisor/ProcTable.h"

#include <dirent.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

namespace gdlab {

bool readProc(pid_t pid, ProcInfo &info)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line))
        return false;
    // The command name may contain spaces and ')': the fields start after the last ')'.
    const auto close = line.rfind(')');
    if (close == std::string::npos || close + 2 >= line.size())
        return false;
    std::istringstream fields(line.substr(close + 2));
    std::string field;
    std::vector<std::string> values;
    while (fields >> field && values.size() < 20)
        values.push_back(field);
    // state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime
    // cutime cstime priority nice num_threads itrealvalue starttime
    if (values.size() < 20)
        return false;
    info.pid = pid;
    info.state = values[0].empty() ? '?' : values[0][0];
    info.parent = static_cast<pid_t>(std::atol(values[1].c_str()));
    info.group = static_cast<pid_t>(std::atol(values[2].c_str()));
    info.session = static_cast<pid_t>(std::atol(values[3].c_str()));
    info.startTime = std::strtoull(values[19].c_str(), nullptr, 10);
    return true;
}

bool isAlive(pid_t pid, std::uint64_t startTime)
{
    ProcInfo info;
    if (pid <= 0 || !readProc(pid, info))
        return false;
    if (info.state == 'Z' || info.state == 'X')
        return false;
    return startTime == 0 || info.startTime == startTime;
}

std::vector<ProcInfo> allProcesses()
{
    std::vector<ProcInfo> result;
    DIR *dir = opendir("/proc");
    if (!dir)
        return result;
    while (const dirent *entry = readdir(dir)) {
        char *end = nullptr;
        const long pid = std::strtol(entry->d_name, &end, 10);
        if (pid <= 0 || *end != '\0')
            continue;
        ProcInfo info;
        if (readProc(static_cast<pid_t>(pid), info))
            result.push_back(info);
    }
    closedir(dir);
    return result;
}

std::vector<pid_t> sessionMembers(pid_t session, pid_t except)
{
    std::vector<pid_t> result;
    if (session <= 0)
        return result;
    for (const ProcInfo &info : allProcesses()) {
        if (info.session == session && info.pid != except && info.state != 'Z' && info.state != 'X')
            result.push_back(info.pid);
    }
    return result;
}

std::vector<pid_t> descendantsOf(pid_t root)
{
    std::multimap<pid_t, pid_t> children;
    for (const ProcInfo &info : allProcesses())
        children.emplace(info.parent, info.pid);
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

} // namespace gdlab

// The process table as the lab supervisor needs it: who is alive, since when, in which
// session. Plain C++ and /proc, like the rest of gateway-doctor-lab-supervisor.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace gdlab {

struct ProcInfo
{
    pid_t pid = -1;
    pid_t parent = -1;
    pid_t group = -1;
    pid_t session = -1;
    char state = '?';
    std::uint64_t startTime = 0; // clock ticks after boot: with the pid, a process's identity
};

// From /proc/PID/stat; false when the process does not exist.
bool readProc(pid_t pid, ProcInfo &info);
// Exists, is not a zombie, and (when startTime is not 0) started at that time: the pid was
// not reused by someone else.
bool isAlive(pid_t pid, std::uint64_t startTime = 0);
std::vector<ProcInfo> allProcesses();
// Every live process of the session, except `except`.
std::vector<pid_t> sessionMembers(pid_t session, pid_t except = -1);
// Children, grandchildren, ... of root.
std::vector<pid_t> descendantsOf(pid_t root);

} // namespace gdlab

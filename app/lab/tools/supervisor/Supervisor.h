// The practice lab's supervisor daemon: the one parent of every lab process, and the
// reason none of them outlives the lab.
#pragma once

#include "app/lab/tools/supervisor/LabFiles.h"

#include <sys/types.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace gdlab {

struct DaemonOptions
{
    std::string labDir;
    int leaseSeconds = 0;         // 0: no deadline
    pid_t ownerPid = 0;           // 0: no owner
    bool othersMustEnter = false; // nginx's workers run as another user: the path must be open
};

// Files of the lab's own records, relative to the lab directory.
inline constexpr const char *kPidRecord = "run/supervisor.pid";   // "PID STARTTIME\n"
inline constexpr const char *kSocketName = "run/supervisor.sock"; // the control socket
inline constexpr const char *kEndedRecord = "run/ended";          // why the lab ended
inline constexpr const char *kNftRecord = "run/nft-table";        // our nft table, if any
inline constexpr const char *kSupervisorLog = "var/log/lab-supervisor.log";

// Starts the daemon: forks, and the parent returns once the daemon is ready (prints
// "READY PID STARTTIME") or failed (prints the reason). Returns the exit code for main.
int startDaemon(const DaemonOptions &options);

// One request to a running daemon over its control socket; prints the reply. Returns the
// exit code for main (0 when the reply starts with OK).
int sendRequest(const std::string &labDir, const std::vector<std::string> &request);

// Stops a lab by its records (whether its supervisor still runs or not) and removes its
// directory unless keepFiles. Exit code 0 only when no lab process is left.
int cleanLab(const std::string &labDir, bool keepFiles);

// Prints COUNT free loopback ports and the ports that have listeners (see main.cpp).
int printPorts(int count);

// A lab program started by hand outside the supervisor (a trainee's `nginx -c ...` that
// daemonized): found by the lab's own pid files under run/, and only when the process
// runs this lab's files; ended with what it forked.
void endStrays(const LabFiles &files, pid_t session);

// The nft table name in the record, validated; empty when none.
std::string recordedNftTable(const LabFiles &files);
// `nft delete table inet NAME`; quietly nothing when nft is missing or the table is gone.
void deleteNftTable(const std::string &table);

} // namespace gdlab

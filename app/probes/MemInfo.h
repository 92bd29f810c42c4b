#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace gd {

// /proc/meminfo: how much memory the machine has and how much a new process could
// get without swapping (MemAvailable, the kernel's own estimate since 3.14).
struct MemInfo
{
    qint64 totalBytes = 0;
    qint64 availableBytes = 0;
    bool availableEstimated = false; // kernel without MemAvailable: MemFree + Buffers + Cached

    static QStringList command(); // cat /proc/meminfo
    static ProbeResult<MemInfo> parse(const ProbeOutput &output);
};

} // namespace gd

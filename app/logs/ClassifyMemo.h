#pragma once

#include "ErrorLogLine.h"
#include "UpstreamErrorClassifier.h"

#include <optional>
#include <string>
#include <vector>

namespace gd {

// UpstreamErrorClassifier::classify() with the answers remembered.
//
// classify() reads only the level, the message (and the errno in it), the action and whether the
// upstream peer is a unix socket; every span it returns lies inside the message. A log repeats
// the same few messages millions of times, so the answer is kept under exactly those inputs and
// reused with its span moved to where the message is in the new line. Lines whose messages vary
// (temp file names, FastCGI stderr) simply miss and are classified as before.
class ClassifyMemo
{
public:
    ClassifyMemo();

    struct Answer
    {
        std::optional<UpstreamErrorClass> klass; // what classify(line) returns
        // Free for the caller: the same slot comes back for every line with this answer's
        // inputs while it stays cached (ErrorLogSummary keeps the group there). -1 at first.
        qsizetype *hint = nullptr;
    };
    Answer classify(const ErrorLogLine &line);

private:
    struct Entry
    {
        quint64 hash = 0;
        bool used = false;
        LogLevel level = LogLevel::Error;
        bool unixPeer = false;
        std::string message;
        std::string action;
        std::optional<UpstreamErrorClass> klass; // its match relative to the message
        qsizetype hint = -1;
    };

    static constexpr size_t kSlots = 1024; // direct-mapped: a power of two
    std::vector<Entry> m_entries;
};

} // namespace gd

#pragma once

#include "app/logs/ErrorLogLine.h"
#include "app/logs/UpstreamErrorClassifier.h"

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

    // Free for the caller: the same hint comes back for every line with the same inputs while
    // they stay cached (ErrorLogSummary keeps the last two groups of those lines there).
    struct Hint
    {
        qsizetype groups[2] = {-1, -1};
    };
    struct Answer
    {
        std::optional<UpstreamErrorClass> klass; // what classify(line) returns
        Hint *hint = nullptr;
    };
    Answer classify(const ErrorLogLine &line);

private:
    struct Entry
    {
        quint64 hash = 0;
        bool used = false;
        LogLevel level = LogLevel::Error;
        bool unixPeer = false;
        // The message, " while " and the action as they sit in the line (one compare per
        // check), and where the message ends in it.
        std::string text;
        size_t messageSize = 0;
        std::optional<UpstreamErrorClass> klass; // its match relative to the message
        Hint hint;
    };

    static constexpr size_t kSlots = 1024; // direct-mapped: a power of two
    std::vector<Entry> m_entries;
    Hint m_uncached; // the hint of answers that are not kept
};

} // namespace gd

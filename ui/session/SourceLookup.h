#pragma once

#include <QString>

namespace gd {

class Diagnosis;

// The text of a file the diagnosis already read (config files from nginx -T, the
// tails of the logs), so that opening file:line needs no new command.
class SourceLookup
{
public:
    struct Source
    {
        QString text;
        int firstLine = 1;    // the file line of text's first line (1 unless a tail)
        bool known = false;   // false: we did not read that file
        bool partial = false; // a log's tail: line numbers count from the tail's start
    };
    static Source find(const Diagnosis *diagnosis, const QString &path);
};

} // namespace gd

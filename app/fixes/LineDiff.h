#pragma once

#include <QByteArray>
#include <QString>

namespace gd {

// A unified diff of two texts, line by line, as `diff -u` prints it (without the
// timestamps in the --- / +++ lines): a minimal edit script (Myers), changes placed as
// late as they can go among identical lines, hunks with `context` lines around them,
// "\ No newline at end of file" after a last line without line break. Equal texts give
// an empty diff. Lines are compared as bytes, "\r" included.
//
// Byte for byte what GNU `diff --minimal -u` prints, and on real config files what
// plain `diff -u` prints (tst_linediff). Plain diff first sets aside lines found in one
// file only, a speed-up that can make it pick another of several equally short diffs
// when short lines repeat a lot; we always print a shortest one.
class LineDiff
{
public:
    static QString unified(const QString &oldPath, const QByteArray &oldBytes, const QString &newPath,
                           const QByteArray &newBytes, int context = 3);
    // The same as bytes, for files that are not UTF-8.
    static QByteArray unifiedBytes(const QString &oldPath, const QByteArray &oldBytes, const QString &newPath,
                                   const QByteArray &newBytes, int context = 3);
};

} // namespace gd

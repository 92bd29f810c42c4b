#pragma once

#include "tests/lab/LabStatus.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace gd::lab {

// A scratch directory for one lab component (nginx prefix, sshd keys, sockets),
// removed with everything in it on destruction.
//
// Set GD_LAB_KEEP=1 to keep every lab directory for a post-mortem; each kept path is
// printed when its owner goes away. keep() does the same for one directory, e.g.
// from a test that just failed.
//
// The directory is made world-traversable (0755): nginx workers run as www-data and
// sshd reads the authorized_keys file as the logging-in user, and both must reach
// files in here. Private keys inside stay 0600.
class LabDir
{
public:
    explicit LabDir(const QString &purpose);
    ~LabDir();
    LabDir(const LabDir &) = delete;
    LabDir &operator=(const LabDir &) = delete;

    // Why the directory could not be created; empty when it was.
    QString error() const { return m_error; }
    bool isValid() const { return m_error.isEmpty(); }

    QString path() const;
    QString filePath(const QString &relative) const;

    // Creates relative (and its parents) with the given mode.
    LabStatus makeDir(const QString &relative, int mode = 0755) const;
    // Writes relative atomically enough for the lab (whole content, then chmod).
    LabStatus writeFile(const QString &relative, const QByteArray &content, int mode = 0644) const;
    // Reads a file; empty when missing.
    QByteArray readFile(const QString &relative) const;

    void keep();

    static bool keepRequested();

private:
    QTemporaryDir m_dir;
    QString m_error;
    bool m_keep = false;
};

} // namespace gd::lab

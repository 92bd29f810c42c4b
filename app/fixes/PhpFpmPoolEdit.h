#pragma once

#include "app/checks/MaxChildrenAdvice.h"
#include "app/fixes/FileEdit.h"
#include "app/fixes/FixError.h"
#include "remote/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gd {

// The one edit we make to a PHP-FPM pool file: pm.max_children of one [pool] section,
// and with it listen.backlog when that is too small.
//
// Changed in place when the section sets it (the last assignment, which is the one
// php-fpm uses), else inserted after the section's `pm =` line (else after its header),
// as `pm.max_children = N` with the line ending the file uses. Every other byte stays.
class PhpFpmPoolEdit
{
    Q_DECLARE_TR_FUNCTIONS(PhpFpmPoolEdit)
public:
    // Values below 1 or above maxValue() are refused (InvalidValue); with pm = dynamic a
    // value below the section's pm.max_spare_servers or pm.start_servers is refused
    // (Inconsistent) because php-fpm would not start.
    // With `listenBacklog` > 0, the section's listen.backlog is set too (changed in place,
    // else inserted after its `listen =` line): the kernel's queue for connections that
    // wait for a free child, without which more children alone do not stop a burst's 502s.
    static Result<FileEdit, FixError> setMaxChildren(const QString &path, const QByteArray &bytes,
                                                     const QString &pool, int value, int listenBacklog = 0);
    static constexpr int maxValue() { return MaxChildrenAdvice::maxValue(); }
    static constexpr int maxBacklog() { return 65535; }
};

} // namespace gd

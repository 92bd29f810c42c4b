#pragma once

#include "app/config/ConfigIssue.h"
#include "app/config/PhpFpmPool.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace gd {

// PHP-FPM's INI-style config (php-fpm.conf and pool.d/*.conf): [sections],
// `key = value`, ';' comments, `include=` globs. Every value keeps file:line.
// Files are added one by one (the caller reads the includes it wants).
class PhpFpmPoolConfig
{
    Q_DECLARE_TR_FUNCTIONS(PhpFpmPoolConfig)
public:
    // Adds one file. A section continues across files only if the file repeats its
    // header, as in php-fpm.
    void addFile(const QString &path, const QString &text);
    static PhpFpmPoolConfig parse(const QString &path, const QString &text);

    const QList<PhpFpmPool> &pools() const { return m_pools; }
    const PhpFpmPool *pool(const QString &name) const;
    // The pool "[pool NAME]" in this php-fpm log means: of several pools of that name
    // (php7.4-fpm's and php8.2-fpm's [www]), the one whose master writes that log
    // (its [global] error_log); null when several have the name and none writes it.
    const PhpFpmPool *poolOfLog(const QString &name, const QString &logPath) const;
    // The pool whose `listen` is this socket path or address.
    const PhpFpmPool *poolListeningOn(const QString &listen) const;
    const QList<PhpFpmValue> &globals() const { return m_globals; } // [global]
    QStringList includes() const { return m_includes; }             // include= patterns, as written
    const QList<ConfigIssue> &issues() const { return m_issues; }

private:
    int openSection(const QString &name, const QString &path, int lineNo);

    QList<PhpFpmPool> m_pools;
    QList<PhpFpmValue> m_globals;
    QStringList m_includes;
    QList<ConfigIssue> m_issues;
};

} // namespace gd

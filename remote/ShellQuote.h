#pragma once

#include "remote/Result.h"

#include <QStringList>

namespace gd {

// POSIX shell quoting for command lines that a remote login shell will parse.
// Each argument becomes one single-quoted word; an embedded ' is written as '"'"'.
// NUL cannot be passed through exec, and a newline would let a login shell such as
// tcsh end the command early, so both are refused rather than escaped.
class ShellQuote
{
    Q_DECLARE_TR_FUNCTIONS(ShellQuote)
public:
    static QString quote(const QString &argument);
    static Result<QString> join(const QStringList &argv);
    // Refuses arguments no command line can carry safely; returns an empty error when fine.
    static RemoteError validate(const QStringList &argv);
};

} // namespace gd

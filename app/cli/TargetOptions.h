#pragma once

#include "remote/Machine.h"
#include "remote/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace gd {

// The options every command shares to say which machine to work on, and the
// connection they lead to. Used by diagnose now and by fix/reload/monitor later.
class TargetOptions
{
    Q_DECLARE_TR_FUNCTIONS(TargetOptions)
public:
    static void addTo(QCommandLineParser &parser);

    QString ssh; // [user@]host[:port]; empty = this computer
    QString identity;
    QString knownHosts;
    bool acceptNewHostKey = false;
    bool sudoPasswordStdin = false;
    QString nginx;
    QString conf;

    static Result<TargetOptions> from(const QCommandLineParser &parser);

    // Connects (blocking: CLI only). An unknown host key is refused unless
    // --accept-new-host-key; a changed one always.
    Result<std::shared_ptr<Machine>> open() const;
};

} // namespace gd

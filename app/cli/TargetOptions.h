#pragma once

#include "app/engine/DiagnosisEngine.h"
#include "remote/Machine.h"
#include "remote/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <utility>

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
    // --upstream-host ADDR=[user@]host[:port], repeatable: follow that upstream
    // address to its own host over SSH (same host-key rules as --ssh).
    QList<std::pair<QString, QString>> upstreamHosts; // address, ssh target
    QString upstreamIdentity;
    QString upstreamKnownHosts;

    static Result<TargetOptions> from(const QCommandLineParser &parser);

    // Connects (blocking: CLI only). An unknown host key is refused unless
    // --accept-new-host-key; a changed one always.
    Result<std::shared_ptr<Machine>> open() const;
    // Logs in to each --upstream-host (blocking). A login that fails is kept with
    // its error: the diagnosis reports it next to what nginx's side saw.
    QList<UpstreamHostLink> openUpstreamHosts() const;
};

} // namespace gd

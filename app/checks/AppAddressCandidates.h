#pragma once

#include "app/facts/ParsedFacts.h"
#include "app/probes/AppProcess.h"

#include <QList>

namespace gd {

// A socket where an application server listens although nothing in nginx's
// configuration sends requests there: the classic wrong-port (or wrong-socket)
// mistake's other half.
struct AppCandidate
{
    Listener listener;
    AppProcess app;
    QString address; // as a pass directive names it: "127.0.0.1:8001", "[::1]:3000", "unix:/run/x.sock"
};

// Finds, for an upstream endpoint where nothing listens, the app servers that listen
// where no upstream points, and which of them speak what nginx sends to that endpoint.
class AppAddressCandidates
{
public:
    AppAddressCandidates(const Facts &facts, const ParsedFacts &parsed);

    // App-server listeners that no pass directive or upstream server references, that
    // are not one of nginx's own listen addresses, in the order ss listed them.
    QList<AppCandidate> unreferenced() const;
    // Those that speak the protocol of every pass directive leading to `endpoint`
    // (`label` is how the config names it); none when the directive is not known.
    QList<AppCandidate> fitting(const QString &endpoint, const QString &label) const;
    // Does some pass directive or upstream server send requests to this listener?
    bool referenced(const Listener &listener) const;
    // The protocols nginx speaks to `endpoint`, from its pass directives.
    QList<AppProcess::Protocol> protocolsFor(const QString &endpoint, const QString &label) const;

    // The ps line of a process, exactly as ps printed it (evidence); empty when absent.
    static QString psLine(const Facts &facts, qint64 pid);

private:
    bool isNginxListenAddress(const Listener &listener) const;
    static QString addressOf(const Listener &listener);

    const Facts &m_facts;
    const ParsedFacts &m_parsed;
};

} // namespace gd

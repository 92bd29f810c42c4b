#pragma once

#include "app/checks/AppAddressCandidates.h"
#include "app/facts/ParsedFacts.h"
#include "app/model/Finding.h"

#include <QCoreApplication>

namespace gd {

// Decides, for an endpoint nginx could not connect to (refused, socket missing),
// whether the app is down or nginx points at the wrong place: something listening
// on the same port at another address (localhost -> ::1 while the app has only
// 127.0.0.1), on a nearby port, or on a similar socket path (php8.1 vs php8.2).
class UpstreamAddressJudge
{
    Q_DECLARE_TR_FUNCTIONS(gd::UpstreamAddressJudge)
public:
    struct Verdict
    {
        bool listeningNow = false;      // the endpoint itself accepts connections now
        std::optional<Finding> finding; // upstream_down or wrong_upstream_address
    };
    // `endpoint` is "host:port", "[v6]:port" or "unix:/path"; `label` names the upstream.
    static Verdict judge(const Facts &facts, const ParsedFacts &parsed, const QString &endpoint,
                         const QString &label);

private:
    // wrong_upstream_address towards the one app server that fits: `configured` is the
    // address as the config writes it, `wanted` what nginx connects to.
    static void pointAtApp(Finding &f, const Facts &facts, const QString &configured, const QString &wanted,
                           const AppCandidate &app);
    // "gunicorn listens on 127.0.0.1:8001 and node on 127.0.0.1:3000; neither is used ...".
    static QString listOf(const QList<AppCandidate> &apps);
    static Evidence psEvidence(const Facts &facts, const AppCandidate &app);
};

} // namespace gd

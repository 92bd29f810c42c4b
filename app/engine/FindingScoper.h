#pragma once

#include "app/facts/Facts.h"
#include "app/facts/ParsedFacts.h"
#include "app/model/CheckResult.h"
#include "app/model/Finding.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace gd {

// Gives every finding its scope (the URL's own site, or elsewhere on this nginx) and its
// timing (live, latent until the next reload, or history), the rule the exit status and
// every view follow (README, "Scope and timing").
//
// Scope: with --url, the server block, location and upstream nginx picks for the URL
// (LocationMatcher, as nginx does). A finding about an upstream is the URL's when that
// upstream is the one the URL's location passes to (any of its addresses or servers); a
// finding from error-log lines without an upstream is the URL's when the lines' `server:`
// is the URL's server block; anything else about this nginx as a whole (nginx stopped, a
// config nginx -t refuses) is the URL's too, since it breaks the URL's site with the rest.
//
// Timing: a config error while nginx runs is latent (ConfigChecks says so: the running nginx
// loaded an earlier version); log-only findings whose newest line is older than the live window, while the
// URL answers well now, are history; so is what a check saw end (refused then, listening
// now). Whatever the timing, nothing is dropped.
class FindingScoper
{
    Q_DECLARE_TR_FUNCTIONS(gd::FindingScoper)
public:
    FindingScoper(const Facts &facts, const ParsedFacts &parsed, qint64 liveWindowSeconds);

    void apply(QList<Finding> &findings) const;
    // A check that fails only because of another site's problem or errors that stopped
    // answers its step's question for this URL with ⚠, not ✗: its evidence is all evidence
    // of findings that do not count, and of none that does. Step statuses follow.
    void softenSteps(QList<StepResult> &steps, const QList<Finding> &findings) const;

    // True when --url was given and its server block was found: findings can be elsewhere.
    bool scoped() const { return m_scoped; }
    // "server shop.example (sites-enabled/shop:3), location /api/, upstream 127.0.0.1:8080"
    QString describe() const { return m_description; }
    // True when the URL's requests may reach a PHP-FPM pool listening on `listen` (its
    // `listen` value: an address and port, a port alone, or a socket path): the URL's
    // upstream is that pool, is a variable, or is not known (no --url, nginx -t refuses).
    bool urlMayReachPool(const QString &listen) const;

private:
    bool aboutTheUrl(const Finding &f) const;
    void setTiming(Finding &f) const;
    bool urlAnswersWell() const;

    const ParsedFacts &m_parsed;
    qint64 m_liveWindowSeconds;
    bool m_scoped = false;
    bool m_anyUpstream = false; // the URL's target is a variable: any upstream may be it
    QSet<QString> m_endpoints;  // the URL's upstream as findings name it
    QSet<QString> m_serverNames;
    QString m_description;
    QDateTime m_serverNow; // the server's wall clock, as its logs write it
};

} // namespace gd

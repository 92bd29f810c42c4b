#pragma once

#include "app/model/CheckResult.h"
#include "app/model/Finding.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>

namespace gd {

// Where the diagnosis ran and what it found there.
struct TargetInfo
{
    QString machine; // "this computer" / "user@host:port"
    bool local = true;
    QString nginxBinary;
    QString nginxVersion;
    QString configFile;
    bool nginxRunning = false;
    QString workerUser;
    QString url;           // the failing URL, if given
    int urlStatus = 0;     // what it answered through nginx during the diagnosis (0: no HTTP answer)
    double urlSeconds = 0; // how long that answer took
    QString urlProblem;    // why nginx gave no HTTP answer (urlStatus 0), in words
    // The URL gave an answer other than a server error during the diagnosis.
    bool answersNow() const { return !url.isEmpty() && urlStatus > 0 && urlStatus < 500; }
    // What serves the URL, when it was found: "server shop (conf.d/shop.conf:1), location / (...),
    // upstream 127.0.0.1:8080 (...)". Empty: no --url, or no server block takes it (no scoping).
    QString urlScope;
    QDateTime startedAt;
    qint64 durationMs = 0;
};

struct DiagnosisReport
{
    TargetInfo target;
    QList<StepResult> steps; // 1..6 in order
    QList<Finding> findings; // ranked: most likely root cause first

    // The rule of the exit status (README, "Scope"): a finding about this URL (or, without
    // --url, this server) that is live or will break the next reload. Another site's
    // problems and errors that stopped are reported and do not count.
    bool problemFound() const
    {
        return std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.counts(); });
    }
    // The most likely root cause of what fails now: the first finding that counts (they are
    // ranked so); nullptr when only other sites' problems or history were found.
    const Finding *rootCause() const
    {
        for (const Finding &f : findings) {
            if (f.counts())
                return &f;
        }
        return nullptr;
    }
    // The findings as people number them (1, 2, ...: the report, `fix apply --finding N`):
    // knock-ons ("no live upstreams" after every server failed) follow their cause and
    // get no number.
    QList<const Finding *> numberedFindings() const
    {
        QList<const Finding *> numbered;
        for (const Finding &f : findings) {
            if (!f.rootCause)
                numbered << &f;
        }
        return numbered;
    }
    const StepResult *step(int number) const
    {
        for (const StepResult &s : steps) {
            if (s.step == number)
                return &s;
        }
        return nullptr;
    }
};

} // namespace gd

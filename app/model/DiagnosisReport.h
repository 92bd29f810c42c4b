#pragma once

#include "app/model/CheckResult.h"
#include "app/model/Finding.h"

#include <QDateTime>
#include <QList>
#include <QString>

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
    QDateTime startedAt;
    qint64 durationMs = 0;
};

struct DiagnosisReport
{
    TargetInfo target;
    QList<StepResult> steps; // 1..6 in order
    QList<Finding> findings; // ranked: most likely root cause first

    bool problemFound() const { return !findings.isEmpty(); }
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

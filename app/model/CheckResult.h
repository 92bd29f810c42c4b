#pragma once

#include "app/model/Evidence.h"
#include "remote/CommandResult.h"

#include <QList>
#include <QString>

namespace gd {

enum class CheckStatus
{
    Pass,
    Warn,
    Fail,
    Skipped,
    Error
};
QString checkStatusCode(CheckStatus status); // "pass", "warn", "fail", "skipped", "error"
// The worse of two statuses (Error > Fail > Warn > Pass > Skipped).
CheckStatus worse(CheckStatus a, CheckStatus b);

// A command a check ran, as the transcript and the wizard show it.
struct CommandRecord
{
    QString commandLine;
    int exitCode = -1;
    qint64 durationMs = 0;
    QString output; // stdout + stderr, trimmed to what is worth showing
    QString error;  // transport error, if any

    // A command as a check shows it: the line, exit code, duration and the output
    // worth reading (trimmed: a check shows evidence, not whole dumps).
    static CommandRecord of(const CommandResult &result, int maxOutput = 4000);
};

// One check: what it ran, what it concluded, why.
struct CheckResult
{
    QString id; // stable: "upstream.listening", "log.classified", ...
    QString title;
    CheckStatus status = CheckStatus::Skipped;
    QString explanation; // plain words: what was found and what it means
    // What to do about it, when the check is not a pass: something to act on (a
    // file:line, a command, a setting), never "read the checks".
    QString next;
    QList<CommandRecord> commands;
    QList<Evidence> evidence;
};

struct StepResult
{
    int step = 0; // 1..6
    QString title;
    CheckStatus status = CheckStatus::Skipped; // the worst of its checks: the answer to its own question
    QList<CheckResult> checks;
    // What to do next on this step: its findings' remedies, else its checks' own
    // next actions, else the step's all-clear advice (StepAdvice).
    QString next;
};

} // namespace gd

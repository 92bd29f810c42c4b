#include "app/cli/FixApplyCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/ExitStatus.h"
#include "app/cli/FixSession.h"
#include "app/cli/ReportText.h"
#include "app/fixes/ActionPlan.h"
#include "remote/ByteText.h"
#include "remote/WaitFor.h"

#include <QCommandLineParser>

#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>

namespace gd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::FixApplyCommand)
};
const QString kName = QStringLiteral("fix apply");

void addOptions(CommandLine &cli)
{
    cli.addTargetOptions();
    QCommandLineParser &parser = cli.parser();
    FixSession::addFixOptions(parser);
    parser.addOption({QStringLiteral("url"),
                      Text::tr("The failing URL: diagnosed, and probed before and after."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("finding"),
                      Text::tr("Which finding's fix to apply (default 1, the most likely)."),
                      QStringLiteral("N"), QStringLiteral("1")});
}

// The finding and its steps on stderr; false when it has none to carry out.
bool printFinding(int number, const Finding &finding)
{
    QTextStream err(stderr);
    err << Text::tr("Finding %1: %2").arg(number).arg(causeTitle(finding.cause)) << '\n';
    if (finding.fixInApp || finding.actions.isEmpty()) {
        err << (finding.fixInApp
                    ? Text::tr("The fix lives in the application itself; there is nothing here to change.")
                    : Text::tr("This finding has no change that can be carried out as written."))
            << '\n'
            << Text::tr("What to do: %1").arg(finding.remedy) << '\n';
        return false;
    }
    // Tested on a scratch copy before it was shown: a change nginx -t refuses is not offered.
    for (const FixAction &a : finding.actions) {
        if (a.validation.isRefused()) {
            err << a.validation.text() << '\n' << Text::tr("Nothing was changed.") << '\n';
            return false;
        }
    }
    for (const FixAction &a : finding.actions) {
        if (a.kind == FixAction::Kind::Edit)
            err << Text::tr("  edit %1 line %2: %3").arg(a.file).arg(a.line).arg(a.why) << '\n';
        else
            err << Text::tr("  run  %1   # %2").arg(ReportText::commandLine(a), a.why) << '\n';
    }
    return true;
}

ActionRequest requestFor(FixSession &session, const Finding &finding, const QCommandLineParser &parser,
                         const QString &url)
{
    ActionRequest request;
    request.runtime = session.context().runtime();
    request.phpFpmTargets = session.context().phpFpmTargets();
    request.actions = finding.actions;
    request.url = url;
    request.symptomStatus = session.report().target.urlStatus;
    request.keepIfUnchanged = parser.isSet(QStringLiteral("keep-if-unchanged"));
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    // Over SSH the server guards itself by default: the connection may drop mid-reload.
    request.guardSeconds = session.isRemote() ? 120 : 0;
    if (parser.isSet(QStringLiteral("guard")))
        request.guardSeconds = parser.value(QStringLiteral("guard")).toInt();
    return request;
}

// Runs the plan with the edit cycle's stages and each command's output on stderr.
ActionOutcome carryOut(FixSession &session, const ActionRequest &request, bool yes)
{
    ActionPlan plan(session.machine(), request);
    QObject::connect(&plan, &ActionPlan::commandStarted, &plan, [](const QString &line) {
        QTextStream(stderr) << Text::tr("  run   %1").arg(line) << '\n';
    });
    QObject::connect(&plan, &ActionPlan::commandFinished, &plan, [](const CommandResult &r) {
        QTextStream e(stderr);
        e << (r.succeeded() ? "  ok    " : "  FAIL  ") << Text::tr("exit %1").arg(r.exitCode) << '\n';
        const QString output = localText(r.stdOut + r.stdErr).trimmed();
        if (!output.isEmpty())
            e << "        " << output.left(2000).replace(QLatin1Char('\n'), QStringLiteral("\n        "))
              << '\n';
    });
    waitForSignal(
        &plan, &ActionPlan::finished,
        [&] {
            plan.start();
            if (plan.cycle())
                FixSession::watch(*plan.cycle(), yes);
        },
        [&plan] { return plan.isRunning(); });
    return plan.outcome();
}

int exitCodeOf(FixSession &session, const ActionOutcome &outcome)
{
    QTextStream err(stderr);
    if (outcome.edit) {
        session.record(*outcome.edit, kName);
        if (outcome.edit->status == EditOutcome::Status::DryRun)
            QTextStream(stdout) << outcome.edit->diff;
        FixSession::printOutcome(*outcome.edit);
    }
    switch (outcome.status) {
    case ActionOutcome::Status::Done:
        err << Text::tr("Done: every step of the fix ran.");
        if (!outcome.probeAfter.isEmpty())
            err << ' ' << Text::tr("The URL answered %1.").arg(outcome.probeAfter);
        err << '\n';
        return ExitOk;
    case ActionOutcome::Status::DryRun:
        err << Text::tr("Dry run: nothing was changed.") << '\n';
        return ExitOk;
    case ActionOutcome::Status::NotFixed:
    case ActionOutcome::Status::Stopped:
    case ActionOutcome::Status::Nothing:
        // The edit cycle has said it already when the edits were what stopped.
        if (!outcome.edit || outcome.edit->error.message() != outcome.error.message())
            err << outcome.error.message() << '\n';
        return ExitProblem;
    }
    return ExitProblem;
}

} // namespace

int FixApplyCommand::run(const QStringList &arguments)
{
    CommandLine cli(
        kName,
        Text::tr("Diagnose, then carry out the fix of a finding exactly as `diagnose` prints it: its edits "
                 "through the edit cycle (diff, backup, nginx -t, reload, probe, rollback on failure), "
                 "then its commands.\n"
                 "Exit status: 0 done (and the URL no longer fails), 1 not fixed, refused or rolled "
                 "back, 2 could not run."));
    addOptions(cli);
    if (const std::optional<int> exit = cli.parse(arguments))
        return *exit;
    const QCommandLineParser &parser = cli.parser();
    bool numberOk = false;
    const int wanted = parser.value(QStringLiteral("finding")).toInt(&numberOk);
    if (!numberOk || wanted < 1)
        return cli.fail(Text::tr("--finding takes a number from 1."));

    const Result<QString, FailingUrl::Problem> typedUrl = cli.url();
    if (!typedUrl)
        return cli.fail(typedUrl.error().message);
    const QString url = *typedUrl;
    Result<std::unique_ptr<FixSession>, QString> opened = FixSession::open(parser, url);
    if (!opened)
        return cli.fail(opened.error());
    FixSession &session = *opened.value();
    const QList<const Finding *> findings = session.report().numberedFindings();
    if (findings.isEmpty()) {
        QTextStream(stderr) << Text::tr("No gateway fault found: nothing to fix.") << '\n';
        return ExitOk;
    }
    if (wanted > findings.size())
        return cli.fail(QCoreApplication::translate("gd::FixApplyCommand", "there are only %n finding(s).",
                                                    nullptr, int(findings.size())));
    const Finding &finding = *findings[wanted - 1];
    if (!printFinding(wanted, finding))
        return ExitProblem;

    ActionRequest request = requestFor(session, finding, parser, url);
    // Commands for an upstream on another host run there, over --upstream-host.
    const bool upstreamCommands =
        std::any_of(finding.actions.begin(), finding.actions.end(), [](const FixAction &a) {
            return a.kind == FixAction::Kind::Command && a.host == FixAction::Host::Upstream;
        });
    if (upstreamCommands) {
        const Result<Machine *, QString> upstream = session.upstreamMachineFor(finding.upstream);
        if (!upstream)
            return cli.fail(upstream.error());
        request.upstreamMachine = *upstream;
    }
    const bool yes = parser.isSet(QStringLiteral("yes"));
    const bool onlyCommands =
        std::none_of(finding.actions.begin(), finding.actions.end(),
                     [](const FixAction &a) { return a.kind == FixAction::Kind::Edit; });
    // Commands have no diff to confirm: they run only with --yes.
    if (onlyCommands && !yes && !request.dryRun)
        return cli.fail(Text::tr("not run: confirm with --yes (or add --dry-run to only show the steps)."));
    const ActionOutcome outcome = carryOut(session, request, yes);
    return exitCodeOf(session, outcome);
}

} // namespace gd

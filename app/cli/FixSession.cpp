#include "app/cli/FixSession.h"

#include "app/cli/ExitStatus.h"
#include "app/facts/ParsedFacts.h"
#include "app/fixes/EditCycle.h"

#include "remote/WaitFor.h"
#include <QCommandLineParser>

#include <QEventLoop>
#include <QTextStream>

#include <iostream>
#include <string>
#include <unistd.h>

namespace gd {

void FixSession::addFixOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("yes"), tr("Apply without asking (the diff is still printed).")});
    parser.addOption({QStringLiteral("dry-run"), tr("Show the diff and stop: nothing is written.")});
    parser.addOption({QStringLiteral("guard"),
                      tr("Seconds after which the server restores the backup by itself unless the change was "
                         "confirmed (default 120 over SSH, 0 = off on this computer)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("keep-if-unchanged"),
                      tr("Keep the change even when the URL still answers 502/504 after it (by default such "
                         "a change is undone: it did not fix the site).")});
}

Result<std::unique_ptr<FixSession>, QString> FixSession::open(const QCommandLineParser &parser,
                                                              const QString &url)
{
    Result<TargetOptions> target = TargetOptions::from(parser);
    if (!target)
        return target.error().toString();
    Result<std::shared_ptr<Machine>> machine = target->open();
    if (!machine)
        return machine.error().toString();
    auto session = std::make_unique<FixSession>();
    session->m_machine = *machine;
    session->m_transcript = std::make_unique<Transcript>(session->m_machine->displayName());
    session->m_transcript->attach(session->m_machine.get());

    DiagnosisOptions options;
    options.nginxBinary = target->nginx;
    options.configFile = target->conf;
    options.url = url;
    session->m_engine = std::make_unique<DiagnosisEngine>(session->m_machine.get(), options);
    session->m_engine->setUpstreamHosts(target->openUpstreamHosts());
    QTextStream(stderr) << tr("Looking at %1 first ...").arg(session->m_machine->displayName()) << '\n';
    if (const RemoteError error = session->m_engine->runAndWait())
        return error.toString();
    Result<FixContext, FixError> context = FixContext::from(*session->m_engine->diagnosis());
    if (!context)
        return context.error().message();
    session->m_context = *context;
    return session;
}

Result<Machine *, QString> FixSession::upstreamMachineFor(const QString &upstream) const
{
    const std::shared_ptr<const Diagnosis> diagnosis = m_engine->diagnosis();
    const int colon = int(upstream.lastIndexOf(QLatin1Char(':')));
    const QString host =
        upstream.startsWith(QLatin1String("unix:")) || colon <= 0 ? QString() : upstream.left(colon);
    const QStringList remote =
        diagnosis && !host.isEmpty() ? diagnosis->parsed().remoteAddressesOf(host) : QStringList();
    if (remote.isEmpty())
        return static_cast<Machine *>(nullptr);
    for (const UpstreamHostLink &link : m_engine->upstreamHosts()) {
        if (remote.contains(link.address) || link.address == host) {
            if (!link.machine)
                return tr("the fix runs on %1, and logging in there failed: %2")
                    .arg(link.machineName, link.error.message());
            return link.machine.get();
        }
    }
    return tr("the fix runs on the upstream's host %1: name it with --upstream-host %1=[user@]host.")
        .arg(remote.first());
}

EditOutcome FixSession::runCycle(EditCycle &cycle, const QString &action, bool yes)
{
    watch(cycle, yes);
    waitForSignal(
        &cycle, &EditCycle::finished, [&cycle] { cycle.start(); }, [&cycle] { return cycle.isRunning(); });
    const EditOutcome outcome = cycle.outcome();
    if (outcome.status == EditOutcome::Status::DryRun) // never got to the question: show it now
        QTextStream(stdout) << outcome.diff;
    record(outcome, action);
    return outcome;
}

void FixSession::record(const EditOutcome &outcome, const QString &action)
{
    static const char *const names[] = {"applied", "unchanged",   "dry-run", "declined",
                                        "refused", "rolled back", "failed",  "kept, not fixed"};
    m_transcript->recordChange(action, QLatin1String(names[int(outcome.status)]), outcome.error.message(),
                               outcome.diff, outcome.backups);
}

void FixSession::watch(EditCycle &cycle, bool yes)
{
    QObject::connect(
        &cycle, &EditCycle::stageFinished, &cycle, [](EditStage stage, bool ok, const QString &detail) {
            QTextStream err(stderr);
            err << (ok ? "  ok    " : "  FAIL  ") << editStageName(stage);
            if (!detail.isEmpty())
                err << ": " << QString(detail).replace(QLatin1Char('\n'), QStringLiteral("\n        "));
            err << '\n';
            err.flush();
        });
    QObject::connect(&cycle, &EditCycle::confirmationNeeded, &cycle, [&cycle, yes](const QString &diff) {
        QTextStream out(stdout);
        out << diff;
        out.flush();
        bool confirmed = yes;
        if (!yes && ::isatty(STDIN_FILENO)) {
            QTextStream(stderr) << tr("Apply this change? [y/N] ") << Qt::flush;
            std::string answer;
            std::getline(std::cin, answer);
            confirmed = answer == "y" || answer == "Y" || answer == "yes";
        } else if (!yes) {
            QTextStream(stderr) << tr("Not applied: confirm with --yes (or run on a terminal to be asked).")
                                << '\n';
        }
        // Queued: the cycle is still inside its own emit.
        QMetaObject::invokeMethod(
            &cycle, [&cycle, confirmed] { confirmed ? cycle.confirm() : cycle.decline(); },
            Qt::QueuedConnection);
    });
}

int FixSession::apply(EditRequest request, const QCommandLineParser &parser, const QString &action)
{
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    request.keepIfUnchanged = parser.isSet(QStringLiteral("keep-if-unchanged"));
    request.symptomStatus = m_engine->report().target.urlStatus;
    // Over SSH the server guards itself by default: the connection may drop mid-reload.
    request.guardSeconds = isRemote() ? 120 : 0;
    if (parser.isSet(QStringLiteral("guard")))
        request.guardSeconds = parser.value(QStringLiteral("guard")).toInt();
    EditCycle cycle(machine(), request);
    const EditOutcome outcome = runCycle(cycle, action, parser.isSet(QStringLiteral("yes")));
    printOutcome(outcome);
    return exitCodeOf(outcome);
}

int FixSession::exitCodeOf(const EditOutcome &outcome)
{
    switch (outcome.status) {
    case EditOutcome::Status::Applied:
    case EditOutcome::Status::Unchanged:
    case EditOutcome::Status::DryRun:
        return ExitOk;
    case EditOutcome::Status::Declined:
    case EditOutcome::Status::Refused:
    case EditOutcome::Status::RolledBack:
    case EditOutcome::Status::KeptNotFixed:
        return ExitProblem;
    case EditOutcome::Status::Failed:
        return ExitCouldNotRun;
    }
    return ExitCouldNotRun;
}

void FixSession::printOutcome(const EditOutcome &outcome)
{
    QTextStream err(stderr);
    switch (outcome.status) {
    case EditOutcome::Status::Applied:
        err << tr("Done: the change is live and confirmed.");
        if (!outcome.probeAfter.isEmpty())
            err << ' '
                << tr("The URL answered %1 (before: %2).").arg(outcome.probeAfter, outcome.probeBefore);
        err << '\n';
        break;
    case EditOutcome::Status::Unchanged:
        err << tr("Nothing to do: the configuration already has these values.") << '\n';
        break;
    case EditOutcome::Status::DryRun:
        err << tr("Dry run: nothing was written.") << '\n';
        break;
    case EditOutcome::Status::RolledBack:
        err << tr("Rolled back: %1 The files were restored byte-identical.").arg(outcome.error.message())
            << '\n';
        if (outcome.error.kind() == FixError::Kind::DidNotHelp)
            err << tr("(To keep a change that does not fix the URL, add --keep-if-unchanged.)") << '\n';
        break;
    default:
        err << outcome.error.message() << '\n';
        if (!outcome.error.file().isEmpty())
            err << "  " << outcome.error.file() << ':' << outcome.error.line() << '\n';
        break;
    }
    for (const QString &backup : outcome.backups)
        err << tr("Backup: %1").arg(backup) << '\n';
    for (const QString &note : outcome.notes)
        err << note << '\n';
}

} // namespace gd

#include "app/cli/FixSession.h"

#include "app/fixes/EditCycle.h"

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
}

int FixSession::fail(const QString &command, const QString &message)
{
    QTextStream(stderr) << "gateway-doctor " << command << ": " << message << '\n';
    return 2;
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
    QTextStream(stderr) << tr("Looking at %1 first ...").arg(session->m_machine->displayName()) << '\n';
    if (const RemoteError error = session->m_engine->runAndWait())
        return error.toString();
    Result<FixContext, FixError> context = FixContext::from(*session->m_engine->diagnosis());
    if (!context)
        return context.error().message();
    session->m_context = *context;
    return session;
}

EditOutcome FixSession::runCycle(EditCycle &cycle, const QString &action, bool yes)
{
    QTextStream err(stderr);
    QObject::connect(
        &cycle, &EditCycle::stageFinished, &cycle, [&err](EditStage stage, bool ok, const QString &detail) {
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
    QEventLoop loop;
    QObject::connect(&cycle, &EditCycle::finished, &loop, &QEventLoop::quit);
    cycle.start();
    if (cycle.isRunning())
        loop.exec();
    const EditOutcome outcome = cycle.outcome();
    if (outcome.status == EditOutcome::Status::DryRun) // never got to the question: show it now
        QTextStream(stdout) << outcome.diff;
    static const char *const names[] = {"applied", "unchanged",   "dry-run", "declined",
                                        "refused", "rolled back", "failed"};
    m_transcript->recordChange(action, QLatin1String(names[int(outcome.status)]), outcome.error.message(),
                               outcome.diff, outcome.backups);
    return outcome;
}

int FixSession::apply(EditRequest request, const QCommandLineParser &parser, const QString &action)
{
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
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
        return 0;
    case EditOutcome::Status::Declined:
    case EditOutcome::Status::Refused:
    case EditOutcome::Status::RolledBack:
        return 1;
    case EditOutcome::Status::Failed:
        return 2;
    }
    return 2;
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

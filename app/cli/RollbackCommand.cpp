#include "app/cli/RollbackCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/FixSession.h"
#include "app/config/NginxConfig.h"
#include "app/fixes/BackupCatalog.h"
#include "app/fixes/EditCycle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace gd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::RollbackCommand)
};
const QString kName = QStringLiteral("rollback");
} // namespace

int RollbackCommand::run(const QStringList &arguments)
{
    CommandLine cli(kName,
                    Text::tr("List the backups Gateway Doctor made of this nginx's config files, or restore "
                             "one: the current file is backed up, then tested, reloaded and confirmed like "
                             "any change.\nExit status: 0 done, 1 refused or rolled back, 2 could not run."));
    cli.addTargetOptions();
    QCommandLineParser &parser = cli.parser();
    FixSession::addFixOptions(parser);
    parser.addOption({QStringLiteral("list"), Text::tr("List the backups (newest first).")});
    cli.addPositional(QStringLiteral("backup"), Text::tr("The backup to restore (a path from --list)."));
    if (const std::optional<int> exit = cli.parse(arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const bool list = parser.isSet(QStringLiteral("list"));
    if (list == (positional.size() == 1) || positional.size() > 1)
        return cli.fail(Text::tr("give either --list or one backup to restore."));

    Result<std::unique_ptr<FixSession>, QString> opened = FixSession::open(parser, QString());
    if (!opened)
        return cli.fail(opened.error());
    FixSession &session = *opened.value();
    BackupCatalog catalog(session.machine());
    const Result<QList<BackupEntry>, FixError> backups =
        catalog.listAndWait(session.context().config()->files());
    if (!backups)
        return cli.fail(backups.error().message());
    QTextStream out(stdout);
    if (list) {
        if (backups->isEmpty())
            out << Text::tr("No backups of this configuration's files.") << '\n';
        for (const BackupEntry &b : *backups)
            out << b.backupPath << '\t' << b.file << '\t' << b.size << '\n';
        return ExitOk;
    }
    // Only our own backups of this config's files: never an arbitrary path.
    const auto it = std::find_if(backups->begin(), backups->end(),
                                 [&](const BackupEntry &b) { return b.backupPath == positional.first(); });
    if (it == backups->end())
        return cli.fail(Text::tr("%1 is not one of the backups listed by --list.").arg(positional.first()));

    EditRequest request;
    request.runtime = session.context().runtime();
    request.config = session.context().config();
    request.restoreBackup = it->backupPath;
    request.restoreFile = it->file;
    return session.apply(request, parser, kName);
}

} // namespace gd

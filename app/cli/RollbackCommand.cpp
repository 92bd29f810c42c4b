#include "app/cli/RollbackCommand.h"

#include "app/cli/FixSession.h"
#include "app/config/NginxConfig.h"
#include "app/fixes/BackupCatalog.h"
#include "app/fixes/EditCycle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace gd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gd::RollbackCommand", text);
}
const QString kName = QStringLiteral("rollback");
} // namespace

int RollbackCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the backups Gateway Doctor made of this nginx's config files, or restore "
           "one: the current file is backed up, then tested, reloaded and confirmed like "
           "any change.\nExit status: 0 done, 1 refused or rolled back, 2 could not run."));
    parser.addHelpOption();
    TargetOptions::addTo(parser);
    FixSession::addFixOptions(parser);
    parser.addOption({QStringLiteral("list"), tr("List the backups (newest first).")});
    parser.addPositionalArgument(QStringLiteral("backup"), tr("The backup to restore (a path from --list)."));
    if (!parser.parse(arguments))
        return FixSession::fail(kName, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const bool list = parser.isSet(QStringLiteral("list"));
    if (list == (positional.size() == 1) || positional.size() > 1)
        return FixSession::fail(kName, tr("give either --list or one backup to restore."));

    Result<std::unique_ptr<FixSession>, QString> opened = FixSession::open(parser, QString());
    if (!opened)
        return FixSession::fail(kName, opened.error());
    FixSession &session = *opened.value();
    BackupCatalog catalog(session.machine());
    const Result<QList<BackupEntry>, FixError> backups =
        catalog.listAndWait(session.context().config()->files());
    if (!backups)
        return FixSession::fail(kName, backups.error().message());
    QTextStream out(stdout);
    if (list) {
        if (backups->isEmpty())
            out << tr("No backups of this configuration's files.") << '\n';
        for (const BackupEntry &b : *backups)
            out << b.backupPath << '\t' << b.file << '\t' << b.size << '\n';
        return 0;
    }
    // Only our own backups of this config's files: never an arbitrary path.
    const auto it = std::find_if(backups->begin(), backups->end(),
                                 [&](const BackupEntry &b) { return b.backupPath == positional.first(); });
    if (it == backups->end())
        return FixSession::fail(kName,
                                tr("%1 is not one of the backups listed by --list.").arg(positional.first()));

    EditRequest request;
    request.runtime = session.context().runtime();
    request.config = session.context().config();
    request.restoreBackup = it->backupPath;
    request.restoreFile = it->file;
    return session.apply(request, parser, kName);
}

} // namespace gd

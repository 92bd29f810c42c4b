#include "app/cli/ReloadCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/FixSession.h"
#include "app/fixes/NginxReloader.h"

#include "remote/ByteText.h"
#include "remote/WaitFor.h"
#include <QCommandLineParser>
#include <QCoreApplication>

#include <QEventLoop>
#include <QTextStream>

namespace gd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::ReloadCommand)
};
const QString kName = QStringLiteral("reload");
} // namespace

int ReloadCommand::run(const QStringList &arguments)
{
    CommandLine cli(kName,
                    Text::tr("Test the nginx configuration and reload nginx, confirmed by new workers.\n"
                             "Exit status: 0 reloaded, 1 refused (nginx -t failed or nginx rejected the "
                             "reload), 2 could not run."));
    cli.addTargetOptions();
    QCommandLineParser &parser = cli.parser();
    if (const std::optional<int> exit = cli.parse(arguments))
        return *exit;
    Result<std::unique_ptr<FixSession>, QString> opened = FixSession::open(parser, QString());
    if (!opened)
        return cli.fail(opened.error());
    FixSession &session = *opened.value();
    const NginxRuntime &runtime = session.context().runtime();
    QTextStream err(stderr);
    if (!runtime.isRunning())
        return cli.fail(Text::tr("nginx is not running here: there is nothing to reload. Start it instead."));

    NginxReloader reloader(session.machine(), runtime);
    const int code = waitFor<int>([&](const std::function<void(const int &)> &done) {
        reloader.test([&, done](const NginxReloader::TestOutcome &test) {
            if (test.error) {
                err << "  FAIL  nginx -t: " << test.error.message() << '\n' << utf8Text(test.command.stdErr);
                done(test.error.kind() == FixError::Kind::ConnectionLost ? ExitCouldNotRun : ExitProblem);
                return;
            }
            err << "  ok    nginx -t\n";
            reloader.snapshotWorkers([&, done](const Result<QList<qint64>, FixError> &workers) {
                if (!workers) {
                    err << "  FAIL  " << workers.error().message() << '\n';
                    done(ExitCouldNotRun);
                    return;
                }
                reloader.reload(*workers, [&, done](const NginxReloader::ReloadOutcome &r) {
                    if (r.error) {
                        err << "  FAIL  " << runtime.reloadDescription() << ": " << r.error.message() << '\n';
                        done(r.error.kind() == FixError::Kind::ConnectionLost ? ExitCouldNotRun
                                                                              : ExitProblem);
                        return;
                    }
                    err << "  ok    " << runtime.reloadDescription() << ": "
                        << Text::tr("new workers took over") << '\n';
                    done(ExitOk);
                });
            });
        });
    });
    session.transcript().recordChange(
        kName, code == 0 ? QStringLiteral("applied") : QStringLiteral("refused"), QString());
    return code;
}

} // namespace gd

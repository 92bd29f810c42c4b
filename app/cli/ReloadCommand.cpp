#include "app/cli/ReloadCommand.h"

#include "app/cli/FixSession.h"
#include "app/fixes/NginxReloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace gd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gd::ReloadCommand", text);
}
const QString kName = QStringLiteral("reload");
} // namespace

int ReloadCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Test the nginx configuration and reload nginx, confirmed by new workers.\n"
           "Exit status: 0 reloaded, 1 refused (nginx -t failed or nginx rejected the "
           "reload), 2 could not run."));
    parser.addHelpOption();
    TargetOptions::addTo(parser);
    if (!parser.parse(arguments))
        return FixSession::fail(kName, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    Result<std::unique_ptr<FixSession>, QString> opened = FixSession::open(parser, QString());
    if (!opened)
        return FixSession::fail(kName, opened.error());
    FixSession &session = *opened.value();
    const NginxRuntime &runtime = session.context().runtime();
    QTextStream err(stderr);
    if (!runtime.isRunning())
        return FixSession::fail(
            kName, tr("nginx is not running here: there is nothing to reload. Start it instead."));

    NginxReloader reloader(session.machine(), runtime);
    QEventLoop loop;
    int code = 2;
    reloader.test([&](const NginxReloader::TestOutcome &test) {
        if (test.error) {
            err << "  FAIL  nginx -t: " << test.error.message() << '\n'
                << QString::fromUtf8(test.command.stdErr);
            code = test.error.kind() == FixError::Kind::ConnectionLost ? 2 : 1;
            loop.quit();
            return;
        }
        err << "  ok    nginx -t\n";
        reloader.snapshotWorkers([&](const Result<QList<qint64>, FixError> &workers) {
            if (!workers) {
                err << "  FAIL  " << workers.error().message() << '\n';
                loop.quit();
                return;
            }
            reloader.reload(*workers, [&](const NginxReloader::ReloadOutcome &r) {
                if (r.error) {
                    err << "  FAIL  " << runtime.reloadDescription() << ": " << r.error.message() << '\n';
                    code = r.error.kind() == FixError::Kind::ConnectionLost ? 2 : 1;
                } else {
                    err << "  ok    " << runtime.reloadDescription() << ": " << tr("new workers took over")
                        << '\n';
                    code = 0;
                }
                loop.quit();
            });
        });
    });
    loop.exec();
    session.transcript().recordChange(
        kName, code == 0 ? QStringLiteral("applied") : QStringLiteral("refused"), QString());
    return code;
}

} // namespace gd

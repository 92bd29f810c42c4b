// The edit cycle end to end against the lab's real nginx, on this computer and over the
// lab's sshd: a timeout edit that fixes a slow upstream, and every way it can go wrong
// (nginx -t failing, a reload nginx rejects, a probe that got worse, a file changed
// under us, symlinks, include globs, read-only files, no permission, hostile values, the
// connection dropping before confirmation). After each, the file on disk and the config
// nginx runs are checked, not just the outcome we report.
#include "app/checks/MaxChildrenAdvice.h"
#include "app/config/NginxConfig.h"
#include "app/engine/DiagnosisEngine.h"
#include "app/engine/SuggestionValidator.h"
#include "app/fixes/ActionPlan.h"
#include "app/fixes/EditCycle.h"
#include "app/fixes/FixContext.h"
#include "remote/WaitFor.h"
#include "tests/engine/ReportLookup.h"
#include "tests/fixes/CarryOut.h"
#include "tests/lab/LabDir.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabPhpFpm.h"
#include "tests/lab/LabPoolLoad.h"
#include "tests/lab/LabPorts.h"
#include "tests/lab/LabProcTree.h"
#include "tests/lab/LabProcess.h"
#include "tests/lab/LabUpstream.h"
#include "tests/lab/LabUsers.h"
#include "tests/remote/MachineFixture.h"

#include <QProcess>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace gd;
using lab::LabNginx;
using lab::LabStatus;
using lab::LabUpstream;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

int run(const QStringList &argv)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(argv.first(), argv.mid(1));
    p.waitForFinished(10000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Makes a file or directory unwritable even for root: chattr +i where the file system
// has it, else a read-only bind mount. Undone on destruction.
class Unwritable
{
public:
    explicit Unwritable(QString path) : m_path(std::move(path))
    {
        if (run({QStringLiteral("chattr"), QStringLiteral("+i"), m_path}) == 0) {
            m_how = How::Chattr;
        } else if (QFileInfo(m_path).isDir() &&
                   run({QStringLiteral("mount"), QStringLiteral("--bind"), m_path, m_path}) == 0) {
            run({QStringLiteral("mount"), QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), m_path});
            m_how = How::Mount;
        }
    }
    ~Unwritable()
    {
        if (m_how == How::Chattr)
            run({QStringLiteral("chattr"), QStringLiteral("-i"), m_path});
        else if (m_how == How::Mount)
            run({QStringLiteral("umount"), m_path});
    }
    bool ok() const { return m_how != How::None; }

private:
    enum class How
    {
        None,
        Chattr,
        Mount
    };
    QString m_path;
    How m_how = How::None;
};

// One lab: an upstream, a real nginx whose config is split like a real server's
// (conf.d/ glob, sites-enabled/ symlinks), and the diagnosis the fix starts from.
struct FixLab
{
    LabUpstream upstream;
    std::unique_ptr<LabNginx> nginx = std::make_unique<LabNginx>();
    QString siteFile; // the file that holds `location /`
    QByteArray original;

    // layout: "main" (everything in nginx.conf), "confd" (conf.d/app.conf through a
    // `include conf.d/*;` glob) or "symlink" (sites-enabled/app -> sites-available/app).
    LabStatus start(const QString &layout, LabUpstream::Mode mode, int delayMs, const QString &locationExtra)
    {
        LabUpstream::Options o;
        o.mode = mode;
        o.delayMs = delayMs;
        if (LabStatus s = upstream.start(o); !s)
            return s;
        const QString server = LabNginx::proxyServer(upstream.proxyPassUrl(), locationExtra);
        const QString prefix = nginx->prefix();
        if (layout == QLatin1String("main")) {
            if (LabStatus s = nginx->start(server); !s)
                return s;
            siteFile = nginx->configPath();
        } else {
            // The location lives in its own file, included by the server block (the
            // lab replaces its placeholders in the main file only).
            const bool confd = layout == QLatin1String("confd");
            const QString dir =
                prefix + (confd ? QStringLiteral("/conf.d") : QStringLiteral("/sites-available"));
            QDir().mkpath(dir);
            siteFile = dir + (confd ? QStringLiteral("/app.conf") : QStringLiteral("/app"));
            const QString location =
                QStringLiteral("# the app\nlocation / {\n    proxy_pass %1;\n%2}\n")
                    .arg(upstream.proxyPassUrl(),
                         locationExtra.isEmpty()
                             ? QString()
                             : QStringLiteral("    ") + locationExtra + QLatin1Char('\n'));
            if (!writeAll(siteFile, location.toUtf8()))
                return LabStatus::failure(QStringLiteral("cannot write ") + siteFile);
            QString glob = QStringLiteral("@PREFIX@/conf.d/*");
            if (!confd) {
                QDir().mkpath(prefix + QStringLiteral("/sites-enabled"));
                if (!QFile::link(siteFile, prefix + QStringLiteral("/sites-enabled/app")))
                    return LabStatus::failure(QStringLiteral("cannot link"));
                glob = QStringLiteral("@PREFIX@/sites-enabled/*");
            }
            const QString include =
                QStringLiteral("server {\n    listen 127.0.0.1:@PORT@;\n    server_name gd-lab;\n"
                               "    include %1;\n}\n")
                    .arg(glob);
            if (LabStatus s = nginx->start(include); !s)
                return s;
        }
        return LabStatus::success();
    }
};

} // namespace

class TestEditCycle : public QObject
{
    Q_OBJECT
private slots:
    void slowUpstreamFixedEndToEnd_data();
    void slowUpstreamFixedEndToEnd();
    void nginxTestFailsAfterEdit();
    void reloadRejectedRestores();
    void probeWorseRollsBack();
    void fileChangedBetweenReadAndWrite();
    void readOnlyFileOrDirectory_data();
    void readOnlyFileOrDirectory();
    void noPermissionAsksForSudo();
    void hostileValuesRefused_data();
    void hostileValuesRefused();
    void connectionDropsBeforeConfirmation();
    void rollbackRestoresABackup();
    void phpFpmMaxChildrenRaised();
    void phpFpmBurstNeedsTheBacklogToo();
    void saturatedPoolActionsEndTheBurst();

private:
    // The site file is written by the test before nginx starts: proxyServer() text
    // with the lab's port. Returns the request for the URL's location.
    static std::optional<EditRequest> prepare(Machine *machine, const LabNginx &nginx, QString *why);
};

std::optional<EditRequest> TestEditCycle::prepare(Machine *machine, const LabNginx &nginx, QString *why)
{
    DiagnosisOptions options;
    options.configFile = nginx.configPath();
    options.url = nginx.url();
    options.probeTimeoutSec = 3;
    DiagnosisEngine engine(machine, options);
    if (const RemoteError error = engine.runAndWait()) {
        *why = error.toString();
        return std::nullopt;
    }
    const Result<FixContext, FixError> context = FixContext::from(*engine.facts(), engine.report());
    if (!context) {
        *why = context.error().message();
        return std::nullopt;
    }
    const Result<int, FixError> block = context->blockForUrl(nginx.url());
    if (!block) {
        *why = block.error().message();
        return std::nullopt;
    }
    EditRequest request;
    request.runtime = context->runtime();
    request.config = context->config();
    request.blockIndex = *block;
    request.url = nginx.url();
    request.probeMaxTimeSec = 10;
    request.changes = context->recommended(*block);
    return request;
}

void TestEditCycle::slowUpstreamFixedEndToEnd_data()
{
    QTest::addColumn<bool>("overSsh");
    QTest::addColumn<QString>("layout");
    QTest::newRow("local, in nginx.conf") << false << QStringLiteral("main");
    QTest::newRow("local, conf.d/* glob") << false << QStringLiteral("confd");
    QTest::newRow("local, sites-enabled symlink") << false << QStringLiteral("symlink");
    QTest::newRow("ssh, conf.d/* glob") << true << QStringLiteral("confd");
}

void TestEditCycle::slowUpstreamFixedEndToEnd()
{
    QFETCH(bool, overSsh);
    QFETCH(QString, layout);
    FixLab lab;
    const LabStatus started =
        lab.start(layout, LabUpstream::Mode::Slow, 2000, QStringLiteral("proxy_read_timeout 1s;"));
    QVERIFY2(started.ok(), qPrintable(started.message()));
    lab.original = readAll(lab.siteFile);
    // The 504 the admin sees, so the log has the timeout the diagnosis finds.
    QProcess::execute(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"),
                                               QStringLiteral("/dev/null"), lab.nginx->url()});
    QVERIFY(lab.nginx->waitForErrorLog(QStringLiteral("upstream timed out")).ok());

    test::MachineFixture fixture(overSsh ? test::Backend::Ssh : test::Backend::Local);
    QVERIFY2(fixture.setUp().isEmpty(), "machine");
    QString why;
    std::optional<EditRequest> request = prepare(fixture.machine(), *lab.nginx, &why);
    QVERIFY2(request, qPrintable(why));
    QVERIFY2(!request->changes.isEmpty(), "the diagnosis recommends a read timeout");
    QCOMPARE(request->changes.first().directive, QStringLiteral("proxy_read_timeout"));
    request->guardSeconds = overSsh ? 60 : 0;
    const QList<qint64> workersBefore = lab.nginx->workerPids();

    EditCycle cycle(fixture.machine(), *request);
    QList<EditStage> passed;
    connect(&cycle, &EditCycle::stageFinished, this, [&](EditStage stage, bool ok) {
        if (ok)
            passed << stage;
    });
    const EditOutcome outcome = cycle.runAndWait(true);
    QVERIFY2(outcome.status == EditOutcome::Status::Applied,
             qPrintable(outcome.error.message() + QLatin1Char('\n') + outcome.notes.join(QLatin1Char('\n'))));
    QCOMPARE(outcome.probeBefore, QStringLiteral("504"));
    QCOMPARE(outcome.probeAfter, QStringLiteral("200"));
    QVERIFY(outcome.reloaded);
    QVERIFY(passed.contains(EditStage::Test) && passed.contains(EditStage::Reload) &&
            passed.contains(EditStage::Write));
    if (overSsh)
        QVERIFY(passed.contains(EditStage::Arm) && passed.contains(EditStage::Disarm));

    // In place: the 1s became the new value, nothing else in the file moved.
    const QByteArray now = readAll(lab.siteFile);
    QVERIFY2(now.contains("proxy_read_timeout " + request->changes.first().value.toUtf8() + ';'),
             now.constData());
    QVERIFY(!now.contains("proxy_read_timeout 1s;"));
    QByteArray expected = lab.original;
    expected.replace("proxy_read_timeout 1s;",
                     "proxy_read_timeout " + request->changes.first().value.toUtf8() + ';');
    if (request->changes.size() == 1)
        QCOMPARE(now, expected);
    QVERIFY2(outcome.diff.contains(QLatin1String("proxy_read_timeout 1s;")), qPrintable(outcome.diff));

    // One backup, byte-identical to the original, out of every include glob.
    QCOMPARE(outcome.backups.size(), 1);
    QCOMPARE(readAll(outcome.backups.first()), lab.original);
    QCOMPARE(QFileInfo(outcome.backups.first()).absolutePath(),
             QFileInfo(QFileInfo(lab.siteFile).canonicalFilePath()).absolutePath());
    if (layout == QLatin1String("confd"))
        QVERIFY2(QFileInfo(outcome.backups.first()).fileName().startsWith(QLatin1Char('.')),
                 qPrintable(outcome.backups.first()));
    if (layout == QLatin1String("symlink")) {
        QVERIFY(QFileInfo(lab.nginx->prefix() + QStringLiteral("/sites-enabled/app")).isSymLink());
        QVERIFY(QDir(lab.nginx->prefix() + QStringLiteral("/sites-enabled"))
                    .entryList(QDir::Files | QDir::Hidden | QDir::System)
                    .size() == 1);
    }
    // Live: new workers, and the URL answers 200 now.
    for (qint64 pid : lab.nginx->workerPids())
        QVERIFY(!workersBefore.contains(pid));
    QVERIFY(lab.nginx->testConfig().ok());
}

void TestEditCycle::nginxTestFailsAfterEdit()
{
    FixLab lab;
    QVERIFY(lab.start(QStringLiteral("confd"), LabUpstream::Mode::Slow, 2000,
                      QStringLiteral("proxy_read_timeout 1s;"))
                .ok());
    // A second file the config needs; it vanishes after nginx started (the running
    // nginx does not care, the next nginx -t does).
    const QString extra = lab.nginx->prefix() + QStringLiteral("/conf.d/extra.conf");
    QVERIFY(writeAll(extra, "# extra\n"));
    QVERIFY(lab.nginx->reload().ok());
    lab.original = readAll(lab.siteFile);
    LocalMachine machine;
    QString why;
    std::optional<EditRequest> request = prepare(&machine, *lab.nginx, &why);
    QVERIFY2(request, qPrintable(why));
    request->changes = {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}};
    const QList<qint64> workers = lab.nginx->workerPids();
    EditCycle cycle(&machine, *request);
    cycle.setStageHook([&](EditStage stage, std::function<void()> proceed) {
        if (stage == EditStage::Test) {
            // nginx -t now fails on the include of a file that cannot be read.
            QFile::remove(extra);
            QVERIFY(QDir().mkdir(extra)); // a directory where the include expects a file
        }
        proceed();
    });
    const EditOutcome outcome = cycle.runAndWait(true);
    QCOMPARE(outcome.status, EditOutcome::Status::RolledBack);
    QCOMPARE(outcome.error.kind(), FixError::Kind::ConfigTestFailed);
    QVERIFY2(!outcome.error.detail().isEmpty(), "nginx's own message is kept");
    QCOMPARE(readAll(lab.siteFile), lab.original);
    QVERIFY(!outcome.reloaded);
    QCOMPARE(lab.nginx->workerPids(), workers); // the old config still serves
    QDir().rmdir(extra);
}

void TestEditCycle::reloadRejectedRestores()
{
    FixLab lab;
    QVERIFY(lab.start(QStringLiteral("confd"), LabUpstream::Mode::Slow, 2000,
                      QStringLiteral("proxy_read_timeout 1s;"))
                .ok());
    lab.original = readAll(lab.siteFile);
    const QString extra = lab.nginx->prefix() + QStringLiteral("/conf.d/extra.conf");
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    LocalMachine machine;
    QString why;
    std::optional<EditRequest> request = prepare(&machine, *lab.nginx, &why);
    QVERIFY2(request, qPrintable(why));
    request->changes = {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}};
    EditCycle cycle(&machine, *request);
    cycle.setReloadConfirmTimeoutMs(3000);
    int reloads = 0;
    cycle.setStageHook([&](EditStage stage, std::function<void()> proceed) {
        if (stage == EditStage::Reload && ++reloads == 1) // after nginx -t passed: a port somebody holds
            writeAll(extra, QStringLiteral("listen 127.0.0.1:%1;\n").arg(squatter.serverPort()).toUtf8());
        if (stage == EditStage::Reload && reloads == 2) // the restore's reload: the port is free again
            QFile::remove(extra);
        proceed();
    });
    const EditOutcome outcome = cycle.runAndWait(true);
    QCOMPARE(outcome.status, EditOutcome::Status::RolledBack);
    QCOMPARE(outcome.error.kind(), FixError::Kind::ReloadFailed);
    QCOMPARE(readAll(lab.siteFile), lab.original);
    QCOMPARE(reloads, 2);
    // What runs is what is on disk: the old 1 s timeout, so still a 504.
    QVERIFY(lab.nginx->configText().contains(QLatin1String("include")));
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                QStringLiteral("%{http_code}"), lab.nginx->url()});
    QVERIFY(curl.waitForFinished(10000));
    QCOMPARE(curl.readAllStandardOutput(), QByteArray("504"));
}

void TestEditCycle::probeWorseRollsBack()
{
    FixLab lab;
    QVERIFY(
        lab.start(QStringLiteral("main"), LabUpstream::Mode::Ok, 0, QStringLiteral("proxy_read_timeout 30s;"))
            .ok());
    lab.original = readAll(lab.siteFile);
    LocalMachine machine;
    QString why;
    std::optional<EditRequest> request = prepare(&machine, *lab.nginx, &why);
    QVERIFY2(request, qPrintable(why));
    request->changes = {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}};
    EditCycle cycle(&machine, *request);
    int probes = 0;
    cycle.setStageHook([&](EditStage stage, std::function<void()> proceed) {
        if (stage == EditStage::Probe && ++probes == 2)
            lab.upstream.stop(); // the app dies right after our reload
        proceed();
    });
    const EditOutcome outcome = cycle.runAndWait(true);
    QCOMPARE(outcome.status, EditOutcome::Status::RolledBack);
    QCOMPARE(outcome.error.kind(), FixError::Kind::ProbeWorse);
    QCOMPARE(outcome.probeBefore, QStringLiteral("200"));
    QCOMPARE(outcome.probeAfter, QStringLiteral("502"));
    QCOMPARE(readAll(lab.siteFile), lab.original);
    QVERIFY(outcome.error.message().contains(QLatin1String("worse")));
}

void TestEditCycle::fileChangedBetweenReadAndWrite()
{
    FixLab lab;
    QVERIFY(lab.start(QStringLiteral("confd"), LabUpstream::Mode::Ok, 0,
                      QStringLiteral("proxy_read_timeout 30s;"))
                .ok());
    LocalMachine machine;
    QString why;
    std::optional<EditRequest> request = prepare(&machine, *lab.nginx, &why);
    QVERIFY2(request, qPrintable(why));
    request->changes = {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}};
    EditCycle cycle(&machine, *request);
    QByteArray theirs;
    cycle.setStageHook([&](EditStage stage, std::function<void()> proceed) {
        if (stage == EditStage::Write) {
            theirs = readAll(lab.siteFile) + "# edited by a colleague\n";
            writeAll(lab.siteFile, theirs);
        }
        proceed();
    });
    const EditOutcome outcome = cycle.runAndWait(true);
    QCOMPARE(outcome.status, EditOutcome::Status::Refused);
    QCOMPARE(outcome.error.kind(), FixError::Kind::FileChanged);
    QCOMPARE(readAll(lab.siteFile), theirs); // their edit stays, ours never landed
}

void TestEditCycle::readOnlyFileOrDirectory_data()
{
    QTest::addColumn<bool>("directory");
    QTest::newRow("read-only file") << false;
    QTest::newRow("read-only directory") << true;
}

void TestEditCycle::readOnlyFileOrDirectory()
{
    QFETCH(bool, directory);
    FixLab lab;
    QVERIFY(lab.start(QStringLiteral("confd"), LabUpstream::Mode::Ok, 0,
                      QStringLiteral("proxy_read_timeout 30s;"))
                .ok());
    lab.original = readAll(lab.siteFile);
    LocalMachine machine;
    QString why;
    std::optional<EditRequest> request = prepare(&machine, *lab.nginx, &why);
    QVERIFY2(request, qPrintable(why));
    request->changes = {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}};
    const QString dir = QFileInfo(lab.siteFile).absolutePath();
    const QStringList before = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    Unwritable lock(directory ? dir : lab.siteFile);
    if (!lock.ok())
        QSKIP("neither chattr +i nor a read-only bind mount works here");
    EditCycle cycle(&machine, *request);
    const EditOutcome outcome = cycle.runAndWait(true);
    QVERIFY(outcome.status == EditOutcome::Status::Refused);
    QVERIFY2(outcome.error.kind() == FixError::Kind::WriteFailed, qPrintable(outcome.error.message()));
    QVERIFY2(outcome.error.message().contains(QFileInfo(lab.siteFile).fileName()),
             qPrintable(outcome.error.message()));
    QCOMPARE(readAll(lab.siteFile), lab.original);
    if (directory) // not even a backup could be made there
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), before);
}

void TestEditCycle::noPermissionAsksForSudo()
{
    FixLab lab;
    QVERIFY(
        lab.start(QStringLiteral("main"), LabUpstream::Mode::Ok, 0, QStringLiteral("proxy_read_timeout 30s;"))
            .ok());
    lab.original = readAll(lab.siteFile);
    test::MachineFixture fixture(test::Backend::Ssh);
    QVERIFY2(fixture.setUp().isEmpty(), "machine");
    QString why;
    std::optional<EditRequest> request = prepare(fixture.machine(), *lab.nginx, &why);
    QVERIFY2(request, qPrintable(why));
    request->changes = {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}};
    // The same edit as a user whose sudo wants a password we do not have.
    QVERIFY(lab::LabUsers::ensure().ok());
    std::unique_ptr<SshMachine> user = fixture.connect(lab::LabUsers::passwordSudoUser());
    QVERIFY(user);
    EditCycle cycle(user.get(), *request);
    const EditOutcome outcome = cycle.runAndWait(true);
    QCOMPARE(outcome.status, EditOutcome::Status::Refused);
    QCOMPARE(outcome.error.kind(), FixError::Kind::NeedsRoot);
    QVERIFY2(outcome.error.message().contains(QLatin1String("sudo"), Qt::CaseInsensitive),
             qPrintable(outcome.error.message()));
    QCOMPARE(readAll(lab.siteFile), lab.original);
}

void TestEditCycle::hostileValuesRefused_data()
{
    QTest::addColumn<QString>("directive");
    QTest::addColumn<QString>("value");
    QTest::newRow("include smuggled")
        << QStringLiteral("proxy_read_timeout") << QStringLiteral("75s; include /etc/passwd");
    QTest::newRow("newline") << QStringLiteral("proxy_read_timeout") << QStringLiteral("75s\nuser root");
    QTest::newRow("command substitution")
        << QStringLiteral("proxy_read_timeout") << QStringLiteral("$(reboot)");
    QTest::newRow("block") << QStringLiteral("proxy_buffers") << QStringLiteral("8 16k; } server {");
    QTest::newRow("not allowed") << QStringLiteral("include") << QStringLiteral("/etc/passwd");
}

void TestEditCycle::hostileValuesRefused()
{
    QFETCH(QString, directive);
    QFETCH(QString, value);
    FixLab lab;
    QVERIFY(lab.start(QStringLiteral("main"), LabUpstream::Mode::Ok, 0, QString()).ok());
    lab.original = readAll(lab.siteFile);
    LocalMachine machine;
    QString why;
    std::optional<EditRequest> request = prepare(&machine, *lab.nginx, &why);
    QVERIFY2(request, qPrintable(why));
    request->changes = {{directive, value}};
    int commands = 0;
    connect(&machine, &Machine::commandFinished, this, [&] { ++commands; });
    EditCycle cycle(&machine, *request);
    const EditOutcome outcome = cycle.runAndWait(true);
    QCOMPARE(outcome.status, EditOutcome::Status::Refused);
    QVERIFY(outcome.error.kind() == FixError::Kind::InvalidValue ||
            outcome.error.kind() == FixError::Kind::NotAllowed);
    QCOMPARE(commands, 0); // refused before anything ran on the machine
    QCOMPARE(readAll(lab.siteFile), lab.original);
}

// The connection dies after the write and nginx -t, right before the reload: nothing on
// our side can act, so the guard on the server restores the file and reloads by itself.
void TestEditCycle::connectionDropsBeforeConfirmation()
{
    FixLab lab;
    QVERIFY(lab.start(QStringLiteral("confd"), LabUpstream::Mode::Ok, 0,
                      QStringLiteral("proxy_read_timeout 30s;"))
                .ok());
    lab.original = readAll(lab.siteFile);
    // As a lab user with stock dotfiles (root commands through sudo): dropping the
    // connection must not cut a login script of root's in half.
    QVERIFY(lab::LabUsers::ensure().ok());
    test::MachineFixture fixture(test::Backend::Ssh);
    QVERIFY2(fixture.setUp(lab::LabUsers::noPasswordSudoUser()).isEmpty(), "machine");
    std::unique_ptr<SshMachine> session = fixture.connect(lab::LabUsers::noPasswordSudoUser());
    QVERIFY(session);
    QString why;
    std::optional<EditRequest> request = prepare(session.get(), *lab.nginx, &why);
    QVERIFY2(request, qPrintable(why));
    request->changes = {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}};
    request->guardSeconds = 3;
    EditCycle cycle(session.get(), *request);
    cycle.setStageHook([&](EditStage stage, std::function<void()> proceed) {
        if (stage == EditStage::Reload)
            QVERIFY(fixture.sshd()->dropConnections().ok());
        proceed();
    });
    const QList<qint64> workers = lab.nginx->workerPids();
    const EditOutcome outcome = cycle.runAndWait(true);
    QCOMPARE(outcome.status, EditOutcome::Status::Failed);
    QVERIFY2(outcome.error.kind() == FixError::Kind::ConnectionLost,
             qPrintable(outcome.error.message() + QLatin1String(" / ") + outcome.error.detail()));
    QVERIFY(readAll(lab.siteFile) != lab.original); // written, not yet restored
    QTRY_COMPARE_WITH_TIMEOUT(readAll(lab.siteFile), lab.original, 15000);
    // ... and reloaded by the guard: new workers running the restored file.
    QTRY_VERIFY_WITH_TIMEOUT(
        !lab.nginx->workerPids().isEmpty() && !workers.contains(lab.nginx->workerPids().first()), 10000);
}

void TestEditCycle::rollbackRestoresABackup()
{
    FixLab lab;
    QVERIFY(lab.start(QStringLiteral("confd"), LabUpstream::Mode::Ok, 0,
                      QStringLiteral("proxy_read_timeout 30s;"))
                .ok());
    lab.original = readAll(lab.siteFile);
    LocalMachine machine;
    QString why;
    std::optional<EditRequest> request = prepare(&machine, *lab.nginx, &why);
    QVERIFY2(request, qPrintable(why));
    request->changes = {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}};
    const EditOutcome applied = EditCycle(&machine, *request).runAndWait(true);
    QCOMPARE(applied.status, EditOutcome::Status::Applied);
    const QByteArray edited = readAll(lab.siteFile);

    EditRequest rollback;
    rollback.runtime = request->runtime;
    rollback.runtime.masterPid = lab.nginx->masterPid();
    rollback.config = request->config;
    rollback.restoreBackup = applied.backups.first();
    rollback.restoreFile = lab.siteFile;
    const EditOutcome restored = EditCycle(&machine, rollback).runAndWait(true);
    QVERIFY2(restored.status == EditOutcome::Status::Applied, qPrintable(restored.error.message()));
    QCOMPARE(readAll(lab.siteFile), lab.original);
    QVERIFY(restored.reloaded);
    // The edited version was backed up in turn: a rollback can be rolled back.
    QCOMPARE(restored.backups.size(), 1);
    QCOMPARE(readAll(restored.backups.first()), edited);
}

// pm.max_children through the same cycle against a real php-fpm: the pool file edited in
// place, php-fpm -t, SIGUSR2, and the new number of children running.
void TestEditCycle::phpFpmMaxChildrenRaised()
{
    lab::LabPhpFpm fpm;
    QVERIFY2(
        fpm.start(QStringLiteral("; the app's pool\n[www]\nuser = www-data\ngroup = www-data\n"
                                 "listen = 127.0.0.1:@PORT@\npm = static\npm.max_children = 2 ; small box\n"),
                  2)
            .ok(),
        "php-fpm");
    const QByteArray pool = fpm.poolText();
    const QList<qint64> before = lab::LabProcTree::childrenOf(fpm.pid());

    LocalMachine machine;
    EditRequest request;
    request.phpFpm = PhpFpmRuntime{lab::LabPhpFpm::binary(), fpm.configPath(), fpm.pid(), QString()};
    request.pool = QStringLiteral("www");
    request.poolFile = fpm.poolFile();
    request.maxChildren = 4;
    EditCycle cycle(&machine, request);
    const EditOutcome outcome = cycle.runAndWait(true);
    QVERIFY2(outcome.status == EditOutcome::Status::Applied, qPrintable(outcome.error.message()));
    QByteArray expected = pool;
    expected.replace("pm.max_children = 2", "pm.max_children = 4");
    QCOMPARE(fpm.dir().readFile(QStringLiteral("pool.d/www.conf")), expected);
    // The backup is not a *.conf: php-fpm's include does not take it.
    QVERIFY(!outcome.backups.first().endsWith(QLatin1String(".conf")));
    QTRY_COMPARE_WITH_TIMEOUT(lab::LabProcTree::childrenOf(fpm.pid()).size(), 4, 5000);
    for (qint64 pid : lab::LabProcTree::childrenOf(fpm.pid()))
        QVERIFY(!before.contains(pid));

    // Nonsense is refused before anything is written.
    request.maxChildren = 0;
    QCOMPARE(EditCycle(&machine, request).runAndWait(true).status, EditOutcome::Status::Refused);
    QCOMPARE(fpm.dir().readFile(QStringLiteral("pool.d/www.conf")), expected);
}

namespace {

// `n` requests at once; the HTTP status of each (0: no answer).
QList<int> burst(const QString &url, int n)
{
    std::vector<std::unique_ptr<QProcess>> curls;
    for (int i = 0; i < n; ++i) {
        auto curl = std::make_unique<QProcess>();
        curl->start(QStringLiteral("curl"),
                    {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                     QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("--max-time"),
                     QStringLiteral("30"), url});
        curls.push_back(std::move(curl));
    }
    QList<int> codes;
    for (auto &curl : curls) {
        curl->waitForFinished(40000);
        codes << curl->readAllStandardOutput().trimmed().toInt();
    }
    return codes;
}

// How these tests diagnose a lab nginx on this computer.
DiagnosisOptions diagnosisOf(const LabNginx &nginx)
{
    DiagnosisOptions options;
    options.configFile = nginx.configPath();
    options.probeTimeoutSec = 2;
    return options;
}

// The saturation finding whose actions edit this pool file.
const Finding *saturationOf(const DiagnosisEngine &engine, const QString &poolFile)
{
    for (const Finding &f : engine.report().findings) {
        if (f.cause == Cause::PhpFpmSaturated &&
            std::any_of(f.actions.begin(), f.actions.end(),
                        [&](const FixAction &a) { return a.file == poolFile; }))
            return &f;
    }
    return nullptr;
}

// A pool on a unix socket with listen.backlog = 0 and one child, behind nginx, and a
// script that takes a second: a burst of requests finds every child busy. `moreServers`:
// other sites of that nginx.
bool startSaturatedPool(lab::LabPhpFpm &fpm, LabNginx &nginx, const QString &moreServers = QString())
{
    if (!fpm.start(
                QStringLiteral("[www]\nuser = www-data\ngroup = www-data\nlisten = @SOCKET@\n"
                               "listen.mode = 0666\nlisten.backlog = 0\npm = static\npm.max_children = 1\n"),
                1)
             .ok())
        return false;
    // A script php-fpm's www-data can read: every directory above it searchable.
    const QString script = fpm.dir().filePath(QStringLiteral("slow.php"));
    if (!fpm.dir()
             .writeFile(QStringLiteral("slow.php"), "<?php usleep(1000000); echo \"ok\\n\";\n", 0644)
             .ok())
        return false;
    for (QString dir = fpm.dir().path(); dir.size() > 4; dir = QFileInfo(dir).path())
        QFile::setPermissions(dir, QFile::permissions(dir) | QFileDevice::ExeOther);
    return nginx
        .start(QStringLiteral("server {\n    listen 127.0.0.1:@PORT@;\n    location / {\n"
                              "        fastcgi_pass unix:%1;\n"
                              "        fastcgi_param SCRIPT_FILENAME %2;\n"
                              "        fastcgi_param REQUEST_METHOD GET;\n    }\n}\n")
                   .arg(fpm.socketPath(), script) +
               moreServers)
        .ok();
}

QString describeCodes(const QList<int> &codes)
{
    QStringList text;
    for (int c : codes)
        text << QString::number(c);
    return text.join(QLatin1Char(' '));
}

} // namespace

// Issue 15: `fix max-children` 1 -> 4 while listen.backlog = 0 kept refusing a burst.
// A pool on a unix socket with listen.backlog = 0 and one child, each request taking a
// second: a burst of 8 gets 502s (EAGAIN on connect). Four children alone still get
// 502s; four children with the backlog the advice gives get none.
void TestEditCycle::phpFpmBurstNeedsTheBacklogToo()
{
    lab::LabPhpFpm fpm;
    LabNginx nginx;
    QVERIFY(startSaturatedPool(fpm, nginx));
    QCOMPARE(burst(nginx.url(), 1), QList<int>{200});
    const QList<int> before = burst(nginx.url(), 8);
    qInfo("burst of 8, 1 child, listen.backlog 0: %s", qPrintable(describeCodes(before)));
    QVERIFY2(before.count(502) > 0, qPrintable(describeCodes(before)));

    // The diagnosis of it: the pool is saturated, and its backlog is named.
    LocalMachine machine;
    DiagnosisEngine engine(&machine, diagnosisOf(nginx));
    QVERIFY(!engine.runAndWait());
    const Finding *saturated = saturationOf(engine, fpm.poolFile());
    QVERIFY2(saturated, qPrintable(nginx.errorLogText().right(1000)));
    QVERIFY2(saturated->summary.contains(QLatin1String("listen.backlog is 0")),
             qPrintable(saturated->summary));
    // The finding carries the change itself, from the memory measured during the
    // diagnosis: both lines of the pool file, then php-fpm's own test.
    const auto edits = [&](const QString &oldText, const QString &newPrefix) {
        return std::any_of(saturated->actions.begin(), saturated->actions.end(), [&](const FixAction &a) {
            return a.kind == FixAction::Kind::Edit && a.file == fpm.poolFile() && a.oldText == oldText &&
                   a.newText.startsWith(newPrefix);
        });
    };
    QVERIFY2(edits(QStringLiteral("pm.max_children = 1"), QStringLiteral("pm.max_children = ")),
             qPrintable(saturated->remedy));
    QVERIFY2(edits(QStringLiteral("listen.backlog = 0"), QStringLiteral("listen.backlog = 511")),
             qPrintable(saturated->remedy));
    QVERIFY(std::any_of(saturated->actions.begin(), saturated->actions.end(), [](const FixAction &a) {
        return a.kind == FixAction::Kind::Command && a.argv.contains(QLatin1String("-t")) &&
               a.argv.first() == lab::LabPhpFpm::binary();
    }));
    QVERIFY2(saturated->remedy.contains(QLatin1String("running children use")),
             qPrintable(saturated->remedy));
    EditRequest request;
    request.phpFpm = PhpFpmRuntime{lab::LabPhpFpm::binary(), fpm.configPath(), fpm.pid(), QString()};
    request.pool = QStringLiteral("www");
    request.poolFile = fpm.poolFile();
    request.maxChildren = 4;
    QCOMPARE(EditCycle(&machine, request).runAndWait(true).status, EditOutcome::Status::Applied);
    QTRY_COMPARE_WITH_TIMEOUT(lab::LabProcTree::childrenOf(fpm.pid()).size(), 4, 5000);
    const QList<int> moreChildren = burst(nginx.url(), 8);
    qInfo("4 children, listen.backlog 0: %s", qPrintable(describeCodes(moreChildren)));
    QVERIFY2(moreChildren.count(502) > 0, qPrintable(describeCodes(moreChildren)));

    const std::optional<MaxChildrenAdvice::Advice> backlog = MaxChildrenAdvice::backlog(0, 4);
    QVERIFY(backlog);
    QCOMPARE(backlog->value, 511);
    request.listenBacklog = backlog->value;
    const EditOutcome outcome = EditCycle(&machine, request).runAndWait(true);
    QVERIFY2(outcome.status == EditOutcome::Status::Applied, qPrintable(outcome.error.message()));
    QVERIFY2(fpm.dir().readFile(QStringLiteral("pool.d/www.conf")).contains("listen.backlog = 511\n"),
             fpm.dir().readFile(QStringLiteral("pool.d/www.conf")).constData());
    // No service manager runs this master: the cycle cannot restart it and says so (a
    // reload keeps the socket and its old backlog). The restart it asks for, as a
    // service manager would do it:
    const QString notes = outcome.notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QLatin1String("takes effect only when php-fpm restarts")), qPrintable(notes));
    QTRY_COMPARE_WITH_TIMEOUT(lab::LabProcTree::childrenOf(fpm.pid()).size(), 4, 5000);
    const QList<int> reloaded = burst(nginx.url(), 8);
    qInfo("4 children, listen.backlog 511 in the file, reloaded: %s", qPrintable(describeCodes(reloaded)));
    QVERIFY2(reloaded.count(502) > 0, qPrintable(describeCodes(reloaded))); // what the note says
    QVERIFY(fpm.restart(4).ok());
    const QList<int> after = burst(nginx.url(), 8);
    qInfo("4 children, listen.backlog 511, restarted: %s", qPrintable(describeCodes(after)));
    QVERIFY2(after.count(200) == 8, qPrintable(describeCodes(after)));
}

// Issue 15, item 8: the saturated pool's finding, carried out literally as `fix apply`
// does (ActionPlan: the pool file's edits through the edit cycle, tested with php-fpm
// -t), then the restart the cycle asks for when no service manager runs php-fpm: the
// burst that got 502s gets none.
void TestEditCycle::saturatedPoolActionsEndTheBurst()
{
    // Another master with a [www] of its own that was saturated too, as php7.4-fpm beside
    // php8.2-fpm, each serving a site of this nginx: its log's "[pool www] server reached
    // pm.max_children" is about its own www, whose file the finding for it edits; ours
    // has its own finding.
    lab::LabPhpFpm other;
    QVERIFY(other
                .start(QStringLiteral("[www]\nuser = www-data\ngroup = www-data\nlisten = 127.0.0.1:@PORT@\n"
                                      "pm = dynamic\npm.max_children = 1\npm.start_servers = 1\n"
                                      "pm.min_spare_servers = 1\npm.max_spare_servers = 1\n"),
                       1)
                .ok());
    lab::LabPhpFpm fpm;
    LabNginx nginx;
    QVERIFY(startSaturatedPool(
        fpm, nginx,
        QStringLiteral("server {\n    listen 127.0.0.1:@PORT@;\n    server_name legacy.example;\n"
                       "    location / {\n        fastcgi_pass 127.0.0.1:%1;\n    }\n}\n")
            .arg(other.port())));
    // Its load comes through a second nginx (LabPoolLoad's scripts), as on the site's.
    LabNginx otherNginx;
    QVERIFY(otherNginx.start(lab::LabPoolLoad::nginxServer(other, false)).ok());
    {
        lab::LabPoolLoad load(other, otherNginx.url());
        QVERIFY(load.hold(2).ok());
        QVERIFY(load.waitUntilMaxChildrenReached().ok());
    }
    const QList<int> before = burst(nginx.url(), 8);
    QVERIFY2(before.count(502) > 0, qPrintable(describeCodes(before)));

    LocalMachine machine;
    DiagnosisEngine engine(&machine, diagnosisOf(nginx));
    QVERIFY(!engine.runAndWait());
    const Finding *saturated = saturationOf(engine, fpm.poolFile());
    QVERIFY2(saturated, qPrintable(nginx.errorLogText().right(1000)));
    QVERIFY(!saturated->actions.isEmpty());
    const Finding *otherSaturated = saturationOf(engine, other.poolFile());
    QVERIFY2(otherSaturated, qPrintable(gd::test::describe(engine.report())));
    // Before it was shown, php-fpm -t accepted the edited pool on a scratch copy.
    for (const FixAction &a : saturated->actions) {
        if (a.kind == FixAction::Kind::Edit) {
            QCOMPARE(a.file, fpm.poolFile());
            QCOMPARE(a.validation.text(), QStringLiteral("php-fpm -t"));
        }
    }
    // A value php-fpm refuses is refused there, in php-fpm's words about the live file,
    // and the live pool is untouched.
    {
        const QByteArray live = fpm.dir().readFile(QStringLiteral("pool.d/www.conf"));
        const int line = int(live.split('\n').indexOf(QByteArray("pm.max_children = 1"))) + 1;
        QVERIFY(line > 0);
        Finding broken = *saturated;
        broken.actions = {FixAction::edit(fpm.poolFile(), line, QStringLiteral("pm.max_children = 1"),
                                          QStringLiteral("pm.max_children = many"), QStringLiteral("x"))};
        SuggestionValidator validator(&machine, engine.diagnosis());
        const QList<Finding> marked = validator.validateAndWait({broken});
        QCOMPARE(marked.size(), 1);
        const SuggestionCheck &check = marked.first().actions.first().validation;
        QVERIFY2(check.isRefused(), qPrintable(check.text()));
        QVERIFY2(check.message.contains(QStringLiteral("%1:%2").arg(fpm.poolFile()).arg(line)) &&
                     check.message.contains(QLatin1String("pm.max_children")),
                 qPrintable(check.message));
        QCOMPARE(fpm.dir().readFile(QStringLiteral("pool.d/www.conf")), live);
    }
    const Result<FixContext, FixError> context = FixContext::from(*engine.diagnosis());
    QVERIFY2(context, qPrintable(context ? QString() : context.error().message()));
    ActionRequest request;
    request.runtime = context->runtime();
    request.phpFpmTargets = context->phpFpmTargets();
    request.actions = saturated->actions;
    const ActionOutcome outcome = gd::test::carryOut(&machine, request);
    QVERIFY2(outcome.status == ActionOutcome::Status::Done, qPrintable(outcome.error.message()));
    QVERIFY(outcome.edit);
    // php-fpm's test ran, not nginx's; nothing of nginx's config changed.
    const QStringList stages = outcome.edit->notes;
    const QByteArray pool = fpm.dir().readFile(QStringLiteral("pool.d/www.conf"));
    QVERIFY2(pool.contains("listen.backlog = 511\n") && !pool.contains("pm.max_children = 1\n"),
             pool.constData());
    QVERIFY2(
        stages.join(QLatin1Char('\n')).contains(QLatin1String("takes effect only when php-fpm restarts")),
        qPrintable(stages.join(QLatin1Char('\n'))));
    const int children = pool.mid(pool.indexOf("pm.max_children = ") + 18).split('\n').first().toInt();
    QVERIFY2(children > 1, pool.constData());
    QVERIFY(fpm.restart(children).ok()); // what the note asks for
    const QList<int> after = burst(nginx.url(), 8);
    qInfo("after the finding's actions and a restart: %s", qPrintable(describeCodes(after)));
    QVERIFY2(after.count(502) == 0, qPrintable(describeCodes(after)));
}

QTEST_GUILESS_MAIN(TestEditCycle)
#include "tst_editcycle.moc"

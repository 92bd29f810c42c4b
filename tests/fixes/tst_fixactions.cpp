// The fix engine's parts that act on a machine, against the lab's real nginx and
// sshd: reload confirmed by new workers (and a reload nginx rejects), the server-side
// rollback guard (fires, disarms, survives a dropped SSH connection), the backup
// catalogue, the transcript and the URL monitor.
#include "app/fixes/BackupCatalog.h"
#include "app/fixes/NginxReloader.h"
#include "app/fixes/RollbackGuard.h"
#include "app/fixes/Transcript.h"
#include "app/fixes/UpstreamRestarter.h"
#include "app/fixes/UrlMonitor.h"
#include "remote/BackupName.h"
#include "remote/FileAccess.h"
#include "tests/lab/LabDir.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabPorts.h"
#include "tests/lab/LabUpstream.h"
#include "tests/lab/LabUsers.h"
#include "tests/remote/MachineFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace gd;
using lab::LabNginx;
using lab::LabStatus;
using lab::LabUpstream;

namespace {

NginxRuntime runtimeOf(const LabNginx &nginx)
{
    NginxRuntime runtime;
    runtime.binary = QStringLiteral("/usr/sbin/nginx");
    runtime.prefix = nginx.prefix() + QLatin1Char('/');
    runtime.confPath = nginx.configPath();
    runtime.masterPid = nginx.masterPid();
    runtime.errorLog = nginx.errorLogPath();
    return runtime;
}

template <typename T> T waitFor(std::function<void(std::function<void(const T &)>)> start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](const T &value) {
        result = value;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

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

} // namespace

class TestFixActions : public QObject
{
    Q_OBJECT
private slots:
    void backends_data();
    void reloadIsConfirmedByNewWorkers_data() { backends_data(); }
    void reloadIsConfirmedByNewWorkers();
    void reloadRejectedByNginxIsReported();
    void guardFiresAndRestores_data() { backends_data(); }
    void guardFiresAndRestores();
    void guardDisarmedDoesNothing_data() { backends_data(); }
    void guardDisarmedDoesNothing();
    void guardSurvivesDroppedConnection();
    void backupCatalogFindsOurBackupsOnly();
    void transcriptKeepsCommandsAndChanges();
    void monitorCountsAndHolds();
    void restartWithoutServiceManagerSaysWhatToDo();
};

void TestFixActions::backends_data()
{
    QTest::addColumn<bool>("overSsh");
    QTest::newRow("local") << false;
    QTest::newRow("ssh") << true;
}

void TestFixActions::reloadIsConfirmedByNewWorkers()
{
    QFETCH(bool, overSsh);
    LabUpstream upstream;
    QVERIFY(upstream.start(LabUpstream::Mode::Ok).ok());
    LabNginx nginx;
    const LabStatus started = nginx.start(LabNginx::proxyServer(upstream.proxyPassUrl()));
    QVERIFY2(started.ok(), qPrintable(started.message()));
    test::MachineFixture fixture(overSsh ? test::Backend::Ssh : test::Backend::Local);
    QVERIFY2(fixture.setUp().isEmpty(), "machine");

    NginxReloader reloader(fixture.machine(), runtimeOf(nginx));
    using Workers = Result<QList<qint64>, FixError>;
    const Workers before = waitFor<Workers>([&](auto done) { reloader.snapshotWorkers(done); });
    QVERIFY(before.ok());
    QList<qint64> expected = nginx.workerPids();
    QList<qint64> got = *before;
    std::sort(expected.begin(), expected.end());
    std::sort(got.begin(), got.end());
    QCOMPARE(got, expected);

    const auto test = waitFor<NginxReloader::TestOutcome>([&](auto done) { reloader.test(done); });
    QVERIFY2(!test.error, qPrintable(test.error.message()));
    const auto reload =
        waitFor<NginxReloader::ReloadOutcome>([&](auto done) { reloader.reload(*before, done); });
    QVERIFY2(!reload.error, qPrintable(reload.error.message()));
    QVERIFY(!reload.newWorkers.isEmpty());
    for (qint64 pid : reload.newWorkers)
        QVERIFY(!before->contains(pid));
    QVERIFY(reload.command.commandLine.contains(QLatin1String("-s reload")));
}

// nginx -t does not bind, a reload does: a listen on a port somebody else holds passes
// the test and is then rejected by the master, which keeps its old workers.
void TestFixActions::reloadRejectedByNginxIsReported()
{
    LabUpstream upstream;
    QVERIFY(upstream.start(LabUpstream::Mode::Ok).ok());
    LabNginx nginx;
    QVERIFY(nginx.start(LabNginx::proxyServer(upstream.proxyPassUrl())).ok());
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    QString config = QString::fromUtf8(readAll(nginx.configPath()));
    config.replace(
        QStringLiteral("    server_name gd-lab;"),
        QStringLiteral("    server_name gd-lab;\n    listen 127.0.0.1:%1;").arg(squatter.serverPort()));
    QVERIFY(writeAll(nginx.configPath(), config.toUtf8()));

    LocalMachine machine;
    NginxReloader reloader(&machine, runtimeOf(nginx));
    reloader.setConfirmTimeoutMs(3000);
    const auto test = waitFor<NginxReloader::TestOutcome>([&](auto done) { reloader.test(done); });
    QVERIFY2(!test.error, "nginx -t must pass: it does not bind");
    const QList<qint64> before = nginx.workerPids();
    const auto reload =
        waitFor<NginxReloader::ReloadOutcome>([&](auto done) { reloader.reload(before, done); });
    QCOMPARE(reload.error.kind(), FixError::Kind::ReloadFailed);
    QVERIFY2(reload.error.message().contains(QLatin1String("old")), qPrintable(reload.error.message()));
    QCOMPARE(nginx.workerPids(), before);
}

void TestFixActions::guardFiresAndRestores()
{
    QFETCH(bool, overSsh);
    lab::LabDir dir(QStringLiteral("guard"));
    QVERIFY(dir.writeFile(QStringLiteral("site.conf"), "new\n").ok());
    QVERIFY(dir.writeFile(QStringLiteral("site.conf.gd-backup~"), "old\n", 0640).ok());
    test::MachineFixture fixture(overSsh ? test::Backend::Ssh : test::Backend::Local);
    QVERIFY2(fixture.setUp().isEmpty(), "machine");

    RollbackGuard guard(fixture.machine());
    const QString marker = dir.filePath(QStringLiteral("reloaded"));
    const FixError armed = waitFor<FixError>([&](auto done) {
        guard.arm(dir.filePath(QStringLiteral("site.conf")),
                  dir.filePath(QStringLiteral("site.conf.gd-backup~")), 1, {QStringLiteral("touch"), marker},
                  done);
    });
    QVERIFY2(!armed, qPrintable(armed.message()));
    QVERIFY(guard.isArmed());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 10000);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("site.conf"))), QByteArray("old\n"));
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("site.conf"))).permissions() & 0x0777,
             QFileInfo(dir.filePath(QStringLiteral("site.conf.gd-backup~"))).permissions() & 0x0777);
    using Disarm = Result<RollbackGuard::Outcome, FixError>;
    const Disarm late = waitFor<Disarm>([&](auto done) { guard.disarm(done); });
    QVERIFY(late.ok());
    QCOMPARE(*late, RollbackGuard::Outcome::AlreadyFired);
    // No restore temp file is left next to the config.
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".gd-restore")).size(),
        0);
}

void TestFixActions::guardDisarmedDoesNothing()
{
    QFETCH(bool, overSsh);
    lab::LabDir dir(QStringLiteral("guard"));
    QVERIFY(dir.writeFile(QStringLiteral("site.conf"), "new\n").ok());
    QVERIFY(dir.writeFile(QStringLiteral("site.conf.gd-backup~"), "old\n").ok());
    test::MachineFixture fixture(overSsh ? test::Backend::Ssh : test::Backend::Local);
    QVERIFY2(fixture.setUp().isEmpty(), "machine");
    RollbackGuard guard(fixture.machine());
    const QString marker = dir.filePath(QStringLiteral("reloaded"));
    // Long enough that "gone before its delay" holds on a loaded machine, where a
    // kill and the reaping of the zombie once took just over two seconds.
    constexpr int kDelaySec = 6;
    QVERIFY(!waitFor<FixError>([&](auto done) {
        guard.arm(dir.filePath(QStringLiteral("site.conf")),
                  dir.filePath(QStringLiteral("site.conf.gd-backup~")), kDelaySec,
                  {QStringLiteral("touch"), marker}, done);
    }));
    QElapsedTimer armed;
    armed.start();
    const qint64 pid = guard.pid();
    using Disarm = Result<RollbackGuard::Outcome, FixError>;
    const Disarm disarmed = waitFor<Disarm>([&](auto done) { guard.disarm(done); });
    QVERIFY(disarmed.ok());
    QCOMPARE(*disarmed, RollbackGuard::Outcome::Disarmed);
    // The sleeping guard is gone at once, not after its delay.
    // (A killed guard may stay a zombie until its new parent reaps it: that is gone too.)
    const auto alive = [pid] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        return stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z ");
    };
    QTRY_VERIFY_WITH_TIMEOUT(!alive(), (kDelaySec - 1) * 1000);
    QVERIFY2(armed.elapsed() < kDelaySec * 1000, "the guard died of its own delay, not of the disarm");
    // Past the delay: it never restored, never reloaded.
    QTest::qWait(int(qMax<qint64>(0, kDelaySec * 1000 + 1500 - armed.elapsed())));
    QVERIFY(!QFile::exists(marker));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("site.conf"))), QByteArray("new\n"));
}

// The reason the guard exists: the connection dies after the write, before we could
// confirm or restore. The server must put the old file back by itself.
void TestFixActions::guardSurvivesDroppedConnection()
{
    lab::LabDir dir(QStringLiteral("guard"));
    QVERIFY(dir.writeFile(QStringLiteral("site.conf"), "new\n").ok());
    QVERIFY(dir.writeFile(QStringLiteral("site.conf.gd-backup~"), "old\n").ok());
    // As a lab user with stock dotfiles (root commands through sudo): dropping the
    // connection must not cut a login script of root's in half.
    QVERIFY(lab::LabUsers::ensure().ok());
    test::MachineFixture fixture(test::Backend::Ssh);
    QVERIFY2(fixture.setUp(lab::LabUsers::noPasswordSudoUser()).isEmpty(), "machine");
    std::unique_ptr<SshMachine> session = fixture.connect(lab::LabUsers::noPasswordSudoUser());
    QVERIFY(session);
    RollbackGuard guard(session.get());
    const QString marker = dir.filePath(QStringLiteral("reloaded"));
    QVERIFY(!waitFor<FixError>([&](auto done) {
        guard.arm(dir.filePath(QStringLiteral("site.conf")),
                  dir.filePath(QStringLiteral("site.conf.gd-backup~")), 2, {QStringLiteral("touch"), marker},
                  done);
    }));
    const LabStatus dropped = fixture.sshd()->dropConnections();
    QVERIFY2(dropped.ok(), qPrintable(dropped.message()));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 10000);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("site.conf"))), QByteArray("old\n"));
}

void TestFixActions::backupCatalogFindsOurBackupsOnly()
{
    lab::LabDir dir(QStringLiteral("catalog"));
    QVERIFY(dir.makeDir(QStringLiteral("conf.d")).ok());
    QVERIFY(dir.makeDir(QStringLiteral("sites-available")).ok());
    QVERIFY(dir.makeDir(QStringLiteral("sites-enabled")).ok());
    QVERIFY(dir.writeFile(QStringLiteral("conf.d/app.conf"), "a\n").ok());
    QVERIFY(dir.writeFile(QStringLiteral("sites-available/site"), "s\n").ok());
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("sites-available/site")),
                        dir.filePath(QStringLiteral("sites-enabled/site"))));
    // Not ours: an editor's backup and a similar name.
    QVERIFY(dir.writeFile(QStringLiteral("conf.d/app.conf~"), "x\n").ok());
    QVERIFY(dir.writeFile(QStringLiteral("conf.d/app.conf.gd-notes"), "x\n").ok());

    LocalMachine machine;
    FileAccess files(&machine);
    const QStringList globs{dir.filePath(QStringLiteral("conf.d/*.conf")),
                            dir.filePath(QStringLiteral("sites-enabled/*"))};
    QStringList made;
    for (const QString &real : {dir.filePath(QStringLiteral("conf.d/app.conf")),
                                dir.filePath(QStringLiteral("sites-available/site"))}) {
        for (int i = 0; i < 2; ++i) {
            const Result<QString> name =
                BackupName::forFile(real, QDateTime::currentDateTime().addSecs(i), globs);
            QVERIFY(name.ok());
            const Result<QString> backup = files.backupAndWait(real, *name);
            QVERIFY2(backup.ok(), qPrintable(backup.ok() ? QString() : backup.error().message()));
            made << *backup;
        }
    }
    BackupCatalog catalog(&machine);
    const Result<QList<BackupEntry>, FixError> listed =
        catalog.listAndWait({dir.filePath(QStringLiteral("conf.d/app.conf")),
                             dir.filePath(QStringLiteral("sites-enabled/site"))});
    QVERIFY(listed.ok());
    QStringList found;
    for (const BackupEntry &e : *listed)
        found << e.backupPath;
    QCOMPARE(QSet<QString>(found.begin(), found.end()), QSet<QString>(made.begin(), made.end()));
    // Newest first, per the time in the name.
    // Newest first: among the backups of one file, the time in the name goes down.
    for (int i = 1; i < listed->size(); ++i) {
        const BackupEntry &a = listed->at(i - 1), &b = listed->at(i);
        if (a.file == b.file) {
            const QString an = QFileInfo(a.backupPath).fileName(), bn = QFileInfo(b.backupPath).fileName();
            QVERIFY2(an.mid(an.indexOf(QLatin1String(".gd-"))) > bn.mid(bn.indexOf(QLatin1String(".gd-"))),
                     qPrintable(an + QLatin1Char(' ') + bn));
        }
    }
    for (const BackupEntry &e : *listed)
        QVERIFY(e.file == dir.filePath(QStringLiteral("conf.d/app.conf")) ||
                e.file == dir.filePath(QStringLiteral("sites-available/site")));
}

void TestFixActions::transcriptKeepsCommandsAndChanges()
{
    QTemporaryDir home;
    LocalMachine machine;
    Transcript transcript(QStringLiteral("root@web1:22"), home.path());
    transcript.attach(&machine);
    machine.setSudoPassword("gd-lab-Secret-7");
    machine.runAndWait(CommandSpec::of({QStringLiteral("echo"), QStringLiteral("hello")}));
    transcript.recordChange(QStringLiteral("fix timeouts"), QStringLiteral("applied"), QStringLiteral("ok"),
                            QStringLiteral("--- a\n+++ a\n@@ -1 +1 @@\n-x\n+y\n"),
                            {QStringLiteral("/etc/x.gd-1~")});
    QCOMPARE(QFileInfo(transcript.path()).fileName(), QStringLiteral("root@web1_22.jsonl"));
    QCOMPARE(QFileInfo(transcript.path()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    const QList<QJsonObject> entries = transcript.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].value(QStringLiteral("command")).toString(), QStringLiteral("echo hello"));
    QCOMPARE(entries[0].value(QStringLiteral("stdout")).toString(), QStringLiteral("hello\n"));
    const QString text = transcript.exportText();
    QVERIFY(text.contains(QLatin1String("$ echo hello")));
    QVERIFY(text.contains(QLatin1String("+y")));
    QVERIFY(text.contains(QLatin1String("/etc/x.gd-1~")));
    QVERIFY(!readAll(transcript.path()).contains("gd-lab-Secret-7"));
}

void TestFixActions::monitorCountsAndHolds()
{
    LabUpstream upstream;
    QVERIFY(upstream.start(LabUpstream::Mode::Ok).ok());
    LabNginx nginx;
    QVERIFY(nginx.start(LabNginx::proxyServer(upstream.proxyPassUrl())).ok());
    LocalMachine machine;
    UrlMonitor monitor(&machine, nginx.url());
    // A window long enough for five probes even on a loaded machine (each probe is a
    // curl through nginx): the good run is counted in probes, not in time.
    monitor.setDurationMs(8000);
    monitor.setIntervalMs(200);
    monitor.setGoodRunNeeded(5);
    monitor.setLogFiles({nginx.accessLogPath(), QStringLiteral("/nonexistent/gd-app.log")});
    // The app's journal: followed with journalctl -f -u where a journal exists; where
    // none does (this lab, containers) the report says so instead of staying silent.
    monitor.setJournalUnits({QStringLiteral("gd-lab-app.service")});
    int samples = 0;
    connect(&monitor, &UrlMonitor::sampled, this, [&] { ++samples; });
    const MonitorReport report = monitor.runAndWait();
    QVERIFY2(report.holds(), qPrintable(QStringLiteral("final run %1").arg(report.finalGoodRun)));
    QCOMPARE(report.counts.value(QStringLiteral("200")), report.probes);
    QCOMPARE(samples, report.probes);
    QVERIFY(report.probes >= 5);
    // Our own requests show up in the followed access log.
    QVERIFY(!report.logLines.isEmpty());
    // A log that cannot be read is named, with tail's reason.
    const QString problems = report.followProblems.join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QLatin1String("/nonexistent/gd-app.log: tail: cannot open")),
             qPrintable(problems));
    QVERIFY2(problems.contains(QLatin1String("No such file or directory")), qPrintable(problems));
    const bool journalHere =
        QFileInfo(QStringLiteral("/run/systemd/journal")).isDir() ||
        !QDir(QStringLiteral("/var/log/journal")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty();
    if (!journalHere)
        QVERIFY2(problems.contains(QLatin1String("journal:gd-lab-app.service: No journal files were found.")),
                 qPrintable(problems));
    QCOMPARE(UrlMonitor::followJournalArgv(QStringLiteral("php8.2-fpm.service")),
             (QStringList{QStringLiteral("journalctl"), QStringLiteral("--no-pager"), QStringLiteral("-f"),
                          QStringLiteral("-n"), QStringLiteral("0"), QStringLiteral("-o"),
                          QStringLiteral("short-iso"), QStringLiteral("-u"),
                          QStringLiteral("php8.2-fpm.service")}));

    // Then the upstream dies: the same monitor sees 502s and does not call it held.
    QVERIFY(upstream.stop().ok());
    UrlMonitor failing(&machine, nginx.url());
    failing.setDurationMs(1000);
    failing.setIntervalMs(200);
    const MonitorReport bad = failing.runAndWait();
    QVERIFY(!bad.holds());
    QCOMPARE(bad.counts.value(QStringLiteral("502")), bad.probes);
}

void TestFixActions::restartWithoutServiceManagerSaysWhatToDo()
{
    if (QFileInfo(QStringLiteral("/run/systemd/system")).isDir())
        QSKIP("systemd runs this machine: the no-service-manager path cannot be shown here");
    LocalMachine machine;
    NginxRuntime runtime;
    runtime.binary = QStringLiteral("/usr/sbin/nginx");
    runtime.confPath = QStringLiteral("/etc/nginx/nginx.conf");
    UpstreamRestarter restarter(&machine, runtime);
    const RestartOutcome outcome = restarter.restartAndWait(QStringLiteral("gd-lab-app.service"));
    QCOMPARE(outcome.error.kind(), FixError::Kind::Unsupported);
    QVERIFY2(outcome.error.message().contains(QLatin1String("service manager")),
             qPrintable(outcome.error.message()));
    // What to paste after restarting the app by hand: this nginx's own reload, quoted.
    QCOMPARE(outcome.manualCommand, QStringLiteral("/usr/sbin/nginx -c /etc/nginx/nginx.conf -s reload"));

    const RestartOutcome hostile = restarter.restartAndWait(QStringLiteral("x; rm -rf /"));
    QCOMPARE(hostile.error.kind(), FixError::Kind::InvalidValue);
}

QTEST_GUILESS_MAIN(TestFixActions)
#include "tst_fixactions.moc"

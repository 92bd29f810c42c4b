// Fault injection: 200 edit cycles over the lab's sshd against a real nginx, with a
// fault injected at a stage of most of them (the write fails, nginx -t fails, nginx
// rejects the reload or does not react to it, the URL gets worse, the connection
// drops). Deterministic: the
// seed fixes which fault hits which cycle and which value each cycle sets.
//
// After every cycle (and after the server-side guard had its chance to act) the test
// checks what is left: the file on disk must be the old bytes or the new ones, nginx -t
// must pass on it, and the config nginx *runs* must be the one on disk. The last is
// observable: the upstream answers after 300 ms, so a live proxy_read_timeout below
// that gives 504 and one above gives 200. A cycle that leaves anything else counts as a
// broken config left live; the count must be 0. The table is printed.
#include "app/config/LocationMatcher.h"
#include "app/config/NginxConfig.h"
#include "app/config/NginxDuration.h"
#include "app/fixes/EditCycle.h"
#include "app/fixes/FixContext.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabUpstream.h"
#include "tests/lab/LabUsers.h"
#include "tests/remote/MachineFixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QtTest>

#include <cstdio>
#include <map>
#include <signal.h>

using namespace gd;
using lab::LabNginx;
using lab::LabStatus;
using lab::LabUpstream;

namespace {

const int kCycles = qEnvironmentVariableIntValue("GD_FAULT_CYCLES") > 0
                        ? qEnvironmentVariableIntValue("GD_FAULT_CYCLES")
                        : 200;
constexpr int kUpstreamDelayMs = 300;
constexpr int kGuardSeconds = 2;

enum class Fault
{
    None,
    WriteFails,
    TestFails,
    ReloadFails,
    ProbeWorse,
    ConnectionLost
};
const char *faultName(Fault f)
{
    static const char *const names[] = {"none",         "write fails", "nginx -t fails",
                                        "reload fails", "probe worse", "connection lost"};
    return names[int(f)];
}
const char *statusName(EditOutcome::Status s)
{
    static const char *const names[] = {"applied", "unchanged",   "dry-run", "declined",
                                        "refused", "rolled back", "failed"};
    return names[int(s)];
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

int run(const QStringList &argv, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(argv.first(), argv.mid(1));
    p.waitForFinished(15000);
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString httpCode(const QString &url)
{
    QByteArray out;
    run({QStringLiteral("curl"), QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
         QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("--max-time"),
         QStringLiteral("5"), url},
        &out);
    return QString::fromLatin1(out);
}

// The read timeout written in the site file, in ms (-1 if none).
qint64 readTimeoutMs(const QByteArray &site)
{
    const qsizetype at = site.indexOf("proxy_read_timeout ");
    if (at < 0)
        return -1;
    const qsizetype end = site.indexOf(';', at);
    const Result<NginxDuration, ConfigError> d =
        NginxDuration::parse(QString::fromUtf8(site.mid(at + 19, end - at - 19)));
    return d ? d->milliseconds() : -1;
}

// Our rollback guards still sleeping on this machine (the lab's server is this machine):
// their command line names the config directory, so another test's guards (ctest runs
// the Qt 5 and Qt 6 builds side by side) do not count.
int guardsRunning(const QString &configDir)
{
    QByteArray out;
    run({QStringLiteral("pgrep"), QStringLiteral("-f"), QStringLiteral("gd-guard .*") + configDir}, &out);
    return int(out.trimmed().isEmpty() ? 0 : out.trimmed().split('\n').size());
}

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT
private slots:
    void twoHundredCyclesLeaveNoBrokenConfigLive();
};

void TestFaultInjection::twoHundredCyclesLeaveNoBrokenConfigLive()
{
    LabUpstream upstream;
    LabUpstream::Options o;
    o.mode = LabUpstream::Mode::Slow;
    o.delayMs = kUpstreamDelayMs;
    QVERIFY(upstream.start(o).ok());
    o.port = upstream.port(); // restarted on the same port after a "probe worse" fault

    LabNginx nginx;
    const QString confd = nginx.prefix() + QStringLiteral("/conf.d");
    QDir().mkpath(confd);
    const QString site = confd + QStringLiteral("/app.conf");
    QVERIFY(writeAll(site, QStringLiteral("location / {\n    proxy_pass %1;\n    proxy_read_timeout 1s;\n}\n")
                               .arg(upstream.proxyPassUrl())
                               .toUtf8()));
    QVERIFY(nginx
                .start(QStringLiteral("server {\n    listen 127.0.0.1:@PORT@;\n    server_name gd-lab;\n"
                                      "    include @PREFIX@/conf.d/*;\n}\n"))
                .ok());
    const QString url = nginx.url();
    QCOMPARE(httpCode(url), QStringLiteral("200"));

    // A lab user with stock dotfiles and passwordless sudo: every root command goes
    // through sudo, and a dropped connection cannot interrupt a login script of root's.
    QVERIFY(lab::LabUsers::ensure().ok());
    const QString user = lab::LabUsers::noPasswordSudoUser();
    test::MachineFixture fixture(test::Backend::Ssh);
    const QString setUp = fixture.setUp(user);
    QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
    std::unique_ptr<SshMachine> reconnected = fixture.connect(user);
    QVERIFY(reconnected);
    Machine *machine = reconnected.get();

    NginxRuntime runtime;
    runtime.binary = QStringLiteral("/usr/sbin/nginx");
    runtime.prefix = nginx.prefix() + QLatin1Char('/');
    runtime.confPath = nginx.configPath();
    runtime.masterPid = nginx.masterPid();
    runtime.includeGlobs = QStringList{confd + QStringLiteral("/*")};

    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    QRandomGenerator random(20261123);
    std::map<std::pair<int, int>, int> table; // (fault, status) -> cycles
    int broken = 0;
    QStringList brokenDetails;
    const QStringList slowValues{QStringLiteral("100ms"), QStringLiteral("150ms"), QStringLiteral("200ms")};
    const QStringList fastValues{QStringLiteral("1s"), QStringLiteral("2s"), QStringLiteral("5s"),
                                 QStringLiteral("3s")};

    QElapsedTimer clock;
    clock.start();
    for (int cycleNo = 0; cycleNo < kCycles; ++cycleNo) {
        const QByteArray old = readAll(site);
        const bool liveOk = readTimeoutMs(old) > kUpstreamDelayMs;
        Fault fault = Fault(random.bounded(6));
        // "Worse" needs a 200 to get worse from.
        if (fault == Fault::ProbeWorse && !liveOk)
            fault = Fault::None;
        const bool toFast = fault == Fault::ProbeWorse ? true : random.bounded(2) == 0;
        QString value;
        do {
            const QStringList &pool = toFast ? fastValues : slowValues;
            value = pool[int(random.bounded(int(pool.size())))];
        } while (old.contains("proxy_read_timeout " + value.toUtf8() + ';'));
        const EditStage lostAt = std::array{EditStage::Write, EditStage::Test, EditStage::Reload,
                                            EditStage::Disarm}[random.bounded(4)];

        // A fresh parse of what is on disk, as the diagnosis would give it.
        QByteArray dump;
        QCOMPARE(run({runtime.binary, QStringLiteral("-p"), runtime.prefix, QStringLiteral("-c"),
                      runtime.confPath, QStringLiteral("-T")},
                     &dump),
                 0);
        auto config = std::make_shared<const NginxConfig>(*NginxConfig::fromDump(QString::fromUtf8(dump)));
        const Result<LocationMatch, ConfigError> match = LocationMatcher(*config).match(QUrl(url));
        QVERIFY(match && match->location);

        EditRequest request;
        request.runtime = runtime;
        request.config = config;
        request.blockIndex = match->location->index;
        request.changes = {{QStringLiteral("proxy_read_timeout"), value}};
        request.guardSeconds = kGuardSeconds;
        if (fault == Fault::ProbeWorse)
            request.url = url;
        request.probeMaxTimeSec = 5;

        // Only the connection-loss cycles need the guard to fire soon; elsewhere it must
        // not race the cycle's own restore.
        request.guardSeconds = fault == Fault::ConnectionLost ? kGuardSeconds : 60;
        EditCycle cycle(machine, request);
        QElapsedTimer stageClock;
        stageClock.start();
        if (qEnvironmentVariableIsSet("GD_FAULT_TRACE"))
            connect(&cycle, &EditCycle::stageFinished, &cycle, [&](EditStage stage, bool ok) {
                qInfo("  %s %s %lld ms", qPrintable(editStageName(stage)), ok ? "ok" : "FAIL",
                      qint64(stageClock.restart()));
            });
        // A rejected listen costs nginx ~2.5 s of bind() retries before it carries on.
        const bool rejectReload = random.bounded(4) == 0;
        cycle.setReloadConfirmTimeoutMs(fault == Fault::ReloadFails && rejectReload ? 4000 : 1500);
        int reloads = 0, probes = 0;
        bool locked = false;
        const QString brokenDir = confd + QStringLiteral("/zz-broken");
        const QString listenFile = confd + QStringLiteral("/zz-listen.conf");
        cycle.setStageHook([&](EditStage stage, std::function<void()> proceed) {
            switch (fault) {
            case Fault::WriteFails:
                if (stage == EditStage::Write)
                    locked = run({QStringLiteral("chattr"), QStringLiteral("+i"), confd}) == 0;
                break;
            case Fault::TestFails:
                if (stage == EditStage::Test)
                    QDir().mkdir(brokenDir); // the include glob now reads a directory
                break;
            case Fault::ReloadFails:
                // Either nginx rejects the new config (a listen on a port somebody holds:
                // nginx -t does not bind, the reload does), or the master does not react
                // at all (stopped) until the restore's reload.
                if (stage == EditStage::Reload && ++reloads == 1) {
                    if (rejectReload)
                        writeAll(
                            listenFile,
                            QStringLiteral("listen 127.0.0.1:%1;\n").arg(squatter.serverPort()).toUtf8());
                    else
                        ::kill(pid_t(nginx.masterPid()), SIGSTOP);
                } else if (stage == EditStage::Reload) {
                    QFile::remove(listenFile);
                    ::kill(pid_t(nginx.masterPid()), SIGCONT);
                }
                break;
            case Fault::ProbeWorse:
                if (stage == EditStage::Probe && ++probes == 2)
                    upstream.stop();
                break;
            case Fault::ConnectionLost:
                if (stage == lostAt)
                    fixture.sshd()->dropConnections();
                break;
            case Fault::None:
                break;
            }
            proceed();
        });
        const EditOutcome outcome = cycle.runAndWait(true);
        const QByteArray planned = outcome.edits.isEmpty() ? QByteArray() : outcome.edits.first().after;

        // Undo the injected fault's own leftovers (not the cycle's: that is what is tested).
        if (locked)
            run({QStringLiteral("chattr"), QStringLiteral("-i"), confd});
        QDir().rmdir(brokenDir);
        QFile::remove(listenFile);
        ::kill(pid_t(nginx.masterPid()), SIGCONT);
        if (fault == Fault::ProbeWorse)
            QVERIFY(upstream.start(o).ok());
        if (fault == Fault::ConnectionLost) {
            // The guard acts by itself (it ends once it fired); then we come back on a
            // new connection.
            QTRY_VERIFY_WITH_TIMEOUT(guardsRunning(confd) == 0, (kGuardSeconds + 5) * 1000);
            reconnected = fixture.connect(user);
            QVERIFY(reconnected);
            machine = reconnected.get();
        }

        // What is left.
        const QByteArray now = readAll(site);
        QString problem;
        if (now != old && now != planned)
            problem = QStringLiteral("the file is neither the old nor the planned version");
        else if (run({runtime.binary, QStringLiteral("-p"), runtime.prefix, QStringLiteral("-c"),
                      runtime.confPath, QStringLiteral("-t")}) != 0)
            problem = QStringLiteral("the config on disk fails nginx -t");
        else if (nginx.masterPid() <= 0)
            problem = QStringLiteral("nginx is not running");
        else {
            const QString expected =
                readTimeoutMs(now) > kUpstreamDelayMs ? QStringLiteral("200") : QStringLiteral("504");
            const QString live = httpCode(url);
            if (live != expected)
                problem = QStringLiteral("nginx runs another config than the one on disk (%1 for %2)")
                              .arg(live, QString::fromUtf8(now.mid(now.indexOf("proxy_read_timeout"), 30)));
        }
        if (!problem.isEmpty()) {
            ++broken;
            brokenDetails << QStringLiteral("cycle %1 (%2, %3): %4 — %5")
                                 .arg(cycleNo)
                                 .arg(QLatin1String(faultName(fault)),
                                      QLatin1String(statusName(outcome.status)), problem,
                                      outcome.error.message());
        }
        ++table[{int(fault), int(outcome.status)}];
        if (cycleNo % 25 == 24)
            qInfo("%d cycles, %lld s", cycleNo + 1, qint64(clock.elapsed() / 1000));
    }

    std::printf("\nFault injection: %d edit cycles over SSH (sudo), seed 20261123, %lld s\n", kCycles,
                qint64(clock.elapsed() / 1000));
    std::printf("%-18s %-14s %6s\n", "fault", "outcome", "cycles");
    for (const auto &[key, count] : table)
        std::printf("%-18s %-14s %6d\n", faultName(Fault(key.first)),
                    statusName(EditOutcome::Status(key.second)), count);
    std::printf("broken configs left live: %d\n\n", broken);
    std::fflush(stdout);
    QVERIFY2(broken == 0, qPrintable(brokenDetails.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"

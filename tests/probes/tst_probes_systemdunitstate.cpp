#include "app/probes/SystemdUnitState.h"
#include "tests/probes/ProbeCapture.h"

#include <QtTest>

using namespace gd;

// Captures: tests/data/probes/systemctl (README there). The "no systemd" outputs are
// real from this container; the full `systemctl show` outputs come from public sources.
class TestSystemdUnitState : public QObject
{
    Q_OBJECT

private slots:
    void command()
    {
        const QStringList argv = SystemdUnitState::showCommand(QStringLiteral("php8.2-fpm.service"));
        QCOMPARE(argv.first(), QStringLiteral("systemctl"));
        QVERIFY(argv.contains(QStringLiteral("--no-pager")));
        QCOMPARE(argv.at(argv.size() - 2), QStringLiteral("--"));
        QCOMPARE(argv.last(), QStringLiteral("php8.2-fpm.service"));
        QVERIFY(argv.contains(
            QStringLiteral("Id,Names,LoadState,ActiveState,SubState,MainPID,NRestarts,ExecMainStatus,"
                           "ExecMainCode,Result,ExecMainStartTimestamp,MemoryCurrent,MemoryMax,Restart,"
                           "FragmentPath")));
        QVERIFY(SystemdUnitState::showCommand(QStringLiteral("getty@tty1.service")).size() > 0);
        QVERIFY(SystemdUnitState::showCommand(QStringLiteral("--all")).isEmpty());
        QVERIFY(SystemdUnitState::showCommand(QStringLiteral("a b")).isEmpty());
        QVERIFY(SystemdUnitState::showCommand(QStringLiteral("x;reboot")).isEmpty());
        QVERIFY(SystemdUnitState::showCommand(QString()).isEmpty());
        QCOMPARE(SystemdUnitState::listUnitsCommand().first(), QStringLiteral("systemctl"));
    }

    void noSystemd_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<int>("kind");
        QTest::newRow("not booted with systemd") << "show-no-systemd" << int(ProbeError::Kind::NoSystemd);
        QTest::newRow("as nobody") << "show-as-nobody" << int(ProbeError::Kind::NoSystemd);
        QTest::newRow("user bus missing") << "user-show-no-bus" << int(ProbeError::Kind::NoSystemd);
        QTest::newRow("list-units") << "list-units-no-systemd" << int(ProbeError::Kind::NoSystemd);
        QTest::newRow("bash: command not found")
            << "command-not-found-bash" << int(ProbeError::Kind::CommandMissing);
        QTest::newRow("dash: not found") << "command-not-found-sh" << int(ProbeError::Kind::CommandMissing);
    }

    void noSystemd()
    {
        QFETCH(QString, capture);
        QFETCH(int, kind);
        const ProbeOutput out = ProbeCapture::load(QStringLiteral("systemctl"), capture);
        const auto show = SystemdUnitState::parseShow(out);
        QVERIFY(!show.ok());
        QCOMPARE(int(show.error().kind()), kind);
        QVERIFY(!show.error().message().isEmpty());
        QVERIFY(!show.error().detail().isEmpty());
        const auto list = SystemdUnitState::parseListUnits(out);
        QVERIFY(!list.ok());
        QCOMPARE(int(list.error().kind()), kind);
    }

    void fullShowOutput()
    {
        const auto r = SystemdUnitState::parseShow(
            ProbeCapture::load(QStringLiteral("systemctl"), QStringLiteral("show-public-printnanny-update")));
        QVERIFY(r.ok());
        QCOMPARE(r->id, QStringLiteral("printnanny-update.service"));
        QCOMPARE(r->names, QStringList{QStringLiteral("printnanny-update.service")});
        QCOMPARE(r->loadState, QStringLiteral("loaded"));
        QCOMPARE(r->activeState, QStringLiteral("inactive"));
        QCOMPARE(r->subState, QStringLiteral("dead"));
        QCOMPARE(r->mainPid, 0);
        QCOMPARE(r->nRestarts.value_or(-1), 0);
        QCOMPARE(r->result, QStringLiteral("success"));
        QCOMPARE(r->restart, QStringLiteral("no"));
        QCOMPARE(r->fragmentPath, QStringLiteral("/etc/systemd/system/printnanny-update.service"));
        QVERIFY(!r->memoryCurrent.has_value()); // "[not set]"
        QVERIFY(!r->memoryMax.has_value());     // "infinity"
        QVERIFY(r->exists());
        QVERIFY(!r->isRunning());
        QVERIFY(!r->hasFailed());
        QVERIFY(!r->isCrashLooping());
        QVERIFY(r->lastExit().isEmpty());
        // Values with '=' inside keep everything after the first one.
        QVERIFY(r->properties.value(QStringLiteral("ExecStart"))
                    .startsWith(QLatin1String("{ path=/usr/bin/flock")));
    }

    void crashLoop()
    {
        const auto r = SystemdUnitState::parseShow(
            ProbeCapture::load(QStringLiteral("systemctl"), QStringLiteral("show-public-crash-loop-sample")));
        QVERIFY(r.ok());
        QCOMPARE(r->nRestarts.value_or(-1), 672);
        QCOMPARE(r->activeState, QStringLiteral("activating"));
        QVERIFY(r->isCrashLooping());
        QVERIFY(r->hasFailed());
        QVERIFY(!r->isRunning());
    }

    void derived_data()
    {
        QTest::addColumn<QByteArray>("show");
        QTest::addColumn<bool>("running");
        QTest::addColumn<bool>("looping");
        QTest::addColumn<QString>("lastExit");
        // key=value shapes as systemctl prints them (see systemd.exec(5) / org.freedesktop.systemd1(5)).
        QTest::newRow("running")
            << QByteArray("Id=php8.2-fpm.service\nLoadState=loaded\nActiveState=active\nSubState=running\n"
                          "MainPID=812\nNRestarts=0\nExecMainCode=0\nExecMainStatus=0\nResult=success\n"
                          "MemoryCurrent=21430272\nMemoryMax=infinity\n")
            << true << false << QString();
        QTest::newRow("killed by OOM")
            << QByteArray("ActiveState=failed\nSubState=failed\nResult=oom-kill\nExecMainCode=2\n"
                          "ExecMainStatus=9\nNRestarts=1\n")
            << false << false << "killed by signal 9 (SIGKILL)";
        QTest::newRow("start limit hit")
            << QByteArray("ActiveState=failed\nSubState=failed\nResult=start-limit-hit\n"
                          "ExecMainCode=1\nExecMainStatus=1\nNRestarts=5\n")
            << false << true << "exited with status 1";
        QTest::newRow("segfault loop")
            << QByteArray("ActiveState=active\nSubState=running\nResult=core-dump\nExecMainCode=3\n"
                          "ExecMainStatus=11\nNRestarts=4\n")
            << true << true << "dumped core (signal 11, SIGSEGV)";
        QTest::newRow("CRLF and no NRestarts")
            << QByteArray("ActiveState=active\r\nSubState=running\r\n") << true << false << QString();
    }

    void derived()
    {
        QFETCH(QByteArray, show);
        QFETCH(bool, running);
        QFETCH(bool, looping);
        QFETCH(QString, lastExit);
        const auto r = SystemdUnitState::parseShow(ProbeOutput{show, {}, 0});
        QVERIFY(r.ok());
        QCOMPARE(r->isRunning(), running);
        QCOMPARE(r->isCrashLooping(), looping);
        QCOMPARE(r->lastExit(), lastExit);
    }

    void memory()
    {
        const auto r = SystemdUnitState::parseShow(
            ProbeOutput{QByteArray("MemoryCurrent=21430272\nMemoryMax=536870912\n"), {}, 0});
        QVERIFY(r.ok());
        QCOMPARE(r->memoryCurrent.value_or(0), quint64(21430272));
        QCOMPARE(r->memoryMax.value_or(0), quint64(536870912));
    }

    void unitNotFound()
    {
        // systemctl show on an unknown unit still prints properties, LoadState=not-found.
        const auto r = SystemdUnitState::parseShow(ProbeOutput{
            QByteArray("Id=nope.service\nNames=nope.service\nLoadState=not-found\nActiveState=inactive\n"
                       "SubState=dead\nResult=success\n"),
            {},
            0});
        QVERIFY(r.ok());
        QVERIFY(!r->exists());
    }

    void listUnits()
    {
        const QByteArray text =
            "nginx.service              loaded active running A high performance web server\n"
            "php8.2-fpm.service         loaded failed failed  The PHP 8.2 FastCGI Process Manager\n"
            "gunicorn-shop.service      loaded active running shop\n"
            "ssh.service                loaded active running OpenBSD Secure Shell server\n";
        const auto r = SystemdUnitState::parseListUnits(ProbeOutput{text, {}, 0});
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 4);
        QCOMPARE(r->at(1).active, QStringLiteral("failed"));
        QCOMPARE(r->at(1).description, QStringLiteral("The PHP 8.2 FastCGI Process Manager"));
        const auto candidates = SystemdUnitState::candidateUnits(*r);
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(SystemdUnitState::candidateUnits(*r, {QStringLiteral("ssh")}).size(), 3);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("stdOut");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << QByteArray() << int(ProbeError::Kind::Empty);
        QTest::newRow("binary") << QByteArray("\0\x01Id=x", 6) << int(ProbeError::Kind::Binary);
        QTest::newRow("prose") << QByteArray("Unit nginx.service could not be found.\n")
                               << int(ProbeError::Kind::Malformed);
    }

    void badInput()
    {
        QFETCH(QByteArray, stdOut);
        QFETCH(int, kind);
        const auto r = SystemdUnitState::parseShow(ProbeOutput{stdOut, {}, 0});
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind()), kind);
    }
};

QTEST_GUILESS_MAIN(TestSystemdUnitState)
#include "tst_probes_systemdunitstate.moc"

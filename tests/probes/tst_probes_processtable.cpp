#include "app/probes/ProcessTable.h"
#include "tests/probes/ProbeCapture.h"

#include <QtTest>

using namespace gd;

// Capture: tests/data/probes/ps/ps-eo.txt, real ps output in a PID namespace running
// the lab's nginx, php-fpm (two pools), gunicorn (two ways), uwsgi (two ways) and node.
class TestProcessTable : public QObject
{
    Q_OBJECT

private:
    static ProcessTable table()
    {
        const auto r =
            ProcessTable::parse(ProbeCapture::load(QStringLiteral("ps"), QStringLiteral("ps-eo.txt")));
        if (!r)
            qFatal("ps capture did not parse");
        return *r;
    }

private slots:
    void command()
    {
        QCOMPARE(ProcessTable::command(),
                 (QStringList{QStringLiteral("ps"), QStringLiteral("-ww"), QStringLiteral("-eo"),
                              QStringLiteral("pid=,ppid=,user:32=,args=")}));
        QCOMPARE(ProcessTable::cgroupCommand(4242),
                 (QStringList{QStringLiteral("cat"), QStringLiteral("/proc/4242/cgroup")}));
    }

    void parsesEveryLine()
    {
        const ProcessTable t = table();
        QCOMPARE(t.processes().size(), 34);
        const ProcessInfo *first = t.byPid(1);
        QVERIFY(first);
        QCOMPARE(first->user, QStringLiteral("root"));
        QCOMPARE(first->args, QStringLiteral("bash capture.sh"));
    }

    void nginx()
    {
        const QList<NginxInstance> all = table().nginx();
        QCOMPARE(all.size(), 1);
        const NginxInstance &n = all.first();
        QCOMPARE(n.master.pid, 31);
        QCOMPARE(n.workers.size(), 2);
        QCOMPARE(n.workerUser, QStringLiteral("www-data"));
        QCOMPARE(n.confPath, QStringLiteral("/tmp/gd-probes-cap/lab/ng/conf/nginx.conf"));
        QCOMPARE(n.prefix, QStringLiteral("/tmp/gd-probes-cap/lab/ng"));
        QCOMPARE(n.binary, QStringLiteral("nginx"));
    }

    void debianNginxWithoutOptions()
    {
        // Debian's unit starts "nginx: master process /usr/sbin/nginx -g daemon on; master_process on;".
        const QByteArray ps =
            "  812     1 root     nginx: master process /usr/sbin/nginx -g daemon on; master_process on;\n"
            "  813   812 www-data nginx: worker process\n"
            "  814   812 www-data nginx: worker process is shutting down\n";
        const auto r = ProcessTable::parse(ProbeOutput{ps, {}, 0});
        QVERIFY(r.ok());
        const auto n = r->nginx();
        QCOMPARE(n.size(), 1);
        QCOMPARE(n.first().binary, QStringLiteral("/usr/sbin/nginx"));
        QVERIFY(n.first().confPath.isEmpty());
        QCOMPARE(n.first().workers.size(), 2);
    }

    void phpFpm()
    {
        const QList<PhpFpmInstance> all = table().phpFpm();
        QCOMPARE(all.size(), 1);
        const PhpFpmInstance &f = all.first();
        QCOMPARE(f.configPath, QStringLiteral("/tmp/gd-probes-cap/lab/fpm/php-fpm.conf"));
        QCOMPARE(f.pools.keys(), (QStringList{QStringLiteral("api"), QStringLiteral("www")}));
        QCOMPARE(f.pools.value(QStringLiteral("www")).size(), 2);
        QCOMPARE(f.pools.value(QStringLiteral("www")).first().user, QStringLiteral("www-data"));
    }

    void appServers_data()
    {
        QTest::addColumn<qint64>("pid");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("timeout"); // -1: none on the command line
        QTest::addColumn<QStringList>("binds");
        QTest::addColumn<int>("workers");
        QTest::newRow("gunicorn long options")
            << qint64(33) << "gunicorn" << 45 << QStringList{QStringLiteral("127.0.0.1:8001")} << 2;
        QTest::newRow("gunicorn short options")
            << qint64(34) << "gunicorn" << 120
            << QStringList{QStringLiteral("unix:/tmp/gd-probes-cap/lab/run/gunicorn.sock")} << 1;
        QTest::newRow("uwsgi ini file") << qint64(37) << "uwsgi" << -1 << QStringList{} << 2;
        QTest::newRow("uwsgi command line")
            << qint64(38) << "uwsgi" << 20 << QStringList{QStringLiteral("127.0.0.1:8002")} << 2;
        QTest::newRow("node") << qint64(39) << "node" << -1 << QStringList{} << 0;
    }

    void appServers()
    {
        QFETCH(qint64, pid);
        QFETCH(QString, kind);
        QFETCH(int, timeout);
        QFETCH(QStringList, binds);
        QFETCH(int, workers);
        const QList<AppServer> all = table().appServers();
        QCOMPARE(all.size(), 5); // workers are folded into their masters
        const AppServer *found = nullptr;
        for (const AppServer &s : all) {
            if (s.master.pid == pid)
                found = &s;
        }
        QVERIFY(found);
        QCOMPARE(AppServer::kindName(found->kind), kind);
        QCOMPARE(found->timeoutSeconds.value_or(-1), timeout);
        QCOMPARE(found->binds, binds);
        QCOMPARE(found->workers.size(), workers);
    }

    void uwsgiIniAndNodeScript()
    {
        for (const AppServer &s : table().appServers()) {
            if (s.master.pid == 37)
                QCOMPARE(s.configFile, QStringLiteral("/tmp/gd-probes-cap/lab/uwsgi.ini"));
            if (s.master.pid == 39)
                QCOMPARE(s.script, QStringLiteral("/tmp/gd-probes-cap/lab/server.js"));
        }
    }

    void cgroupUnit_data()
    {
        QTest::addColumn<QByteArray>("cgroup");
        QTest::addColumn<QString>("unit");
        // Real: the capture container (cgroup v1 layout, no systemd).
        QTest::newRow("container, no unit")
            << ProbeCapture::read(QStringLiteral("ps"), QStringLiteral("proc-31-cgroup.txt")) << QString();
        // Shapes documented in proc(5) and systemd's cgroup layout.
        QTest::newRow("v2 service") << QByteArray("0::/system.slice/php8.2-fpm.service\n")
                                    << "php8.2-fpm.service";
        QTest::newRow("v1 name=systemd")
            << QByteArray("12:pids:/system.slice/x.service\n1:name=systemd:/system.slice/x.service\n")
            << "x.service";
        QTest::newRow("v2 delegated sub-cgroup")
            << QByteArray("0::/system.slice/app.service/worker\n") << "app.service";
        QTest::newRow("user session")
            << QByteArray("0::/user.slice/user-0.slice/session-3.scope\n") << QString();
        QTest::newRow("binary") << QByteArray("\0\x01\x02", 3) << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void cgroupUnit()
    {
        QFETCH(QByteArray, cgroup);
        QFETCH(QString, unit);
        QCOMPARE(ProcessTable::unitFromCgroup(cgroup), unit);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("stdOut");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("stdErr");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << QByteArray() << 0 << QByteArray() << int(ProbeError::Kind::Empty);
        QTest::newRow("binary") << QByteArray("\0\0\0garbage", 10) << 0 << QByteArray()
                                << int(ProbeError::Kind::Binary);
        QTest::newRow("not ps") << QByteArray("PID TTY TIME CMD\n") << 0 << QByteArray()
                                << int(ProbeError::Kind::Malformed);
        QTest::newRow("busybox ps") << QByteArray() << 1 << QByteArray("ps: unrecognized option: w\n")
                                    << int(ProbeError::Kind::Unsupported);
        QTest::newRow("missing") << QByteArray() << 127 << QByteArray("sh: 1: ps: not found\n")
                                 << int(ProbeError::Kind::CommandMissing);
    }

    void badInput()
    {
        QFETCH(QByteArray, stdOut);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, stdErr);
        QFETCH(int, kind);
        const auto r = ProcessTable::parse(ProbeOutput{stdOut, stdErr, exitCode});
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind()), kind);
    }
};

QTEST_GUILESS_MAIN(TestProcessTable)
#include "tst_probes_processtable.moc"

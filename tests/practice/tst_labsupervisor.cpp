// gateway-doctor-lab-supervisor, the practice lab's owner of every process and writer of
// every file: whatever ends a lab (stop, its owner's death, its time limit, a SIGKILL of
// the supervisor or of everything) leaves no process running, and the next clean finds
// and removes what is left by the lab's own records; its file helper never writes
// outside the marked lab directory.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <signal.h>
#include <unistd.h>

namespace {

const QString kSupervisor = QStringLiteral(GD_LAB_HELPERS "/gateway-doctor-lab-supervisor");
const QString kUpstream = QStringLiteral(GD_LAB_HELPERS "/gateway-doctor-lab-upstream");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run helper(const QString &labDir, const QString &sub, const QStringList &arguments,
           const QByteArray &input = {})
{
    QProcess p;
    p.start(kSupervisor, QStringList{sub, QStringLiteral("--lab-dir"), labDir} + arguments);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Live (not zombie) processes of a session, from /proc.
QList<qint64> sessionMembers(qint64 session)
{
    QList<qint64> members;
    const QStringList names = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 3 && fields.at(3).toLongLong() == session && fields.at(0) != "Z" &&
            fields.at(0) != "X")
            members << pid;
    }
    return members;
}

// Exists and is not a zombie (a killed detached process waits for init to reap it).
bool isAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.hasExpired(timeoutMs))
            return false;
        QThread::msleep(20);
    }
    return true;
}

class Lab
{
public:
    Lab() : m_dir(m_root.filePath(QStringLiteral("lab"))) {}
    ~Lab() { helper(m_dir, QStringLiteral("clean"), {}); }

    QString dir() const { return m_dir; }
    qint64 supervisor = 0;

    QString start(const QStringList &options = {})
    {
        const Run r = helper(m_dir, QStringLiteral("daemon"), options);
        if (r.exitCode != 0 || !r.out.startsWith("READY "))
            return QString::fromUtf8(r.err + r.out);
        supervisor = r.out.split(' ').value(1).toLongLong();
        return {};
    }
    // An upstream under the supervisor; its pid.
    qint64 spawnUpstream(const QString &name = QStringLiteral("app"))
    {
        const Run r =
            helper(m_dir, QStringLiteral("ctl"),
                   {QStringLiteral("spawn"), name, QStringLiteral("var/log/") + name + QStringLiteral(".log"),
                    QStringLiteral("."), kUpstream, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                    QStringLiteral("--mode"), QStringLiteral("ok")});
        return r.exitCode == 0 ? r.out.split(' ').value(1).toLongLong() : -1;
    }
    bool gone() const
    {
        return waitUntil([this] { return sessionMembers(supervisor).isEmpty(); }, 5000);
    }
    QString ended() const
    {
        QFile f(m_dir + QStringLiteral("/run/ended"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }

private:
    QTemporaryDir m_root;
    QString m_dir;
};

} // namespace

class TestLabSupervisor : public QObject
{
    Q_OBJECT
private slots:
    void shutdownEndsEveryService()
    {
        Lab lab;
        QVERIFY2(lab.start().isEmpty(), qPrintable(lab.start()));
        QVERIFY(lab.spawnUpstream(QStringLiteral("a")) > 0);
        QVERIFY(lab.spawnUpstream(QStringLiteral("b")) > 0);
        const Run list = helper(lab.dir(), QStringLiteral("ctl"), {QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("a ") && list.out.contains(" running "));
        QCOMPARE(sessionMembers(lab.supervisor).size(), 4); // supervisor, watchdog, two upstreams
        QCOMPARE(helper(lab.dir(), QStringLiteral("ctl"), {QStringLiteral("shutdown")}).exitCode, 0);
        QVERIFY(lab.gone());
        QCOMPARE(lab.ended(), QStringLiteral("stopped on request"));
    }

    void aKilledSupervisorLeavesNothingRunning()
    {
        Lab lab;
        QVERIFY(lab.start().isEmpty());
        QVERIFY(lab.spawnUpstream() > 0);
        // A service with a child of its own, like nginx's master and workers.
        QVERIFY(helper(lab.dir(), QStringLiteral("ctl"),
                       {QStringLiteral("spawn"), QStringLiteral("tree"), QStringLiteral("var/log/tree.log"),
                        QStringLiteral("."), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                        QStringLiteral("sleep 300 & sleep 301; wait")})
                    .exitCode == 0);
        QVERIFY(waitUntil([&] { return sessionMembers(lab.supervisor).size() >= 6; }, 3000));
        ::kill(pid_t(lab.supervisor), SIGKILL);
        QVERIFY2(lab.gone(), qPrintable(QString::number(sessionMembers(lab.supervisor).size())));
        QVERIFY(waitUntil([&] { return !lab.ended().isEmpty(); }, 3000));
        QVERIFY2(lab.ended().contains(QLatin1String("watchdog")), qPrintable(lab.ended()));
    }

    void theLabEndsWithItsOwner()
    {
        QProcess owner;
        owner.start(QStringLiteral("/bin/sleep"), {QStringLiteral("60")});
        QVERIFY(owner.waitForStarted());
        Lab lab;
        QVERIFY(lab.start({QStringLiteral("--owner-pid"), QString::number(owner.processId())}).isEmpty());
        QVERIFY(lab.spawnUpstream() > 0);
        QThread::msleep(400);
        QVERIFY(!sessionMembers(lab.supervisor).isEmpty());
        owner.kill();
        owner.waitForFinished();
        QVERIFY(lab.gone());
        QVERIFY2(lab.ended().contains(QLatin1String("owner")), qPrintable(lab.ended()));
    }

    void theLabEndsAtItsTimeLimit()
    {
        Lab lab;
        QVERIFY(lab.start({QStringLiteral("--lease-seconds"), QStringLiteral("1")}).isEmpty());
        QVERIFY(lab.spawnUpstream() > 0);
        QVERIFY(lab.gone());
        QCOMPARE(lab.ended(), QStringLiteral("the time limit passed"));
        // A lease extended in time keeps it.
        Lab kept;
        QVERIFY(kept.start({QStringLiteral("--lease-seconds"), QStringLiteral("1")}).isEmpty());
        QCOMPARE(helper(kept.dir(), QStringLiteral("ctl"), {QStringLiteral("lease"), QStringLiteral("60")})
                     .exitCode,
                 0);
        QThread::msleep(1600);
        QVERIFY(!sessionMembers(kept.supervisor).isEmpty());
    }

    void cleanRemovesLeftoversByTheLabsRecords()
    {
        Lab lab;
        QVERIFY(lab.start().isEmpty());
        QVERIFY(lab.spawnUpstream() > 0);
        // Everything of the lab killed at once: nothing is left to tidy up after itself.
        ::kill(-pid_t(lab.supervisor), SIGKILL);
        QVERIFY(lab.gone());
        QVERIFY(QFile::exists(lab.dir() + QStringLiteral("/run/supervisor.pid")));
        const Run clean = helper(lab.dir(), QStringLiteral("clean"), {});
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QVERIFY(!QFileInfo::exists(lab.dir()));
        // A lab that still runs is ended in order.
        Lab running;
        QVERIFY(running.start().isEmpty());
        QVERIFY(running.spawnUpstream() > 0);
        const Run stopped = helper(running.dir(), QStringLiteral("clean"), {});
        QCOMPARE(stopped.exitCode, 0);
        QVERIFY(stopped.out.startsWith("CLEAN supervisor=1"));
        QVERIFY(running.gone());
        QVERIFY(!QFileInfo::exists(running.dir()));
    }

    void anOrphanOfACrashedServiceDies()
    {
        Lab lab;
        QVERIFY(lab.start().isEmpty());
        QVERIFY(helper(lab.dir(), QStringLiteral("ctl"),
                       {QStringLiteral("spawn"), QStringLiteral("master"),
                        QStringLiteral("var/log/master.log"), QStringLiteral("."), QStringLiteral("/bin/sh"),
                        QStringLiteral("-c"), QStringLiteral("sleep 300 & wait")})
                    .exitCode == 0);
        QVERIFY(waitUntil([&] { return sessionMembers(lab.supervisor).size() == 4; }, 3000));
        // The "master" crashes; its child is re-parented to the supervisor, which ends it.
        QCOMPARE(helper(lab.dir(), QStringLiteral("ctl"),
                        {QStringLiteral("signal"), QStringLiteral("master"), QStringLiteral("KILL")})
                     .exitCode,
                 0);
        QVERIFY2(waitUntil([&] { return sessionMembers(lab.supervisor).size() == 2; }, 3000),
                 qPrintable(QString::number(sessionMembers(lab.supervisor).size())));
    }

    void aProgramStartedByHandIsEndedByItsPidFile()
    {
        // A trainee's `nginx -p LAB -c LAB/...` that daemonized: outside the supervisor's
        // session, but named by the lab's own pid file and running the lab's files.
        Lab lab;
        QVERIFY(lab.start().isEmpty());
        qint64 stray = 0;
        QVERIFY(QProcess::startDetached(QStringLiteral("/bin/sh"),
                                        {QStringLiteral("-c"), QStringLiteral("sleep 300; true"),
                                         lab.dir() + QStringLiteral("/etc/nginx/nginx.conf")},
                                        QString(), &stray));
        // Someone else's process that a stale record might name is left alone.
        QProcess bystander;
        bystander.start(QStringLiteral("/bin/sleep"), {QStringLiteral("300")});
        QVERIFY(bystander.waitForStarted());
        QCOMPARE(helper(lab.dir(), QStringLiteral("write"), {},
                        QStringLiteral("FILE 0644 %1 run/nginx.pid\n%2FILE 0644 %3 run/php/old.pid\n%4")
                            .arg(QString::number(stray).size() + 1)
                            .arg(QString::number(stray) + QLatin1Char('\n'))
                            .arg(QString::number(bystander.processId()).size() + 1)
                            .arg(QString::number(bystander.processId()) + QLatin1Char('\n'))
                            .toUtf8())
                     .exitCode,
                 0);
        QCOMPARE(helper(lab.dir(), QStringLiteral("clean"), {}).exitCode, 0);
        QVERIFY(waitUntil([&] { return !isAlive(stray); }, 3000));
        QCOMPARE(bystander.state(), QProcess::Running);
        bystander.kill();
        bystander.waitForFinished();
    }

    void filesStayInsideTheLab()
    {
        Lab lab;
        QVERIFY(lab.start().isEmpty());
        QTemporaryDir outside;
        QVERIFY(QFile::link(outside.path(), lab.dir() + QStringLiteral("/etc-link")));
        const QList<QByteArray> refused{
            "FILE 0644 1 ../escape\nx",       "FILE 0644 1 /tmp/escape\nx", "FILE 0644 1 etc/../../escape\nx",
            "FILE 0644 1 etc-link/escape\nx", "MKDIR 0755 etc-link/sub\n",  "REMOVE run\n",
        };
        for (const QByteArray &bundle : refused) {
            const Run r = helper(lab.dir(), QStringLiteral("write"), {}, bundle);
            QVERIFY2(r.exitCode != 0, bundle.constData());
        }
        QVERIFY(QDir(outside.path()).isEmpty());
        QVERIFY(!QFileInfo::exists(QFileInfo(lab.dir()).dir().filePath(QStringLiteral("escape"))));
        // Inside, it writes, links and reads back.
        QCOMPARE(helper(lab.dir(), QStringLiteral("write"), {},
                        "FILE 0640 5 etc/app/app.conf\nhelloLINK etc/link\napp/app.conf\n")
                     .exitCode,
                 0);
        const Run read = helper(lab.dir(), QStringLiteral("read"), {QStringLiteral("etc")});
        QVERIFY(read.out.contains("FILE 0640 "));
        QVERIFY(read.out.contains("5 etc/app/app.conf\nhello\n"));
        QVERIFY(read.out.contains("LINK etc/link\napp/app.conf\n"));
    }

    void aDirectoryThatIsNotALabIsNeverTouched()
    {
        QTemporaryDir dir;
        QFile precious(dir.filePath(QStringLiteral("precious")));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("keep me");
        precious.close();
        QCOMPARE(helper(dir.path(), QStringLiteral("clean"), {}).exitCode, 3);
        QVERIFY(helper(dir.path(), QStringLiteral("daemon"), {}).exitCode != 0);
        QVERIFY(helper(dir.path(), QStringLiteral("write"), {}, "FILE 0644 1 x\ny").exitCode != 0);
        QVERIFY(QFile::exists(precious.fileName()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 1);
    }

    void controlSocketIsTheOwnersOnly()
    {
        Lab lab;
        QVERIFY(lab.start().isEmpty());
        const QFileInfo socket(lab.dir() + QStringLiteral("/run/supervisor.sock"));
        QVERIFY(socket.exists());
        QCOMPARE(int(socket.permissions() &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)),
                 0);
        // A second supervisor for the same lab is refused while the first one runs.
        QVERIFY(helper(lab.dir(), QStringLiteral("daemon"), {}).exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestLabSupervisor)
#include "tst_labsupervisor.moc"

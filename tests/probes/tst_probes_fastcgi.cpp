// FastCgiProbe (app/probes) against real servers: a PHP-FPM pool on a unix socket and
// on TCP, an HTTP server where FastCGI was expected, a listener that never answers,
// nothing at all; and ProbeCommands::asUser, which runs the probe as nginx's worker
// user so that a socket the workers may not open is refused here too.
#include "app/facts/ProbeCommands.h"
#include "app/probes/FastCgiProbe.h"
#include "remote/LocalMachine.h"
#include "tests/lab/LabPhpFpm.h"
#include "tests/lab/LabUpstream.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace gd;
using namespace gd::lab;
using O = FastCgiProbeResult::Outcome;

class TestFastCgiProbe : public QObject
{
    Q_OBJECT

    LocalMachine m_machine;
    LabPhpFpm m_unixPool, m_tcpPool;

    FastCgiProbeResult probe(const CommandSpec &spec)
    {
        const CommandResult r = m_machine.runAndWait(spec);
        const ProbeResult<FastCgiProbeResult> parsed = FastCgiProbe::parse(ProbeOutput::from(r));
        if (!parsed)
            qWarning("%s\n%s\n%s", qPrintable(parsed.error().message()), r.stdOut.constData(),
                     r.stdErr.constData());
        return parsed ? *parsed : FastCgiProbeResult{};
    }
    FastCgiProbeResult probe(const QString &host, quint16 port, const QString &path, int timeoutSec = 5)
    {
        return probe(CommandSpec::of(FastCgiProbe::command(host, port, path, timeoutSec), 20000));
    }

private slots:
    void initTestCase()
    {
        if (LabPhpFpm::binary().isEmpty())
            QSKIP("php-fpm is not installed");
        // The pool's socket is www-data's, mode 0660: nginx's worker (www-data) may
        // connect, nobody may not. The lab directory must be traversable for that.
        QVERIFY(QFile::setPermissions(m_unixPool.dir().path(), QFile::ReadOwner | QFile::WriteOwner |
                                                                   QFile::ExeOwner | QFile::ReadOther |
                                                                   QFile::ExeOther | QFile::ReadGroup |
                                                                   QFile::ExeGroup));
        QVERIFY2(
            m_unixPool.start(QStringLiteral("[www]\nuser = www-data\ngroup = www-data\nlisten = @SOCKET@\n"
                                            "listen.owner = www-data\nlisten.group = www-data\n"
                                            "listen.mode = 0660\npm = static\npm.max_children = 1\n"),
                             1),
            "php-fpm on a unix socket");
        QVERIFY2(
            m_tcpPool.start(QStringLiteral("[www]\nuser = www-data\ngroup = www-data\n"
                                           "listen = 127.0.0.1:@PORT@\npm = static\npm.max_children = 1\n"),
                            1),
            "php-fpm on TCP");
    }

    void aHealthyPoolAnswersFastCgi()
    {
        // No script asked for: PHP-FPM says so in FastCGI, which proves the pool works.
        for (const FastCgiProbeResult &r : {probe(QString(), 0, m_unixPool.socketPath()),
                                            probe(QStringLiteral("127.0.0.1"), m_tcpPool.port(), {})}) {
            QCOMPARE(r.outcome, O::Answered);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.appStderr, QStringLiteral("Primary script unknown"));
            QVERIFY(r.connected());
        }
        // ... and nothing about it lands in PHP-FPM's own error log.
        QFile log(m_unixPool.dir().filePath(QStringLiteral("php-fpm.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(!log.readAll().contains("Primary script"), "the probe wrote to php-fpm's log");
    }

    void theWorkerUserIsAskedWhenWeAreRoot()
    {
        if (!m_machine.isRoot())
            QSKIP("setpriv needs root");
        const CommandSpec spec =
            CommandSpec::of(FastCgiProbe::command(QString(), 0, m_unixPool.socketPath(), 5), 20000);
        const CommandResult asWorker =
            m_machine.runAndWait(ProbeCommands::asUser(spec, QStringLiteral("www-data")));
        QVERIFY2(asWorker.stdErr.startsWith("gd-as=www-data\n"), asWorker.stdErr.constData());
        QCOMPARE(FastCgiProbe::parse(ProbeOutput::from(asWorker))->outcome, O::Answered);
        // nobody is not in www-data's group: connect() is refused, as it would be for
        // nginx workers running as nobody. Root alone would have passed.
        const FastCgiProbeResult asNobody = probe(ProbeCommands::asUser(spec, QStringLiteral("nobody")));
        QCOMPARE(asNobody.outcome, O::PermissionDenied);
        QCOMPARE(asNobody.errnoValue, 13);
        QCOMPARE(probe(spec).outcome, O::Answered);
        // An unknown user: the probe runs as we are, and says so.
        const CommandResult unknown =
            m_machine.runAndWait(ProbeCommands::asUser(spec, QStringLiteral("gd-no-such-user")));
        QVERIFY2(unknown.stdErr.startsWith("gd-as=root\n"), unknown.stdErr.constData());
    }

    void nothingThere()
    {
        QCOMPARE(probe(QString(), 0, m_unixPool.dir().filePath(QStringLiteral("none.sock"))).outcome,
                 O::SocketMissing);
        const LabResult<quint16> refusing = LabUpstream::refusingPort();
        QVERIFY(refusing);
        const FastCgiProbeResult r = probe(QStringLiteral("127.0.0.1"), *refusing, {});
        QCOMPARE(r.outcome, O::Refused);
        QCOMPARE(r.errnoValue, 111);
        QVERIFY(!r.connected());
    }

    void anHttpServerIsNotFastCgi()
    {
        LabUpstream http;
        QVERIFY(http.start(LabUpstream::Mode::Ok));
        const FastCgiProbeResult r = probe(QStringLiteral("127.0.0.1"), http.port(), {});
        QCOMPARE(r.outcome, O::NotFastCgi);
        QVERIFY2(r.firstBytes.startsWith(QLatin1String("48545450")), qPrintable(r.firstBytes)); // "HTTP"
        QVERIFY(r.connected());
    }

    void aListenerThatNeverAnswersTimesOut()
    {
        LabUpstream hang;
        QVERIFY(hang.start(LabUpstream::Mode::Hang));
        QCOMPARE(probe(QStringLiteral("127.0.0.1"), hang.port(), {}, 1).outcome, O::Timeout);
    }

    void withoutPerlTcpStillGetsAConnect()
    {
        // A host without Perl: PATH holds only what the fallback uses.
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        for (const char *tool : {"bash", "timeout"})
            QVERIFY(QFile::link(QStringLiteral("/usr/bin/") + QLatin1String(tool),
                                bin.filePath(QLatin1String(tool))));
        auto without = [&](const QString &host, quint16 port, const QString &path) {
            CommandSpec spec = CommandSpec::of(FastCgiProbe::command(host, port, path, 2), 20000);
            spec.environment.append({QStringLiteral("PATH"), bin.path()});
            return probe(spec);
        };
        QCOMPARE(without(QStringLiteral("127.0.0.1"), m_tcpPool.port(), {}).outcome, O::Connected);
        const LabResult<quint16> refusing = LabUpstream::refusingPort();
        QVERIFY(refusing);
        QCOMPARE(without(QStringLiteral("127.0.0.1"), *refusing, {}).outcome, O::Refused);
        QCOMPARE(without(QString(), 0, m_unixPool.socketPath()).outcome, O::NoClient);
    }
};

QTEST_GUILESS_MAIN(TestFastCgiProbe)
#include "tst_probes_fastcgi.moc"

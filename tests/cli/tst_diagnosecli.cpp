// `gateway-doctor diagnose` as a user runs it: the real binary, its exit status,
// its JSON, its errors; against the lab's nginx and sshd.
#include "tests/lab/LabHttp.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabSshd.h"
#include "tests/lab/LabUpstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gd::lab;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run diagnose(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(GD_BINARY), QStringList{QStringLiteral("diagnose")} + arguments);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestDiagnoseCli : public QObject
{
    Q_OBJECT
private slots:
    void noNginxExitsTwoWithTheReason()
    {
        const Run r = diagnose({QStringLiteral("--nginx"), QStringLiteral("/nonexistent/nginx")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("/nonexistent/nginx"), r.err.constData());
    }

    void badArgumentsExitTwo()
    {
        QCOMPARE(diagnose({QStringLiteral("--since"), QStringLiteral("yesterday")}).exitCode, 2);
        QCOMPARE(diagnose({QStringLiteral("--conf"), QStringLiteral("relative.conf")}).exitCode, 2);
        QCOMPARE(diagnose({QStringLiteral("--ssh"), QStringLiteral("-oProxyCommand=x")}).exitCode, 2);
    }

    // Shell syntax in every field the command takes: refused with the reason, or passed
    // on as one literal word; never run (a marker file would appear).
    void hostileValuesRunNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString marker = dir.filePath(QStringLiteral("ran"));
        const QString run = QStringLiteral("$(touch${IFS}%1)`touch${IFS}%1`;touch${IFS}%1").arg(marker);
        LabNginx nginx;
        const auto port = LabUpstream::refusingPort();
        QVERIFY(port.ok());
        QVERIFY(nginx.start(LabNginx::proxyServer(QStringLiteral("http://127.0.0.1:%1").arg(*port))).ok());

        // A URL without spaces is a URL: curl gets it as one word, the report shows it as given.
        const QString url = nginx.url(QStringLiteral("/") + run);
        const Run asked = diagnose({QStringLiteral("--conf"), nginx.configPath(), QStringLiteral("--url"),
                                    url, QStringLiteral("--json")});
        QCOMPARE(asked.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(asked.out).object();
        QCOMPARE(report.value(QStringLiteral("target")).toObject().value(QStringLiteral("url")).toString(),
                 url);
        // A space or a line break cannot be in a URL: refused before anything runs, saying where.
        const QList<std::pair<QString, QByteArray>> odd{
            {QStringLiteral("http://x/ $(touch %1)").arg(marker),
             "--url: The URL has a space at character 10"},
            {QStringLiteral("http://x/\ntouch %1").arg(marker),
             "--url: The URL has a line break at character 10"},
        };
        for (const auto &[value, said] : odd) {
            const Run r =
                diagnose({QStringLiteral("--conf"), nginx.configPath(), QStringLiteral("--url"), value});
            QVERIFY2(r.exitCode == 2 && r.err.contains(said),
                     qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        }
        // Typed as a browser shows it, without http://: the same diagnosis as with it.
        const QString bare = nginx.url().mid(int(nginx.url().indexOf(QLatin1String("://"))) + 3);
        const Run typed = diagnose({QStringLiteral("--conf"), nginx.configPath(), QStringLiteral("--url"),
                                    bare, QStringLiteral("--json")});
        QCOMPARE(typed.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(typed.out)
                     .object()
                     .value(QStringLiteral("target"))
                     .toObject()
                     .value(QStringLiteral("url"))
                     .toString(),
                 nginx.url());

        struct Refused
        {
            QStringList arguments;
            QByteArray said; // in the error message
        };
        const QList<Refused> refused{
            {{QStringLiteral("--conf"), QStringLiteral("x;touch %1").arg(marker)}, "absolute"},
            {{QStringLiteral("--ssh"), QStringLiteral("host;touch${IFS}%1").arg(marker)}, "host;touch"},
            {{QStringLiteral("--ssh"), QStringLiteral("-oProxyCommand=touch %1").arg(marker)},
             "-oProxyCommand"},
            {{QStringLiteral("--nginx"), QStringLiteral("/usr/sbin/nginx;touch %1").arg(marker)},
             "nginx;touch"},
        };
        for (const Refused &r : refused) {
            const Run out = diagnose(r.arguments);
            QVERIFY2(out.exitCode == 2, qPrintable(r.arguments.join(QLatin1Char(' ')) +
                                                   QStringLiteral(": exit %1").arg(out.exitCode)));
            QVERIFY2(out.err.contains(r.said), qPrintable(r.arguments.join(QLatin1Char(' ')) +
                                                          QLatin1String(": ") + QString::fromUtf8(out.err)));
        }
        // An absolute path with shell syntax is only a file that does not exist.
        const Run conf =
            diagnose({QStringLiteral("--conf"), QStringLiteral("/nonexistent/x;touch %1").arg(marker)});
        QVERIFY(conf.exitCode != 0);
        // nginx's own words name it, and the command offered quotes it for the shell.
        QVERIFY2(conf.out.contains("open() \"/nonexistent/x;touch"), conf.out.constData());
        QVERIFY2(conf.out.contains("-c '/nonexistent/x;touch"), conf.out.constData());
        QVERIFY2(!QFile::exists(marker), "a value was run as a command");
    }

    void problemFoundExitsOneWithRankedJson()
    {
        LabNginx nginx;
        const auto port = LabUpstream::refusingPort();
        QVERIFY(port.ok());
        QVERIFY(nginx.start(LabNginx::proxyServer(QStringLiteral("http://127.0.0.1:%1").arg(*port))).ok());
        LabHttp::sendTraffic(nginx.url(), 2, QString(), 0);
        const Run r = diagnose({QStringLiteral("--conf"), nginx.configPath(), QStringLiteral("--url"),
                                nginx.url(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(
            report.value(QStringLiteral("target")).toObject().value(QStringLiteral("config_file")).toString(),
            nginx.configPath());
        const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 6);
        const QStringList statuses{QStringLiteral("pass"), QStringLiteral("warn"), QStringLiteral("fail"),
                                   QStringLiteral("skipped"), QStringLiteral("error")};
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject step = steps[i].toObject();
            QCOMPARE(step.value(QStringLiteral("step")).toInt(), i + 1);
            QVERIFY(statuses.contains(step.value(QStringLiteral("status")).toString()));
            QVERIFY(!step.value(QStringLiteral("checks")).toArray().isEmpty());
        }
        const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        const QJsonObject top = findings.first().toObject();
        QCOMPARE(top.value(QStringLiteral("cause")).toString(), QStringLiteral("upstream_down"));
        QCOMPARE(top.value(QStringLiteral("upstream")).toString(), QStringLiteral("127.0.0.1:%1").arg(*port));
        QVERIFY(!top.value(QStringLiteral("summary")).toString().isEmpty());
        QVERIFY(!top.value(QStringLiteral("remedy")).toString().isEmpty());
        const QJsonArray evidence = top.value(QStringLiteral("evidence")).toArray();
        QVERIFY(!evidence.isEmpty());
        const QJsonObject line = evidence.first().toObject();
        QCOMPARE(line.value(QStringLiteral("source")).toString(), QStringLiteral("error_log"));
        const QString excerpt = line.value(QStringLiteral("excerpt")).toString();
        const QJsonObject span = line.value(QStringLiteral("span")).toObject();
        // The span marks the literal catalogue text inside the exact log line.
        QVERIFY(excerpt
                    .mid(span.value(QStringLiteral("start")).toInt(),
                         span.value(QStringLiteral("length")).toInt())
                    .contains(QLatin1String("Connection refused")));
    }

    void healthyExitsZero()
    {
        LabUpstream upstream;
        QVERIFY(upstream.start(LabUpstream::Mode::Ok).ok());
        LabNginx nginx;
        QVERIFY(nginx.start(LabNginx::proxyServer(upstream.proxyPassUrl())).ok());
        LabHttp::sendTraffic(nginx.url(), 2, QString(), 0);
        const Run r =
            diagnose({QStringLiteral("--conf"), nginx.configPath(), QStringLiteral("--url"), nginx.url()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("No problem found"));
    }

    void unknownHostKeyIsRefusedUnlessAccepted()
    {
        LabSshd sshd;
        QVERIFY(sshd.start().ok());
        QTemporaryDir dir;
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        const QStringList ssh{
            QStringLiteral("--ssh"),         QStringLiteral("root@127.0.0.1:%1").arg(sshd.port()),
            QStringLiteral("--identity"),    sshd.clientKeyPath(),
            QStringLiteral("--known-hosts"), knownHosts,
            QStringLiteral("--nginx"),       QStringLiteral("/nonexistent/nginx")};
        const Run refused = diagnose(ssh);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(sshd.hostKeyFingerprintSha256().toUtf8()), refused.err.constData());
        QVERIFY(!QFile::exists(knownHosts) || QFile(knownHosts).size() == 0);
        // With explicit consent the key is saved and the connection goes on (to the
        // next clear error: there is no nginx at that path).
        const Run accepted = diagnose(ssh + QStringList{QStringLiteral("--accept-new-host-key")});
        QCOMPARE(accepted.exitCode, 2);
        QVERIFY2(accepted.err.contains("/nonexistent/nginx"), accepted.err.constData());
        QVERIFY(QFile(knownHosts).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDiagnoseCli)
#include "tst_diagnosecli.moc"

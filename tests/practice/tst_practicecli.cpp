// `gateway-doctor practice` as trainees, instructors and scripts run it: the real binary,
// its exit statuses and JSON, a whole run from start to stop, the same seed giving the
// same lab, leftovers of a killed lab cleaned by the next start, and SSH: refused on a
// host without the lab marker, a whole run on one with it.
#include "tests/lab/LabSshd.h"
#include "tests/lab/LabUsers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// The lab's marker, created for one test and removed after it (only if it was not there).
class LabMarker
{
public:
    static constexpr const char *kPath = "/etc/gateway-doctor/lab";
    bool ensure()
    {
        if (QFile::exists(QString::fromLatin1(kPath)))
            return true;
        if (::geteuid() != 0)
            return false;
        m_madeDir = !QFileInfo::exists(QStringLiteral("/etc/gateway-doctor"));
        QDir().mkpath(QStringLiteral("/etc/gateway-doctor"));
        QFile marker(QString::fromLatin1(kPath));
        if (!marker.open(QIODevice::WriteOnly))
            return false;
        marker.write("practice lab for tst_practicecli (removed after the test)\n");
        m_made = true;
        return true;
    }
    ~LabMarker()
    {
        if (m_made)
            QFile::remove(QString::fromLatin1(kPath));
        if (m_madeDir)
            QDir().rmdir(QStringLiteral("/etc/gateway-doctor"));
    }

private:
    bool m_made = false;
    bool m_madeDir = false;
};

} // namespace

class TestPracticeCli : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        // As root, nginx's workers (www-data) must reach the lab's sockets and temp files.
        QVERIFY(QFile::setPermissions(m_root->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                          QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                          QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                          QFileDevice::ExeOther));
    }
    void cleanup()
    {
        practice({QStringLiteral("stop")});
        m_root.reset();
    }

    void listSaysWhatCanRunHere()
    {
        const Run r = practice({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = r.json().value(QStringLiteral("scenarios")).toArray();
        QVERIFY(list.size() >= 24);
        bool sawSelinux = false;
        for (const QJsonValue &v : list) {
            const QJsonObject s = v.toObject();
            QVERIFY(!s.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(s.contains(QStringLiteral("available")));
            if (s.value(QStringLiteral("id")).toString() == QLatin1String("selinux-denied") &&
                !s.value(QStringLiteral("available")).toBool()) {
                sawSelinux = true;
                QVERIFY(s.value(QStringLiteral("unavailable_because"))
                            .toString()
                            .contains(QLatin1String("SELinux")));
            }
        }
        if (!QFile::exists(QStringLiteral("/sys/fs/selinux/enforce")))
            QVERIFY(sawSelinux);
        // Unavailable here means: cannot be started, with the reason.
        if (sawSelinux) {
            const Run refused = practice({QStringLiteral("start"), QStringLiteral("selinux-denied")});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY(refused.err.contains("SELinux"));
        }
    }

    void aWholeRunFromStartToStop()
    {
        const Run started =
            practice({QStringLiteral("start"), QStringLiteral("wrong-upstream-port"),
                      QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const QJsonObject s = started.json();
        const QString url = s.value(QStringLiteral("url")).toString();
        QVERIFY(url.startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(!s.value(QStringLiteral("ticket")).toString().isEmpty());
        QCOMPARE(s.value(QStringLiteral("lab_dir")).toString(), labDir());
        QCOMPARE(s.value(QStringLiteral("config_file")).toString(),
                 labDir() + QStringLiteral("/etc/nginx/nginx.conf"));
        QVERIFY(QFile::exists(s.value(QStringLiteral("site_file")).toString()));
        QVERIFY(QFileInfo(labDir() + QStringLiteral("/etc/nginx/sites-enabled")).isDir());
        QVERIFY(s.value(QStringLiteral("symptom")).toString().startsWith(QLatin1String("502")));

        // The CLI has exited; the lab runs on.
        const Run status = practice({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.json().value(QStringLiteral("url_now")).toString(), QStringLiteral("502"));

        const Run notYet = practice({QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(notYet.exitCode, 1);
        QCOMPARE(notYet.json().value(QStringLiteral("fixed")).toBool(), false);

        const Run hint = practice({QStringLiteral("hint"), QStringLiteral("--json")});
        QCOMPARE(hint.exitCode, 0);
        QCOMPARE(hint.json().value(QStringLiteral("kind")).toString(), QStringLiteral("question"));
        QCOMPARE(practice({QStringLiteral("answer"), QStringLiteral("upstream_down")}).exitCode, 1);
        const Run right = practice({QStringLiteral("answer"), QStringLiteral("wrong_upstream_address"),
                                    QStringLiteral("--evidence"), QStringLiteral("111: Connection refused")});
        QCOMPARE(right.exitCode, 0);
        QCOMPARE(practice({QStringLiteral("answer"), QStringLiteral("cosmic_rays")}).exitCode, 1);

        const Run solved = practice({QStringLiteral("solve"), QStringLiteral("--json")});
        QVERIFY2(solved.exitCode == 0, solved.err.constData());
        const QJsonArray actions = solved.json().value(QStringLiteral("actions")).toArray();
        QCOMPARE(actions.size(), 1);
        const QJsonObject edit = actions.first().toObject();
        QCOMPARE(edit.value(QStringLiteral("kind")).toString(), QStringLiteral("edit"));
        QCOMPARE(edit.value(QStringLiteral("file")).toString(),
                 s.value(QStringLiteral("site_file")).toString());
        QVERIFY(edit.value(QStringLiteral("line")).toInt() > 0);
        QVERIFY(edit.value(QStringLiteral("old")).toString().contains(QLatin1String("proxy_pass")));

        const Run fixed = practice({QStringLiteral("check")});
        QVERIFY2(fixed.exitCode == 0, fixed.out.constData());
        QVERIFY(fixed.out.contains("Fixed."));

        const QString html = m_root->filePath(QStringLiteral("debrief.html"));
        QCOMPARE(practice({QStringLiteral("debrief"), QStringLiteral("--format"), QStringLiteral("html"),
                           QStringLiteral("-o"), html})
                     .exitCode,
                 0);
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray text = page.readAll();
        QVERIFY(text.contains("<html>"));
        QVERIFY(text.contains("wrong_upstream_address"));

        const Run stopped = practice({QStringLiteral("stop"), QStringLiteral("--json")});
        QCOMPARE(stopped.exitCode, 0);
        QCOMPARE(stopped.json().value(QStringLiteral("clean")).toBool(), true);
        QVERIFY(!QFileInfo::exists(labDir()));
        // Kept per user, and debriefed from there once the lab is gone.
        QFile results(resultsPath());
        QVERIFY(results.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(results.readAll())
                     .object()
                     .value(QStringLiteral("runs"))
                     .toArray()
                     .size(),
                 1);
        const Run after = practice({QStringLiteral("debrief")});
        QCOMPARE(after.exitCode, 0);
        QVERIFY(after.out.startsWith("# Practice debrief: "));
        QCOMPARE(practice({QStringLiteral("stop")}).exitCode, 0); // nothing left: still clean
        QCOMPARE(practice({QStringLiteral("check")}).exitCode, 1);
    }

    void anExamHasNoHintsAndKeepsTheVerdictForTheDebrief()
    {
        const Run started =
            practice({QStringLiteral("start"), QStringLiteral("header-too-big"), QStringLiteral("--mode"),
                      QStringLiteral("exam"), QStringLiteral("--json")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        QCOMPARE(started.json().value(QStringLiteral("mode")).toString(), QStringLiteral("exam"));
        const Run hint = practice({QStringLiteral("hint")});
        QCOMPARE(hint.exitCode, 1);
        QVERIFY(hint.err.contains("No hints in an exam"));
        const Run answer = practice(
            {QStringLiteral("answer"), QStringLiteral("upstream_timeout"), QStringLiteral("--json")});
        QCOMPARE(answer.exitCode, 0);
        QVERIFY(!answer.json().contains(QStringLiteral("correct")));
        QVERIFY(!answer.json().contains(QStringLiteral("expected")));
        const Run debrief =
            practice({QStringLiteral("debrief"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(debrief.exitCode, 0);
        QCOMPARE(debrief.json().value(QStringLiteral("mode")).toString(), QStringLiteral("exam"));
        QCOMPARE(debrief.json().value(QStringLiteral("named_correctly")).toBool(), false);
        QCOMPARE(debrief.json().value(QStringLiteral("expected_cause")).toString(),
                 QStringLiteral("header_too_big"));
        QCOMPARE(practice({QStringLiteral("start"), QStringLiteral("upstream-down"), QStringLiteral("--mode"),
                           QStringLiteral("blitz")})
                     .exitCode,
                 1);
    }

    void theSameSeedGivesTheSameLab()
    {
        QStringList tickets;
        for (int i = 0; i < 2; ++i) {
            const Run started =
                practice({QStringLiteral("start"), QStringLiteral("upstream-timeout"),
                          QStringLiteral("--seed"), QStringLiteral("77"), QStringLiteral("--json")});
            QVERIFY2(started.exitCode == 0, started.err.constData());
            QFile site(started.json().value(QStringLiteral("site_file")).toString());
            QVERIFY(site.open(QIODevice::ReadOnly));
            tickets << started.json().value(QStringLiteral("ticket")).toString() +
                           QString::fromUtf8(site.readAll()).section(QLatin1Char('\n'), 2, 2);
            QCOMPARE(practice({QStringLiteral("stop")}).exitCode, 0);
        }
        QCOMPARE(tickets.at(0), tickets.at(1));
    }

    void refusalsAreClear()
    {
        const Run unknown = practice({QStringLiteral("start"), QStringLiteral("no-such-scenario")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("practice list"));
        const Run noLab = practice({QStringLiteral("check")});
        QCOMPARE(noLab.exitCode, 1);
        QVERIFY(noLab.err.contains("No practice lab"));
        QCOMPARE(practice({QStringLiteral("start"), QStringLiteral("upstream-down")}).exitCode, 0);
        const Run twice = practice({QStringLiteral("start"), QStringLiteral("upstream-down")});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains("already runs"));
        const Run service =
            practice({QStringLiteral("service"), QStringLiteral("start"), QStringLiteral("postgres")});
        QCOMPARE(service.exitCode, 1);
        QVERIFY(service.err.contains("app, nginx"));
    }

    void theNextStartRemovesLeftoversOfAKilledLab()
    {
        QCOMPARE(practice({QStringLiteral("start"), QStringLiteral("upstream-down")}).exitCode, 0);
        QFile record(labDir() + QStringLiteral("/run/supervisor.pid"));
        QVERIFY(record.open(QIODevice::ReadOnly));
        const pid_t session = pid_t(record.readAll().split(' ').first().toLongLong());
        // Every process of the lab killed at once: nobody tidies up.
        QCOMPARE(::kill(-session, SIGKILL), 0);
        QTest::qWait(300);
        QVERIFY(QFile::exists(labDir() + QStringLiteral("/practice/state.json")));
        const Run again =
            practice({QStringLiteral("start"), QStringLiteral("nginx-stopped"), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.json().value(QStringLiteral("scenario")).toString(), QStringLiteral("nginx-stopped"));
    }

    void overSshOnlyOnAMarkedLabHost()
    {
        // As a normal user: the lab needs no root for this scenario, and root's login
        // shell here is slow (its ~/.bashrc) for the many commands a lab runs.
        if (!gd::lab::LabUsers::unavailableReason().isEmpty() || !gd::lab::LabUsers::ensure().ok())
            QSKIP("needs the lab's OS users (root only)");
        const QString user = gd::lab::LabUsers::noSudoUser();
        const passwd *account = ::getpwnam(qPrintable(user));
        QVERIFY(account);
        QTemporaryDir remoteRoot(QDir::tempPath() + QStringLiteral("/gd-practice-ssh-XXXXXX"));
        QVERIFY(::chown(QFile::encodeName(remoteRoot.path()).constData(), account->pw_uid, account->pw_gid) ==
                0);
        const QString remoteLab = remoteRoot.filePath(QStringLiteral("lab"));

        gd::lab::LabSshd sshd;
        QVERIFY(sshd.start().ok());
        const QStringList ssh{QStringLiteral("--ssh"),
                              QStringLiteral("%1@127.0.0.1:%2").arg(user).arg(sshd.port()),
                              QStringLiteral("--identity"),
                              sshd.clientKeyPath(),
                              QStringLiteral("--known-hosts"),
                              m_root->filePath(QStringLiteral("known_hosts")),
                              QStringLiteral("--accept-new-host-key"),
                              QStringLiteral("--lab-helpers"),
                              QStringLiteral(GD_LAB_HELPERS),
                              QStringLiteral("--lab-dir"),
                              remoteLab};
        if (!QFile::exists(QString::fromLatin1(LabMarker::kPath))) {
            const Run refused = practice(QStringList{QStringLiteral("list")} + ssh);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains("/etc/gateway-doctor/lab"), refused.err.constData());
            QVERIFY(refused.err.contains("not marked as a practice lab"));
        }
        LabMarker marker;
        if (!marker.ensure())
            QSKIP("cannot create /etc/gateway-doctor/lab here (not root)");
        const Run started =
            practice(QStringList{QStringLiteral("start"), QStringLiteral("tls-to-plain-upstream"),
                                 QStringLiteral("--json")} +
                     ssh);
        QVERIFY2(started.exitCode == 0, started.err.constData());
        QCOMPARE(started.json().value(QStringLiteral("lab_dir")).toString(), remoteLab);
        QCOMPARE(practice(QStringList{QStringLiteral("check")} + ssh).exitCode, 1);
        QVERIFY(practice(QStringList{QStringLiteral("solve")} + ssh).exitCode == 0);
        const Run fixed = practice(QStringList{QStringLiteral("check")} + ssh);
        QVERIFY2(fixed.exitCode == 0, fixed.out.constData());
        const Run stopped = practice(QStringList{QStringLiteral("stop"), QStringLiteral("--json")} + ssh);
        QCOMPARE(stopped.exitCode, 0);
        QCOMPARE(stopped.json().value(QStringLiteral("clean")).toBool(), true);
        QVERIFY(!QFileInfo::exists(remoteLab));
    }

private:
    QString labDir() const { return m_root->filePath(QStringLiteral("lab")); }
    QString resultsPath() const { return m_root->filePath(QStringLiteral("results.json")); }

    Run practice(const QStringList &arguments)
    {
        QStringList all = QStringList{QStringLiteral("practice")} + arguments;
        if (!arguments.contains(QStringLiteral("--lab-dir")))
            all << QStringLiteral("--lab-dir") << labDir();
        all << QStringLiteral("--results") << resultsPath() << QStringLiteral("--keep-for")
            << QStringLiteral("10m");
        QProcess p;
        p.start(QStringLiteral(GD_BINARY), all);
        p.closeWriteChannel();
        Run r;
        QElapsedTimer t;
        t.start();
        if (!p.waitForFinished(120000))
            return r;
        if (qEnvironmentVariableIsSet("GD_TIME_CLI"))
            qInfo("%s: %lld ms", qPrintable(arguments.mid(0, 2).join(QLatin1Char(' '))), t.elapsed());
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    std::unique_ptr<QTemporaryDir> m_root;
};

QTEST_GUILESS_MAIN(TestPracticeCli)
#include "tst_practicecli.moc"

// The self-test of every practice scenario, on this machine, with the real programs:
// inject -> the symptom is real (start() proves it or refuses) -> the doctor (the real
// DiagnosisEngine) names the expected cause -> `check` fails -> `solve` -> `check` passes
// -> the URL answers 200 -> `stop` leaves no process and no file.
//
// A scenario that needs what this machine lacks is skipped with its reason; the test
// fails when anything but the SELinux scenarios is skipped. When the doctor names another
// cause than the scenario expects, the row fails at its end (after the lab was stopped);
// with GD_LAB_GAPS_DIR set, the doctor's --json report is saved there as <id>.json.
#include "app/lab/LabLayout.h"
#include "app/lab/PracticeDoctor.h"
#include "app/lab/PracticeSession.h"
#include "app/report/ReportJson.h"
#include "remote/LocalMachine.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gd;

namespace {

QList<qint64> sessionMembers(qint64 session)
{
    QList<qint64> members;
    const QStringList names = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!ok || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 3 && fields.at(3).toLongLong() == session && fields.at(0) != "Z")
            members << pid;
    }
    return members;
}

int curlStatus(const QString &url)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                QStringLiteral("%{http_code}"), QStringLiteral("--max-time"), QStringLiteral("15"), url});
    curl.waitForFinished(20000);
    return curl.readAllStandardOutput().toInt();
}

QString describe(const PracticeCheckReport &report)
{
    QStringList lines;
    for (const PracticeCheck &c : report.checks)
        lines << QStringLiteral("%1 %2: %3").arg(PracticeCheck::statusCode(c.status), c.id, c.detail);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestPracticeScenarios : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void scenario_data();
    void scenario();
    void onlySelinuxScenariosAreSkipped();
    void cleanupTestCase();

private:
    PracticeSession *newSession();

    LocalMachine m_machine;
    QTemporaryDir m_root;
    ScenarioCatalog m_catalog = ScenarioCatalog::load();
    std::unique_ptr<PracticeSession> m_session;
    QStringList m_gaps;
    QStringList m_timings;
};

PracticeSession *TestPracticeScenarios::newSession()
{
    PracticeOptions options;
    options.labDir = m_root.filePath(QStringLiteral("lab"));
    options.helperDir = QStringLiteral(GD_LAB_HELPERS);
    // The lab ends with this test process, however it ends.
    options.ownerPid = QCoreApplication::applicationPid();
    m_session = std::make_unique<PracticeSession>(&m_machine, options, m_catalog);
    return m_session.get();
}

void TestPracticeScenarios::initTestCase()
{
    QVERIFY(m_catalog.errors().isEmpty());
    // As root, nginx's and php-fpm's workers (www-data) must reach the lab's files.
    QVERIFY(QFile::setPermissions(m_root.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                     QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                     QFileDevice::ExeGroup));
    const LabError opened = newSession()->open();
    QVERIFY2(!opened, qPrintable(opened.toString()));
}

void TestPracticeScenarios::scenario_data()
{
    QTest::addColumn<QString>("id");
    for (const Scenario &s : m_catalog.scenarios())
        QTest::newRow(qPrintable(s.id)) << s.id;
}

void TestPracticeScenarios::scenario()
{
    QFETCH(QString, id);
    const Scenario *scenario = m_catalog.find(id);
    QVERIFY(scenario);
    PracticeSession &session = *m_session;
    if (const QStringList missing = session.missing(*scenario); !missing.isEmpty())
        QSKIP(qPrintable(missing.join(QStringLiteral("; "))));

    // Whatever fails below, the lab goes (the next row needs the directory).
    struct Stopper
    {
        PracticeSession &session;
        bool stopped = false;
        ~Stopper()
        {
            // Cleanup after a failed row: the row has failed already, and the
            // next start removes whatever a failed stop left.
            if (!stopped)
                (void)session.stop();
        }
    } stopper{session};

    const quint64 seed = qHash(id) % 100000;
    const Result<PracticeStart, LabError> started = session.start(id, seed);
    QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    m_timings << QStringLiteral("%1: ready in %2 ms").arg(id).arg(started->readyMs);
    QVERIFY(!started->symptom.isEmpty());
    if (scenario->symptom.status > 0)
        QVERIFY2(started->symptom.startsWith(QString::number(scenario->symptom.status)),
                 qPrintable(started->symptom));
    else
        QVERIFY2(started->symptom.startsWith(QLatin1String("no answer")), qPrintable(started->symptom));

    // The doctor on the broken lab.
    const Result<DiagnosisReport, LabError> report = session.diagnose();
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    const QString named =
        report->findings.isEmpty() ? QStringLiteral("none") : PracticeDoctor::topCause(*report);
    const bool doctorRight = named == scenario->cause;
    if (!doctorRight) {
        QStringList all;
        for (const Finding &f : report->findings)
            all << causeCode(f.cause);
        m_gaps << QStringLiteral("%1: expected %2, the doctor said %3 (findings: %4)")
                      .arg(id, scenario->cause, named, all.join(QStringLiteral(", ")));
        const QString dir = qEnvironmentVariable("GD_LAB_GAPS_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir)) {
            QFile out(QDir(dir).filePath(id + QStringLiteral(".json")));
            if (out.open(QIODevice::WriteOnly))
                out.write(QJsonDocument(ReportJson::toJson(*report)).toJson(QJsonDocument::Indented));
        }
    }

    const Result<PracticeCheckReport, LabError> before = session.check();
    QVERIFY2(before, qPrintable(before ? QString() : before.error().toString()));
    QVERIFY2(!before->fixed(), qPrintable(describe(*before)));

    const Result<PracticeSolve, LabError> solved = session.solve();
    QVERIFY2(solved, qPrintable(solved ? QString() : solved.error().toString()));

    const Result<PracticeCheckReport, LabError> after = session.check();
    QVERIFY2(after, qPrintable(after ? QString() : after.error().toString()));
    QVERIFY2(after->fixed(), qPrintable(describe(*after)));
    QCOMPARE(curlStatus(started->url), 200);

    // Stop: nothing of the lab may be left, neither a process of its session nor a file.
    QFile record(started->labDir + QStringLiteral("/run/supervisor.pid"));
    QVERIFY(record.open(QIODevice::ReadOnly));
    const qint64 supervisor = record.readAll().split(' ').first().toLongLong();
    QVERIFY(supervisor > 0);
    record.close();
    const Result<PracticeStop, LabError> stopped = session.stop();
    stopper.stopped = true;
    QVERIFY2(stopped, qPrintable(stopped ? QString() : stopped.error().toString()));
    QVERIFY2(stopped->clean, qPrintable(stopped->detail));
    QVERIFY(stopped->debrief.has_value());
    QVERIFY(stopped->debrief->solvedByLab);
    QVERIFY(!QFileInfo::exists(started->labDir));
    QVERIFY2(sessionMembers(supervisor).isEmpty(),
             qPrintable(QStringLiteral("left: %1").arg(sessionMembers(supervisor).size())));

    QVERIFY2(doctorRight,
             qPrintable(
                 QStringLiteral("the doctor named %1, the scenario expects %2").arg(named, scenario->cause)));
}

void TestPracticeScenarios::onlySelinuxScenariosAreSkipped()
{
    QStringList skipped;
    for (const Scenario &s : m_catalog.scenarios()) {
        const QStringList missing = m_session->missing(s);
        if (!missing.isEmpty() && !s.needs.contains(QLatin1String("selinux")))
            skipped << s.id + QStringLiteral(": ") + missing.join(QStringLiteral("; "));
    }
    QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(QLatin1Char('\n'))));
}

void TestPracticeScenarios::cleanupTestCase()
{
    for (const QString &line : std::as_const(m_timings))
        qInfo("%s", qPrintable(line));
    for (const QString &gap : std::as_const(m_gaps))
        qInfo("diagnosis gap: %s", qPrintable(gap));
}

QTEST_GUILESS_MAIN(TestPracticeScenarios)
#include "tst_practicescenarios.moc"

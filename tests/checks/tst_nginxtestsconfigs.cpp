// Configurations from nginx's own test suite (tests/data/nginx-tests-configs, see
// its README), which nginx accepts: read the way the engine reads `nginx -T`, every
// *_pass target found with its file and line, and every check of the six steps run
// over them with no error-log lines. A configuration nginx accepts, with nothing
// seen failing, must not earn a finding it contradicts: no dns_failure for a
// variable that may name an upstream {} block or an IP address, nothing at error
// level at all.
#include "app/checks/CheckRegistry.h"
#include "app/model/Step.h"
#include "tests/TestConfig.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace gd;

namespace {

const QString kDataDir = QStringLiteral(GD_TEST_DATA_DIR "/nginx-tests-configs/");

struct TestsConfig
{
    QString name;    // "proxy.t"
    QString testDir; // what %%TESTDIR%% stands for
    NginxConfig config;
    QString dump; // as nginx -T prints it
};

// The files the test writes next to its nginx.conf ("# gd-file: NAME BASE64").
QList<NginxConfig::File> extraFiles(const QString &text, const QString &testDir)
{
    QList<NginxConfig::File> files;
    static const QRegularExpression line(QStringLiteral("^# gd-file: (\\S+) ?(\\S*)$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        files << NginxConfig::File{testDir + QLatin1Char('/') + m.captured(1),
                                   QString::fromUtf8(QByteArray::fromBase64(m.captured(2).toLatin1()))};
    }
    return files;
}

// The main file and every extra file an `include` names, in the order nginx reads
// them, as `nginx -T` prints them ("# configuration file PATH:" and the text).
TestsConfig load(const QString &fileName)
{
    TestsConfig c;
    c.name = fileName.chopped(5);
    c.testDir = QStringLiteral("/tmp/gd-nginx-tests/") + c.name;
    QFile file(kDataDir + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll())
                             .replace(QLatin1String("%%TESTDIR%%"), c.testDir)
                             .replace(QLatin1String("%%MODULES%%"), QLatin1String("/usr/lib/nginx/modules"));
    const QList<NginxConfig::File> extras = extraFiles(text, c.testDir);
    QList<NginxConfig::File> read{{c.testDir + QStringLiteral("/nginx.conf"), text}};
    for (bool grew = true; grew;) {
        grew = false;
        const NginxConfig sofar = NginxConfig::fromFiles(read);
        for (const QString &glob : sofar.includeGlobs()) {
            const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(glob));
            for (const NginxConfig::File &f : extras) {
                const bool have = std::any_of(read.begin(), read.end(),
                                              [&f](const NginxConfig::File &r) { return r.path == f.path; });
                if (!have && pattern.match(f.path).hasMatch()) {
                    read << f;
                    grew = true;
                }
            }
        }
    }
    for (const NginxConfig::File &f : read) {
        c.dump += QStringLiteral("# configuration file %1:\n").arg(f.path) + f.text;
        if (!f.text.endsWith(QLatin1Char('\n')))
            c.dump += QLatin1Char('\n');
        c.dump += QLatin1Char('\n');
    }
    const Result<NginxConfig, ConfigError> config = NginxConfig::fromDump(c.dump);
    if (!config)
        qFatal("%s: no configuration in the dump", qPrintable(fileName));
    c.config = *config;
    return c;
}

// What the engine holds after a successful `nginx -T` (FactsArchive's derive()),
// with nothing else collected: no error-log lines, no probes.
Facts factsOf(const TestsConfig &c)
{
    Facts facts;
    facts.nginxBinary = QStringLiteral("/usr/sbin/nginx");
    facts.nginxVersion = QStringLiteral("1.22.1");
    facts.confPath = c.testDir + QStringLiteral("/nginx.conf");
    facts.prefix = c.testDir + QLatin1Char('/');
    facts.dumpCommand.exitCode = 0;
    facts.dumpCommand.stdOut = c.dump.toUtf8();
    facts.dumpCommand.stdErr = QStringLiteral("nginx: the configuration file %1 syntax is ok\n"
                                              "nginx: configuration file %1 test is successful\n")
                                   .arg(facts.confPath)
                                   .toUtf8();
    facts.dumpCommand.commandLine =
        QStringLiteral("/usr/sbin/nginx -T -p %1 -c %2").arg(facts.prefix, facts.confPath);
    facts.config = c.config;
    facts.targets = UpstreamTargets::collect(c.config);
    return facts;
}

QStringList configNames()
{
    return QDir(kDataDir).entryList({QStringLiteral("*.t.conf")}, QDir::Files, QDir::Name);
}

} // namespace

class TestNginxTestsConfigs : public QObject
{
    Q_OBJECT
private slots:
    void theSetIsThere() { QCOMPARE(configNames().size(), 33); }

    void readWithoutComplaint_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &name : configNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    // Every file parses; the only unresolved include is the one the set lacks
    // (config_dump.t's inc2.conf, see the README).
    void readWithoutComplaint()
    {
        QFETCH(QString, file);
        const TestsConfig c = load(file);
        QStringList issues;
        for (const ConfigIssue &i : c.config.issues()) {
            if (c.name == QLatin1String("config_dump.t") && i.message.contains(QLatin1String("inc2.conf")))
                continue;
            issues << QStringLiteral("%1:%2: %3").arg(i.file).arg(i.line).arg(i.message);
        }
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
        QVERIFY(c.config.size() > 0);
    }

    void everyPassTargetHasItsFileAndLine_data() { readWithoutComplaint_data(); }

    void everyPassTargetHasItsFileAndLine()
    {
        QFETCH(QString, file);
        const TestsConfig c = load(file);
        const UpstreamTargets targets = UpstreamTargets::collect(c.config);
        for (int i = 0; i < c.config.size(); ++i) {
            const NginxDirective &d = c.config.directive(i);
            if (d.block || !UpstreamTargets::isPassDirective(d.name) ||
                c.config.enclosing(d, QStringLiteral("stream")) ||
                c.config.enclosing(d, QStringLiteral("mail")))
                continue;
            const UpstreamTarget *t = targets.targetAt(d.index);
            QVERIFY2(t, qPrintable(QStringLiteral("%1:%2 %3 not read").arg(d.file).arg(d.line).arg(d.name)));
            QCOMPARE(t->file, d.file);
            QCOMPARE(t->line, d.line);
            QVERIFY(t->line > 0);
            QCOMPARE(t->value, d.arg(0));
            const QString written = c.config.lineText(t->file, t->line);
            QVERIFY2(written.contains(t->directive) && written.contains(t->value), qPrintable(written));
        }
    }

    void noFindingTheConfigContradicts_data() { readWithoutComplaint_data(); }

    void noFindingTheConfigContradicts()
    {
        QFETCH(QString, file);
        const TestsConfig c = load(file);
        const Facts facts = factsOf(c);
        const ParsedFacts parsed = ParsedFacts::from(facts);
        QStringList wrong, resolvers;
        for (int step = 1; step <= kStepCount; ++step) {
            const StepOutcome out = CheckRegistry::runStep(step, CheckInput{facts, parsed});
            for (const CheckResult &r : out.result.checks) {
                if (r.id == QLatin1String("connect.resolver") || r.id == QLatin1String("connect.dns"))
                    resolvers << r.id + QLatin1Char('=') + checkStatusCode(r.status) + QStringLiteral(" (") +
                                     r.title + QLatin1Char(')');
            }
            for (const Finding &f : out.findings) {
                if (f.cause == Cause::DnsFailure || f.severity >= Severity::Error)
                    wrong << QStringLiteral("step %1: %2 (%3) %4: %5")
                                 .arg(step)
                                 .arg(causeCode(f.cause), severityCode(f.severity), f.upstream, f.summary);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        if (!resolvers.isEmpty())
            qInfo().noquote() << c.name + QStringLiteral(": ") + resolvers.join(QStringLiteral(", "));
    }
};

QTEST_GUILESS_MAIN(TestNginxTestsConfigs)
#include "tst_nginxtestsconfigs.moc"

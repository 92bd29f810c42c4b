// The practice lab's data, without running anything: the scenario catalogue (every
// built-in file parses, covers every cause code, is embedded), the parameters (a seed
// reproduces a run), the fix actions' JSON shape, the line tools the faults use, the
// score, the debrief writers and the parser of the helper's file listing.
#include "app/lab/Debrief.h"
#include "app/lab/DebriefHtml.h"
#include "app/lab/DebriefMarkdown.h"
#include "app/lab/EditFault.h"
#include "app/lab/FaultFactory.h"
#include "app/lab/LabFixAction.h"
#include "app/lab/LabTree.h"
#include "app/lab/ScenarioCatalog.h"
#include "app/lab/ScenarioParams.h"
#include "app/lab/TextLines.h"
#include "app/model/Cause.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace gd;

namespace {

QJsonObject minimalScenario()
{
    return QJsonDocument::fromJson(R"({
        "id": "mini", "title": "t", "difficulty": 1, "cause": "upstream_down", "ticket": "x {site}",
        "params": {"site": {"one_of": ["a", "b", "c", "d"]}, "p": {"quiet_port": true},
                   "q": {"near": "p", "offset": [1, 3]}, "n": {"range": [10, 20]}, "tok": {"token": true}},
        "apps": [{"name": "app", "kind": "upstream", "settings": ["listen = 127.0.0.1:{p}"]}],
        "sites": [{"name": "{site}", "config": ["server { listen 127.0.0.1:{nginx_port}; }"]}],
        "faults": [{"type": "stop_upstream", "service": "app"}],
        "hints": [{"question": "q", "where": "w", "answer": "a"}],
        "fix": [{"kind": "command", "argv": ["gateway-doctor", "practice", "service", "start", "app"],
                 "as_root": false, "host": "upstream"}]
    })")
        .object();
}

PortPool pool()
{
    PortPool ports;
    for (quint16 p = 30000; p < 30400; p += 37)
        ports.free << p;
    ports.listening.insert(30040);
    return ports;
}

} // namespace

class TestPracticeCatalog : public QObject
{
    Q_OBJECT
private slots:
    void builtInScenariosParse()
    {
        const ScenarioCatalog catalog = ScenarioCatalog::load();
        QStringList errors;
        for (const LabError &e : catalog.errors())
            errors << e.message();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(catalog.scenarios().size() >= 24, qPrintable(QString::number(catalog.scenarios().size())));
    }

    void everyCauseCodeHasAScenarioAndThereIsAHealthyControl()
    {
        const ScenarioCatalog catalog = ScenarioCatalog::load();
        QSet<QString> causes;
        int hard = 0;
        for (const Scenario &s : catalog.scenarios()) {
            causes.insert(s.cause);
            if (s.difficulty == 3)
                ++hard;
        }
        for (int i = 0; i <= int(Cause::NginxNotRunning); ++i)
            QVERIFY2(causes.contains(causeCode(Cause(i))), qPrintable(causeCode(Cause(i))));
        QVERIFY(causes.contains(QStringLiteral("none")));
        QVERIFY2(hard >= 6, qPrintable(QString::number(hard)));
    }

    void everyFileInTheSourceTreeIsEmbedded()
    {
        const QDir source(QStringLiteral(GD_PRACTICE_SOURCE_DIR));
        const QStringList files = source.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        const QStringList embedded =
            QDir(ScenarioCatalog::builtInDirectory()).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &file : files)
            QVERIFY2(embedded.contains(file),
                     qPrintable(file + QStringLiteral(" is not in resources/practice.qrc")));
        // The installed copy and the embedded one are the same files.
        const ScenarioCatalog fromSource = ScenarioCatalog::loadFrom({source.path()});
        QVERIFY(fromSource.errors().isEmpty());
        QCOMPARE(fromSource.scenarios().size(), files.size());
    }

    void badScenariosAreReportedWithTheReason_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("cause") << QStringLiteral("cause") << QJsonValue(QStringLiteral("slow_disk"))
                               << QStringLiteral("cause");
        QTest::newRow("fault type") << QStringLiteral("faults")
                                    << QJsonValue(QJsonArray{
                                           QJsonObject{{QStringLiteral("type"), QStringLiteral("reboot")}}})
                                    << QStringLiteral("unknown fault type");
        QTest::newRow("fault keys") << QStringLiteral("faults")
                                    << QJsonValue(QJsonArray{QJsonObject{
                                           {QStringLiteral("type"), QStringLiteral("tight_timeout")}}})
                                    << QStringLiteral("needs");
        QTest::newRow("placeholder") << QStringLiteral("ticket")
                                     << QJsonValue(QStringLiteral("see {nowhere}"))
                                     << QStringLiteral("unknown placeholders: nowhere");
        QTest::newRow("fix kind") << QStringLiteral("fix")
                                  << QJsonValue(QJsonArray{
                                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("shell")}}})
                                  << QStringLiteral("edit or command");
        QTest::newRow("edit without old")
            << QStringLiteral("fix")
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("edit")},
                                                 {QStringLiteral("file"), QStringLiteral("etc/x")},
                                                 {QStringLiteral("new"), QStringLiteral("y")}}})
            << QStringLiteral("\"old\"");
        QTest::newRow("hint ladder") << QStringLiteral("hints")
                                     << QJsonValue(QJsonArray{
                                            QJsonObject{{QStringLiteral("question"), QStringLiteral("q")}}})
                                     << QStringLiteral("where");
    }

    void badScenariosAreReportedWithTheReason()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QJsonObject json = minimalScenario();
        json.insert(key, value);
        QFile file(dir.filePath(QStringLiteral("mini.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();
        const ScenarioCatalog catalog = ScenarioCatalog::loadFrom({dir.path()});
        QVERIFY(catalog.scenarios().isEmpty());
        QCOMPARE(catalog.errors().size(), 1);
        QVERIFY2(catalog.errors().first().message().contains(reason),
                 qPrintable(catalog.errors().first().message()));
    }

    void theSameSeedGivesTheSameRun()
    {
        const Result<Scenario, LabError> s = Scenario::fromJson(minimalScenario(), QStringLiteral("mini"));
        QVERIFY(s);
        const auto a = ScenarioParams::resolve(*s, 42, pool());
        const auto b = ScenarioParams::resolve(*s, 42, pool());
        QVERIFY(a && b);
        QCOMPARE(*a, *b);
        const int p = a->value(QStringLiteral("p")).toInt();
        const int q = a->value(QStringLiteral("q")).toInt();
        QVERIFY2(q - p >= 1 && q - p <= 3, qPrintable(QStringLiteral("%1 %2").arg(p).arg(q)));
        // A quiet port has no listener within 10 ports: 30037 is next to 30040.
        QVERIFY(std::abs(p - 30040) > 10);
        const int n = a->value(QStringLiteral("n")).toInt();
        QVERIFY(n >= 10 && n <= 20);
        // Other seeds give other runs (over a few seeds, not every value can repeat).
        QSet<QString> sites;
        for (quint64 seed = 1; seed < 40; ++seed)
            sites.insert(ScenarioParams::resolve(*s, seed, pool())->value(QStringLiteral("site")));
        QVERIFY(sites.size() > 1);
    }

    void expandLeavesUnknownNamesAndNginxBraces()
    {
        const ParamValues v{{QStringLiteral("site"), QStringLiteral("shop")}};
        QCOMPARE(ScenarioParams::expand(
                     QStringLiteral("server { server_name {site}.example.org; } {other} ${x}"), v),
                 QStringLiteral("server { server_name shop.example.org; } {other} ${x}"));
    }

    void fixActionsHaveExactlyTheAgreedShape()
    {
        LabFixAction edit;
        edit.file = QStringLiteral("/lab/etc/nginx/sites-available/shop");
        edit.line = 6;
        edit.oldLine = QStringLiteral("        proxy_read_timeout 200ms;");
        edit.newText = QStringLiteral("        proxy_read_timeout 60s;\n        proxy_send_timeout 60s;");
        const QJsonObject e = edit.toJson();
        QCOMPARE(e.keys(),
                 (QStringList{QStringLiteral("file"), QStringLiteral("kind"), QStringLiteral("line"),
                              QStringLiteral("new"), QStringLiteral("old")}));
        QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("edit"));
        QCOMPARE(e.value(QStringLiteral("line")).toInt(), 6);
        LabFixAction command;
        command.kind = LabFixAction::Kind::Command;
        command.argv = {QStringLiteral("nft"), QStringLiteral("delete"), QStringLiteral("rule")};
        command.asRoot = true;
        command.host = QStringLiteral("nginx");
        const QJsonObject c = command.toJson();
        QCOMPARE(c.keys(), (QStringList{QStringLiteral("argv"), QStringLiteral("as_root"),
                                        QStringLiteral("host"), QStringLiteral("kind")}));
        QCOMPARE(c.value(QStringLiteral("as_root")).toBool(), true);
        // Round trip.
        QCOMPARE(LabFixAction::fromJson(e)->toJson(), e);
        QCOMPARE(LabFixAction::fromJson(c)->toJson(), c);
    }

    void textLinesFindReplaceAndReadSettings()
    {
        QString text = QStringLiteral("a {\n    proxy_read_timeout 1s;\n    # proxy_read_timeout 9s;\n}\n");
        QCOMPARE(TextLines::find(text, QStringLiteral("    proxy_read_timeout 1s;")), QList<int>{2});
        QVERIFY(
            TextLines::replaceLine(text, QStringLiteral("    proxy_read_timeout 1s;"),
                                   QStringLiteral("    proxy_read_timeout 5s;\n    proxy_send_timeout 5s;")));
        QVERIFY(!TextLines::replaceLine(text, QStringLiteral("not there"), QString()));
        const QList<TextLines::Setting> s = TextLines::settings(text, QStringLiteral("proxy_read_timeout"));
        QCOMPARE(s.size(), 1); // the commented one does not count
        QCOMPARE(s.first().value, QStringLiteral("5s"));
        QCOMPARE(s.first().line, 2);
        const QList<TextLines::Setting> ini = TextLines::settings(
            QStringLiteral("pm.max_children = 16 ; no\ntimeout = 30\n"), QStringLiteral("timeout"));
        QCOMPARE(ini.size(), 1);
        QCOMPARE(ini.first().value, QStringLiteral("30"));
        QCOMPARE(TextLines::findActive(QStringLiteral("x\n  # server a down;\n  server a down;\n"),
                                       QStringLiteral("server a down;")),
                 3);
    }

    void thresholdsCompareInTheirUnit()
    {
        QCOMPARE(EditFault::atLeast(QStringLiteral("2s"), QStringLiteral("1s"), QStringLiteral("duration")),
                 true);
        QCOMPARE(
            EditFault::atLeast(QStringLiteral("200ms"), QStringLiteral("1s"), QStringLiteral("duration")),
            false);
        QCOMPARE(EditFault::atLeast(QStringLiteral("16k"), QStringLiteral("16k"), QStringLiteral("size")),
                 true);
        QCOMPARE(EditFault::atLeast(QStringLiteral("4k"), QStringLiteral("16k"), QStringLiteral("size")),
                 false);
        QCOMPARE(EditFault::atLeast(QStringLiteral("30s"), QStringLiteral("5"), QStringLiteral("seconds")),
                 true);
        QCOMPARE(EditFault::atLeast(QStringLiteral("0"), QStringLiteral("5"), QStringLiteral("seconds")),
                 true);
        QCOMPARE(EditFault::atLeast(QStringLiteral("2"), QStringLiteral("8"), QStringLiteral("number")),
                 false);
        QVERIFY(!EditFault::atLeast(QStringLiteral("lots"), QStringLiteral("8"), QStringLiteral("number")));
    }

    void everyFaultTypeBuilds()
    {
        for (const QString &type : FaultFactory::types()) {
            const auto fault = FaultFactory::create({{QStringLiteral("type"), type}});
            QVERIFY2(fault, qPrintable(type));
            QCOMPARE(fault->type(), type);
        }
        QVERIFY(!FaultFactory::create({{QStringLiteral("type"), QStringLiteral("rm -rf")}}));
    }

    void scoreLinesAddUp()
    {
        Debrief d;
        d.fixed = true;
        d.startedAt = QDateTime::currentDateTimeUtc();
        d.fixedAt = d.startedAt.addSecs(120);
        d.parMinutes = 10;
        d.namedCause = QStringLiteral("upstream_down");
        d.namedCorrectly = true;
        d.namedBeforeFirstChange = true;
        d.hintsUsed = 2; // question and where: -5 -10
        d.failedChecks = 1;
        d.habits << DebriefHabit{QStringLiteral("tested_before_reload"),
                                 QStringLiteral("t"),
                                 DebriefHabit::Status::Met,
                                 {}}
                 << DebriefHabit{QStringLiteral("backup_before_edit"),
                                 QStringLiteral("b"),
                                 DebriefHabit::Status::Missed,
                                 {}};
        PracticeScore::compute(d);
        QCOMPARE(d.total, 100 + 15 - 5 - 10 - 5 + 2 + 10);
        int sum = 0;
        for (const DebriefScoreLine &l : d.score)
            sum += l.points;
        QCOMPARE(sum, d.total);
        d.solvedByLab = true;
        PracticeScore::compute(d);
        QCOMPARE(d.total, 0);
    }

    void debriefExportsRoundTripAndRender()
    {
        Debrief d;
        d.scenarioId = QStringLiteral("upstream-down");
        d.title = QStringLiteral("The <app> is down");
        d.ticket = QStringLiteral("502 since 06:00");
        d.expectedCause = QStringLiteral("upstream_down");
        d.startedAt = QDateTime::currentDateTimeUtc();
        d.endedAt = d.startedAt.addSecs(300);
        d.fixed = true;
        d.fixedAt = d.startedAt.addSecs(200);
        d.path << LabEvent{d.startedAt.addSecs(30),
                           QStringLiteral("change"),
                           QStringLiteral("changed x"),
                           {{QStringLiteral("diff"), QStringLiteral("--- a\n+++ b\n-x\n+y\n")}}};
        d.doctor = {{QStringLiteral("cause"), QStringLiteral("upstream_down")},
                    {QStringLiteral("steps"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("step"), 1},
                         {QStringLiteral("title"), QStringLiteral("Is the upstream running?")},
                         {QStringLiteral("status"), QStringLiteral("fail")},
                         {QStringLiteral("evidence"), QStringLiteral("111: Connection refused")}}}}};
        PracticeScore::compute(d);
        const Debrief back = Debrief::fromJson(d.toJson());
        QCOMPARE(back.toJson(), d.toJson());
        const QString md = DebriefMarkdown::render(d);
        QVERIFY(md.contains(QLatin1String("# Practice debrief: The <app> is down")));
        QVERIFY(md.contains(QLatin1String("```diff")));
        QVERIFY(md.contains(QLatin1String("111: Connection refused")));
        QVERIFY(md.contains(QLatin1String("| **total** |")));
        const QString html = DebriefHtml::render(d);
        QVERIFY(html.contains(QLatin1String("The &lt;app&gt; is down")));
        QVERIFY(html.contains(QLatin1String("+++ b")));
        QVERIFY(!html.contains(QLatin1String("<script")));
    }

    void labTreeParsesTheHelpersListing()
    {
        const QByteArray listing = "DIR 0755 100 0 33 etc\n"
                                   "FILE 0644 101 6 etc/a b.conf\nhello\n\n"
                                   "LINK etc/x\n../y\n"
                                   "SOCK 0660 0 33 run/app.sock\n"
                                   "BIG 0644 102 9999999 var/big.log\n"
                                   "MISSING etc/gone\n";
        const LabTree tree = LabTree::parse(listing);
        QCOMPARE(tree.entries().size(), 6);
        QCOMPARE(tree.entry(QStringLiteral("etc/a b.conf"))->content, QByteArray("hello\n"));
        QCOMPARE(tree.entry(QStringLiteral("etc"))->gid, 33u);
        QCOMPARE(tree.entry(QStringLiteral("etc/x"))->linkTarget, QStringLiteral("../y"));
        QCOMPARE(tree.entry(QStringLiteral("run/app.sock"))->mode, 0660);
        QCOMPARE(tree.entry(QStringLiteral("var/big.log"))->size, 9999999);
        QCOMPARE(tree.entry(QStringLiteral("etc/gone"))->type, LabEntry::Type::Missing);
        QCOMPARE(tree.fileHashes().size(), 2); // the file and the link
    }
};

QTEST_GUILESS_MAIN(TestPracticeCatalog)
#include "tst_practicecatalog.moc"

// LineDiff against the real `diff -u` (GNU diffutils), byte for byte, on the same
// inputs: real config files and the planner's real edits of them, many-hunk edits of
// real files, line-end and final-newline corner cases, and random small texts full of
// repeated lines (where the choice among equally short diffs shows).
#include "app/fixes/ConfigEditPlanner.h"
#include "app/fixes/LineDiff.h"
#include "tests/fixes/FixesTestData.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace gd;

namespace {

const QString kOld = QStringLiteral("a/etc/nginx/sites-enabled/default");
const QString kNew = QStringLiteral("b/etc/nginx/sites-enabled/default");

bool haveDiff()
{
    QProcess p;
    p.start(QStringLiteral("diff"), {QStringLiteral("--version")});
    return p.waitForFinished(5000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// `diff -u` with the paths as labels: its --- / +++ lines then carry no timestamps.
QByteArray realDiff(const QByteArray &oldBytes, const QByteArray &newBytes, int context, bool minimal = false)
{
    QTemporaryDir dir;
    QFile a(dir.filePath(QStringLiteral("a"))), b(dir.filePath(QStringLiteral("b")));
    if (!a.open(QIODevice::WriteOnly) || a.write(oldBytes) != oldBytes.size() ||
        !b.open(QIODevice::WriteOnly) || b.write(newBytes) != newBytes.size())
        return "could not write the inputs";
    a.close();
    b.close();
    QProcess diff;
    // -a: lines are lines, even with NUL bytes in them (no "Binary files differ").
    QStringList args = {QStringLiteral("-a"),
                        QStringLiteral("-U%1").arg(context),
                        QStringLiteral("--label"),
                        kOld,
                        QStringLiteral("--label"),
                        kNew,
                        a.fileName(),
                        b.fileName()};
    if (minimal)
        args.prepend(QStringLiteral("--minimal"));
    diff.start(QStringLiteral("diff"), args);
    if (!diff.waitForFinished(20000) || diff.exitStatus() != QProcess::NormalExit || diff.exitCode() > 1)
        return "diff failed: " + diff.readAllStandardError();
    return diff.readAllStandardOutput();
}

QByteArray fromLines(const QList<QByteArray> &lines)
{
    return lines.join();
}

QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype from = 0;
    while (from < bytes.size()) {
        qsizetype nl = bytes.indexOf('\n', from);
        nl = nl < 0 ? bytes.size() : nl + 1;
        lines.append(bytes.mid(from, nl - from));
        from = nl;
    }
    return lines;
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cornerCases_data();
    void cornerCases();
    void realFilesManyHunks_data();
    void realFilesManyHunks();
    void plannerEdits();
    void randomRepetitiveTexts();
    void largeFile();
    void unifiedIsUtf8();
};

void TestLineDiff::initTestCase()
{
    if (!haveDiff())
        QSKIP("diff (GNU diffutils) is not installed");
}

void TestLineDiff::cornerCases_data()
{
    QTest::addColumn<QByteArray>("oldBytes");
    QTest::addColumn<QByteArray>("newBytes");
    QTest::addColumn<int>("context");
    const QByteArray block =
        "server {\n    listen 80;\n    location / {\n        proxy_pass http://a;\n    }\n}\n";
    QTest::newRow("identical") << block << block << 3;
    QTest::newRow("empty to text") << QByteArray() << block << 3;
    QTest::newRow("text to empty") << block << QByteArray() << 3;
    QTest::newRow("one line, no newline either side") << QByteArray("a") << QByteArray("b") << 3;
    QTest::newRow("newline added at the end") << QByteArray("a\nb") << QByteArray("a\nb\n") << 3;
    QTest::newRow("newline removed at the end") << QByteArray("a\nb\n") << QByteArray("a\nb") << 3;
    QTest::newRow("no newline, change before the end")
        << QByteArray("a\nb\nc\nd\ne") << QByteArray("a\nX\nc\nd\ne") << 1;
    QTest::newRow("no newline, last line changed") << QByteArray("a\nb\nc") << QByteArray("a\nb\nC") << 3;
    QTest::newRow("CRLF") << QByteArray("a\r\nb\r\nc\r\n") << QByteArray("a\r\nB\r\nc\r\n") << 3;
    QTest::newRow("CRLF to LF") << QByteArray("a\r\nb\r\n") << QByteArray("a\nb\n") << 3;
    QTest::newRow("insert at the top") << block << "# gateway doctor\n" + block << 3;
    QTest::newRow("insert at the bottom") << block << block + "# end\n" << 3;
    QTest::newRow("insert before a repeated }")
        << block
        << QByteArray("server {\n    listen 80;\n    location / {\n        proxy_pass "
                      "http://a;\n    }\n    proxy_read_timeout 75s;\n}\n")
        << 3;
    QTest::newRow("blank line removed among blanks")
        << QByteArray("a\n\n\n\nb\n") << QByteArray("a\n\n\nb\n") << 3;
    QTest::newRow("blank line added among blanks")
        << QByteArray("a\n\n\nb\n\n\nc\n") << QByteArray("a\n\n\nb\n\n\n\nc\n") << 3;
    QTest::newRow("context 0") << QByteArray("a\nb\nc\nd\ne\nf\n") << QByteArray("a\nB\nc\nd\nE\nf\n") << 0;
    QTest::newRow("context 0, pure insert") << QByteArray("a\nb\n") << QByteArray("a\nX\nb\n") << 0;
    QTest::newRow("context 0, pure delete") << QByteArray("a\nX\nb\n") << QByteArray("a\nb\n") << 0;
    QTest::newRow("hunks joined at 2×context")
        << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n") << QByteArray("1\nX\n3\n4\n5\n6\n7\nY\n9\n") << 3;
    QTest::newRow("hunks apart at 2×context+1") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n")
                                                << QByteArray("1\nX\n3\n4\n5\n6\n7\n8\nY\n10\n") << 3;
    QTest::newRow("swap") << QByteArray("a\nb\n") << QByteArray("b\na\n") << 3;
    QTest::newRow("all different") << QByteArray("a\nb\nc\n") << QByteArray("x\ny\n") << 3;
    QTest::newRow("non-UTF-8 bytes") << QByteArray("caf\xe9\nb\n") << QByteArray("caf\xe9\nB\n") << 3;
    QTest::newRow("NUL bytes") << QByteArray("a\0b\nc\n", 6) << QByteArray("a\0b\nC\n", 6) << 3;
}

void TestLineDiff::cornerCases()
{
    QFETCH(QByteArray, oldBytes);
    QFETCH(QByteArray, newBytes);
    QFETCH(int, context);
    const QByteArray ours = LineDiff::unifiedBytes(kOld, oldBytes, kNew, newBytes, context);
    QCOMPARE(ours, realDiff(oldBytes, newBytes, context));
}

void TestLineDiff::realFilesManyHunks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("context");
    const QStringList files = {QStringLiteral("debian/nginx.conf"),
                               QStringLiteral("debian/mime.types"),
                               QStringLiteral("debian/sites-enabled/default"),
                               QStringLiteral("debian/fastcgi_params"),
                               QStringLiteral("php-fpm/www.conf"),
                               QStringLiteral("multisite/sites-enabled/api.example.org.conf")};
    for (const QString &file : files) {
        for (int seed = 1; seed <= 8; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("%1 #%2").arg(file).arg(seed)))
                << file << seed << (seed % 4 == 0 ? 1 : 3);
    }
}

// Real files with edits scattered through them: lines changed, dropped, added, some
// duplicated from elsewhere in the file (so they are not unique), giving many hunks.
void TestLineDiff::realFilesManyHunks()
{
    QFETCH(QString, file);
    QFETCH(int, seed);
    QFETCH(int, context);
    const QByteArray original = gd::test::readFixesData(file);
    QVERIFY(!original.isEmpty());
    QList<QByteArray> lines = linesOf(original);
    QRandomGenerator random{quint32(seed)};
    const int edits = 3 + random.bounded(int(lines.size()) / 8 + 1);
    for (int e = 0; e < edits && !lines.isEmpty(); ++e) {
        const int at = random.bounded(int(lines.size()));
        switch (random.bounded(4)) {
        case 0:
            lines[at] = "# changed " + QByteArray::number(e) + '\n';
            break;
        case 1:
            lines.removeAt(at);
            break;
        case 2:
            lines.insert(at, lines.at(random.bounded(int(lines.size()))));
            break;
        default:
            lines.insert(at, "\tproxy_read_timeout " + QByteArray::number(e) + "s;\n");
            break;
        }
    }
    if (seed % 3 == 0 && !lines.isEmpty())
        lines.last().chop(1); // and the last line break gone
    const QByteArray edited = fromLines(lines);
    const QByteArray expected = realDiff(original, edited, context);
    QCOMPARE(LineDiff::unifiedBytes(kOld, original, kNew, edited, context), expected);
    QVERIFY(expected.count("\n@@ ") >= 1);
}

// What the fix shows before it writes: the planner's edits of real trees, for every
// server and location (and http) of each.
void TestLineDiff::plannerEdits()
{
    if (!gd::test::NginxJudge::available())
        QSKIP("nginx is not installed");
    const QList<SettingChange> changes = {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")},
                                          {QStringLiteral("fastcgi_read_timeout"), QStringLiteral("300s")},
                                          {QStringLiteral("proxy_buffers"), QStringLiteral("16 8k")}};
    int compared = 0;
    for (const QString &tree :
         {QStringLiteral("debian"), QStringLiteral("multisite"), QStringLiteral("shared")}) {
        gd::test::NginxJudge nginx;
        QVERIFY(nginx.copyTree(tree));
        const Result<NginxConfig, ConfigError> config = NginxConfig::fromDump(nginx.dump());
        QVERIFY(config.ok());
        for (int i = -1; i < config->size(); ++i) {
            const NginxDirective *block = i < 0 ? nullptr : &config->directive(i);
            if (block && (!block->block || (block->name != QLatin1String("location") &&
                                            block->name != QLatin1String("server"))))
                continue;
            const Result<QStringList, FixError> files =
                ConfigEditPlanner::filesToEdit(config.value(), block, changes);
            if (!files.ok())
                continue; // a server outside http {}
            for (const QString &path : files.value()) {
                const Result<FileEdit, FixError> edit =
                    ConfigEditPlanner::apply(config.value(), block, changes, path, nginx.read(path));
                QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().message()));
                QCOMPARE(LineDiff::unifiedBytes(kOld, edit->before, kNew, edit->after, 3),
                         realDiff(edit->before, edit->after, 3));
                ++compared;
            }
        }
    }
    QVERIFY(compared >= 40);
}

// Short texts from a handful of lines ("}", blank, two directives, no final newline):
// many equally short diffs exist; ours must be the one diff prints. Here against
// `diff --minimal`: by default diff first sets aside lines that occur in one file only
// (or very often), a speed-up that can make it print another of the equally short
// diffs (or a longer one) when lines repeat this much. On real files (the tests above)
// plain `diff -u` and ours agree.
void TestLineDiff::randomRepetitiveTexts()
{
    const QList<QByteArray> alphabet = {"}\n", "\n", "a;\n", "b;\n", "    }\n", "c;"};
    QRandomGenerator random(7);
    int differing = 0, differingFromPlain = 0;
    QByteArray firstFailure;
    for (int n = 0; n < 600; ++n) {
        auto text = [&](int maxLines) {
            QByteArray t;
            const int count = random.bounded(maxLines + 1);
            for (int i = 0; i < count; ++i) {
                const QByteArray &line = alphabet.at(random.bounded(int(alphabet.size())));
                t += line.endsWith('\n') || i == count - 1 ? line : line + '\n';
            }
            return t;
        };
        const QByteArray a = text(12);
        QByteArray b = a;
        // Mostly small edits of a, sometimes an unrelated text.
        if (random.bounded(4) == 0) {
            b = text(12);
        } else {
            QList<QByteArray> lines = linesOf(a);
            for (int e = random.bounded(1, 4); e > 0; --e) {
                const int at = lines.isEmpty() ? 0 : random.bounded(int(lines.size()) + 1);
                if (random.bounded(2) == 0 && at < lines.size())
                    lines.removeAt(at);
                else
                    lines.insert(at, alphabet.at(random.bounded(int(alphabet.size()) - 1)));
            }
            b = fromLines(lines);
        }
        const int context = random.bounded(4);
        const QByteArray expected = realDiff(a, b, context, true);
        const QByteArray ours = LineDiff::unifiedBytes(kOld, a, kNew, b, context);
        if (ours != realDiff(a, b, context))
            ++differingFromPlain;
        if (ours != expected) {
            ++differing;
            if (firstFailure.isEmpty())
                firstFailure = "old:\n" + a + "\nnew:\n" + b + "\ndiff -u:\n" + expected + "\nours:\n" + ours;
        }
    }
    qInfo("600 texts: %d differ from diff --minimal -u, %d from plain diff -u", differing,
          differingFromPlain);
    QVERIFY2(differing == 0, qPrintable(QString::number(differing) + QLatin1String(" differ; first:\n") +
                                        QString::fromLatin1(firstFailure)));
}

// A whole file rewritten: linear space, and still what diff says.
void TestLineDiff::largeFile()
{
    QByteArray a, b;
    for (int i = 0; i < 20000; ++i) {
        a += "line " + QByteArray::number(i) + '\n';
        b += (i % 3 == 0 ? "other " : "line ") + QByteArray::number(i % 2 == 0 ? i : i + 7) + '\n';
    }
    QElapsedTimer timer;
    timer.start();
    const QByteArray ours = LineDiff::unifiedBytes(kOld, a, kNew, b, 3);
    qInfo("20000 lines, mostly changed: %lld ms", timer.elapsed());
    QCOMPARE(ours, realDiff(a, b, 3));
}

void TestLineDiff::unifiedIsUtf8()
{
    const QByteArray a = "# Caf\xc3\xa9\nproxy_read_timeout 60s;\n";
    const QByteArray b = "# Caf\xc3\xa9\nproxy_read_timeout 75s;\n";
    const QString text = LineDiff::unified(QStringLiteral("old"), a, QStringLiteral("new"), b);
    QCOMPARE(text, QStringLiteral("--- old\n+++ new\n@@ -1,2 +1,2 @@\n # Caf\u00e9\n-proxy_read_timeout "
                                  "60s;\n+proxy_read_timeout 75s;\n"));
    QVERIFY(LineDiff::unified(QStringLiteral("old"), a, QStringLiteral("new"), a).isEmpty());
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"

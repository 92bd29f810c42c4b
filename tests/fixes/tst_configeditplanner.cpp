// ConfigEditPlanner on real config trees (tests/data/fixes: Debian's own files, the
// lab's multi-site config with CRLF, ISO-8859-1 and no-final-newline files, a shared
// snippet). Every edit is checked four ways: undoing exactly the recorded changes gives
// the original bytes back (nothing else moved), the real nginx -t accepts the edited
// tree, nginx -T of it parses into the new effective values for the block (and only
// there), and the places the planner reports are where the directives now are.
#include "app/config/NginxTokenizer.h"
#include "app/fixes/ChangeValidator.h"
#include "app/fixes/ConfigEditPlanner.h"
#include "tests/fixes/FixesTestData.h"

#include <QtTest>

#include <memory>

using namespace gd;
using gd::test::NginxJudge;

namespace {

struct BlockRef
{
    QString fileSuffix; // empty with name "http": the http block (nullptr)
    QString name;
    QString args;
    int line = 0; // 0: the first block that matches
};

std::unique_ptr<NginxConfig> load(const NginxJudge &nginx)
{
    const QString dump = nginx.dump();
    if (dump.isEmpty())
        return nullptr;
    Result<NginxConfig, ConfigError> config = NginxConfig::fromDump(dump);
    return config.ok() ? std::make_unique<NginxConfig>(std::move(config).value()) : nullptr;
}

const NginxDirective *findBlock(const NginxConfig &config, const BlockRef &ref)
{
    for (int i = 0; i < config.size(); ++i) {
        const NginxDirective &d = config.directive(i);
        if (d.block && d.name == ref.name && d.args.join(QLatin1Char(' ')) == ref.args &&
            d.file.endsWith(ref.fileSuffix) && (ref.line == 0 || d.line == ref.line))
            return &d;
    }
    return nullptr;
}

bool isMergeLevel(const NginxDirective &d)
{
    static const QStringList names = {QStringLiteral("http"), QStringLiteral("server"),
                                      QStringLiteral("location"), QStringLiteral("if"),
                                      QStringLiteral("limit_except")};
    return d.block && names.contains(d.name);
}

bool isWithin(const NginxConfig &config, const NginxDirective *d, const NginxDirective *ancestor)
{
    for (const NginxDirective *p = d; p; p = config.parent(*p)) {
        if (p == ancestor)
            return true;
    }
    return false;
}

// The recorded changes taken back out of `after`: must give `before` byte for byte.
QByteArray undo(const FileEdit &edit)
{
    QByteArray text = edit.after;
    auto lineStart = [&text](int line) -> qsizetype {
        qsizetype at = 0;
        for (int l = 1; l < line && at >= 0; ++l) {
            at = text.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return at;
    };
    QList<FileEdit::Change> changes = edit.changes;
    std::stable_sort(changes.begin(), changes.end(),
                     [](const auto &a, const auto &b) { return a.line > b.line; });
    for (const FileEdit::Change &c : std::as_const(changes)) {
        const qsizetype begin = lineStart(c.line);
        if (begin < 0)
            return "line out of range";
        qsizetype end = text.indexOf('\n', begin);
        end = end < 0 ? text.size() : end + 1;
        const QByteArray directive = c.directive.toLatin1() + ' ' + c.newValue.toLatin1() + ';';
        if (c.inserted) {
            if (text.mid(begin, end - begin).trimmed() == directive) {
                text.remove(begin, end - begin); // a line of its own
            } else {
                const qsizetype at = text.indexOf(' ' + directive, begin);
                if (at < 0 || at >= end)
                    return "inserted text not on its line";
                text.remove(at, directive.size() + 1);
            }
        } else {
            // The value may be on a later line than the directive's name.
            const qsizetype name = text.indexOf(c.directive.toLatin1(), begin);
            const qsizetype value =
                name < 0 || name >= end ? -1 : text.indexOf(c.newValue.toLatin1(), name + c.directive.size());
            if (value < 0)
                return "new value not after its directive";
            text.replace(value, c.newValue.size(), c.oldValue.toLatin1());
        }
    }
    return text;
}

QString quoted(const QByteArray &bytes)
{
    return latin1Text(bytes).replace(QLatin1String("\r"), QLatin1String("\\r"));
}

} // namespace

class TestConfigEditPlanner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tokenizerOffsets_data();
    void tokenizerOffsets();
    void tokenizerOffsetsOfRawTokens();
    void debianHttpInsert();
    void debianLocationInsertsKeepOrderAndTabs();
    void crlfInPlaceAndInsert();
    void latin1CommentsStay();
    void binaryBytesStay();
    void oneLineBlocks();
    void ifBlockMeansItsLocation();
    void sharedSnippetEditedInPlace();
    void quotedValueKeepsItsQuotes();
    void blockShapes_data();
    void blockShapes();
    void everyBlockOfEveryTree_data();
    void everyBlockOfEveryTree();
    void fileChanged();
    void refusals();

private:
    // Edits `tree` for `changes` to `block`, checks the result every way (see the top),
    // and leaves the edits in *edits. Failures end the calling test.
    void editAndCheck(const QString &tree, const BlockRef &block, const QList<SettingChange> &changes,
                      QList<FileEdit> *edits = nullptr);
};

void TestConfigEditPlanner::initTestCase()
{
    if (!NginxJudge::available())
        QSKIP("nginx is not installed");
}

void TestConfigEditPlanner::tokenizerOffsets_data()
{
    QTest::addColumn<QString>("tree");
    QTest::newRow("debian") << "debian";
    QTest::newRow("multisite") << "multisite";
    QTest::newRow("shared") << "shared";
}

// Every directive's recorded offsets point at its own tokens in the file's bytes.
void TestConfigEditPlanner::tokenizerOffsets()
{
    QFETCH(QString, tree);
    QDirIterator it(gd::test::fixesDataPath(tree), QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = latin1Text(file.readAll());
        const NginxFileSyntax syntax = NginxTokenizer::parse(path, text);
        for (const NginxDirective &d : syntax.directives) {
            const QString at = QStringLiteral("%1:%2").arg(path).arg(d.line);
            QVERIFY2(d.begin >= 0, qPrintable(at));
            // A quoted name (a map key) starts at its quote.
            const bool quotedName =
                text.at(d.begin) == QLatin1Char('"') || text.at(d.begin) == QLatin1Char('\'');
            QVERIFY2(text.mid(d.begin + (quotedName ? 1 : 0), d.name.size()) == d.name, qPrintable(at));
            QCOMPARE(int(text.left(d.begin).count(QLatin1Char('\n'))) + 1, d.line);
            QVERIFY2(d.end > d.begin && text.at(d.end - 1) == QLatin1Char(d.block ? '}' : ';'),
                     qPrintable(at));
            QCOMPARE(int(text.left(d.end).count(QLatin1Char('\n'))) + 1, d.endLine);
            if (d.block)
                QVERIFY2(d.bodyBegin > d.begin && text.at(d.bodyBegin - 1) == QLatin1Char('{'),
                         qPrintable(at));
            QCOMPARE(d.argSpans.size(), d.args.size());
            for (int i = 0; i < d.args.size(); ++i) {
                const QString raw =
                    text.mid(d.argSpans.at(i).begin, d.argSpans.at(i).end - d.argSpans.at(i).begin);
                // The same word read on its own is the same arg.
                const NginxFileSyntax word = NginxTokenizer::parse(path, QStringLiteral("x %1;").arg(raw));
                QVERIFY2(word.directives.size() == 1 &&
                             word.directives.front().args == QStringList{d.args.at(i)},
                         qPrintable(at + QLatin1Char(' ') + raw));
            }
            ++checked;
        }
    }
    QVERIFY(checked > 20);
}

void TestConfigEditPlanner::tokenizerOffsetsOfRawTokens()
{
    const QString text = QStringLiteral("a \"q 1\" 'q2' b\\ c;\nlocation /x {y 1;}\n\"n\" v");
    const NginxFileSyntax s = NginxTokenizer::parse(QStringLiteral("/t"), text);
    QCOMPARE(int(s.directives.size()), 4);
    const NginxDirective &a = s.directives[0];
    QCOMPARE(a.args, (QStringList{QStringLiteral("q 1"), QStringLiteral("q2"), QStringLiteral("b\\ c")}));
    QCOMPARE(text.mid(a.argSpans[0].begin, a.argSpans[0].end - a.argSpans[0].begin),
             QStringLiteral("\"q 1\""));
    QCOMPARE(text.mid(a.argSpans[1].begin, a.argSpans[1].end - a.argSpans[1].begin), QStringLiteral("'q2'"));
    QCOMPARE(text.mid(a.argSpans[2].begin, a.argSpans[2].end - a.argSpans[2].begin), QStringLiteral("b\\ c"));
    QCOMPARE(a.end, int(text.indexOf(QLatin1Char(';'))) + 1);
    const NginxDirective &loc = s.directives[1];
    QCOMPARE(loc.bodyBegin, int(text.indexOf(QLatin1Char('{'))) + 1);
    QCOMPARE(loc.end, int(text.indexOf(QLatin1Char('}'))) + 1);
    const NginxDirective &y = s.directives[2];
    QCOMPARE(y.begin, loc.bodyBegin); // "{y": no space between
    // Not terminated at the end of the file: no end, but the words are there.
    const NginxDirective &n = s.directives[3];
    QCOMPARE(n.begin, int(text.lastIndexOf(QStringLiteral("\"n\""))));
    QCOMPARE(n.end, -1);
    QCOMPARE(text.mid(n.argSpans[0].begin), QStringLiteral("v"));
}

void TestConfigEditPlanner::editAndCheck(const QString &tree, const BlockRef &ref,
                                         const QList<SettingChange> &changes, QList<FileEdit> *edits)
{
    NginxJudge nginx;
    QVERIFY(nginx.copyTree(tree));
    QVERIFY2(nginx.test().ok, qPrintable(nginx.test().output));
    const std::unique_ptr<NginxConfig> before = load(nginx);
    QVERIFY(before);
    const NginxDirective *block = ref.name == QLatin1String("http") ? nullptr : findBlock(*before, ref);
    QVERIFY2(ref.name == QLatin1String("http") || block, qPrintable(ref.name + QLatin1Char(' ') + ref.args));

    const Result<QList<SettingChange>, FixError> valid = ChangeValidator::validate(changes, *before, block);
    QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().message()));
    const Result<QStringList, FixError> files = ConfigEditPlanner::filesToEdit(*before, block, valid.value());
    QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : files.error().message()));
    QVERIFY(!files->isEmpty());
    QList<FileEdit> made;
    int recorded = 0;
    for (const QString &path : files.value()) {
        const QByteArray bytes = nginx.read(path);
        const Result<FileEdit, FixError> edit =
            ConfigEditPlanner::apply(*before, block, valid.value(), path, bytes);
        QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().message()));
        QCOMPARE(edit->path, path);
        QCOMPARE(edit->before, bytes);
        QVERIFY(edit->after != bytes);
        QCOMPARE(quoted(undo(edit.value())), quoted(bytes));
        // Each change is on the line it says.
        QList<QByteArray> lines = edit->after.split('\n');
        for (const FileEdit::Change &c : edit->changes) {
            QVERIFY2(lines.value(c.line - 1).contains(c.directive.toLatin1() + ' ' + c.newValue.toLatin1()),
                     qPrintable(QStringLiteral("%1:%2 %3").arg(path).arg(c.line).arg(c.directive)));
        }
        recorded += int(edit->changes.size());
        QVERIFY(nginx.overwrite(path, edit->after));
        made.append(edit.value());
    }
    QCOMPARE(recorded, int(changes.size()));
    const gd::test::NginxVerdict verdict = nginx.test();
    QVERIFY2(verdict.ok, qPrintable(verdict.output));

    // The new effective values: the block and what inherits from it get the new value;
    // a value set in the edited place reaches everyone who read it there (a shared
    // snippet); nothing else changes anywhere.
    const std::unique_ptr<NginxConfig> after = load(nginx);
    QVERIFY(after);
    const NginxDirective *target = ConfigEditPlanner::targetBlock(*before, block).value();
    QList<const NginxDirective *> levels1, levels2;
    for (int i = 0; i < before->size(); ++i) {
        if (isMergeLevel(before->directive(i)))
            levels1.append(&before->directive(i));
    }
    for (int i = 0; i < after->size(); ++i) {
        if (isMergeLevel(after->directive(i)))
            levels2.append(&after->directive(i));
    }
    QCOMPARE(levels2.size(), levels1.size());
    QStringList names = EffectiveSettings::knownNames();
    for (const SettingChange &c : changes) {
        if (!names.contains(c.directive))
            names.append(c.directive);
    }
    for (int i = 0; i < levels1.size(); ++i) {
        const NginxDirective *b1 = levels1.at(i);
        QCOMPARE(levels2.at(i)->name, b1->name);
        QCOMPARE(levels2.at(i)->args, b1->args);
        const EffectiveSettings s1 = EffectiveSettings::of(*before, b1);
        const EffectiveSettings s2 = EffectiveSettings::of(*after, levels2.at(i));
        for (const QString &name : std::as_const(names)) {
            const EffectiveSetting v1 = s1.value(name);
            QString expected = v1.value();
            for (const SettingChange &c : valid.value()) {
                if (c.directive != name)
                    continue;
                if (const NginxDirective *existing = before->lastChild(target, name)) {
                    if (!v1.isDefault && v1.file == existing->file && v1.line == existing->line)
                        expected = c.value;
                } else if (isWithin(*before, b1, target)) {
                    const NginxDirective *setter =
                        v1.isDefault ? nullptr : before->parent(before->directive(v1.directiveIndex));
                    if (!setter || setter == target || !isWithin(*before, setter, target))
                        expected = c.value;
                }
            }
            QVERIFY2(s2.value(name).value() == expected,
                     qPrintable(QStringLiteral("%1 in %2: %3, expected %4")
                                    .arg(name, before->contextPath(*b1), s2.value(name).value(), expected)));
        }
    }
    if (edits)
        *edits = made;
}

void TestConfigEditPlanner::debianHttpInsert()
{
    QList<FileEdit> edits;
    editAndCheck(QStringLiteral("debian"), {{}, QStringLiteral("http"), {}},
                 {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}}, &edits);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(edits.size(), 1);
    QVERIFY(edits[0].path.endsWith(QLatin1String("/nginx.conf")));
    const QList<QByteArray> before = edits[0].before.split('\n');
    const int http = int(before.indexOf("http {")) + 1;
    QVERIFY(http > 0);
    QCOMPARE(edits[0].changes[0].line, http + 1);
    QVERIFY(edits[0].changes[0].inserted);
    // Right after "http {", indented like its children: with a tab, as Debian's file is.
    QCOMPARE(edits[0].after.split('\n').at(http), QByteArray("\tproxy_read_timeout 75s;"));
}

void TestConfigEditPlanner::debianLocationInsertsKeepOrderAndTabs()
{
    QList<FileEdit> edits;
    editAndCheck(QStringLiteral("debian"),
                 {QStringLiteral("sites-enabled/default"), QStringLiteral("location"), QStringLiteral("/")},
                 {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")},
                  {QStringLiteral("proxy_buffers"), QStringLiteral("16 8k")}},
                 &edits);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(edits.size(), 1);
    const QList<QByteArray> after = edits[0].after.split('\n');
    const int location = int(after.indexOf("\tlocation / {")) + 1;
    QVERIFY(location > 0);
    QCOMPARE(after.at(location), QByteArray("\t\tproxy_read_timeout 75s;"));
    QCOMPARE(after.at(location + 1), QByteArray("\t\tproxy_buffers 16 8k;"));
    QCOMPARE(edits[0].changes[0].line, location + 1);
    QCOMPARE(edits[0].changes[1].line, location + 2);
    QCOMPARE(edits[0].after.size(),
             edits[0].before.size() +
                 qsizetype(strlen("\t\tproxy_read_timeout 75s;\n\t\tproxy_buffers 16 8k;\n")));
}

void TestConfigEditPlanner::crlfInPlaceAndInsert()
{
    QList<FileEdit> edits;
    editAndCheck(QStringLiteral("multisite"),
                 {QStringLiteral("api.example.org.conf"), QStringLiteral("location"), QStringLiteral("/v2/")},
                 {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")},
                  {QStringLiteral("proxy_connect_timeout"), QStringLiteral("3s")}},
                 &edits);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(edits.size(), 1);
    const FileEdit &e = edits[0];
    QVERIFY(e.path.endsWith(QLatin1String("api.example.org.conf")));
    QCOMPARE(e.changes[0].oldValue, QStringLiteral("5m"));
    QVERIFY(!e.changes[0].inserted);
    QVERIFY(e.changes[1].inserted);
    QVERIFY(e.after.contains("        proxy_read_timeout 75s;\r\n        proxy_connect_timeout 3s;\r\n\r\n   "
                             "     location /v2/admin/"));
    QCOMPARE(e.after.count("\r\n"), e.after.count('\n')); // still CRLF everywhere
    QVERIFY(e.alsoAffects.isEmpty());
}

void TestConfigEditPlanner::latin1CommentsStay()
{
    QList<FileEdit> edits;
    editAndCheck(
        QStringLiteral("multisite"),
        {QStringLiteral("shop.example.org.conf"), QStringLiteral("location"), QStringLiteral("~ \\.php$")},
        {{QStringLiteral("fastcgi_read_timeout"), QStringLiteral("300s")},
         {QStringLiteral("fastcgi_buffer_size"), QStringLiteral("32k")}},
        &edits);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(edits.size(), 1);
    const FileEdit &e = edits[0];
    // The value changed, the ISO-8859-1 comment after it did not.
    QVERIFY(e.after.contains("        fastcgi_read_timeout 300s; # d\xe9lai: exports caf\xe9\n"
                             "        fastcgi_buffers 16 16k;\n        fastcgi_buffer_size 32k;\n    }\n"));
    QVERIFY(e.after.contains("location ~ \\.php$ { # PHP-FPM, g\xe9r\xe9 par l'\xe9quipe boutique\n"));
}

// nginx accepts a NUL and bytes that are not UTF-8 in a comment, and long lines: an edit
// next to them keeps every byte (Qt 5 cuts text at a NUL unless told the length, which
// would have written back half a file).
void TestConfigEditPlanner::binaryBytesStay()
{
    QList<FileEdit> edits;
    editAndCheck(QStringLiteral("multisite"),
                 {QStringLiteral("wildcards.conf"), QStringLiteral("location"), QStringLiteral("/")},
                 {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}}, &edits);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(edits.size(), 1);
    const FileEdit &e = edits[0];
    static const char raw[] = "    # binary: \0 \xff\xfe (not UTF-8)\n";
    const QByteArray binary(raw, sizeof(raw) - 1);
    QVERIFY(e.after.contains(binary));
    QVERIFY(e.after.contains("    # " + QByteArray(4000, 'x') + "\n"));
    QVERIFY2(e.after.contains("location / { proxy_pass http://127.0.0.1:7001; proxy_read_timeout 75s; }"),
             qPrintable(quoted(QByteArray(e.after).replace('\0', "\\0").mid(4100, 300))));
    QVERIFY(e.after.endsWith("location / { proxy_pass http://127.0.0.1:7004; }\n}\n"));
    QCOMPARE(e.after.size(), e.before.size() + qsizetype(sizeof("proxy_read_timeout 75s; ") - 1));
}

void TestConfigEditPlanner::oneLineBlocks()
{
    QList<FileEdit> edits;
    editAndCheck(
        QStringLiteral("multisite"),
        {QStringLiteral("tricky.conf"), QStringLiteral("location"), QStringLiteral("~* \\.(jpg|png|gif)$")},
        {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}}, &edits);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(edits[0].after.contains(
        "    location ~* \\.(jpg|png|gif)$ { proxy_read_timeout 75s; expires 30d; }\n"));

    // The last block of a file without a final line break: it still has none.
    editAndCheck(
        QStringLiteral("multisite"),
        {QStringLiteral("tricky.conf"), QStringLiteral("location"), QStringLiteral("~ ^/quoted/\\d{2,3}$")},
        {{QStringLiteral("proxy_send_timeout"), QStringLiteral("20s")},
         {QStringLiteral("proxy_read_timeout"), QStringLiteral("21s")}},
        &edits);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(edits[0].after.endsWith("    location ~ \"^/quoted/\\d{2,3}$\" { proxy_send_timeout 20s; "
                                    "proxy_read_timeout 21s; return 204; }\n}"));

    // After the last directive of the same module when the block has one.
    editAndCheck(QStringLiteral("multisite"),
                 {QStringLiteral("wildcards.conf"), QStringLiteral("location"), QStringLiteral("/")},
                 {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}}, &edits);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(edits[0].after.contains(
        "    location / { proxy_pass http://127.0.0.1:7001; proxy_read_timeout 75s; }\n"));
}

void TestConfigEditPlanner::ifBlockMeansItsLocation()
{
    // The if's words as nginx splits them ("(curl|wget)" is quoted, ")" a word of its own).
    const NginxConfig tricky = NginxConfig::fromText(
        QStringLiteral("/t"),
        latin1Text(gd::test::readFixesData(QStringLiteral("multisite/sites-enabled/tricky.conf"))));
    QString ifArgs;
    for (const NginxDirective *d : tricky.find(QStringLiteral("if"))) {
        if (d->arg(0) == QLatin1String("($http_user_agent"))
            ifArgs = d->args.join(QLatin1Char(' '));
    }
    QCOMPARE(ifArgs, QStringLiteral("($http_user_agent ~* (curl|wget) )"));
    QList<FileEdit> edits;
    editAndCheck(QStringLiteral("multisite"), {QStringLiteral("tricky.conf"), QStringLiteral("if"), ifArgs},
                 {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}}, &edits);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(edits[0].after.contains(
        "        proxy_pass http://127.0.0.1:8083;\n        proxy_read_timeout 75s;\n    }\n"));
}

void TestConfigEditPlanner::sharedSnippetEditedInPlace()
{
    QList<FileEdit> edits;
    editAndCheck(QStringLiteral("shared"),
                 {QStringLiteral("sites/app.conf"), QStringLiteral("location"), QStringLiteral("/")},
                 {{QStringLiteral("proxy_read_timeout"), QStringLiteral("300s")},
                  {QStringLiteral("proxy_send_timeout"), QStringLiteral("30s")}},
                 &edits);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(edits.size(), 2);
    // In nginx's reading order: admin.conf includes the snippet before app.conf is read.
    QVERIFY(edits[0].path.endsWith(QLatin1String("snippets/upstream-timeouts.conf")));
    QVERIFY(edits[1].path.endsWith(QLatin1String("sites/app.conf")));
    std::swap(edits[0], edits[1]);
    QVERIFY(
        edits[0].after.contains("        proxy_pass http://127.0.0.1:9000;\n        proxy_send_timeout 30s;\n"
                                "        include snippets/upstream-timeouts.conf;\n"));
    QCOMPARE(edits[1].after, QByteArray("# Upstream timeouts shared by every application location.\n"
                                        "proxy_connect_timeout 5s;\nproxy_read_timeout 300s;\n"));
    QVERIFY(edits[0].alsoAffects.isEmpty());
    QCOMPARE(edits[1].alsoAffects,
             (QStringList{QStringLiteral("http > server (admin.example.org) > location /"),
                          QStringLiteral("http > server (app.example.org) > location /reports/")}));
}

void TestConfigEditPlanner::quotedValueKeepsItsQuotes()
{
    const QString path = QStringLiteral("/etc/nginx/nginx.conf");
    const QByteArray bytes =
        "http {\n    proxy_read_timeout \"60s\";\n    proxy_buffers '8' '4k'; # kept\n}\n";
    const NginxConfig config = NginxConfig::fromText(path, latin1Text(bytes));
    const Result<FileEdit, FixError> edit =
        ConfigEditPlanner::apply(config, nullptr,
                                 {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")},
                                  {QStringLiteral("proxy_buffers"), QStringLiteral("16 8k")}},
                                 path, bytes);
    QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().message()));
    QCOMPARE(edit->after,
             QByteArray("http {\n    proxy_read_timeout \"75s\";\n    proxy_buffers '16' '8k'; # kept\n}\n"));
    QCOMPARE(edit->changes[1].oldValue, QStringLiteral("8 4k"));
    QCOMPARE(edit->changes[1].line, 3);
}

// Blocks written in the other ways nginx takes them; the location "/x" gets
// proxy_read_timeout 75s. Each result must also pass nginx -t.
void TestConfigEditPlanner::blockShapes_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("brace on its own line")
        << QByteArray("    location /x\n    {\n        proxy_pass http://127.0.0.1:9;\n    }\n")
        << QByteArray("    location /x\n    {\n        proxy_pass http://127.0.0.1:9;\n"
                      "        proxy_read_timeout 75s;\n    }\n");
    QTest::newRow("brace on its own line, no proxy_ yet")
        << QByteArray("    location /x\n    {\n        return 204;\n    }\n")
        << QByteArray("    location /x\n    {\n        proxy_read_timeout 75s;\n"
                      "        return 204;\n    }\n");
    QTest::newRow("empty one-line block")
        << QByteArray("    location /x {}\n") << QByteArray("    location /x { proxy_read_timeout 75s;}\n");
    QTest::newRow("empty block") << QByteArray("    location /x {\n    }\n")
                                 << QByteArray("    location /x {\n        proxy_read_timeout 75s;\n    }\n");
    QTest::newRow("comment after the brace")
        << QByteArray("    location /x { # api\n        return 204;\n    }\n")
        << QByteArray("    location /x { # api\n        proxy_read_timeout 75s;\n"
                      "        return 204;\n    }\n");
    QTest::newRow("anchor with a comment")
        << QByteArray("    location /x {\n        proxy_pass http://127.0.0.1:9; # app\n    }\n")
        << QByteArray("    location /x {\n        proxy_pass http://127.0.0.1:9; # app\n"
                      "        proxy_read_timeout 75s;\n    }\n");
    QTest::newRow("anchor before a nested block on its line")
        << QByteArray(
               "    location /x { proxy_pass http://127.0.0.1:9; location /x/y { return 204; }\n    }\n")
        << QByteArray("    location /x { proxy_pass http://127.0.0.1:9; proxy_read_timeout 75s; location "
                      "/x/y { return 204; }\n    }\n");
    QTest::newRow("no space after the brace")
        << QByteArray("    location /x {return 204;}\n")
        << QByteArray("    location /x { proxy_read_timeout 75s;return 204;}\n");
    QTest::newRow("directive over two lines")
        << QByteArray("    location /x {\n        proxy_pass\n            http://127.0.0.1:9;\n    }\n")
        << QByteArray("    location /x {\n        proxy_pass\n            http://127.0.0.1:9;\n"
                      "        proxy_read_timeout 75s;\n    }\n");
    QTest::newRow("value over two lines")
        << QByteArray("    location /x {\n        proxy_read_timeout\n            60s;\n    }\n")
        << QByteArray("    location /x {\n        proxy_read_timeout\n            75s;\n    }\n");
    QTest::newRow("tabs") << QByteArray("\tlocation /x {\n\t\treturn 204;\n\t}\n")
                          << QByteArray(
                                 "\tlocation /x {\n\t\tproxy_read_timeout 75s;\n\t\treturn 204;\n\t}\n");
}

void TestConfigEditPlanner::blockShapes()
{
    QFETCH(QByteArray, location);
    QFETCH(QByteArray, expected);
    const QByteArray head =
        "events {}\nhttp {\n" + NginxJudge::httpPreamble() + "    server {\n    listen 127.0.0.1:1;\n";
    const QByteArray tail = "    }\n}\n";
    const QString path = QStringLiteral("/etc/nginx/nginx.conf");
    const QByteArray bytes = head + location + tail;
    const NginxConfig config = NginxConfig::fromText(path, latin1Text(bytes));
    const NginxDirective *block = nullptr;
    for (const NginxDirective *l : config.find(QStringLiteral("location"))) {
        if (l->arg(0) == QLatin1String("/x"))
            block = l;
    }
    QVERIFY(block);
    const Result<FileEdit, FixError> edit = ConfigEditPlanner::apply(
        config, block, {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}}, path, bytes);
    QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().message()));
    QCOMPARE(quoted(edit->after), quoted(head + expected + tail));
    QCOMPARE(quoted(undo(edit.value())), quoted(bytes));
    NginxJudge nginx;
    const gd::test::NginxVerdict verdict = nginx.testConfig(edit->after);
    QVERIFY2(verdict.ok, qPrintable(verdict.output));
}

void TestConfigEditPlanner::everyBlockOfEveryTree_data()
{
    QTest::addColumn<QString>("tree");
    QTest::addColumn<QString>("fileSuffix");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("args");
    QTest::addColumn<int>("line");
    for (const QString &tree :
         {QStringLiteral("debian"), QStringLiteral("multisite"), QStringLiteral("shared")}) {
        const NginxJudge nginx;
        if (!nginx.copyTree(tree))
            continue;
        const std::unique_ptr<NginxConfig> config = load(nginx);
        if (!config)
            continue;
        QTest::newRow(qPrintable(tree + QLatin1String(": http")))
            << tree << QString() << QStringLiteral("http") << QString() << 0;
        for (int i = 0; i < config->size(); ++i) {
            const NginxDirective &d = config->directive(i);
            if (!d.block || (d.name != QLatin1String("server") && d.name != QLatin1String("location")))
                continue;
            if (!config->enclosing(d, QStringLiteral("http")))
                continue;
            const QString suffix = d.file.mid(nginx.prefix().size() + 1);
            QTest::newRow(
                qPrintable(QStringLiteral("%1: %2:%3 %4").arg(tree, suffix).arg(d.line).arg(d.text())))
                << tree << suffix << d.name << d.args.join(QLatin1Char(' ')) << d.line;
        }
    }
}

// Three timeouts into every server and location of every tree: some set there already
// (in place, in the block's own file or an included one), some inserted.
void TestConfigEditPlanner::everyBlockOfEveryTree()
{
    QFETCH(QString, tree);
    QFETCH(QString, fileSuffix);
    QFETCH(QString, name);
    QFETCH(QString, args);
    QFETCH(int, line);
    editAndCheck(tree, {fileSuffix, name, args, line},
                 {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")},
                  {QStringLiteral("fastcgi_read_timeout"), QStringLiteral("45")},
                  {QStringLiteral("proxy_connect_timeout"), QStringLiteral("3s")}});
}

void TestConfigEditPlanner::fileChanged()
{
    NginxJudge nginx;
    QVERIFY(nginx.copyTree(QStringLiteral("multisite")));
    const std::unique_ptr<NginxConfig> config = load(nginx);
    QVERIFY(config);
    const NginxDirective *v2 = findBlock(*config, {QStringLiteral("api.example.org.conf"),
                                                   QStringLiteral("location"), QStringLiteral("/v2/")});
    QVERIFY(v2);
    const QString path = v2->file;
    const QByteArray bytes = nginx.read(path);
    const QList<SettingChange> inPlace = {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}};
    const QList<SettingChange> insert = {{QStringLiteral("proxy_connect_timeout"), QStringLiteral("3s")}};
    QVERIFY(ConfigEditPlanner::apply(*config, v2, inPlace, path, bytes).ok());
    QVERIFY(ConfigEditPlanner::apply(*config, v2, insert, path, bytes).ok());

    // Someone added a line at the top: nothing is where nginx -T said any more.
    const QByteArray shifted = "# edited by hand\r\n" + bytes;
    for (const QList<SettingChange> &changes : {inPlace, insert}) {
        const Result<FileEdit, FixError> r = ConfigEditPlanner::apply(*config, v2, changes, path, shifted);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), FixError::Kind::FileChanged);
        QCOMPARE(r.error().file(), path);
        QVERIFY(r.error().line() > 0);
        QVERIFY2(r.error().message().contains(path), qPrintable(r.error().message()));
    }
    // Someone changed the value.
    QByteArray other = bytes;
    other.replace("proxy_read_timeout 5m;", "proxy_read_timeout 6m;");
    QVERIFY(other != bytes);
    Result<FileEdit, FixError> r = ConfigEditPlanner::apply(*config, v2, inPlace, path, other);
    QCOMPARE(r.error().kind(), FixError::Kind::FileChanged);
    QCOMPARE(r.error().line(), v2->line + 2);
    // Someone set the directive we were going to add.
    QByteArray added = bytes;
    added.replace("proxy_read_timeout 5m;", "proxy_read_timeout 5m; proxy_connect_timeout 9s;");
    r = ConfigEditPlanner::apply(*config, v2, insert, path, added);
    QCOMPARE(r.error().kind(), FixError::Kind::FileChanged);
    // A file that none of the changes goes into.
    r = ConfigEditPlanner::apply(*config, v2, insert, config->mainFile(), nginx.read(config->mainFile()));
    QCOMPARE(r.error().kind(), FixError::Kind::NotFound);
}

void TestConfigEditPlanner::refusals()
{
    const QString path = QStringLiteral("/etc/nginx/nginx.conf");
    const QByteArray bytes =
        "stream {\n    server { listen 9000; proxy_pass x; }\n}\nhttp {\n    upstream u { server a; }\n"
        "    server {\n        location / { limit_except GET { deny all; } }\n    }\n}\n";
    const NginxConfig config = NginxConfig::fromText(path, latin1Text(bytes));
    const QList<SettingChange> ok = {{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}};
    // Values that did not go through the validator never reach the file.
    for (const QString &value :
         {QStringLiteral("75s; include /etc/passwd"), QStringLiteral(" 75s"), QStringLiteral("8  16k")}) {
        const Result<FileEdit, FixError> r = ConfigEditPlanner::apply(
            config, nullptr, {{QStringLiteral("proxy_read_timeout"), value}}, path, bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), FixError::Kind::InvalidValue);
    }
    QCOMPARE(ConfigEditPlanner::apply(
                 config, nullptr, {{QStringLiteral("proxy_pass"), QStringLiteral("http://x")}}, path, bytes)
                 .error()
                 .kind(),
             FixError::Kind::NotAllowed);
    // Blocks that take none of these directives.
    const NginxDirective *streamServer =
        config.children(config.firstChild(nullptr, QStringLiteral("stream"))).first();
    const NginxDirective *upstream = config.find(QStringLiteral("upstream")).first();
    for (const NginxDirective *b : {streamServer, upstream}) {
        const Result<QStringList, FixError> r = ConfigEditPlanner::filesToEdit(config, b, ok);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), FixError::Kind::NotAllowed);
        QCOMPARE(r.error().line(), b->line);
        QCOMPARE(ChangeValidator::validate(ok, config, b).error().kind(), FixError::Kind::NotAllowed);
    }
    // limit_except, like if, means its location.
    const NginxDirective *limit = config.find(QStringLiteral("limit_except")).first();
    QCOMPARE(ConfigEditPlanner::targetBlock(config, limit).value(), config.parent(*limit));
    const Result<FileEdit, FixError> r = ConfigEditPlanner::apply(config, limit, ok, path, bytes);
    QVERIFY(r.ok());
    QVERIFY(r->after.contains("location / { proxy_read_timeout 75s; limit_except GET { deny all; } }"));
}

QTEST_GUILESS_MAIN(TestConfigEditPlanner)
#include "remote/ByteText.h"
#include "tst_configeditplanner.moc"

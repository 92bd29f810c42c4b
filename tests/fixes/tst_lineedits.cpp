// A finding's edit actions on a file's bytes: the exact old line or nothing, every
// other byte (endings, the last line without a newline) kept.
#include "app/fixes/LineEdits.h"

#include <QtTest>

using namespace gd;

namespace {
const QString kPath = QStringLiteral("/etc/nginx/sites-available/app");

FixAction edit(int line, const QString &oldText, const QString &newText)
{
    return FixAction::edit(kPath, line, oldText, newText, QString());
}
} // namespace

class TestLineEdits : public QObject
{
    Q_OBJECT
private slots:
    void replacesTheLineAndKeepsTheRest()
    {
        const QByteArray before = "server {\n    listen 80;\n    location / {\n"
                                  "        proxy_pass http://127.0.0.1:8000;\n    }\n}";
        const Result<FileEdit, FixError> r =
            LineEdits::apply(kPath, before,
                             {edit(4, QStringLiteral("        proxy_pass http://127.0.0.1:8000;"),
                                   QStringLiteral("        proxy_pass http://127.0.0.1:8001;"))});
        QVERIFY(r);
        QCOMPARE(r->after, QByteArray("server {\n    listen 80;\n    location / {\n"
                                      "        proxy_pass http://127.0.0.1:8001;\n    }\n}"));
        QCOMPARE(r->before, before);
        QCOMPARE(r->changes.size(), 1);
        QCOMPARE(r->changes.first().line, 4);
    }

    void addsLinesWithTheFilesOwnEnding()
    {
        const QByteArray before = "location / {\r\n    proxy_pass http://app;\r\n}\r\n";
        const Result<FileEdit, FixError> r =
            LineEdits::apply(kPath, before,
                             {edit(2, QStringLiteral("    proxy_pass http://app;"),
                                   QStringLiteral("    proxy_pass http://app;\n    proxy_buffer_size 32k;")),
                              edit(1, QStringLiteral("location / {"), QStringLiteral("location /app/ {"))});
        QVERIFY(r);
        QCOMPARE(r->after, QByteArray("location /app/ {\r\n    proxy_pass http://app;\r\n"
                                      "    proxy_buffer_size 32k;\r\n}\r\n"));
    }

    void refusesAFileThatChanged()
    {
        const QByteArray before = "a;\nb;\n";
        Result<FileEdit, FixError> r =
            LineEdits::apply(kPath, before, {edit(2, QStringLiteral("c;"), QStringLiteral("d;"))});
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), FixErrorKind::FileChanged);
        QVERIFY(r.error().message().contains(QStringLiteral("no longer reads")));
        r = LineEdits::apply(kPath, before, {edit(7, QStringLiteral("x;"), QStringLiteral("y;"))});
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), FixErrorKind::FileChanged);
    }

    void refusesTwoChangesOfOneLine()
    {
        const Result<FileEdit, FixError> r =
            LineEdits::apply(kPath, "a;\n",
                             {edit(1, QStringLiteral("a;"), QStringLiteral("b;")),
                              edit(1, QStringLiteral("a;"), QStringLiteral("c;"))});
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), FixErrorKind::Inconsistent);
    }

    void ignoresOtherFiles()
    {
        FixAction other = edit(1, QStringLiteral("a;"), QStringLiteral("b;"));
        other.file = QStringLiteral("/etc/nginx/nginx.conf");
        const Result<FileEdit, FixError> r = LineEdits::apply(kPath, "a;\n", {other});
        QVERIFY(r);
        QCOMPARE(r->after, QByteArray("a;\n"));
    }
};

QTEST_GUILESS_MAIN(TestLineEdits)
#include "tst_lineedits.moc"

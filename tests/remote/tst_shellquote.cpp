// ShellQuote: every argument must reach the program as exactly that one argument,
// whatever it contains. Checked by letting a real /bin/sh parse our command lines.
#include "remote/ShellQuote.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using gd::ShellQuote;

class TestShellQuote : public QObject
{
    Q_OBJECT
private slots:
    void roundTripThroughRealShell_data();
    void roundTripThroughRealShell();
    void plainWordsStayReadable();
    void refusesNewlineAndNul_data();
    void refusesNewlineAndNul();
    void refusesEmptyCommand();
    void commandSubstitutionDoesNotRun();
};

void TestShellQuote::roundTripThroughRealShell_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("command substitution") << QStringLiteral("$(touch /tmp/pwned)");
    QTest::newRow("backticks") << QStringLiteral("`touch /tmp/pwned`");
    QTest::newRow("single quotes") << QStringLiteral("it's 'quoted'");
    QTest::newRow("only a quote") << QStringLiteral("'");
    QTest::newRow("double quotes") << QStringLiteral("say \"hi\" $HOME");
    QTest::newRow("spaces") << QStringLiteral("  two  spaces  ");
    QTest::newRow("option-like") << QStringLiteral("-rf");
    QTest::newRow("semicolon") << QStringLiteral("75s; include /etc/passwd");
    QTest::newRow("glob") << QStringLiteral("*.conf ?[a-z]");
    QTest::newRow("backslashes") << QStringLiteral("a\\b\\\\c\\'");
    QTest::newRow("pipes and redirects") << QStringLiteral("| cat > /tmp/x && rm -rf / ; #");
    QTest::newRow("tilde and braces") << QStringLiteral("~root {a,b} !event");
    QTest::newRow("tab") << QStringLiteral("a\tb");
    QTest::newRow("unicode") << QStringLiteral("café ✓ 日本");
    QTest::newRow("empty") << QString();
    QTest::newRow("percent and equals") << QStringLiteral("%s=%d");
}

void TestShellQuote::roundTripThroughRealShell()
{
    QFETCH(QString, argument);
    // printf prints each argument between brackets: a split or expansion shows.
    const QStringList argv{QStringLiteral("printf"), QStringLiteral("[%s]\\n"), argument,
                           QStringLiteral("end")};
    const auto line = ShellQuote::join(argv);
    QVERIFY2(line.ok(), qPrintable(line.ok() ? QString() : line.error().message()));
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), *line});
    QVERIFY(sh.waitForFinished(5000));
    QCOMPARE(sh.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), QStringLiteral("[%1]\n[end]\n").arg(argument));
}

void TestShellQuote::plainWordsStayReadable()
{
    QCOMPARE(ShellQuote::quote(QStringLiteral("/usr/sbin/nginx")), QStringLiteral("/usr/sbin/nginx"));
    QCOMPARE(ShellQuote::quote(QStringLiteral("-T")), QStringLiteral("-T"));
    QCOMPARE(ShellQuote::quote(QStringLiteral("a b")), QStringLiteral("'a b'"));
    QCOMPARE(ShellQuote::quote(QStringLiteral("it's")), QStringLiteral("'it'\"'\"'s'"));
    QCOMPARE(ShellQuote::quote(QString()), QStringLiteral("''"));
}

void TestShellQuote::refusesNewlineAndNul_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("newline") << QStringLiteral("75s;\ninclude /etc/passwd");
    QTest::newRow("carriage return") << QStringLiteral("a\rb");
    QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
}

void TestShellQuote::refusesNewlineAndNul()
{
    QFETCH(QString, argument);
    const auto line = ShellQuote::join({QStringLiteral("echo"), argument});
    QVERIFY(!line.ok());
    QCOMPARE(line.error().kind(), gd::RemoteError::Kind::InvalidArgument);
    QVERIFY(!line.error().message().isEmpty());
}

void TestShellQuote::refusesEmptyCommand()
{
    QVERIFY(!ShellQuote::join({}).ok());
    QVERIFY(!ShellQuote::join({QString()}).ok());
}

void TestShellQuote::commandSubstitutionDoesNotRun()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("pwned"));
    for (const QString &hostile :
         {QStringLiteral("$(touch %1)").arg(marker), QStringLiteral("`touch %1`").arg(marker),
          QStringLiteral("x; touch %1").arg(marker), QStringLiteral("'; touch %1; '").arg(marker)}) {
        const auto line = ShellQuote::join({QStringLiteral("echo"), hostile});
        QVERIFY(line.ok());
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), *line});
        QVERIFY(sh.waitForFinished(5000));
        QVERIFY2(!QFile::exists(marker), qPrintable(hostile));
    }
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"

// SudoPrompt against what a real sudo wrote (tests/data/sudo, see its README).
#include "remote/SudoPrompt.h"
#include "tests/TestConfig.h"

#include <QFile>
#include <QtTest>

using gd::RemoteError;
using gd::SudoPrompt;

namespace {
QByteArray capture(const char *name)
{
    QFile file(QStringLiteral(GD_TEST_DATA_DIR "/sudo/") + QLatin1String(name) + QStringLiteral(".stderr"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing capture %s", name);
    return file.readAll();
}

struct Outcome
{
    int passwordsSent = 0;
    bool started = false;
    RemoteError error;
    QByteArray commandStderr;
};

// Feeds the capture the way it arrives: sudo blocks after printing its prompt
// until the password comes, so the stream is cut right after each prompt.
// With `byteByByte`, every byte is its own chunk.
Outcome feed(SudoPrompt &sudo, const QByteArray &stderrBytes, bool byteByByte)
{
    Outcome out;
    QList<QByteArray> chunks;
    if (byteByByte) {
        for (char c : stderrBytes)
            chunks << QByteArray(1, c);
    } else {
        QByteArray rest = stderrBytes;
        int at;
        while ((at = rest.indexOf(sudo.prompt())) >= 0) {
            chunks << rest.left(at + sudo.prompt().size());
            rest = rest.mid(at + sudo.prompt().size());
        }
        chunks << rest;
    }
    for (const QByteArray &chunk : chunks) {
        const SudoPrompt::Step step = sudo.feedStderr(chunk);
        out.passwordsSent += step.sendPassword ? 1 : 0;
        out.started = out.started || step.started;
        out.commandStderr += step.commandStderr;
        if (step.error) {
            out.error = step.error;
            break;
        }
    }
    return out;
}
} // namespace

class TestSudoPrompt : public QObject
{
    Q_OBJECT
private slots:
    void wrapKeepsPasswordOutOfArgv();
    void captures_data();
    void captures();
    void missingSudo();
    void nonceIsRandom();
};

void TestSudoPrompt::wrapKeepsPasswordOutOfArgv()
{
    SudoPrompt sudo(SudoPrompt::Mode::Password, "testnonce");
    const QStringList argv = sudo.wrap({QStringLiteral("nginx"), QStringLiteral("-t")});
    QCOMPARE(argv.mid(0, 5), (QStringList{QStringLiteral("sudo"), QStringLiteral("-S"), QStringLiteral("-p"),
                                          QStringLiteral("[gd-sudo-testnonce] "), QStringLiteral("--")}));
    QCOMPARE(argv.mid(argv.size() - 3), (QStringList{QStringLiteral("GDSTART-testnonce"),
                                                     QStringLiteral("nginx"), QStringLiteral("-t")}));
    SudoPrompt noPassword(SudoPrompt::Mode::NoPassword, "testnonce");
    QCOMPARE(noPassword.wrap({QStringLiteral("id")}).mid(0, 3),
             (QStringList{QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("--")}));
}

void TestSudoPrompt::captures_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("byteByByte");
    QTest::addColumn<int>("passwords");
    QTest::addColumn<bool>("started");
    QTest::addColumn<int>("errorKind"); // RemoteError::Kind during the stream
    QTest::addColumn<int>("exitKind");  // from failureAfterExit(1) when it never started
    const int password = int(SudoPrompt::Mode::Password);
    const int noPassword = int(SudoPrompt::Mode::NoPassword);
    const int none = int(RemoteError::Kind::None);
    for (bool bytes : {false, true}) {
        const char *suffix = bytes ? " (byte by byte)" : "";
        QTest::newRow(qPrintable(QStringLiteral("right password%1").arg(QLatin1String(suffix))))
            << password << QByteArray("S-right-password") << bytes << 1 << true << none << none;
        QTest::newRow(qPrintable(QStringLiteral("wrong password%1").arg(QLatin1String(suffix))))
            << password << QByteArray("S-wrong-password") << bytes << 1 << false
            << int(RemoteError::Kind::SudoWrongPassword) << none;
        QTest::newRow(qPrintable(QStringLiteral("not in sudoers%1").arg(QLatin1String(suffix))))
            << password << QByteArray("S-not-in-sudoers") << bytes << 1 << false
            << int(RemoteError::Kind::SudoNotAllowed) << none;
        QTest::newRow(qPrintable(QStringLiteral("requiretty -S%1").arg(QLatin1String(suffix))))
            << password << QByteArray("S-requiretty") << bytes << 0 << false
            << int(RemoteError::Kind::SudoRequiresTty) << none;
        QTest::newRow(qPrintable(QStringLiteral("NOPASSWD -S%1").arg(QLatin1String(suffix))))
            << password << QByteArray("S-nopasswd") << bytes << 0 << true << none << none;
        QTest::newRow(qPrintable(QStringLiteral("NOPASSWD -n%1").arg(QLatin1String(suffix))))
            << noPassword << QByteArray("n-nopasswd") << bytes << 0 << true << none << none;
        QTest::newRow(qPrintable(QStringLiteral("password required -n%1").arg(QLatin1String(suffix))))
            << noPassword << QByteArray("n-password-required") << bytes << 0 << false << none
            << int(RemoteError::Kind::SudoPasswordNeeded);
        QTest::newRow(qPrintable(QStringLiteral("requiretty -n%1").arg(QLatin1String(suffix))))
            << noPassword << QByteArray("n-requiretty") << bytes << 0 << false
            << int(RemoteError::Kind::SudoRequiresTty) << none;
    }
}

void TestSudoPrompt::captures()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, file);
    QFETCH(bool, byteByByte);
    QFETCH(int, passwords);
    QFETCH(bool, started);
    QFETCH(int, errorKind);
    QFETCH(int, exitKind);
    SudoPrompt sudo(SudoPrompt::Mode(mode), "testnonce");
    const Outcome out = feed(sudo, capture(file.constData()), byteByByte);
    QCOMPARE(out.passwordsSent, passwords);
    QCOMPARE(out.started, started);
    QCOMPARE(int(out.error.kind()), errorKind);
    if (out.error)
        QVERIFY(!out.error.message().isEmpty());
    if (started) // the command's own stderr, with sudo's prompt and our marker removed
        QCOMPARE(out.commandStderr, QByteArray("err\n"));
    if (!started && !out.error) {
        const RemoteError after = sudo.failureAfterExit(1);
        QCOMPARE(int(after.kind()), exitKind);
        QVERIFY(!after.message().contains(QLatin1String("testnonce")));
    }
}

void TestSudoPrompt::missingSudo()
{
    SudoPrompt sudo(SudoPrompt::Mode::NoPassword, "testnonce");
    const Outcome out = feed(sudo, capture("missing-sudo"), false);
    QVERIFY(!out.started);
    QCOMPARE(sudo.failureAfterExit(127).kind(), RemoteError::Kind::SudoMissing);
}

void TestSudoPrompt::nonceIsRandom()
{
    const QByteArray a = SudoPrompt::randomNonce();
    const QByteArray b = SudoPrompt::randomNonce();
    QCOMPARE(a.size(), 24);
    QVERIFY(a != b);
    for (char c : a)
        QVERIFY((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')); // no %-escapes for sudo -p
}

QTEST_GUILESS_MAIN(TestSudoPrompt)
#include "tst_sudoprompt.moc"

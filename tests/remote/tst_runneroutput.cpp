// The runner's framing, without a server: end markers found at any chunk boundary,
// bytes that only look like a marker passed on, binary data untouched.
#include "remote/RunnerOutput.h"
#include "remote/RunnerScript.h"

#include <QtTest>

using namespace gd;

class TestRunnerOutput : public QObject
{
    Q_OBJECT
private slots:
    void splitsAtEveryChunkBoundary();
    void bytesThatLookLikeAMarkerPassThrough();
    void binaryDataIsUntouched();
    void readsTheExitStatusAndThePid();
    void aGarbledStatusIsReported();
    void framesAreWhatTheLoopReads();
};

namespace {
const QByteArray kNonce = "n0nce4test5abcdefghijklm";

QByteArray endStdout()
{
    return RunnerScript::endMarker(kNonce);
}
QByteArray endStderr(int status)
{
    return RunnerScript::endMarker(kNonce) + QByteArray::number(status) + '\n';
}
} // namespace

void TestRunnerOutput::splitsAtEveryChunkBoundary()
{
    const QByteArray out = "some output <gd-end- not ours>\n<gd-end-";
    const QByteArray err = "GDPID:4711\nwarning: <gd-end-x>\n";
    const QByteArray stdoutStream = out + endStdout() + "late writer\n";
    const QByteArray stderrStream = err + endStderr(7);
    for (int cut = 0; cut <= stdoutStream.size(); ++cut) {
        RunnerOutput scanner(kNonce);
        QByteArray seenOut = scanner.feedStdout(stdoutStream.left(cut));
        seenOut += scanner.feedStdout(stdoutStream.mid(cut));
        QCOMPARE(seenOut, out);
        QVERIFY(!scanner.isComplete());
        const int errCut = cut % (stderrStream.size() + 1);
        QByteArray seenErr = scanner.feedStderr(stderrStream.left(errCut));
        seenErr += scanner.feedStderr(stderrStream.mid(errCut));
        QCOMPARE(seenErr, err);
        QVERIFY(scanner.isComplete());
        QCOMPARE(scanner.exitStatus(), 7);
    }
}

void TestRunnerOutput::bytesThatLookLikeAMarkerPassThrough()
{
    RunnerOutput scanner(kNonce);
    // Another command's marker (other nonce), and ours cut short.
    const QByteArray tricky = "<gd-end-aaaaaaaaaaaaaaaaaaaaaaaa><gd-end-" + kNonce.left(10) + "\n";
    QByteArray seen;
    for (const char c : tricky)
        seen += scanner.feedStdout(QByteArray(1, c));
    seen += scanner.feedStdout(endStdout());
    QCOMPARE(seen, tricky);
}

void TestRunnerOutput::binaryDataIsUntouched()
{
    QByteArray data;
    for (quint32 i = 0; i < 300000; ++i)
        data += char(i * 7919u % 256u);
    data += QByteArray("\0<gd-end\0", 9);
    RunnerOutput scanner(kNonce);
    QByteArray seen;
    for (int at = 0; at < data.size(); at += 4093)
        seen += scanner.feedStdout(data.mid(at, 4093));
    seen += scanner.feedStdout(endStdout());
    QCOMPARE(seen.size(), data.size());
    QVERIFY(seen == data);
}

void TestRunnerOutput::readsTheExitStatusAndThePid()
{
    RunnerOutput scanner(kNonce);
    QCOMPARE(scanner.feedStderr("GDPID:12"), QByteArray("GDPID:12"));
    QCOMPARE(scanner.pid(), qint64(0));
    QCOMPARE(scanner.feedStderr("345\nerr"), QByteArray("345\nerr"));
    QCOMPARE(scanner.pid(), qint64(12345));
    QCOMPARE(scanner.feedStderr(endStderr(143)), QByteArray());
    QVERIFY(!scanner.isComplete()); // stdout's marker is still to come
    QCOMPARE(scanner.feedStdout(endStdout()), QByteArray());
    QVERIFY(scanner.isComplete());
    QCOMPARE(scanner.exitStatus(), 143);
}

void TestRunnerOutput::aGarbledStatusIsReported()
{
    RunnerOutput scanner(kNonce);
    scanner.feedStdout(endStdout());
    scanner.feedStderr(RunnerScript::endMarker(kNonce) + "x1\n");
    QVERIFY(scanner.isComplete());
    QCOMPARE(scanner.exitStatus(), -1);
}

void TestRunnerOutput::framesAreWhatTheLoopReads()
{
    const QByteArray request =
        RunnerScript::request(kNonce, {QStringLiteral("printf"), QStringLiteral("%s it's")});
    QCOMPARE(request, QByteArray("R ") + kNonce + " printf '%s it'\"'\"'s'\n");
    QCOMPARE(RunnerScript::stdinFrame(QByteArray("a\0b", 3)), QByteArray("D 3\na\0b", 7));
    QCOMPARE(RunnerScript::signalFrame(99, true), QByteArray("K KILL 99\n"));
    QCOMPARE(RunnerScript::signalFrame(99, false), QByteArray("K TERM 99\n"));
    // The loop travels as one line; the bootstrap is safe for any login shell.
    QCOMPARE(RunnerScript::loop().count('\n'), 1);
    QVERIFY(RunnerScript::loop().endsWith('\n'));
    const QByteArray bootstrap = RunnerScript::bootstrap();
    QVERIFY(!bootstrap.contains('\\') && !bootstrap.contains('!') && !bootstrap.contains('\n'));
    const QByteArray nonce = RunnerScript::nonce();
    QCOMPARE(nonce.size(), 24);
    QVERIFY(nonce != RunnerScript::nonce());
}

QTEST_GUILESS_MAIN(TestRunnerOutput)
#include "tst_runneroutput.moc"

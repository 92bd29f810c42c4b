// A followed log cut into lines as its chunks arrive (app/fixes/StreamLines), as the
// monitor after a fix reads tail -F and journalctl -f: nothing lost, nothing joined,
// and a line without end passed on in pieces instead of growing the buffer.
#include "app/fixes/StreamLines.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace gd;

class TestStreamLines : public QObject
{
    Q_OBJECT
private slots:
    void linesSplitAcrossChunks()
    {
        StreamLines lines;
        QCOMPARE(lines.add("2026/12/06 09:01:02 [error] 7#7: *1 connect() fa"), QList<QByteArray>());
        QCOMPARE(lines.pendingBytes(), qsizetype(48));
        QCOMPARE(lines.add("iled\nsecond\n\nthird"),
                 (QList<QByteArray>{"2026/12/06 09:01:02 [error] 7#7: *1 connect() failed", "second", ""}));
        QCOMPARE(lines.add("\n"), QList<QByteArray>{"third"});
        QCOMPARE(lines.pendingBytes(), qsizetype(0));
    }

    // 200 KiB without a line break, then a short line: pieces of 64 KiB at most, which
    // put together are the bytes sent; the short line after it arrives whole; the
    // buffer never holds more than one piece.
    void endlessLineComesInPieces()
    {
        const qsizetype cap = StreamLines::kDefaultMaxLineBytes;
        QByteArray endless(200 * 1024, 'x');
        for (qsizetype i = 0; i < endless.size(); i += 997)
            endless[i] = char(QRandomGenerator::global()->bounded(0x20, 0x7f));
        StreamLines lines;
        QList<QByteArray> out;
        for (qsizetype at = 0; at < endless.size(); at += 4096) {
            out += lines.add(endless.mid(at, 4096));
            QVERIFY(lines.pendingBytes() <= cap);
        }
        out += lines.add("\nshort line\n");
        QCOMPARE(out.size(), 5); // 64 + 64 + 64 + 8 KiB, then the short line
        QByteArray joined;
        for (qsizetype i = 0; i + 1 < out.size(); ++i) {
            QVERIFY(out.at(i).size() <= cap);
            joined += out.at(i);
        }
        QCOMPARE(joined, endless);
        QCOMPARE(out.last(), QByteArray("short line"));
        QCOMPARE(lines.pendingBytes(), qsizetype(0));
    }

    // One chunk far over the cap (a slow connection's backlog): cut into every piece at
    // once, not one piece per chunk.
    void oneHugeChunk()
    {
        StreamLines lines(10);
        const QList<QByteArray> out = lines.add(QByteArray(35, 'a') + "\nb\n");
        QCOMPARE(out, (QList<QByteArray>{QByteArray(10, 'a'), QByteArray(10, 'a'), QByteArray(10, 'a'),
                                         QByteArray(5, 'a'), "b"}));
        QCOMPARE(lines.pendingBytes(), qsizetype(0));
    }

    // NUL and bytes that are not UTF-8 are bytes like any other here.
    void binaryBytesPassWhole()
    {
        const QByteArray binary("\x00\xff\xfe\x01\r", 5);
        StreamLines lines;
        QCOMPARE(lines.add(binary + '\n'), QList<QByteArray>{binary});
    }
};

QTEST_GUILESS_MAIN(TestStreamLines)
#include "tst_streamlines.moc"

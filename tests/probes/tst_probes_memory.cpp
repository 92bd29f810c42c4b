#include "app/probes/ChildProcessMemory.h"
#include "app/probes/MemInfo.h"
#include "tests/probes/ProbeCapture.h"

#include <QtTest>

using namespace gd;

// The two readings behind the pm.max_children suggestion. Captures: tests/data/probes/ps
// (ps --ppid of a real php-fpm8.2 master with two pools) and tests/data/probes/meminfo.
class TestMemory : public QObject
{
    Q_OBJECT

private slots:
    void commands()
    {
        QCOMPARE(ChildProcessMemory::command(28939),
                 (QStringList{QStringLiteral("ps"), QStringLiteral("-ww"), QStringLiteral("-o"),
                              QStringLiteral("pid=,rss=,args="), QStringLiteral("--ppid"),
                              QStringLiteral("28939")}));
        QCOMPARE(MemInfo::command(), (QStringList{QStringLiteral("cat"), QStringLiteral("/proc/meminfo")}));
    }

    void poolChildren()
    {
        const auto ps = ChildProcessMemory::parse(
            ProbeCapture::load(QStringLiteral("ps"), QStringLiteral("ps-ppid-phpfpm.txt")));
        QVERIFY(ps.ok());
        QCOMPARE(ps->children.size(), 5);
        QCOMPARE(ps->children.first().pid, 28941);
        QCOMPARE(ps->children.first().rssBytes, qint64(8484) * 1024);
        QCOMPARE(ps->children.first().args, QStringLiteral("php-fpm: pool api"));
        const QList<ChildProcessMemory::Child> www = ps->phpFpmPool(QStringLiteral("www"));
        QCOMPARE(www.size(), 3);
        QCOMPARE(ChildProcessMemory::totalRss(www), qint64(8484 + 8480 + 8480) * 1024);
        QCOMPARE(ps->phpFpmPool(QStringLiteral("api")).size(), 2);
        // A pool name is matched whole, not as a prefix.
        QVERIFY(ps->phpFpmPool(QStringLiteral("ww")).isEmpty());
        QVERIFY(ps->phpFpmPool(QStringLiteral("www.*")).isEmpty());
    }

    void noChildrenIsNotAnError()
    {
        const auto ps = ChildProcessMemory::parse(
            ProbeCapture::load(QStringLiteral("ps"), QStringLiteral("ps-ppid-none")));
        QVERIFY(ps.ok());
        QVERIFY(ps->children.isEmpty());
    }

    void garbageIsRefused()
    {
        QVERIFY(
            !ChildProcessMemory::parse(ProbeOutput{QByteArray("pid rss args\nabc def ghi\n"), {}, 0}).ok());
        QVERIFY(!ChildProcessMemory::parse(ProbeOutput{QByteArray("\x01\x02\xff"), {}, 0}).ok());
        QVERIFY(!ChildProcessMemory::parse(ProbeOutput{{}, QByteArray("error: unsupported option format"), 1})
                     .ok());
        QVERIFY(!MemInfo::parse(ProbeOutput{QByteArray("\0\0\xff", 3), {}, 0}).ok());
        QVERIFY(!MemInfo::parse(ProbeOutput{}).ok());
        QVERIFY(
            !MemInfo::parse(ProbeOutput{{}, QByteArray("cat: /proc/meminfo: No such file or directory"), 1})
                 .ok());
    }

    void meminfo()
    {
        const auto info =
            MemInfo::parse(ProbeCapture::load(QStringLiteral("meminfo"), QStringLiteral("meminfo.txt")));
        QVERIFY(info.ok());
        // The capture's own first lines, in bytes.
        const QByteArray text = ProbeCapture::read(QStringLiteral("meminfo"), QStringLiteral("meminfo.txt"));
        auto field = [&](const QByteArray &name) {
            for (const QByteArray &line : text.split('\n'))
                if (line.startsWith(name + ':'))
                    return line.mid(name.size() + 1).simplified().split(' ').first().toLongLong() * 1024;
            return qint64(-1);
        };
        QCOMPARE(info->totalBytes, field("MemTotal"));
        QCOMPARE(info->availableBytes, field("MemAvailable"));
        QVERIFY(info->availableBytes > 0 && info->availableBytes <= info->totalBytes);
        QVERIFY(!info->availableEstimated);
    }
};

QTEST_GUILESS_MAIN(TestMemory)
#include "tst_probes_memory.moc"

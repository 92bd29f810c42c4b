// ConfigLoadTimes: when nginx loaded its configuration against when each file was saved,
// from real date/ps/stat output (tests/data/probes/config-times).
#include "app/probes/ConfigLoadTimes.h"
#include "tests/TestConfig.h"

#include <QFile>
#include <QtTest>

using namespace gd;

class TestConfigTimes : public QObject
{
    Q_OBJECT
private slots:
    void commandKeepsPathsOutOfTheScript()
    {
        const QStringList argv = ConfigLoadTimes::command(
            {12, 34}, {QStringLiteral("/etc/nginx/a b.conf"), QStringLiteral("$(x)")});
        QCOMPARE(argv.value(0), QStringLiteral("/bin/sh"));
        QVERIFY(!argv.value(2).contains(QLatin1String("a b.conf")));
        QCOMPARE(argv.value(4), QStringLiteral("12,34"));
        QCOMPARE(argv.mid(5), (QStringList{QStringLiteral("/etc/nginx/a b.conf"), QStringLiteral("$(x)")}));
    }

    void savedAfterLoad()
    {
        QFile file(QStringLiteral(GD_TEST_DATA_DIR "/probes/config-times/saved-after-load.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ProbeResult<ConfigLoadTimes> times = ConfigLoadTimes::parse(ProbeOutput{file.readAll(), {}, 0});
        QVERIFY(times);
        QCOMPARE(times->now, qint64(1796492104));
        QCOMPARE(times->loadedAt, qint64(1796492101));
        QCOMPARE(times->files.size(), 2); // the missing file has no line
        const QList<ConfigLoadTimes::File> newer = times->savedAfterLoad();
        QCOMPARE(newer.size(), 1);
        QCOMPARE(newer.first().path, QStringLiteral("/tmp/gd-ct/site.conf"));
        QCOMPARE(newer.first().modified, qint64(1796492103));
    }

    void garbageIsAnError()
    {
        QVERIFY(!ConfigLoadTimes::parse(ProbeOutput{QByteArray("sh: 1: date: not found\n"), {}, 0}));
        QVERIFY(!ConfigLoadTimes::parse(ProbeOutput{QByteArray(), {}, 0}));
        QVERIFY(!ConfigLoadTimes::parse(ProbeOutput{QByteArray("\x01\x02\xff\n--\n", 6), {}, 0}));
        // No worker age: the load time stays unknown and nothing counts as saved after it.
        const ProbeResult<ConfigLoadTimes> noAge = ConfigLoadTimes::parse(
            ProbeOutput{QByteArray("100\n--\n--\n200 /etc/nginx/nginx.conf\n"), {}, 0});
        QVERIFY(noAge);
        QCOMPARE(noAge->loadedAt, qint64(0));
        QVERIFY(noAge->savedAfterLoad().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigTimes)
#include "tst_probes_configtimes.moc"

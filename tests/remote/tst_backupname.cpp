// BackupName: a backup must never be loaded by the config's own include globs.
#include "remote/BackupName.h"

#include <QtTest>

using gd::BackupName;

class TestBackupName : public QObject
{
    Q_OBJECT
private slots:
    void globSemantics_data();
    void globSemantics();
    void plainNameWhenNoGlobTakesIt();
    void dotfileWhenStarIncludeWouldTakeIt();
    void refusesWhenEveryNameIsTaken();
    void recognisesOwnBackups();
    void namesAreUniquePerMillisecond();
};

void TestBackupName::globSemantics_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("glob");
    QTest::addColumn<bool>("matched");
    QTest::newRow("conf glob takes conf") << "/etc/nginx/conf.d/app.conf"
                                          << "/etc/nginx/conf.d/*.conf" << true;
    QTest::newRow("conf glob skips ~ backup") << "/etc/nginx/conf.d/app.conf.gd-20261123-101010-000~"
                                              << "/etc/nginx/conf.d/*.conf" << false;
    QTest::newRow("star takes backup") << "/etc/nginx/sites-enabled/app.gd-20261123-101010-000~"
                                       << "/etc/nginx/sites-enabled/*" << true;
    QTest::newRow("star skips dotfile") << "/etc/nginx/sites-enabled/.app.gd-20261123-101010-000~"
                                        << "/etc/nginx/sites-enabled/*" << false;
    QTest::newRow("star does not cross /") << "/etc/nginx/conf.d/sub/x.conf"
                                           << "/etc/nginx/conf.d/*.conf" << false;
    QTest::newRow("other directory") << "/etc/nginx/x.conf"
                                     << "/etc/nginx/conf.d/*" << false;
}

void TestBackupName::globSemantics()
{
    QFETCH(QString, path);
    QFETCH(QString, glob);
    QFETCH(bool, matched);
    QCOMPARE(BackupName::matchedBy(path, glob), matched);
}

void TestBackupName::plainNameWhenNoGlobTakesIt()
{
    const QDateTime when(QDate(2026, 11, 23), QTime(10, 11, 12, 345), Qt::UTC);
    const auto name = BackupName::forFile(
        QStringLiteral("/etc/nginx/conf.d/app.conf"), when,
        {QStringLiteral("/etc/nginx/conf.d/*.conf"), QStringLiteral("/etc/nginx/sites-enabled/*")});
    QVERIFY(name.ok());
    QCOMPARE(*name, QStringLiteral("/etc/nginx/conf.d/app.conf.gd-20261123-101112-345~"));
}

void TestBackupName::dotfileWhenStarIncludeWouldTakeIt()
{
    const QDateTime when(QDate(2026, 11, 23), QTime(10, 11, 12), Qt::UTC);
    const QStringList globs{QStringLiteral("/etc/nginx/conf.d/*")};
    const auto name = BackupName::forFile(QStringLiteral("/etc/nginx/conf.d/app.conf"), when, globs);
    QVERIFY(name.ok());
    QCOMPARE(*name, QStringLiteral("/etc/nginx/conf.d/.app.conf.gd-20261123-101112-000~"));
    QVERIFY(!BackupName::matchedBy(*name, globs.first()));
}

void TestBackupName::refusesWhenEveryNameIsTaken()
{
    const auto name =
        BackupName::forFile(QStringLiteral("/etc/nginx/conf.d/app.conf"), QDateTime::currentDateTimeUtc(),
                            {QStringLiteral("/etc/nginx/conf.d/*"), QStringLiteral("/etc/nginx/conf.d/.*")});
    QVERIFY(!name.ok());
    QCOMPARE(name.error().kind(), gd::RemoteError::Kind::InvalidArgument);
}

void TestBackupName::recognisesOwnBackups()
{
    QVERIFY(BackupName::isBackupOf(QStringLiteral("app.conf.gd-20261123-101112-345~"),
                                   QStringLiteral("app.conf")));
    QVERIFY(BackupName::isBackupOf(QStringLiteral(".app.conf.gd-20261123-101112-345~"),
                                   QStringLiteral("app.conf")));
    QVERIFY(!BackupName::isBackupOf(QStringLiteral("app.conf~"), QStringLiteral("app.conf")));
    QVERIFY(!BackupName::isBackupOf(QStringLiteral("other.conf.gd-20261123-101112-345~"),
                                    QStringLiteral("app.conf")));
}

void TestBackupName::namesAreUniquePerMillisecond()
{
    const QDateTime a(QDate(2026, 1, 1), QTime(0, 0, 0, 1), Qt::UTC);
    const QDateTime b = a.addMSecs(1);
    QVERIFY(*BackupName::forFile(QStringLiteral("/x/a.conf"), a, {}) !=
            *BackupName::forFile(QStringLiteral("/x/a.conf"), b, {}));
}

QTEST_GUILESS_MAIN(TestBackupName)
#include "tst_backupname.moc"

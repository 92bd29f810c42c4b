// PhpFpmPoolEdit on Debian's own pool file and sed-made variants of it (see
// tests/data/fixes/README.md): exactly one line changes or appears, the pool reads back
// with the new value, and the real php-fpm -t accepts every result (and refuses, in the
// words we quote, the value we refuse).
#include "app/config/PhpFpmPoolConfig.h"
#include "app/fixes/PhpFpmPoolEdit.h"
#include "tests/fixes/FixesTestData.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gd;
using gd::test::readFixesData;

namespace {

const QString kPath = QStringLiteral("/etc/php/8.2/fpm/pool.d/www.conf");

QString phpFpmBinary()
{
    const QStringList found =
        QDir(QStringLiteral("/usr/sbin")).entryList({QStringLiteral("php-fpm*")}, QDir::Files);
    return found.isEmpty() ? QString() : QStringLiteral("/usr/sbin/") + found.first();
}

struct FpmVerdict
{
    bool ok = false;
    QString output;
};

// php-fpm -t with Debian's php-fpm.conf and this one pool file, in a scratch prefix.
FpmVerdict phpFpmTest(const QByteArray &pool)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("pool.d"));
    QByteArray main = readFixesData(QStringLiteral("php-fpm/php-fpm.conf"));
    main.replace("@PREFIX@", dir.path().toUtf8());
    QFile m(dir.filePath(QStringLiteral("php-fpm.conf"))), p(dir.filePath(QStringLiteral("pool.d/www.conf")));
    if (!m.open(QIODevice::WriteOnly) || m.write(main) != main.size() || !p.open(QIODevice::WriteOnly) ||
        p.write(pool) != pool.size())
        return {false, QStringLiteral("could not write the config")};
    m.close();
    p.close();
    QProcess fpm;
    fpm.start(phpFpmBinary(), {QStringLiteral("-t"), QStringLiteral("-y"), m.fileName()});
    if (!fpm.waitForFinished(20000))
        return {false, QStringLiteral("php-fpm -t did not finish")};
    return {fpm.exitStatus() == QProcess::NormalExit && fpm.exitCode() == 0,
            QString::fromUtf8(fpm.readAllStandardError() + fpm.readAllStandardOutput())};
}

} // namespace

class TestPhpFpmPoolEdit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void inPlace();
    void inserted();
    void crlf();
    void quotedWithComment();
    void secondPoolOnly();
    void refused();
    void spareServersRule();
    void backlogInsertedBelowListen();
    void backlogChangedInPlace();
};

// Debian's pool has listen.backlog commented out (php-fpm's default, 511): the new
// line goes right below `listen =`, and pm.max_children changes where it is.
void TestPhpFpmPoolEdit::backlogInsertedBelowListen()
{
    const QByteArray before = readFixesData(QStringLiteral("php-fpm/www.conf"));
    const Result<FileEdit, FixError> edit =
        PhpFpmPoolEdit::setMaxChildren(kPath, before, QStringLiteral("www"), 12, 1024);
    QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().message()));
    QByteArray expected = before;
    expected.replace("\npm.max_children = 5\n", "\npm.max_children = 12\n");
    expected.replace("\nlisten = /run/php/php8.2-fpm.sock\n",
                     "\nlisten = /run/php/php8.2-fpm.sock\nlisten.backlog = 1024\n");
    QCOMPARE(edit->after, expected);
    QCOMPARE(edit->changes.size(), 2);
    QCOMPARE(edit->changes[0].directive, QStringLiteral("listen.backlog"));
    QVERIFY(edit->changes[0].inserted);
    QCOMPARE(edit->changes[0].line, 42);  // below Debian's listen line (41)
    QCOMPARE(edit->changes[1].line, 128); // pm.max_children, one line further down now
    QCOMPARE(edit->after.split('\n').at(127), QByteArray("pm.max_children = 12"));
    const PhpFpmPoolConfig reread = PhpFpmPoolConfig::parse(kPath, QString::fromLatin1(edit->after));
    const PhpFpmPool *pool = reread.pool(QStringLiteral("www"));
    QCOMPARE(pool->listenBacklog(), 1024);
    QCOMPARE(pool->maxChildren(), 12);
    if (phpFpmBinary().isEmpty())
        QSKIP("php-fpm is not installed");
    const FpmVerdict verdict = phpFpmTest(edit->after);
    QVERIFY2(verdict.ok, qPrintable(verdict.output));
}

// A pool that sets listen.backlog = 0 (Debian's file with its comment removed, as
// sed would): the value changes in place.
void TestPhpFpmPoolEdit::backlogChangedInPlace()
{
    QByteArray before = readFixesData(QStringLiteral("php-fpm/www.conf"));
    before.replace("\n;listen.backlog = 511\n", "\nlisten.backlog = 0\n");
    QVERIFY(before.contains("\nlisten.backlog = 0\n"));
    const Result<FileEdit, FixError> edit =
        PhpFpmPoolEdit::setMaxChildren(kPath, before, QStringLiteral("www"), 5, 511);
    QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().message()));
    QByteArray expected = before;
    expected.replace("\nlisten.backlog = 0\n", "\nlisten.backlog = 511\n");
    QCOMPARE(edit->after, expected);
    QCOMPARE(edit->changes[0].oldValue, QStringLiteral("0"));
    QCOMPARE(edit->changes[0].line, 45);
    QVERIFY(!edit->changes[0].inserted);
    QCOMPARE(PhpFpmPoolEdit::setMaxChildren(kPath, before, QStringLiteral("www"), 5, 70000).error().kind(),
             FixError::Kind::InvalidValue);
    if (phpFpmBinary().isEmpty())
        QSKIP("php-fpm is not installed");
    const FpmVerdict verdict = phpFpmTest(edit->after);
    QVERIFY2(verdict.ok, qPrintable(verdict.output));
}

void TestPhpFpmPoolEdit::initTestCase()
{
    QVERIFY(!readFixesData(QStringLiteral("php-fpm/www.conf")).isEmpty());
}

void TestPhpFpmPoolEdit::inPlace()
{
    const QByteArray before = readFixesData(QStringLiteral("php-fpm/www.conf"));
    const Result<FileEdit, FixError> edit =
        PhpFpmPoolEdit::setMaxChildren(kPath, before, QStringLiteral("www"), 12);
    QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().message()));
    QByteArray expected = before;
    expected.replace("\npm.max_children = 5\n", "\npm.max_children = 12\n");
    QCOMPARE(edit->after, expected);
    QCOMPARE(edit->before, before);
    QCOMPARE(edit->path, kPath);
    QCOMPARE(edit->changes.size(), 1);
    QCOMPARE(edit->changes[0].directive, QStringLiteral("pm.max_children"));
    QCOMPARE(edit->changes[0].oldValue, QStringLiteral("5"));
    QCOMPARE(edit->changes[0].newValue, QStringLiteral("12"));
    QCOMPARE(edit->changes[0].line, 127); // the line of Debian's pm.max_children
    QVERIFY(!edit->changes[0].inserted);
    if (phpFpmBinary().isEmpty())
        QSKIP("php-fpm is not installed");
    const FpmVerdict verdict = phpFpmTest(edit->after);
    QVERIFY2(verdict.ok, qPrintable(verdict.output));
}

void TestPhpFpmPoolEdit::inserted()
{
    const QByteArray before = readFixesData(QStringLiteral("php-fpm/www-no-max-children.conf"));
    QVERIFY(!before.contains("\npm.max_children"));
    const Result<FileEdit, FixError> edit =
        PhpFpmPoolEdit::setMaxChildren(kPath, before, QStringLiteral("www"), 8);
    QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().message()));
    QByteArray expected = before;
    expected.replace("\npm = dynamic\n", "\npm = dynamic\npm.max_children = 8\n");
    QCOMPARE(edit->after, expected);
    QVERIFY(edit->changes[0].inserted);
    QCOMPARE(edit->changes[0].line, 117); // right below Debian's "pm = dynamic" (line 116)
    QCOMPARE(edit->after.split('\n').at(116), QByteArray("pm.max_children = 8"));
    QCOMPARE(PhpFpmPoolConfig::parse(kPath, QString::fromLatin1(edit->after))
                 .pool(QStringLiteral("www"))
                 ->maxChildren(),
             8);
    if (phpFpmBinary().isEmpty())
        QSKIP("php-fpm is not installed");
    QVERIFY2(!phpFpmTest(before).ok, "php-fpm takes a pool without pm.max_children"); // it is required
    const FpmVerdict verdict = phpFpmTest(edit->after);
    QVERIFY2(verdict.ok, qPrintable(verdict.output));
}

void TestPhpFpmPoolEdit::crlf()
{
    const QByteArray before = readFixesData(QStringLiteral("php-fpm/www-crlf.conf"));
    const Result<FileEdit, FixError> edit =
        PhpFpmPoolEdit::setMaxChildren(kPath, before, QStringLiteral("www"), 10);
    QVERIFY(edit.ok());
    QByteArray expected = before;
    expected.replace("\r\npm.max_children = 5\r\n", "\r\npm.max_children = 10\r\n");
    QCOMPARE(edit->after, expected);
    // And inserted with CRLF too.
    QByteArray without = before;
    without.replace("pm.max_children = 5\r\n", "");
    const Result<FileEdit, FixError> insert =
        PhpFpmPoolEdit::setMaxChildren(kPath, without, QStringLiteral("www"), 10);
    QVERIFY(insert.ok());
    QVERIFY(insert->after.contains("\r\npm = dynamic\r\npm.max_children = 10\r\n"));
    QCOMPARE(insert->after.count("\r\n"), insert->after.count('\n'));
}

void TestPhpFpmPoolEdit::quotedWithComment()
{
    const QByteArray before = readFixesData(QStringLiteral("php-fpm/www-quoted.conf"));
    const Result<FileEdit, FixError> edit =
        PhpFpmPoolEdit::setMaxChildren(kPath, before, QStringLiteral("www"), 9);
    QVERIFY(edit.ok());
    QByteArray expected = before;
    expected.replace("pm.max_children = \"7\" ; raised after the outage",
                     "pm.max_children = \"9\" ; raised after the outage");
    QCOMPARE(edit->after, expected);
    QCOMPARE(edit->changes[0].oldValue, QStringLiteral("7"));
    if (phpFpmBinary().isEmpty())
        QSKIP("php-fpm is not installed");
    const FpmVerdict verdict = phpFpmTest(edit->after);
    QVERIFY2(verdict.ok, qPrintable(verdict.output));
}

void TestPhpFpmPoolEdit::secondPoolOnly()
{
    const QByteArray before = readFixesData(QStringLiteral("php-fpm/two-pools.conf"));
    const Result<FileEdit, FixError> edit =
        PhpFpmPoolEdit::setMaxChildren(kPath, before, QStringLiteral("shop"), 20);
    QVERIFY(edit.ok());
    const PhpFpmPoolConfig after = PhpFpmPoolConfig::parse(kPath, QString::fromLatin1(edit->after));
    QCOMPARE(after.pool(QStringLiteral("www"))->maxChildren(), 5);
    QCOMPARE(after.pool(QStringLiteral("shop"))->maxChildren(), 20);
    // The second "pm.max_children = 5" (shop's) is the one that changed.
    const qsizetype first = before.indexOf("\npm.max_children = 5\n");
    const qsizetype second = before.indexOf("\npm.max_children = 5\n", first + 1);
    QVERIFY(first > 0 && second > first);
    QCOMPARE(edit->after, before.left(second) + "\npm.max_children = 20\n" + before.mid(second + 21));
    QCOMPARE(edit->changes[0].line, int(before.left(second).count('\n')) + 2);
}

void TestPhpFpmPoolEdit::refused()
{
    const QByteArray before = readFixesData(QStringLiteral("php-fpm/www.conf"));
    for (int value : {0, -3, PhpFpmPoolEdit::maxValue() + 1}) {
        const Result<FileEdit, FixError> r =
            PhpFpmPoolEdit::setMaxChildren(kPath, before, QStringLiteral("www"), value);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), FixError::Kind::InvalidValue);
    }
    QVERIFY(PhpFpmPoolEdit::setMaxChildren(kPath, before, QStringLiteral("www"), PhpFpmPoolEdit::maxValue())
                .ok());
    const Result<FileEdit, FixError> missing =
        PhpFpmPoolEdit::setMaxChildren(kPath, before, QStringLiteral("shop"), 10);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), FixError::Kind::NotFound);
    QVERIFY(missing.error().message().contains(QLatin1String("[shop]")));
}

// Debian's pool is dynamic with pm.max_spare_servers = 3: 3 children is the least
// php-fpm takes, and our refusal of 2 says what php-fpm says.
void TestPhpFpmPoolEdit::spareServersRule()
{
    const QByteArray before = readFixesData(QStringLiteral("php-fpm/www.conf"));
    const Result<FileEdit, FixError> two =
        PhpFpmPoolEdit::setMaxChildren(kPath, before, QStringLiteral("www"), 2);
    QVERIFY(!two.ok());
    QCOMPARE(two.error().kind(), FixError::Kind::Inconsistent);
    QCOMPARE(two.error().line(), 142); // Debian's pm.max_spare_servers
    const Result<FileEdit, FixError> three =
        PhpFpmPoolEdit::setMaxChildren(kPath, before, QStringLiteral("www"), 3);
    QVERIFY(three.ok());
    if (phpFpmBinary().isEmpty())
        QSKIP("php-fpm is not installed");
    QVERIFY2(phpFpmTest(three->after).ok, "php-fpm refuses 3");
    QByteArray byHand = before;
    byHand.replace("\npm.max_children = 5\n", "\npm.max_children = 2\n");
    const FpmVerdict verdict = phpFpmTest(byHand);
    QVERIFY(!verdict.ok);
    const QString rule = QStringLiteral(
        "pm.min_spare_servers(1) and pm.max_spare_servers(3) cannot be greater than pm.max_children(2)");
    QVERIFY2(verdict.output.contains(rule), qPrintable(verdict.output));
    QVERIFY2(two.error().message().contains(rule), qPrintable(two.error().message()));
}

QTEST_GUILESS_MAIN(TestPhpFpmPoolEdit)
#include "tst_phpfpmpooledit.moc"

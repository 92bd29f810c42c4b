#include "app/probes/SelinuxState.h"
#include "tests/probes/ProbeCapture.h"

#include <QtTest>

using namespace gd;

// Captures: tests/data/probes/selinux (README there). getenforce/getsebool are real from
// this Debian container (SELinux off); the AVC lines come from a public write-up.
class TestSelinuxState : public QObject
{
    Q_OBJECT

private slots:
    void commands()
    {
        QCOMPARE(SelinuxState::getenforceCommand(), QStringList{QStringLiteral("getenforce")});
        QCOMPARE(SelinuxState::getseboolCommand().last(), QStringLiteral("httpd_can_network_connect"));
    }

    void getenforce()
    {
        const auto disabled = SelinuxState::parseGetenforce(
            ProbeCapture::load(QStringLiteral("selinux"), QStringLiteral("getenforce")));
        QVERIFY(disabled.ok());
        QCOMPARE(*disabled, SelinuxState::Mode::Disabled);
        const auto missing = SelinuxState::parseGetenforce(
            ProbeCapture::load(QStringLiteral("selinux"), QStringLiteral("getenforce-not-found")));
        QVERIFY(missing.ok());
        QCOMPARE(*missing, SelinuxState::Mode::NotInstalled);
        QCOMPARE(*SelinuxState::parseGetenforce(ProbeOutput{QByteArray("Enforcing\n"), {}, 0}),
                 SelinuxState::Mode::Enforcing);
        QCOMPARE(*SelinuxState::parseGetenforce(ProbeOutput{QByteArray("Permissive\n"), {}, 0}),
                 SelinuxState::Mode::Permissive);
        QVERIFY(!SelinuxState::parseGetenforce(ProbeOutput{QByteArray("\0\0", 2), {}, 0}).ok());
        QVERIFY(!SelinuxState::parseGetenforce(ProbeOutput{}).ok());
        QVERIFY(!SelinuxState::parseGetenforce(ProbeOutput{QByteArray("maybe\n"), {}, 0}).ok());
    }

    void getsebool()
    {
        const QString b = QStringLiteral("httpd_can_network_connect");
        const auto disabled = SelinuxState::parseGetsebool(
            ProbeCapture::load(QStringLiteral("selinux"), QStringLiteral("getsebool")), b);
        QVERIFY(disabled.ok());
        QVERIFY(!disabled->has_value());
        // "name --> off" is getsebool's output format (selinux-utils).
        const auto off = SelinuxState::parseGetsebool(
            ProbeOutput{QByteArray("httpd_can_network_connect --> off\n"), {}, 0}, b);
        QVERIFY(off.ok());
        QCOMPARE(off->value_or(true), false);
        const auto on = SelinuxState::parseGetsebool(
            ProbeOutput{QByteArray("httpd_can_network_connect --> on\n"), {}, 0}, b);
        QCOMPARE(on->value_or(false), true);
        QVERIFY(!SelinuxState::parseGetsebool(ProbeOutput{QByteArray("garbage\n"), {}, 0}, b).ok());
    }

    void avc()
    {
        const QList<AvcDenial> all = SelinuxState::parseAvcLog(
            ProbeCapture::read(QStringLiteral("selinux"), QStringLiteral("audit-avc-public.log")));
        QCOMPARE(all.size(), 2);
        const AvcDenial &d = all.first();
        QCOMPARE(d.permissions, QStringList{QStringLiteral("name_connect")});
        QCOMPARE(d.comm, QStringLiteral("nginx"));
        QCOMPARE(d.pid, 10795);
        QCOMPARE(d.destPort.value_or(0), 9200);
        QCOMPARE(d.sourceContext, QStringLiteral("system_u:system_r:httpd_t:s0"));
        QCOMPARE(d.targetClass, QStringLiteral("tcp_socket"));
        QVERIFY(!d.permissive);
        QVERIFY(SelinuxState::parseAvcLog(
                    ProbeCapture::read(QStringLiteral("selinux"), QStringLiteral("audit-avc-public.log")),
                    QStringLiteral("php-fpm"))
                    .isEmpty());
        QVERIFY(!SelinuxState::parseAvcLine(QStringLiteral("type=SYSCALL msg=audit(1.2:3): arch=c000003e"))
                     .has_value());
        QVERIFY(SelinuxState::parseAvcLog(QByteArray("\0\x01\x02", 3)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSelinuxState)
#include "tst_probes_selinuxstate.moc"

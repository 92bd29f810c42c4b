// ChangeValidator: the allowlist, hostile input, and, with the real nginx -t as the
// judge, that it accepts exactly the values and combinations nginx accepts (apart from
// the stricter limits it sets on purpose, each listed and proven to be ours).
#include "app/fixes/ChangeValidator.h"
#include "tests/fixes/FixesTestData.h"

#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace gd;
using gd::test::NginxJudge;
using gd::test::NginxVerdict;

namespace {

const QByteArray kMainPath = "/etc/nginx/nginx.conf";

// events {} http { server { location / { location /n/ {} } } } with directives at each
// level: the shape every case here is written in, for nginx and for us alike.
struct Levels
{
    QList<QByteArray> http, server, location, nested;

    QByteArray text() const
    {
        auto lines = [](const QList<QByteArray> &ds, const QByteArray &indent) {
            QByteArray out;
            for (const QByteArray &d : ds)
                out += indent + d + ";\n";
            return out;
        };
        return "events {}\nhttp {\n" + NginxJudge::httpPreamble() + lines(http, "    ") +
               "    server {\n        listen 127.0.0.1:1;\n" + lines(server, "        ") +
               "        location / {\n" + lines(location, "            ") + "            location /n/ {\n" +
               lines(nested, "                ") + "            }\n        }\n    }\n}\n";
    }
};

NginxConfig parse(const QByteArray &text)
{
    return NginxConfig::fromText(QString::fromLatin1(kMainPath), QString::fromUtf8(text));
}

const NginxDirective *serverOf(const NginxConfig &config)
{
    return config.servers().value(0);
}

const NginxDirective *locationOf(const NginxConfig &config)
{
    const NginxDirective *server = serverOf(config);
    return server ? config.locations(*server).value(0) : nullptr;
}

QString describe(const Result<QList<SettingChange>, FixError> &r)
{
    return r.ok() ? QStringLiteral("accepted") : QStringLiteral("refused: ") + r.error().message();
}

} // namespace

class TestChangeValidator : public QObject
{
    Q_OBJECT
private slots:
    void notAllowed_data();
    void notAllowed();
    void hostile_data();
    void hostile();
    void monthsAreNotMinutes();
    void spelling_data();
    void spelling();
    void valuesAsNginxReadsThem_data();
    void valuesAsNginxReadsThem();
    void combinationsAsNginxJudgesThem();
    void randomValuesNeverPastNginx();
    void nestedBlocksAreChecked();
    void derivedDefaultsAndTheHint();
    void duplicatesAndEmpty();
};

void TestChangeValidator::notAllowed_data()
{
    QTest::addColumn<QString>("directive");
    QTest::newRow("proxy_pass") << "proxy_pass";
    QTest::newRow("include") << "include";
    QTest::newRow("client_max_body_size") << "client_max_body_size";
    QTest::newRow("proxy_temp_file_write_size") << "proxy_temp_file_write_size";
    QTest::newRow("grpc_buffers (nginx has none)") << "grpc_buffers";
    QTest::newRow("grpc_busy_buffers_size (nginx has none)") << "grpc_busy_buffers_size";
    QTest::newRow("case") << "Proxy_Read_Timeout";
    QTest::newRow("trailing semicolon") << "proxy_read_timeout;";
    QTest::newRow("with a newline") << "proxy_read_timeout\ninclude";
    QTest::newRow("empty") << "";
}

void TestChangeValidator::notAllowed()
{
    QFETCH(QString, directive);
    const NginxConfig config = parse(Levels().text());
    const Result<QList<SettingChange>, FixError> r = ChangeValidator::validate(
        {{directive, QStringLiteral("75s")}}, EffectiveSettings::of(config, locationOf(config)));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), FixError::Kind::NotAllowed);
    QVERIFY2(r.error().message().contains(QLatin1String("timeouts and buffers")),
             qPrintable(r.error().message()));
    // The config-wide check refuses it the same way.
    const Result<QList<SettingChange>, FixError> r2 =
        ChangeValidator::validate({{directive, QStringLiteral("75s")}}, config, nullptr);
    QCOMPARE(r2.error().kind(), FixError::Kind::NotAllowed);
}

void TestChangeValidator::hostile_data()
{
    QTest::addColumn<QString>("directive");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason"); // a part of the message that says what is wrong
    const QString t = QStringLiteral("proxy_read_timeout");
    const QString b = QStringLiteral("proxy_buffers");
    QTest::newRow("second directive") << t << "75s; include /etc/passwd"
                                      << "ends a directive";
    QTest::newRow("newline") << t << "75s\ninclude /etc/passwd;"
                             << "line break";
    QTest::newRow("carriage return") << t << "75s\r"
                                     << "line break";
    QTest::newRow("unicode line separator") << t << QStringLiteral("75s\u2028x") << "line break";
    QTest::newRow("shell") << t << "$(reboot)"
                           << "expands a variable";
    QTest::newRow("backticks") << t << "`id`"
                               << "quote";
    QTest::newRow("variable") << t << "${timeout}"
                              << "expands a variable";
    QTest::newRow("double quotes") << t << "\"75s\""
                                   << "quote";
    QTest::newRow("single quotes") << t << "'75s'"
                                   << "quote";
    QTest::newRow("close block") << t << "75s}"
                                 << "block";
    QTest::newRow("open block") << t << "{"
                                << "block";
    QTest::newRow("comment") << t << "75s #"
                             << "comment";
    QTest::newRow("NUL") << t << QString::fromLatin1("75\0s", 4) << "NUL";
    QTest::newRow("escaped semicolon") << t << "75s\\;"
                                       << "backslash";
    QTest::newRow("backslash") << t << "75s\\n"
                               << "backslash";
    QTest::newRow("tab") << b << "8\t16k"
                         << "control character";
    QTest::newRow("escape sequence") << t << "75s\x1b[2J"
                                     << "control character";
    QTest::newRow("buffers with a third word") << b << "8 16k include"
                                               << "two values";
    QTest::newRow("buffers smuggling") << b << "8 16k; proxy_pass http://evil"
                                       << "ends a directive";
    QTest::newRow("fullwidth digits") << t << QStringLiteral("\uff17\uff15s") << "not a valid nginx time";
    QTest::newRow("arabic digits") << t << QStringLiteral("\u0667\u0665s") << "not a valid nginx time";
    QTest::newRow("space inside") << t << "75 s"
                                  << "not a valid nginx time";
    QTest::newRow("size with space") << QStringLiteral("proxy_buffer_size") << "16 k"
                                     << "not a valid nginx size";
    QTest::newRow("huge number") << t << "99999999999999999999999s"
                                 << "not a valid nginx time";
}

void TestChangeValidator::hostile()
{
    QFETCH(QString, directive);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    const NginxConfig config = parse(Levels().text());
    const Result<QList<SettingChange>, FixError> r =
        ChangeValidator::validate({{directive, value}}, EffectiveSettings::of(config, locationOf(config)));
    QVERIFY2(!r.ok(), "hostile input accepted");
    QCOMPARE(r.error().kind(), FixError::Kind::InvalidValue);
    QVERIFY2(r.error().message().contains(reason), qPrintable(r.error().message()));
    // The message never carries the raw control characters back to the screen.
    for (QChar c : r.error().message())
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x2028, qPrintable(r.error().message()));
}

void TestChangeValidator::spelling_data()
{
    QTest::addColumn<QString>("directive");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("bare seconds stay") << "proxy_read_timeout"
                                       << "75"
                                       << "75";
    QTest::newRow("unit stays") << "proxy_read_timeout"
                                << "75s"
                                << "75s";
    QTest::newRow("spaces trimmed") << "proxy_read_timeout"
                                    << "  75s "
                                    << "75s";
    QTest::newRow("compound stays") << "fastcgi_read_timeout"
                                    << "1h30m"
                                    << "1h30m";
    QTest::newRow("upper K stays") << "grpc_buffer_size"
                                   << "16K"
                                   << "16K";
    QTest::newRow("buffers joined") << "proxy_buffers"
                                    << " 8   16k "
                                    << "8 16k";
}

void TestChangeValidator::monthsAreNotMinutes()
{
    const NginxConfig config = parse(Levels().text());
    const Result<QList<SettingChange>, FixError> r =
        ChangeValidator::validate({{QStringLiteral("proxy_read_timeout"), QStringLiteral("5M")}},
                                  EffectiveSettings::of(config, locationOf(config)));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message().contains(QLatin1String("M means months; minutes are m")),
             qPrintable(r.error().message()));
}

void TestChangeValidator::spelling()
{
    QFETCH(QString, directive);
    QFETCH(QString, value);
    QFETCH(QString, written);
    const NginxConfig config = parse(Levels().text());
    const Result<QList<SettingChange>, FixError> r =
        ChangeValidator::validate({{directive, value}}, EffectiveSettings::of(config, locationOf(config)));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->first().directive, directive);
    QCOMPARE(r->first().value, written);
}

void TestChangeValidator::valuesAsNginxReadsThem_data()
{
    QTest::addColumn<QString>("directive");
    QTest::addColumn<QString>("value");
    // "": we decide as nginx does. Otherwise nginx takes the value and we refuse it on
    // purpose, for this reason (a part of our message).
    QTest::addColumn<QString>("ourLimit");
    const QString t = QStringLiteral("proxy_read_timeout");
    const QString s = QStringLiteral("grpc_buffer_size"); // a size with no buffer rules around it
    const QString b = QStringLiteral("proxy_buffers");
    const QString none;
    QTest::newRow("75s") << t << "75s" << none;
    QTest::newRow("75 (seconds)") << t << "75" << none;
    QTest::newRow("leading zero") << t << "075s" << none;
    QTest::newRow("1h30m") << t << "1h30m" << none;
    QTest::newRow("500ms") << t << "500ms" << none;
    QTest::newRow("2m") << t << "2m" << none;
    QTest::newRow("1d") << t << "1d" << none;
    QTest::newRow("24h") << t << "24h" << none;
    QTest::newRow("fastcgi 30s") << "fastcgi_read_timeout"
                                 << "30s" << none;
    QTest::newRow("uwsgi connect") << "uwsgi_connect_timeout"
                                   << "5s" << none;
    QTest::newRow("scgi send") << "scgi_send_timeout"
                               << "90s" << none;
    QTest::newRow("grpc read") << "grpc_read_timeout"
                               << "10m" << none;
    QTest::newRow("1y") << t << "1y" << none;
    QTest::newRow("1.5s") << t << "1.5s" << none;
    QTest::newRow("-5s") << t << "-5s" << none;
    QTest::newRow("5S") << t << "5S" << none;
    QTest::newRow("unit only") << t << "s" << none;
    QTest::newRow("smaller unit first") << t << "5ms5s" << none;
    QTest::newRow("unit twice") << t << "1m1m" << none;
    QTest::newRow("two words") << t << "1h 30m" << none;
    QTest::newRow("empty") << t << "" << none;
    QTest::newRow("hex") << t << "0x10" << none;
    QTest::newRow("0") << t << "0"
                       << "cannot be 0";
    QTest::newRow("0s") << t << "0s"
                        << "cannot be 0";
    QTest::newRow("25h") << t << "25h"
                         << "longer than a day";
    QTest::newRow("2w") << t << "2w"
                        << "longer than a day";
    QTest::newRow("5M (months)") << t << "5M" << none;

    QTest::newRow("16k") << s << "16k" << none;
    QTest::newRow("16K") << s << "16K" << none;
    QTest::newRow("bytes") << s << "16384" << none;
    QTest::newRow("1m") << s << "1m" << none;
    QTest::newRow("1M") << s << "1M" << none;
    QTest::newRow("64m") << s << "64m" << none;
    QTest::newRow("1g (not in nginx 1.22)") << s << "1g" << none;
    QTest::newRow("16kb") << s << "16kb" << none;
    QTest::newRow("1.5k") << s << "1.5k" << none;
    QTest::newRow("k") << s << "k" << none;
    QTest::newRow("-1") << s << "-1" << none;
    QTest::newRow("size in two words") << s << "16 k" << none;
    QTest::newRow("size 0") << s << "0"
                            << "cannot be 0";
    QTest::newRow("65m") << s << "65m"
                         << "larger than 64m";
    QTest::newRow("1024m") << s << "1024m"
                           << "larger than 64m";

    QTest::newRow("8 16k") << b << "8 16k" << none;
    QTest::newRow("8  16k") << b << "8  16k" << none;
    QTest::newRow("08 4k") << b << "08 4k" << none;
    QTest::newRow("32 4k") << b << "32 4k" << none;
    QTest::newRow("1 4k (rule)") << b << "1 4k" << none;
    QTest::newRow("2 4k (rule)") << b << "2 4k" << none;
    QTest::newRow("0 4k") << b << "0 4k" << none;
    QTest::newRow("8 0") << b << "8 0" << none;
    QTest::newRow("+8 4k") << b << "+8 4k" << none;
    QTest::newRow("one word") << b << "8" << none;
    QTest::newRow("three words") << b << "8 4k 2" << none;
    QTest::newRow("8 1g") << b << "8 1g" << none;
    QTest::newRow("2000 4k") << b << "2000 4k"
                             << "use at most 1024 buffers";
    QTest::newRow("100000 4k") << b << "100000 4k"
                               << "not a valid number of buffers";
    QTest::newRow("8 64m") << b << "8 64m"
                           << "use at most 1024 buffers and 256m";
    QTest::newRow("4 65m") << b << "4 65m"
                           << "larger than 64m";
}

void TestChangeValidator::valuesAsNginxReadsThem()
{
    if (!NginxJudge::available())
        QSKIP("nginx is not installed");
    QFETCH(QString, directive);
    QFETCH(QString, value);
    QFETCH(QString, ourLimit);
    NginxJudge nginx;
    Levels after;
    after.location.append(directive.toUtf8() + ' ' + value.toUtf8());
    const NginxVerdict verdict = nginx.testConfig(after.text());
    QVERIFY2(verdict.ran, "nginx -t did not run");

    const NginxConfig before = parse(Levels().text());
    const Result<QList<SettingChange>, FixError> ours =
        ChangeValidator::validate({{directive, value}}, before, locationOf(before));
    const Result<QList<SettingChange>, FixError> oursHere =
        ChangeValidator::validate({{directive, value}}, EffectiveSettings::of(before, locationOf(before)));
    QCOMPARE(oursHere.ok(), ours.ok());

    if (ourLimit.isEmpty()) {
        QVERIFY2(ours.ok() == verdict.ok,
                 qPrintable(QStringLiteral("nginx: %1\nours: %2").arg(verdict.output, describe(ours))));
        if (!ours.ok()) {
            // nginx's own rule message is in ours, word for word; anything else nginx
            // refused is a value we call invalid.
            if (verdict.emerg.contains(QLatin1String("must"))) {
                QCOMPARE(ours.error().kind(), FixError::Kind::Inconsistent);
                QVERIFY2(ours.error().message().contains(verdict.emerg), qPrintable(ours.error().message()));
            } else {
                QCOMPARE(ours.error().kind(), FixError::Kind::InvalidValue);
            }
        }
    } else {
        QVERIFY2(verdict.ok, qPrintable(QStringLiteral("nginx refuses it itself: ") + verdict.output));
        QVERIFY(!ours.ok());
        QCOMPARE(ours.error().kind(), FixError::Kind::InvalidValue);
        QVERIFY2(ours.error().message().contains(ourLimit), qPrintable(ours.error().message()));
    }
}

// Random placements of the five directives that take part in the buffer rules (at http,
// server, location or a nested location), random changes written into the server or the
// location: whatever nginx -t says about the edited config, we say about the change.
// The fuzzing property, on a sample the real nginx can judge in seconds: random values
// made of the characters that matter (digits, every unit letter, signs, separators,
// quotes, nginx and shell syntax) for a time, a size and a buffer directive. Whatever
// we accept, nginx -t must accept too.
void TestChangeValidator::randomValuesNeverPastNginx()
{
    if (!NginxJudge::available())
        QSKIP("nginx is not installed");
    const QString alphabet = QStringLiteral("0123456789000111555smhdwMyKkmMgGb .-+;${}\"'#\\x\t");
    const QStringList directives{QStringLiteral("proxy_read_timeout"), QStringLiteral("grpc_buffer_size"),
                                 QStringLiteral("proxy_buffers"), QStringLiteral("fastcgi_connect_timeout")};
    QRandomGenerator random(20261206);
    NginxJudge nginx;
    const NginxConfig before = parse(Levels().text());
    int accepted = 0, tried = 0;
    QSet<QString> seen;
    while (accepted < 150 && tried < 20000) {
        ++tried;
        const QString directive = directives.at(random.bounded(int(directives.size())));
        QString value;
        const int length = 1 + random.bounded(6);
        for (int i = 0; i < length; ++i)
            value += alphabet.at(random.bounded(int(alphabet.size())));
        if (directive == QLatin1String("proxy_buffers") && random.bounded(2))
            value = QString::number(1 + random.bounded(32)) + QLatin1Char(' ') + value;
        if (seen.contains(directive + value))
            continue;
        seen.insert(directive + value);
        const Result<QList<SettingChange>, FixError> ours =
            ChangeValidator::validate({{directive, value}}, before, locationOf(before));
        if (!ours.ok())
            continue;
        ++accepted;
        Levels after;
        after.location.append(directive.toUtf8() + ' ' + value.toUtf8());
        const NginxVerdict verdict = nginx.testConfig(after.text());
        QVERIFY2(verdict.ran, "nginx -t did not run");
        QVERIFY2(verdict.ok, qPrintable(QStringLiteral("we accept %1 \"%2\", nginx -t does not: %3")
                                            .arg(directive, value, verdict.output)));
    }
    qInfo("%d random values tried, %d accepted by us and by nginx -t", tried, accepted);
    QCOMPARE(accepted, 150); // the sample is not empty: the generator reaches valid values
}

void TestChangeValidator::combinationsAsNginxJudgesThem()
{
    if (!NginxJudge::available())
        QSKIP("nginx is not installed");
    const QList<QByteArray> modules = {"proxy_", "fastcgi_", "uwsgi_", "scgi_"};
    const QList<QByteArray> bufferSizes = {"4k", "8k", "16k", "32k", "64k"};
    const QList<QByteArray> buffers = {"2 4k",   "3 8k",  "4 16k", "8 4k", "8 8k",
                                       "16 16k", "4 64k", "1 8k",  "6 32k"};
    const QList<QByteArray> busy = {"4k", "8k", "16k", "32k", "64k", "128k"};
    const QList<QByteArray> tempWrite = {"4k", "16k", "64k", "128k"};
    const QList<QByteArray> maxTemp = {"0", "8k", "32k", "1m"};
    const QList<QByteArray> suffixes = {"buffer_size", "buffers", "busy_buffers_size", "temp_file_write_size",
                                        "max_temp_file_size"};
    const QList<QList<QByteArray>> pools = {bufferSizes, buffers, busy, tempWrite, maxTemp};

    QRandomGenerator random(20261123);
    NginxJudge nginx;
    int judged = 0, accepted = 0, refused = 0, hereCompared = 0, invalidBefore = 0;
    QStringList failures;
    for (int n = 0; n < 1200 && judged < 500; ++n) {
        const QByteArray p = modules.at(random.bounded(int(modules.size())));
        const bool atServer = random.bounded(3) == 0;
        Levels before;
        QList<QList<QByteArray> *> levels = {&before.http, &before.server, &before.location, &before.nested};
        int placed[5] = {-1, -1, -1, -1, -1};
        for (int i = 0; i < 5; ++i) {
            const int where = random.bounded(8); // half of them unset
            if (where < 4) {
                placed[i] = where;
                levels[where]->append(p + suffixes.at(i) + ' ' +
                                      pools.at(i).at(random.bounded(int(pools.at(i).size()))));
            }
        }
        QList<SettingChange> changes;
        for (int i = 0; i < 3; ++i) {
            if (random.bounded(2) == 0)
                changes.append(
                    {QString::fromLatin1(p + suffixes.at(i)),
                     QString::fromLatin1(pools.at(i).at(random.bounded(int(pools.at(i).size()))))});
        }
        if (changes.isEmpty())
            continue;
        // The fix only ever starts from a config nginx accepts.
        if (!nginx.testConfig(before.text()).ok) {
            ++invalidBefore;
            continue;
        }
        const int target = atServer ? 1 : 2;
        Levels after = before;
        QList<QByteArray> &targetLevel = atServer ? after.server : after.location;
        for (const SettingChange &c : changes) {
            const QByteArray line = c.directive.toLatin1() + ' ' + c.value.toLatin1();
            qsizetype existing = -1; // set in the block already: changed in place
            for (qsizetype i = 0; i < targetLevel.size(); ++i) {
                if (targetLevel.at(i).startsWith(c.directive.toLatin1() + ' '))
                    existing = i;
            }
            if (existing >= 0)
                targetLevel[existing] = line;
            else
                targetLevel.append(line);
        }
        const NginxVerdict verdict = nginx.testConfig(after.text());
        QVERIFY2(verdict.ran, "nginx -t did not run");
        ++judged;
        verdict.ok ? ++accepted : ++refused;

        const NginxConfig config = parse(before.text());
        const NginxDirective *block = atServer ? serverOf(config) : locationOf(config);
        QVERIFY(block);
        const Result<QList<SettingChange>, FixError> ours = ChangeValidator::validate(changes, config, block);
        QString changeText;
        for (const SettingChange &c : changes)
            changeText += c.directive + QLatin1Char(' ') + c.value + QLatin1String("; ");
        const QString context =
            QStringLiteral("case %1 at %2: %3\n%4\nnginx: %5\nours: %6")
                .arg(n)
                .arg(atServer ? QStringLiteral("server") : QStringLiteral("location"), changeText,
                     QString::fromUtf8(after.text()), verdict.output, describe(ours));
        if (ours.ok() != verdict.ok) {
            failures.append(context);
            continue;
        }
        if (!ours.ok()) {
            if (ours.error().kind() != FixError::Kind::Inconsistent ||
                !ours.error().message().contains(verdict.emerg))
                failures.append(QStringLiteral("other message\n") + context);
        }
        // Without anything of this module below the edited block, its own effective
        // settings decide alone, and the simple overload must agree.
        bool below = false;
        for (int i = 0; i < 5; ++i)
            below = below || placed[i] > target;
        if (!below) {
            ++hereCompared;
            const Result<QList<SettingChange>, FixError> here =
                ChangeValidator::validate(changes, EffectiveSettings::of(config, block));
            if (here.ok() != verdict.ok)
                failures.append(QStringLiteral("EffectiveSettings overload\n") + context);
        }
    }
    qInfo("%d cases judged by nginx (%d accepted, %d refused), %d compared with the one-block overload, %d "
          "skipped as "
          "invalid before the change",
          judged, accepted, refused, hereCompared, invalidBefore);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 3).join(QLatin1String("\n----\n"))));
    QVERIFY(judged >= 300);
    QVERIFY(accepted >= 60);
    QVERIFY(refused >= 60);
    QVERIFY(hereCompared >= 100);
}

// A change in the server that a nested location with its own values cannot take: the
// one-block overload does not see it, the config-wide one does, as nginx does.
void TestChangeValidator::nestedBlocksAreChecked()
{
    Levels before;
    before.location.append("proxy_busy_buffers_size 16k");
    const NginxConfig config = parse(before.text());
    const QList<SettingChange> changes = {{QStringLiteral("proxy_buffer_size"), QStringLiteral("32k")},
                                          {QStringLiteral("proxy_buffers"), QStringLiteral("8 32k")}};
    QVERIFY(ChangeValidator::validate(changes, EffectiveSettings::of(config, serverOf(config))).ok());
    const Result<QList<SettingChange>, FixError> r =
        ChangeValidator::validate(changes, config, serverOf(config));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), FixError::Kind::Inconsistent);
    QCOMPARE(r.error().file(), QString::fromLatin1(kMainPath));
    // It points at the location's proxy_busy_buffers_size.
    QCOMPARE(r.error().line(),
             int(before.text().left(before.text().indexOf("proxy_busy_buffers_size 16k")).count('\n')) + 1);
    QVERIFY2(r.error().message().contains(QLatin1String("location /")), qPrintable(r.error().message()));

    if (!NginxJudge::available())
        QSKIP("nginx is not installed");
    NginxJudge nginx;
    Levels after = before;
    after.server.append("proxy_buffer_size 32k");
    after.server.append("proxy_buffers 8 32k");
    const NginxVerdict verdict = nginx.testConfig(after.text());
    QVERIFY(!verdict.ok);
    QVERIFY2(r.error().message().contains(verdict.emerg), qPrintable(verdict.output));

    // Where the nested block sets the value the server change would otherwise give it,
    // the server's new value does not matter there.
    Levels shielded;
    shielded.location.append("proxy_buffer_size 4k");
    shielded.location.append("proxy_busy_buffers_size 16k");
    const NginxConfig config2 = parse(shielded.text());
    QVERIFY(!ChangeValidator::validate({{QStringLiteral("proxy_buffer_size"), QStringLiteral("32k")}},
                                       config2,
                                       serverOf(config2))
                 .ok()); // the server itself: 2 × 32k busy > 7 × 4k
    const Result<QList<SettingChange>, FixError> ok =
        ChangeValidator::validate({{QStringLiteral("proxy_buffer_size"), QStringLiteral("32k")},
                                   {QStringLiteral("proxy_busy_buffers_size"), QStringLiteral("32k")},
                                   {QStringLiteral("proxy_buffers"), QStringLiteral("16 4k")}},
                                  config2, serverOf(config2));
    QVERIFY2(ok.ok(), qPrintable(describe(ok)));
    Levels shieldedAfter = shielded;
    shieldedAfter.server += {"proxy_buffer_size 32k", "proxy_busy_buffers_size 32k", "proxy_buffers 16 4k"};
    QVERIFY2(nginx.testConfig(shieldedAfter.text()).ok, "nginx disagrees");
}

// The classic: a larger proxy_buffer_size with the default proxy_buffers. nginx derives
// busy_buffers_size = 2 × 64k, more than 7 × 4k: refused, and the hint names a buffers
// value that nginx then accepts.
void TestChangeValidator::derivedDefaultsAndTheHint()
{
    const NginxConfig config = parse(Levels().text());
    const Result<QList<SettingChange>, FixError> r = ChangeValidator::validate(
        {{QStringLiteral("proxy_buffer_size"), QStringLiteral("64k")}}, config, locationOf(config));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), FixError::Kind::Inconsistent);
    const QString m = r.error().message();
    QVERIFY2(m.contains(QLatin1String("\"proxy_busy_buffers_size\" must be less than the size of all "
                                      "\"proxy_buffers\" minus one buffer")),
             qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("128k (not set, so nginx uses twice 64k")), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("nginx's default")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("7 × 4k = 28k")), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("for example to 8 32k")), qPrintable(m));
    QVERIFY(r.error().file().isEmpty()); // nothing written anywhere conflicts: defaults

    const QList<SettingChange> withHint = {{QStringLiteral("proxy_buffer_size"), QStringLiteral("64k")},
                                           {QStringLiteral("proxy_buffers"), QStringLiteral("8 32k")}};
    QVERIFY(ChangeValidator::validate(withHint, config, locationOf(config)).ok());
    if (!NginxJudge::available())
        QSKIP("nginx is not installed");
    NginxJudge nginx;
    Levels after;
    after.location += {"proxy_buffer_size 64k", "proxy_buffers 8 32k"};
    QVERIFY2(nginx.testConfig(after.text()).ok, "nginx refuses the hinted value");
    Levels refused;
    refused.location.append("proxy_buffer_size 64k");
    QVERIFY(!nginx.testConfig(refused.text()).ok);
}

void TestChangeValidator::duplicatesAndEmpty()
{
    const NginxConfig config = parse(Levels().text());
    const Result<QList<SettingChange>, FixError> twice =
        ChangeValidator::validate({{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")},
                                   {QStringLiteral("proxy_read_timeout"), QStringLiteral("90s")}},
                                  EffectiveSettings::of(config, locationOf(config)));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().kind(), FixError::Kind::InvalidValue);
    const Result<QList<SettingChange>, FixError> none =
        ChangeValidator::validate({}, config, locationOf(config));
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    // Several modules at once, each checked by its own rules, order kept.
    const Result<QList<SettingChange>, FixError> mixed =
        ChangeValidator::validate({{QStringLiteral("fastcgi_read_timeout"), QStringLiteral("120")},
                                   {QStringLiteral("proxy_buffers"), QStringLiteral("16 8k")},
                                   {QStringLiteral("uwsgi_buffer_size"), QStringLiteral("64k")}},
                                  config, locationOf(config));
    QVERIFY(!mixed.ok()); // uwsgi: 2 × 64k busy > 7 × 4k
    QVERIFY2(mixed.error().message().contains(QLatin1String("\"uwsgi_busy_buffers_size\"")),
             qPrintable(mixed.error().message()));
}

QTEST_GUILESS_MAIN(TestChangeValidator)
#include "tst_changevalidator.moc"

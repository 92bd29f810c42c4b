// The man page and --help cannot drift apart: every command's options, as the
// program itself lists them, are described in resources/man/gateway-doctor.1, and
// every option the page describes is one the program has. The page also has the
// sections an admin looks for, and groff formats it without a warning.
#include "tests/TestConfig.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {

const QList<QStringList> kCommands{
    {},
    {QStringLiteral("diagnose")},
    {QStringLiteral("fix"), QStringLiteral("apply")},
    {QStringLiteral("fix"), QStringLiteral("timeouts")},
    {QStringLiteral("fix"), QStringLiteral("max-children")},
    {QStringLiteral("reload")},
    {QStringLiteral("restart-upstream")},
    {QStringLiteral("monitor")},
    {QStringLiteral("rollback")},
    {QStringLiteral("practice")},
};

QString helpOf(const QStringList &command)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GD_BINARY), command + QStringList{QStringLiteral("--help")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// "  -o, --output <FILE>   ..." -> {"-o", "--output"}
QStringList optionsIn(const QString &help)
{
    static const QRegularExpression line(
        QStringLiteral("^  (?:(-[A-Za-z0-9]), )?(--[A-Za-z0-9][A-Za-z0-9-]*)"),
        QRegularExpression::MultilineOption);
    QStringList options;
    for (auto it = line.globalMatch(help); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty())
            options << m.captured(1);
        options << m.captured(2);
    }
    return options;
}

QString page()
{
    QFile file(QStringLiteral(GD_SOURCE_DIR "/resources/man/gateway-doctor.1"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Options as troff writes them: \-\-name, or \-o for a short one.
QSet<QString> optionsOnPage(const QString &text)
{
    static const QRegularExpression escaped(
        QStringLiteral("(?<![\\w\\\\-])\\\\-(\\\\-)?([A-Za-z0-9](?:[A-Za-z0-9]|\\\\-)*)"));
    QSet<QString> options;
    for (auto it = escaped.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString name = m.captured(2);
        name.replace(QStringLiteral("\\-"), QStringLiteral("-"));
        if (m.captured(1).isEmpty() && name.size() != 1)
            continue; // "\-t" of nginx -t is one letter; a word after one dash is prose
        options << (m.captured(1).isEmpty() ? QStringLiteral("-") : QStringLiteral("--")) + name;
    }
    return options;
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void everyOptionIsOnThePage()
    {
        const QString text = page();
        QVERIFY(!text.isEmpty());
        const QSet<QString> described = optionsOnPage(text);
        QStringList missing;
        for (const QStringList &command : kCommands) {
            const QString help = helpOf(command);
            QVERIFY2(!help.isEmpty(),
                     qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(" --help failed")));
            for (const QString &option : optionsIn(help)) {
                if (!described.contains(option))
                    missing << command.join(QLatin1Char(' ')) + QLatin1Char(' ') + option;
            }
            // Each command has its own heading or entry on the page.
            if (!command.isEmpty())
                QVERIFY2(text.contains(
                             command.join(QLatin1Char(' ')).replace(QLatin1Char('-'), QStringLiteral("\\-"))),
                         qPrintable(command.join(QLatin1Char(' '))));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not on the man page: ") + missing.join(QStringLiteral(", "))));
    }

    void everyOptionOnThePageExists()
    {
        QSet<QString> known;
        for (const QStringList &command : kCommands) {
            for (const QString &option : optionsIn(helpOf(command)))
                known << option;
        }
        // Options of other programs the page names in prose.
        const QSet<QString> others{QStringLiteral("-t"), QStringLiteral("-V")};
        QStringList stale;
        for (const QString &option : optionsOnPage(page())) {
            if (!known.contains(option) && !others.contains(option))
                stale << option;
        }
        stale.sort();
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("the man page describes options the program does not have: ") +
                            stale.join(QStringLiteral(", "))));
    }

    void thePageHasItsSections()
    {
        const QString text = page();
        for (const char *section : {"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS",
                                    "\"EXIT STATUS\"", "FILES", "ENVIRONMENT", "EXAMPLES", "\"SEE ALSO\""})
            QVERIFY2(text.contains(QStringLiteral(".SH ") + QLatin1String(section)), section);
        // The practice subcommands are each described.
        for (const char *sub :
             {"list", "start", "status", "hint", "answer", "service", "check", "solve", "debrief", "stop"})
            QVERIFY2(
                text.contains(QRegularExpression(QStringLiteral("^\\.BI? \"?%1\\b").arg(QLatin1String(sub)),
                                                 QRegularExpression::MultilineOption)),
                sub);
        // The version on the page is the program's.
        QVERIFY2(text.contains(QStringLiteral("\"gateway-doctor " GD_VERSION "\"")),
                 "the .TH line names another version");
    }

    void groffFormatsItCleanly()
    {
        QProcess groff;
        groff.start(QStringLiteral("groff"),
                    {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                     QStringLiteral("-z"), QStringLiteral(GD_SOURCE_DIR "/resources/man/gateway-doctor.1")});
        if (!groff.waitForStarted())
            QSKIP("groff is not installed");
        QVERIFY(groff.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(groff.readAllStandardError()), QString());
        QCOMPARE(groff.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"

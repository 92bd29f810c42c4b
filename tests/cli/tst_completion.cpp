// bash completion (resources/completion/gateway-doctor.bash) run in a real bash for
// a few prefixes: commands, subcommands, options read from the program's --help,
// --ssh hosts from ~/.ssh/config and known_hosts, practice scenario ids, and files
// for an option that takes a FILE or PATH. The zsh one is run in a real zsh with
// the completion system's functions (_values, _arguments, compadd) replaced by ones
// that print what they were given: which branch runs and what it offers.
#include "remote/ShellQuote.h"
#include "tests/TestConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gd;

namespace {

// Each word quoted for a shell array, as the program quotes argv for remote shells.
QString quotedWords(const QStringList &words)
{
    QString array;
    for (const QString &w : words)
        array += QLatin1Char(' ') + ShellQuote::quote(w);
    return array;
}

// Runs `script` in `shell` with HOME set to `home` (and the C locale); its stdout
// lines, then its stderr as one more line when it said anything.
QStringList runShell(const QString &shell, const QStringList &options, const QString &script,
                     const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home);
    process.start(shell, options + QStringList{QStringLiteral("-c"), script});
    if (!process.waitForFinished(60000))
        return {QStringLiteral("(%1 did not finish)").arg(shell)};
    QStringList out =
        QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (!err.isEmpty())
        out << QStringLiteral("(stderr) ") + err;
    return out;
}

// Completes `words` (the last one is the word being typed) as bash would on Tab,
// with HOME set to `home`; returns COMPREPLY, sorted.
QStringList complete(const QStringList &words, const QString &home)
{
    const QString array = quotedWords(words);
    const QString script =
        QStringLiteral("source '" GD_SOURCE_DIR "/resources/completion/gateway-doctor.bash'\n"
                       "COMP_WORDS=(%1)\nCOMP_WORDS[0]='" GD_BINARY "'\nCOMP_CWORD=%2\n_gateway_doctor\n"
                       "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
            .arg(array)
            .arg(words.size() - 1);
    QStringList reply = runShell(QStringLiteral("bash"), {QStringLiteral("--norc")}, script, home);
    reply.sort();
    return reply;
}

// Runs resources/completion/_gateway-doctor in zsh for `words` (the last is being
// typed), then `after` (zsh code run once the file is sourced); returns stdout lines.
QStringList zshComplete(const QStringList &words, const QString &home, const QString &after = QString())
{
    const QString array = quotedWords(words.mid(1)); // words[0] is the program: the built one
    const QString script =
        QStringLiteral("_values() { shift; print -l -- \"$@\" }\n"
                       "_arguments() { shift; print -l -- \"$@\" }\n"
                       "_wanted() { shift 3; \"$@\" }\n"
                       "compadd() { [[ $1 == -a ]] && print -l -- ${(P)2} }\n"
                       "compset() { return 0 }\n"
                       "words=('" GD_BINARY "'%1)\nCURRENT=${#words}\nPREFIX=${words[CURRENT]}\n"
                       "source '" GD_SOURCE_DIR "/resources/completion/_gateway-doctor'\n%2\n")
            .arg(array, after);
    return runShell(QStringLiteral("zsh"), {QStringLiteral("-f")}, script, home);
}

bool haveZsh()
{
    return QFileInfo(QStringLiteral("/usr/bin/zsh")).isExecutable() ||
           QFileInfo(QStringLiteral("/bin/zsh")).isExecutable();
}

} // namespace

class TestCompletion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral(".ssh")));
        QFile config(m_home.filePath(QStringLiteral(".ssh/config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            "Host web1 web2\n    User admin\nHost *.internal\n    ProxyJump bastion\nHost bastion\n");
        config.close();
        QFile known(m_home.filePath(QStringLiteral(".ssh/known_hosts")));
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write("web3.example.org,192.0.2.7 ssh-ed25519 "
                    "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n"
                    "[web4.example.org]:2222 ssh-ed25519 "
                    "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n"
                    "|1|JfKTdBh7rNbXkVAQCRp4OQoPfmI=|USECr3SWf1JUPsms5AqfD5QfxkM= ssh-ed25519 "
                    "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n");
        known.close();
        QFile conf(m_home.filePath(QStringLiteral("nginx-test.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
    }

    void prefixes_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("expected");
        const QString gd = QStringLiteral("gateway-doctor");
        QTest::newRow("command") << QStringList{gd, QStringLiteral("dia")}
                                 << QStringList{QStringLiteral("diagnose")};
        QTest::newRow("r: three commands")
            << QStringList{gd, QStringLiteral("re")}
            << QStringList{QStringLiteral("reload"), QStringLiteral("restart-upstream")};
        QTest::newRow("fix subcommands")
            << QStringList{gd, QStringLiteral("fix"), QString()}
            << QStringList{QStringLiteral("apply"), QStringLiteral("max-children"),
                           QStringLiteral("timeouts")};
        QTest::newRow("options from --help")
            << QStringList{gd, QStringLiteral("diagnose"), QStringLiteral("--u")}
            << QStringList{QStringLiteral("--upstream-host"), QStringLiteral("--upstream-identity"),
                           QStringLiteral("--upstream-known-hosts"), QStringLiteral("--url")};
        QTest::newRow("a subcommand's own options")
            << QStringList{gd, QStringLiteral("fix"), QStringLiteral("timeouts"), QStringLiteral("--bu")}
            << QStringList{QStringLiteral("--buffer-size"), QStringLiteral("--buffers"),
                           QStringLiteral("--busy-buffers-size")};
        QTest::newRow("ssh hosts") << QStringList{gd, QStringLiteral("diagnose"), QStringLiteral("--ssh"),
                                                  QStringLiteral("web")}
                                   << QStringList{QStringLiteral("web1"), QStringLiteral("web2"),
                                                  QStringLiteral("web3.example.org"),
                                                  QStringLiteral("web4.example.org")};
        QTest::newRow("ssh user@host") << QStringList{gd, QStringLiteral("diagnose"), QStringLiteral("--ssh"),
                                                      QStringLiteral("root@bas")}
                                       << QStringList{QStringLiteral("root@bastion")};
        QTest::newRow("scenario ids")
            << QStringList{gd, QStringLiteral("practice"), QStringLiteral("start"),
                           QStringLiteral("upstream-")}
            << QStringList{QStringLiteral("upstream-crashed"), QStringLiteral("upstream-down"),
                           QStringLiteral("upstream-timeout")};
        QTest::newRow("a PATH value is a file")
            << QStringList{gd, QStringLiteral("diagnose"), QStringLiteral("--conf"),
                           QStringLiteral("nginx-t")}
            << QStringList{QStringLiteral("nginx-test.conf")};
        QTest::newRow("a URL value is not")
            << QStringList{gd, QStringLiteral("diagnose"), QStringLiteral("--url"), QStringLiteral("nginx-t")}
            << QStringList{};
        QTest::newRow("debrief formats")
            << QStringList{gd, QStringLiteral("practice"), QStringLiteral("debrief"),
                           QStringLiteral("--format"), QStringLiteral("h")}
            << QStringList{QStringLiteral("html")};
    }

    void prefixes()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        QCOMPARE(complete(words, m_home.path()), expected);
    }

    void zshSubcommandsAndScenarios()
    {
        if (!haveZsh())
            QSKIP("zsh is not installed");
        const QString gd = QStringLiteral("gateway-doctor");
        QCOMPARE(zshComplete({gd, QStringLiteral("fix"), QString()}, m_home.path()),
                 (QStringList{QStringLiteral("apply"), QStringLiteral("timeouts"),
                              QStringLiteral("max-children")}));
        const QStringList ids =
            zshComplete({gd, QStringLiteral("practice"), QStringLiteral("start"), QString()}, m_home.path());
        QVERIFY2(ids.contains(QStringLiteral("upstream-down")) && ids.size() >= 20,
                 qPrintable(ids.join(u' ')));
    }

    // Option specs for _arguments, read from --help: the value's action by its kind.
    void zshOptionSpecs()
    {
        if (!haveZsh())
            QSKIP("zsh is not installed");
        const QStringList specs =
            zshComplete({QStringLiteral("gateway-doctor"), QStringLiteral("diagnose"), QStringLiteral("--u")},
                        m_home.path());
        const auto spec = [&](const QString &option) {
            for (const QString &s : specs) {
                if (s.startsWith(option + QLatin1Char('[')))
                    return s;
            }
            return QString();
        };
        QVERIFY2(spec(QStringLiteral("--url")).endsWith(QLatin1String(":URL:")),
                 qPrintable(specs.join(u'\n')));
        QVERIFY2(spec(QStringLiteral("--ssh")).endsWith(QLatin1String(":_gateway-doctor_ssh_hosts")),
                 qPrintable(specs.join(u'\n')));
        QVERIFY2(spec(QStringLiteral("--conf")).endsWith(QLatin1String(":PATH:_files")),
                 qPrintable(specs.join(u'\n')));
        QVERIFY2(spec(QStringLiteral("--json")).endsWith(QLatin1Char(']')), qPrintable(specs.join(u'\n')));
        // Brackets and colons inside a spec would break _arguments' parsing.
        for (const QString &s : specs) {
            if (s.startsWith(QLatin1String("--")))
                QVERIFY2(s.count(QLatin1Char('[')) == 1 && s.count(QLatin1Char(']')) == 1 &&
                             s.count(QLatin1Char(':')) <= 2,
                         qPrintable(s));
        }
    }

    void zshSshHosts()
    {
        if (!haveZsh())
            QSKIP("zsh is not installed");
        // "diagnose x" offers nothing itself; then the host function alone. Hashed
        // known_hosts entries and wildcard Host patterns are not offered.
        QStringList hosts =
            zshComplete({QStringLiteral("gateway-doctor"), QStringLiteral("diagnose"), QStringLiteral("x")},
                        m_home.path(), QStringLiteral("_gateway-doctor_ssh_hosts"));
        hosts.sort();
        QCOMPARE(hosts,
                 (QStringList{QStringLiteral("192.0.2.7"), QStringLiteral("bastion"), QStringLiteral("web1"),
                              QStringLiteral("web2"), QStringLiteral("web3.example.org"),
                              QStringLiteral("web4.example.org")}));
    }
};

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"

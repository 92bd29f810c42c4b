#include "remote/RunnerScript.h"

#include "remote/ShellQuote.h"

#include <QRandomGenerator>

namespace gd {

namespace {

// Report our PID (= process group: sshd gives each exec, and setsid each runner
// command, a session of its own), then become the command.
const QString kPidScript = QStringLiteral("printf 'GDPID:%s\\n' \"$$\" >&2; exec \"$@\"");

// The runner's loop, in POSIX sh (dash, bash, busybox ash), written as one line.
//  gd_copy N   copies exactly N bytes of stdin to the command; bytes the command
//              no longer takes are read anyway, so the frames stay in step. GNU
//              head -c reads no further than N; elsewhere dd reads byte by byte.
//  gd_in       reads the control frames while a command runs (its stdout is the
//              command's stdin).
// The command's stderr is fd 4 inside the pipeline, whose own stderr is /dev/null:
// a shell that reports "Terminated" for a killed child says it to nobody.
const char kLoop[] =
    "gd_copy() { if [ \"$gd_head\" = 1 ]; then head -c \"$1\"; else dd bs=1 count=\"$1\" 2>/dev/null; fi"
    " | { cat 2>/dev/null; cat >/dev/null; }; }; "
    "gd_in() { while IFS=' ' read -r c a b; do case $c in "
    "D) case $a in ''|*[!0-9]*) return 1;; esac; gd_copy \"$a\";; "
    "E) exec >&-;; "
    "K) case $a$b in TERM*|KILL*) case $b in ''|*[!0-9]*) ;; "
    "*) kill -s \"$a\" -- \"-$b\" 2>/dev/null || kill -s \"$a\" \"$b\" 2>/dev/null;; esac;; esac;; "
    "F) return 0;; *) return 1;; esac; done; return 1; }; "
    "command -v setsid >/dev/null 2>&1 || { echo 'gd-runner-unfit setsid'; exit 0; }; "
    "gd_head=0; case $(head --version 2>/dev/null) in *'GNU coreutils'*) gd_head=1;; esac; "
    "echo \"gd-runner-ready $(id -u)\"; "
    "while IFS= read -r l; do case $l in 'R '*) ;; *) exit 2;; esac; "
    "l=${l#R }; n=${l%% *}; l=${l#* }; eval \"set -- $l\"; "
    "gd_in | { setsid /bin/sh -c 'exec 2>&4 4>&-; printf \"GDPID:%s\\n\" \"$$\" >&2; exec \"$@\"' gd \"$@\"; "
    "s=$?; printf '<gd-end-%s>' \"$n\"; printf '<gd-end-%s>%s\\n' \"$n\" \"$s\" >&4; } 4>&2 2>/dev/null; "
    "done\n";

} // namespace

QByteArray RunnerScript::bootstrap()
{
    return "exec /bin/sh -c 'echo gd-runner-hello; IFS= read -r s && eval \"$s\"'";
}

QByteArray RunnerScript::loop()
{
    return QByteArray(kLoop);
}

QByteArray RunnerScript::quotedWords(const QStringList &argv)
{
    QStringList words;
    words.reserve(argv.size());
    for (const QString &word : argv)
        words << ShellQuote::quote(word);
    return words.join(QLatin1Char(' ')).toUtf8();
}

QByteArray RunnerScript::request(const QByteArray &nonce, const QStringList &argv)
{
    return "R " + nonce + ' ' + quotedWords(argv) + '\n';
}

QByteArray RunnerScript::stdinFrame(const QByteArray &data)
{
    return "D " + QByteArray::number(data.size()) + '\n' + data;
}

QByteArray RunnerScript::signalFrame(qint64 pid, bool force)
{
    return (force ? "K KILL " : "K TERM ") + QByteArray::number(pid) + '\n';
}

QByteArray RunnerScript::nonce()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray nonce(24, Qt::Uninitialized);
    for (char &c : nonce)
        c = alphabet[QRandomGenerator::system()->bounded(36)];
    return nonce;
}

QByteArray RunnerScript::endMarker(const QByteArray &nonce)
{
    return "<gd-end-" + nonce + '>';
}

QByteArray RunnerScript::singleCommand(const QStringList &argv)
{
    QStringList full{QStringLiteral("exec"), QStringLiteral("/bin/sh"), QStringLiteral("-c"), kPidScript,
                     QStringLiteral("gd")};
    full += argv;
    return quotedWords(full);
}

} // namespace gd

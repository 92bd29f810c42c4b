#pragma once

#include <QByteArray>
#include <QStringList>

namespace gd {

// What Gateway Doctor says to a shell on an SSH server, and how: the constant
// scripts and the frames of the persistent runner, and the command line of a
// channel that runs a single command. Pure text, no I/O, so it is tested alone.
//
// A runner is one exec channel. Its login shell runs the user's rc files once, then
// becomes `bootstrap()`: a POSIX sh that says hello and evals one line from stdin,
// `loop()`. We send that line only after the hello, so an rc file that reads stdin
// cannot eat it. The loop reports ready, then runs one request at a time:
//
//   us -> runner   "R <nonce> <argv, each word quoted by ShellQuote>\n"
//                  then, while that command runs, control frames:
//                  "D <n>\n" + n bytes   bytes for the command's stdin
//                  "E\n"                 close the command's stdin
//                  "K TERM|KILL <pid>\n" signal the command's process group
//                  "F\n"                 we saw the end; read the next request
//   runner -> us   the command's stdout and stderr on the channel's own streams,
//                  the command's PID first on stderr ("GDPID:<pid>\n", as the
//                  single-command wrapper prints it), and at the end
//                  "<gd-end-NONCE>" on stdout and "<gd-end-NONCE><status>\n" on
//                  stderr (both: SSH does not order the two streams).
//
// Each command runs in a session of its own (setsid), so stopping it signals its
// whole process group, and reads a pipe, never the channel: it cannot take the next
// request. The nonce is fresh per command and travels only on stdin, so no other
// user sees it and a command's output cannot end the command early.
class RunnerScript
{
public:
    // The exec request: any login shell (sh, bash, zsh, fish, tcsh) parses it the
    // same way, since it holds no backslash, '!', newline or variable of its own.
    static QByteArray bootstrap();
    // The line that tells us the login shell is done with its rc files.
    static QByteArray hello() { return "gd-runner-hello\n"; }
    // The runner's loop, one line, sent after the hello.
    static QByteArray loop();
    // "gd-runner-ready <uid>\n" once the loop runs; "gd-runner-unfit <what>\n" when
    // something it needs (setsid) is missing.
    static QByteArray readyPrefix() { return "gd-runner-ready "; }
    static QByteArray unfitPrefix() { return "gd-runner-unfit "; }

    static QByteArray request(const QByteArray &nonce, const QStringList &argv);
    static QByteArray stdinFrame(const QByteArray &data);
    static QByteArray closeStdinFrame() { return "E\n"; }
    static QByteArray signalFrame(qint64 pid, bool force);
    static QByteArray finishFrame() { return "F\n"; }

    // A fresh nonce for one command (lower-case letters and digits).
    static QByteArray nonce();
    // "<gd-end-NONCE>": on stdout alone, on stderr followed by the exit status.
    static QByteArray endMarker(const QByteArray &nonce);

    // Where no runner can start: one channel per command. The login shell only sees
    // quoted words behind a constant wrapper that prints the PID first, then becomes
    // the command.
    static QByteArray singleCommand(const QStringList &argv);
    // The PID line both forms print first on stderr.
    static QByteArray pidPrefix() { return "GDPID:"; }

private:
    static QByteArray quotedWords(const QStringList &argv);
};

} // namespace gd

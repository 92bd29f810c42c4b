#include "app/probes/FastCgiProbe.h"
#include "remote/ByteText.h"

#include <QHash>

namespace gd {

namespace {

// One FastCGI request: BEGIN_REQUEST (responder), three params, empty PARAMS and
// STDIN, then the records read until END_REQUEST. No SCRIPT_FILENAME: PHP-FPM then
// answers "404, Primary script unknown" without running or opening any script, and
// without writing to its own error log. Prints "key=value" lines after "gd-fcgi".
// With a script name (PHP-FPM's pm.status_path, say) it asks for that one, as nginx
// would with SCRIPT_NAME and SCRIPT_FILENAME set, and prints the body as hex.
const char *const kClient = R"perl(use strict; use warnings;
my ($host, $port, $path, $limit, $script, $query) = @ARGV;
$script //= ''; $query //= '';
$| = 1; $SIG{PIPE} = 'IGNORE';
print "gd-fcgi\n";
sub done { print @_; exit 0 }
$SIG{ALRM} = sub { done("result=timeout\n") };
alarm($limit);
my $s;
if ($path ne '') {
    require IO::Socket::UNIX;
    $s = IO::Socket::UNIX->new(Type => IO::Socket::UNIX::SOCK_STREAM(), Peer => $path);
} else {
    require IO::Socket::IP;
    $s = IO::Socket::IP->new(PeerHost => $host, PeerPort => $port, Type => IO::Socket::IP::SOCK_STREAM());
}
done("result=connect\nerrno=" . ($! + 0) . "\nerror=$!\n") unless $s;
binmode($s);
sub rec { my ($type, $body) = @_; pack('CCnnCx', 1, $type, 1, length($body), 0) . $body }
my $params = '';
my @kvs = (['REQUEST_METHOD', 'GET'], ['REQUEST_URI', $script eq '' ? '/' : $script], ['SERVER_SOFTWARE', 'gateway-doctor']);
push @kvs, ['SCRIPT_NAME', $script], ['SCRIPT_FILENAME', $script], ['QUERY_STRING', $query] if $script ne '';
for my $kv (@kvs) {
    $params .= join('', map { $_ < 128 ? pack('C', $_) : pack('N', $_ | 0x80000000) } length($kv->[0]), length($kv->[1]))
        . $kv->[0] . $kv->[1];
}
syswrite($s, rec(1, pack('nCx5', 1, 0)) . rec(4, $params) . rec(4, '') . rec(5, ''))
    or done("result=" . ($! + 0 == 104 ? 'reset' : 'closed') . "\nerrno=" . ($! + 0) . "\nerror=$!\n");
my ($buf, $out, $err) = ('', '', '');
while (1) {
    my $got = sysread($s, $buf, 65536, length $buf);
    done("result=" . ($! + 0 == 104 ? 'reset' : 'error') . "\nerrno=" . ($! + 0) . "\nerror=$!\n")
        unless defined $got;
    last if $got == 0;
    while (length($buf) >= 8) {
        my ($v, $type, $id, $len, $pad) = unpack('CCnnC', $buf);
        done("result=garbage\nfirst=" . unpack('H32', $buf) . "\n") if $v != 1;
        last if length($buf) < 8 + $len + $pad;
        my $body = substr($buf, 8, $len);
        substr($buf, 0, 8 + $len + $pad) = '';
        $out .= $body if $type == 6;
        $err .= $body if $type == 7;
        next unless $type == 3;
        my ($status) = $out =~ /^Status:[ \t]*([^\r\n]*)/mi;
        $err =~ s/[\r\n]+/ /g;
        my $page = $script eq '' ? '' : ($out =~ /\r?\n\r?\n(.*)\z/s ? $1 : '');
        done("result=answered\nstatus=" . ($status // '200 OK') . "\nstderr=" . substr($err, 0, 300) . "\nbody="
            . unpack('H*', substr($page, 0, 65536)) . "\n");
    }
}
done("result=closed\nfirst=" . unpack('H32', $buf) . "\n");
)perl";

// Perl when there is one; else, for TCP, a plain connect with bash's /dev/tcp.
const char *const kLauncher =
    "if command -v perl >/dev/null 2>&1; then exec perl -e \"$1\" -- \"$2\" \"$3\" \"$4\" \"$5\" \"$6\" "
    "\"$7\"; fi; "
    "echo gd-fcgi; "
    "if [ -n \"$4\" ] || ! command -v bash >/dev/null 2>&1; then echo result=noclient; exit 0; fi; "
    "if e=$(timeout \"$5\" bash -c 'exec 3<>\"/dev/tcp/$1/$2\"' gd \"$2\" \"$3\" 2>&1); "
    "then echo result=connected; elif [ $? = 124 ]; then echo result=timeout; "
    "else echo result=connect; printf 'error=%s\\n' \"${e##*: }\"; fi";

FastCgiProbeResult::Outcome connectOutcome(int errnoValue, const QString &text)
{
    using O = FastCgiProbeResult::Outcome;
    switch (errnoValue) {
    case 2:
        return O::SocketMissing;
    case 13:
        return O::PermissionDenied;
    case 111:
        return O::Refused;
    case 101:
    case 113:
        return O::NoRoute;
    case 110:
        return O::Timeout;
    default:
        break;
    }
    if (text.contains(QLatin1String("refused"), Qt::CaseInsensitive))
        return O::Refused;
    if (text.contains(QLatin1String("No route"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("unreachable"), Qt::CaseInsensitive))
        return O::NoRoute;
    if (text.contains(QLatin1String("timed out"), Qt::CaseInsensitive))
        return O::Timeout;
    if (text.contains(QLatin1String("Permission denied"), Qt::CaseInsensitive))
        return O::PermissionDenied;
    return O::OtherError;
}

} // namespace

QStringList FastCgiProbe::command(const QString &host, quint16 port, const QString &unixPath, int timeoutSec)
{
    return request(host, port, unixPath, timeoutSec, QString(), QString());
}

QStringList FastCgiProbe::request(const QString &host, quint16 port, const QString &unixPath, int timeoutSec,
                                  const QString &script, const QString &query)
{
    return {QStringLiteral("/bin/sh"), QStringLiteral("-c"), latin1Text(kLauncher), QStringLiteral("gd"),
            // One line: CommandSpec refuses arguments with line breaks.
            latin1Text(kClient).replace(QLatin1Char('\n'), QLatin1Char(' ')),
            unixPath.isEmpty() ? host : QString(), unixPath.isEmpty() ? QString::number(port) : QString(),
            unixPath, QString::number(qMax(1, timeoutSec)), script, query};
}

ProbeResult<FastCgiProbeResult> FastCgiProbe::parse(const ProbeOutput &output)
{
    const QString text = utf8Text(output.stdOut);
    const int marker = int(text.indexOf(QLatin1String("gd-fcgi\n")));
    if (marker < 0) {
        if (output.exitCode == 127)
            return ProbeError::commandMissing(QStringLiteral("sh"), localText(output.stdErr));
        return text.trimmed().isEmpty()
                   ? ProbeError::empty(QStringLiteral("FastCGI probe"))
                   : ProbeError::malformed(QStringLiteral("FastCGI probe"), text.left(200));
    }
    QHash<QString, QString> v;
    for (const QString &line : text.mid(marker + 8).split(QLatin1Char('\n'))) {
        const int eq = int(line.indexOf(QLatin1Char('=')));
        if (eq > 0)
            v.insert(line.left(eq), line.mid(eq + 1));
    }
    using O = FastCgiProbeResult::Outcome;
    FastCgiProbeResult r;
    const QString result = v.value(QStringLiteral("result"));
    r.errnoValue = v.value(QStringLiteral("errno")).toInt();
    r.errorText = v.value(QStringLiteral("error"));
    r.firstBytes = v.value(QStringLiteral("first"));
    if (result == QLatin1String("answered")) {
        r.outcome = O::Answered;
        r.statusLine = v.value(QStringLiteral("status")).trimmed();
        r.status = r.statusLine.section(QLatin1Char(' '), 0, 0).toInt();
        r.appStderr = v.value(QStringLiteral("stderr")).trimmed();
        r.body = QByteArray::fromHex(v.value(QStringLiteral("body")).toLatin1());
        r.evidence = r.appStderr.isEmpty()
                         ? tr("FastCGI reply: Status %1").arg(r.statusLine)
                         : tr("FastCGI reply: Status %1 (%2)").arg(r.statusLine, r.appStderr);
    } else if (result == QLatin1String("connect")) {
        r.outcome = connectOutcome(r.errnoValue, r.errorText);
        r.evidence = r.errorText;
    } else if (result == QLatin1String("timeout")) {
        r.outcome = O::Timeout;
        r.evidence = tr("no FastCGI reply in time");
    } else if (result == QLatin1String("closed")) {
        r.outcome = O::Closed;
        r.evidence = tr("closed the connection without a FastCGI reply");
    } else if (result == QLatin1String("reset")) {
        r.outcome = O::Reset;
        r.evidence = r.errorText;
    } else if (result == QLatin1String("garbage")) {
        r.outcome = O::NotFastCgi;
        // 48545450 is "HTTP": an HTTP server where FastCGI was expected.
        r.evidence = r.firstBytes.startsWith(QLatin1String("48545450"))
                         ? tr("answered in HTTP, not FastCGI")
                         : tr("answered, but not in FastCGI (first bytes %1)").arg(r.firstBytes);
    } else if (result == QLatin1String("connected")) {
        r.outcome = O::Connected;
        r.evidence = tr("accepts connections (no Perl there to speak FastCGI)");
    } else if (result == QLatin1String("noclient")) {
        r.outcome = O::NoClient;
        r.evidence = tr("no Perl on that host to connect to a unix socket");
    } else if (result == QLatin1String("error")) {
        r.outcome = O::OtherError;
        r.evidence = r.errorText;
    } else {
        return ProbeError::malformed(QStringLiteral("FastCGI probe"), text.left(200));
    }
    return r;
}

} // namespace gd

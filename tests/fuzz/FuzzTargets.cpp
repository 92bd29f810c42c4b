// libFuzzer targets for every parser of text that other programs or people wrote:
// one table row per target. One executable serves every row: CMake links it as
// fuzz_<row> for each, and the name it is started under picks the row (or
// GD_FUZZ_TARGET=<row>), so each target has its own corpus
// (tests/fuzz/CMakeLists.txt names the seed folders of each).
// Beyond "no crash, no sanitizer report", some rows check a property and abort when
// it does not hold: the line diff applied to the old text gives the new text, a
// quoted argv comes back unchanged through a real /bin/sh, the config edit changes
// no byte outside the edited directive.
#include "app/config/LocationMatcher.h"
#include "app/config/NginxConfig.h"
#include "app/config/NginxDuration.h"
#include "app/config/NginxSize.h"
#include "app/config/NginxTestOutput.h"
#include "app/config/NginxTokenizer.h"
#include "app/config/PhpFpmPoolConfig.h"
#include "app/config/UpstreamTargets.h"
#include "app/fixes/BackupCatalog.h"
#include "app/fixes/ChangeValidator.h"
#include "app/fixes/ConfigEditPlanner.h"
#include "app/fixes/LineDiff.h"
#include "app/logs/AccessLogLatency.h"
#include "app/logs/AppLogLine.h"
#include "app/logs/ErrorLogLine.h"
#include "app/logs/ErrorLogSummary.h"
#include "app/logs/KernelOomLine.h"
#include "app/logs/PhpFpmLogLine.h"
#include "app/logs/SystemdJournalLine.h"
#include "app/logs/UpstreamErrorClassifier.h"
#include "app/probes/DnsLookup.h"
#include "app/probes/FastCgiProbe.h"
#include "app/probes/FirewallState.h"
#include "app/probes/HostAddresses.h"
#include "app/probes/HttpProbe.h"
#include "app/probes/IpAddress.h"
#include "app/probes/ListeningSockets.h"
#include "app/probes/MemInfo.h"
#include "app/probes/PhpFpmStatus.h"
#include "app/probes/ProcessLinks.h"
#include "app/probes/ProcessTable.h"
#include "app/probes/ResolvConf.h"
#include "app/probes/RouteLookup.h"
#include "app/probes/SelinuxState.h"
#include "app/probes/SystemdUnitState.h"
#include "remote/ShellQuote.h"
#include "remote/SshTarget.h"
#include "remote/SudoPrompt.h"

#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>

using namespace gd;

namespace {

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

ProbeOutput probe(const QByteArray &bytes)
{
    ProbeOutput out;
    out.stdOut = bytes;
    return out;
}

[[noreturn]] void propertyFailed(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "property failed: %s\n%s\n", what, detail.constData());
    std::abort();
}

// Each line of the input through a line parser (logs arrive line by line).
template <typename Parse> void eachLine(const QByteArray &bytes, Parse parse)
{
    for (const QByteArray &line : bytes.split('\n'))
        parse(line);
}

// "The line diff applied to the old text gives the new text": input = old \0 new.
void lineDiffRoundTrip(const QByteArray &bytes)
{
    const qsizetype cut = bytes.indexOf('\0');
    if (cut < 0)
        return;
    const QByteArray oldBytes = bytes.left(cut), newBytes = bytes.mid(cut + 1);
    const QByteArray diff =
        LineDiff::unifiedBytes(QStringLiteral("a"), oldBytes, QStringLiteral("b"), newBytes);
    // Apply it: keep the old lines up to each hunk, drop its '-' lines, add its '+' lines.
    QList<QByteArray> oldLines;
    for (qsizetype at = 0; at < oldBytes.size();) {
        qsizetype nl = oldBytes.indexOf('\n', at);
        nl = nl < 0 ? oldBytes.size() : nl + 1;
        oldLines << oldBytes.mid(at, nl - at);
        at = nl;
    }
    QByteArray rebuilt;
    qsizetype next = 0; // next old line not yet copied (0-based)
    const QList<QByteArray> lines = diff.split('\n');
    qsizetype i =
        lines.size() >= 2 && lines.at(0).startsWith("--- ") && lines.at(1).startsWith("+++ ") ? 2 : 0;
    char last = 0; // the kind of the previous body line: ' ', '-' or '+'
    for (; i < lines.size(); ++i) {
        const QByteArray &l = lines.at(i);
        if (l.startsWith("@@ -")) {
            const qsizetype start = l.mid(4).split(',').first().split(' ').first().toLongLong();
            const qsizetype from = start == 0 ? 0 : start - 1;
            while (next < from && next < oldLines.size())
                rebuilt += oldLines.at(next++);
        } else if (l.startsWith("\\ ")) {
            // "No newline at end of file": an added last line has none.
            if (last == '+' && rebuilt.endsWith('\n'))
                rebuilt.chop(1);
        } else if (l.startsWith(' ')) {
            rebuilt += oldLines.value(next++);
            last = ' ';
        } else if (l.startsWith('-')) {
            ++next;
            last = '-';
        } else if (l.startsWith('+')) {
            rebuilt += l.mid(1) + '\n';
            last = '+';
        }
    }
    while (next < oldLines.size())
        rebuilt += oldLines.at(next++);
    if (rebuilt != newBytes)
        propertyFailed("applying the line diff to the old text does not give the new text", diff);
}

// "A real /bin/sh turns the quoted words back into exactly the same argv": input =
// words separated by \x01. Refused instead, with a message: NUL, a line break (LF or
// CR: it could end the command early on the remote shell), an empty command word.
void shellQuoteRoundTrip(const QByteArray &bytes)
{
    QStringList argv;
    for (const QByteArray &word : bytes.split('\x01'))
        argv << QString::fromUtf8(word);
    const Result<QString> joined = ShellQuote::join(argv);
    const bool refuse =
        bytes.contains('\0') || bytes.contains('\n') || bytes.contains('\r') || argv.first().isEmpty();
    if (refuse) {
        if (joined)
            propertyFailed("an argv with NUL, a line break or no command was quoted instead of refused",
                           bytes);
        return;
    }
    if (!joined)
        propertyFailed("an argv without NUL or line breaks was refused", bytes);
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + *joined});
    if (!sh.waitForFinished(5000))
        propertyFailed("/bin/sh did not finish", joined->toUtf8());
    QByteArray expected;
    for (const QString &word : argv)
        expected += word.toUtf8() + '\0';
    if (sh.readAllStandardOutput() != expected)
        propertyFailed("/bin/sh does not give back the same argv", joined->toUtf8());
}

// The planner's edit of proxy_read_timeout in the first location: every byte before
// and after the edited stretch is kept, and that stretch holds no other directive.
void editPlannerKeepsOtherBytes(const QByteArray &bytes)
{
    const QString path = QStringLiteral("/etc/nginx/nginx.conf");
    const NginxConfig config = NginxConfig::fromText(path, QString::fromUtf8(bytes));
    const QList<const NginxDirective *> locations = config.find(QStringLiteral("location"));
    const NginxDirective *block = locations.isEmpty() ? nullptr : locations.first();
    const QList<SettingChange> changes{{QStringLiteral("proxy_read_timeout"), QStringLiteral("75s")}};
    if (!ChangeValidator::validate(changes, config, block))
        return;
    const Result<FileEdit, FixError> edit = ConfigEditPlanner::apply(config, block, changes, path, bytes);
    if (!edit)
        return;
    const QByteArray &before = edit->before, &after = edit->after;
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
           before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    const QByteArray removed = before.mid(prefix, before.size() - prefix - suffix);
    const QByteArray added = after.mid(prefix, after.size() - prefix - suffix);
    if (removed.contains(';') || removed.contains('{') || removed.contains('}'))
        propertyFailed("the edit removed bytes of another directive", removed);
    // Read back, the block has the value (whatever part of the old bytes it kept).
    const NginxConfig edited = NginxConfig::fromText(path, QString::fromUtf8(after));
    const QList<const NginxDirective *> timeouts = edited.find(QStringLiteral("proxy_read_timeout"));
    if (std::none_of(timeouts.begin(), timeouts.end(),
                     [](const NginxDirective *d) { return d->args == QStringList{QStringLiteral("75s")}; }))
        propertyFailed("the edited file has no proxy_read_timeout 75s", after);
    if (added.count(';') > 1 || added.contains('{') || added.contains('}'))
        propertyFailed("the edit added more than one directive", added);
}

struct Target
{
    const char *name;
    std::function<void(const QByteArray &)> run;
};

const Target kTargets[] = {
    // nginx configuration
    {"nginx_tokenizer",
     [](const QByteArray &b) {
         (void)NginxTokenizer::parse(QStringLiteral("/etc/nginx/nginx.conf"), QString::fromUtf8(b));
     }},
    {"nginx_config_dump",
     [](const QByteArray &b) {
         if (const Result<NginxConfig, ConfigError> c = NginxConfig::fromDump(QString::fromUtf8(b)))
             UpstreamTargets::collect(*c);
     }},
    {"nginx_test_output", [](const QByteArray &b) { (void)NginxTestOutput::parse(QString::fromUtf8(b), 1); }},
    {"location_matcher",
     [](const QByteArray &b) {
         // The config, then after the last line break the URI to match.
         const qsizetype cut = b.lastIndexOf('\n');
         const NginxConfig config = NginxConfig::fromText(QStringLiteral("/etc/nginx/nginx.conf"),
                                                          QString::fromUtf8(b.left(qMax<qsizetype>(cut, 0))));
         const LocationMatcher matcher(config);
         for (const NginxDirective *server : config.servers()) {
             (void)matcher.findLocation(*server, QString::fromUtf8(b.mid(cut + 1)));
             (void)matcher.listens(*server);
         }
     }},
    {"php_fpm_pool_config",
     [](const QByteArray &b) {
         (void)PhpFpmPoolConfig::parse(QStringLiteral("/etc/php/8.2/fpm/pool.d/www.conf"),
                                       QString::fromUtf8(b));
     }},
    {"durations_sizes",
     [](const QByteArray &b) {
         const QString text = QString::fromUtf8(b);
         (void)NginxDuration::parse(text);
         (void)NginxDuration::fromConfig(text);
         (void)NginxSize::parse(text);
         const qsizetype space = text.indexOf(QLatin1Char(' '));
         (void)NginxBuffers::parse(text.left(space), text.mid(space + 1));
     }},
    {"change_validator",
     [](const QByteArray &b) {
         const qsizetype space = b.indexOf(' ');
         (void)ChangeValidator::validateValue(QString::fromUtf8(b.left(space)),
                                              QString::fromUtf8(b.mid(space + 1)));
     }},
    {"config_edit_planner", editPlannerKeepsOtherBytes},
    {"line_diff", lineDiffRoundTrip},
    // logs
    {"error_log_line",
     [](const QByteArray &b) {
         eachLine(b, [](const QByteArray &l) {
             if (const std::optional<ErrorLogLine> line = ErrorLogLine::parse(l.constData(), l.size()))
                 (void)UpstreamErrorClassifier::classify(*line);
             (void)ErrorLogLine::parseGeneral(l.constData(), l.size());
         });
     }},
    {"error_log_summary",
     [](const QByteArray &b) {
         ErrorLogSummary summary;
         summary.addChunk(b.constData(), b.size(), 0);
         (void)summary.groups();
     }},
    {"access_log_latency",
     [](const QByteArray &b) {
         AccessLogLatency latency;
         latency.addData(b);
         (void)latency.percentile(0.95);
         (void)latency.maximum();
     }},
    {"php_fpm_log_line",
     [](const QByteArray &b) { eachLine(b, [](const QByteArray &l) { (void)PhpFpmLogLine::parse(l); }); }},
    {"kernel_oom_line",
     [](const QByteArray &b) { eachLine(b, [](const QByteArray &l) { (void)KernelOomLine::parse(l); }); }},
    {"journal_line",
     [](const QByteArray &b) {
         eachLine(b, [](const QByteArray &l) { (void)SystemdJournalLine::parse(l); });
     }},
    {"app_log_line",
     [](const QByteArray &b) { eachLine(b, [](const QByteArray &l) { (void)AppLogLine::parse(l); }); }},
    // probes: what ss, /proc, ps, curl, getent, systemctl, the firewalls, SELinux and friends print
    {"ss_tcp", [](const QByteArray &b) { (void)ListeningSockets::parseSsTcp(probe(b)); }},
    {"ss_unix", [](const QByteArray &b) { (void)ListeningSockets::parseSsUnix(probe(b)); }},
    {"proc_net_tcp",
     [](const QByteArray &b) { (void)ListeningSockets::parseProcNetTcp(probe(b), b.startsWith('6')); }},
    {"proc_net_unix", [](const QByteArray &b) { (void)ListeningSockets::parseProcNetUnix(probe(b)); }},
    {"ps", [](const QByteArray &b) { (void)ProcessTable::parse(probe(b)); }},
    {"curl", [](const QByteArray &b) { (void)HttpProbe::parse(probe(b)); }},
    {"fastcgi_probe", [](const QByteArray &b) { (void)FastCgiProbe::parse(probe(b)); }},
    {"php_fpm_status", [](const QByteArray &b) { (void)PhpFpmStatus::parse(b); }},
    {"getent",
     [](const QByteArray &b) { (void)DnsLookup::parse(QStringLiteral("app.example.org"), probe(b)); }},
    {"host_addresses", [](const QByteArray &b) { (void)HostAddresses::parse(probe(b)); }},
    {"ip_route", [](const QByteArray &b) { (void)RouteLookup::parse(QStringLiteral("10.0.0.5"), probe(b)); }},
    {"resolv_conf", [](const QByteArray &b) { (void)ResolvConf::parse(probe(b)); }},
    {"systemctl_show", [](const QByteArray &b) { (void)SystemdUnitState::parseShow(probe(b)); }},
    {"systemctl_units", [](const QByteArray &b) { (void)SystemdUnitState::parseListUnits(probe(b)); }},
    {"nft", [](const QByteArray &b) { (void)FirewallState::parseNft(probe(b)); }},
    {"iptables", [](const QByteArray &b) { (void)FirewallState::parseIptables(probe(b)); }},
    {"ufw", [](const QByteArray &b) { (void)FirewallState::parseUfw(probe(b)); }},
    {"selinux",
     [](const QByteArray &b) {
         (void)SelinuxState::parseGetenforce(probe(b));
         (void)SelinuxState::parseGetsebool(probe(b), QStringLiteral("httpd_can_network_connect"));
         (void)SelinuxState::parseAvcLog(b);
     }},
    {"meminfo", [](const QByteArray &b) { (void)MemInfo::parse(probe(b)); }},
    {"process_links", [](const QByteArray &b) { (void)ProcessLinks::parse(b); }},
    {"backup_catalog", [](const QByteArray &b) { (void)BackupCatalog::parse(b); }},
    {"ip_address", [](const QByteArray &b) { (void)IpAddress::parse(QString::fromUtf8(b)); }},
    // remote: what users type and what sudo prints
    {"ssh_target", [](const QByteArray &b) { (void)SshTarget::parse(QString::fromUtf8(b)); }},
    {"shell_quote", shellQuoteRoundTrip},
    {"sudo_prompt",
     [](const QByteArray &b) {
         SudoPrompt prompt(SudoPrompt::Mode::Password, QByteArray("0123456789abcdef"));
         // The input is sudo's stderr, fed in chunks the way it arrives.
         for (qsizetype at = 0; at < b.size(); at += 7)
             (void)prompt.feedStderr(b.mid(at, 7));
         (void)prompt.failureAfterExit(1);
     }},
};

const Target *g_target = nullptr;

// The row a name asks for: "fuzz_<row>" (the link it was started under) or "<row>".
const Target *targetNamed(const char *name)
{
    const char *slash = std::strrchr(name, '/');
    name = slash ? slash + 1 : name;
    if (std::strncmp(name, "fuzz_", 5) == 0)
        name += 5;
    for (const Target &t : kTargets) {
        if (std::strcmp(t.name, name) == 0)
            return &t;
    }
    return nullptr;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    const char *chosen = std::getenv("GD_FUZZ_TARGET");
    g_target = targetNamed(chosen ? chosen : (*argv)[0]);
    if (!g_target) {
        std::fprintf(stderr, "Start this as fuzz_<target> or with GD_FUZZ_TARGET=<target>; targets:\n");
        for (const Target &t : kTargets)
            std::fprintf(stderr, "  %s\n", t.name);
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    g_target->run(bytesOf(data, size));
    return 0;
}

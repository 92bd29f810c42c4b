#include "app/facts/FactsArchive.h"

#include "app/probes/ProbeOutput.h"
#include "remote/ByteText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gd::FactsArchive {

namespace {

constexpr int kFormat = 1;

QJsonValue bytes(const QByteArray &data)
{
    const QString text = utf8Text(data);
    if (text.toUtf8() == data)
        return text;
    return QJsonObject{{QStringLiteral("base64"), latin1Text(data.toBase64())}};
}

QByteArray bytesFrom(const QJsonValue &v)
{
    if (v.isObject())
        return QByteArray::fromBase64(v.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    return v.toString().toUtf8();
}

QJsonObject error(const RemoteError &e)
{
    return {{QStringLiteral("kind"), RemoteError::kindName(e.kind())},
            {QStringLiteral("message"), e.message()},
            {QStringLiteral("detail"), e.detail()}};
}

RemoteError errorFrom(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    const QString name = o.value(QStringLiteral("kind")).toString();
    for (int k = 0; k <= int(RemoteError::Kind::IoError); ++k) {
        const auto kind = RemoteError::Kind(k);
        if (RemoteError::kindName(kind) == name)
            return kind == RemoteError::Kind::None
                       ? RemoteError()
                       : RemoteError(kind, o.value(QStringLiteral("message")).toString(),
                                     o.value(QStringLiteral("detail")).toString());
    }
    return {};
}

QJsonObject command(const CommandResult &r, bool withOutput = true)
{
    QJsonObject o{{QStringLiteral("command"), r.commandLine},
                  {QStringLiteral("exit"), r.exitCode},
                  {QStringLiteral("ms"), r.durationMs}};
    if (withOutput) {
        o.insert(QStringLiteral("stdout"), bytes(r.stdOut));
        o.insert(QStringLiteral("stderr"), bytes(r.stdErr));
    }
    if (r.error)
        o.insert(QStringLiteral("error"), error(r.error));
    return o;
}

CommandResult commandFrom(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    CommandResult r;
    r.commandLine = o.value(QStringLiteral("command")).toString();
    r.exitCode = o.value(QStringLiteral("exit")).toInt(-1);
    r.durationMs = qint64(o.value(QStringLiteral("ms")).toDouble());
    r.stdOut = bytesFrom(o.value(QStringLiteral("stdout")));
    r.stdErr = bytesFrom(o.value(QStringLiteral("stderr")));
    r.error = errorFrom(o.value(QStringLiteral("error")));
    return r;
}

QJsonObject commandMap(const QMap<QString, CommandResult> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), command(it.value()));
    return o;
}

QMap<QString, CommandResult> commandMapFrom(const QJsonValue &v)
{
    QMap<QString, CommandResult> map;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), commandFrom(it.value()));
    return map;
}

QJsonObject logTail(const LogTail &t)
{
    QJsonObject o{{QStringLiteral("path"), t.path},
                  {QStringLiteral("command"), command(t.command, false)},
                  {QStringLiteral("needed_root"), t.neededRoot}};
    if (t.tail)
        o.insert(QStringLiteral("tail"), QJsonObject{{QStringLiteral("data"), bytes(t.tail->data)},
                                                     {QStringLiteral("file_size"), t.tail->fileSize},
                                                     {QStringLiteral("offset"), t.tail->offset}});
    if (t.error)
        o.insert(QStringLiteral("error"), error(t.error));
    return o;
}

LogTail logTailFrom(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    LogTail t;
    t.path = o.value(QStringLiteral("path")).toString();
    t.command = commandFrom(o.value(QStringLiteral("command")));
    t.neededRoot = o.value(QStringLiteral("needed_root")).toBool();
    if (o.contains(QStringLiteral("tail"))) {
        const QJsonObject tail = o.value(QStringLiteral("tail")).toObject();
        FileTail data;
        data.data = bytesFrom(tail.value(QStringLiteral("data")));
        data.fileSize = qint64(tail.value(QStringLiteral("file_size")).toDouble());
        data.offset = qint64(tail.value(QStringLiteral("offset")).toDouble());
        t.tail = data;
    }
    t.error = errorFrom(o.value(QStringLiteral("error")));
    return t;
}

// The single command results, by name.
struct Named
{
    const char *name;
    CommandResult Facts::*member;
};
const Named kCommands[] = {
    {"locate", &Facts::locate},
    {"processes", &Facts::processes},
    {"nginx_T", &Facts::dumpCommand},
    {"config_files", &Facts::configFiles},
    {"clock", &Facts::clock},
    {"ss_tcp", &Facts::ssTcp},
    {"ss_unix", &Facts::ssUnix},
    {"worker_identity", &Facts::workerIdentity},
    {"through_nginx", &Facts::probeThroughNginx},
    {"journal_nginx", &Facts::journalNginx},
    {"kernel_log", &Facts::kernelLog},
    {"ufw", &Facts::ufw},
    {"nft", &Facts::nft},
    {"iptables", &Facts::iptables},
    {"getenforce", &Facts::getenforce},
    {"getsebool", &Facts::getsebool},
    {"php_fpm_pools", &Facts::phpFpmPools},
    {"mem_info", &Facts::memInfo},
    {"config_times", &Facts::configTimes},
    {"real_paths", &Facts::resolvePaths},
    {"service_manager", &Facts::serviceManager},
    {"host_name", &Facts::hostName},
    {"host_addresses", &Facts::hostAddresses},
    {"resolv_conf", &Facts::resolvConf},
};

struct NamedMap
{
    const char *name;
    QMap<QString, CommandResult> Facts::*member;
};
const NamedMap kMaps[] = {
    {"proc_net", &Facts::procNet},
    {"socket_stats", &Facts::socketStats},
    {"direct_probes", &Facts::directProbes},
    {"url_probes", &Facts::urlProbes},
    {"php_fpm_children", &Facts::phpFpmChildren},
    {"php_fpm_exe", &Facts::phpFpmExe},
    {"php_fpm_status", &Facts::phpFpmStatus},
    {"dns", &Facts::dns},
    {"cgroups", &Facts::cgroups},
    {"units", &Facts::units},
    {"unit_journals", &Facts::unitJournals},
    {"routes", &Facts::routes},
    {"host_probes", &Facts::hostProbes},
    {"dns_queries", &Facts::dnsQueries},
};

// What FactCollector derives from the outputs as it goes.
void derive(Facts &facts)
{
    const CommandResult &configSource = facts.dumpCommand.succeeded() ? facts.dumpCommand : facts.configFiles;
    if (configSource.succeeded()) {
        if (Result<NginxConfig, ConfigError> config = NginxConfig::fromDump(utf8Text(configSource.stdOut)))
            facts.config = *config;
    }
    if (facts.config)
        facts.targets = UpstreamTargets::collect(*facts.config);
    facts.realPaths = Facts::parseRealPaths(facts.resolvePaths.stdOut);
    if (ProbeResult<ProcessTable> table = ProcessTable::parse(ProbeOutput::from(facts.processes)))
        facts.processTable = *table;
}

QJsonObject appServers(const QMap<QString, AppServerFacts> &servers)
{
    QJsonObject out;
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        QJsonObject o{{QStringLiteral("cmdline"), command(it->cmdline)},
                      {QStringLiteral("links"), command(it->links)},
                      {QStringLiteral("environ"), command(it->environ)},
                      {QStringLiteral("configs"), commandMap(it->configs)}};
        if (it->log)
            o.insert(QStringLiteral("log"), logTail(*it->log));
        out.insert(it.key(), o);
    }
    return out;
}

QMap<QString, AppServerFacts> appServersFrom(const QJsonValue &value)
{
    QMap<QString, AppServerFacts> out;
    const QJsonObject servers = value.toObject();
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        AppServerFacts a;
        a.cmdline = commandFrom(o.value(QStringLiteral("cmdline")));
        a.links = commandFrom(o.value(QStringLiteral("links")));
        a.environ = commandFrom(o.value(QStringLiteral("environ")));
        a.configs = commandMapFrom(o.value(QStringLiteral("configs")));
        if (o.contains(QStringLiteral("log")))
            a.log = logTailFrom(o.value(QStringLiteral("log")));
        out.insert(it.key(), a);
    }
    return out;
}

} // namespace

QByteArray write(const Facts &facts)
{
    QJsonObject commands;
    for (const Named &n : kCommands)
        commands.insert(QLatin1String(n.name), command(facts.*n.member));
    QJsonObject maps;
    for (const NamedMap &m : kMaps)
        maps.insert(QLatin1String(m.name), commandMap(facts.*m.member));
    QJsonArray errorLogs, phpFpmLogs, transcript;
    for (const LogTail &t : facts.errorLogs)
        errorLogs.append(logTail(t));
    for (const LogTail &t : facts.phpFpmLogs)
        phpFpmLogs.append(logTail(t));
    for (const CommandResult &r : facts.transcript)
        transcript.append(command(r, false));
    QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("nginx_binary"), facts.nginxBinary},
        {QStringLiteral("nginx_version"), facts.nginxVersion},
        {QStringLiteral("configure_arguments"), facts.configureArguments},
        {QStringLiteral("conf_path"), facts.confPath},
        {QStringLiteral("prefix"), facts.prefix},
        {QStringLiteral("failing_url"), facts.failingUrl},
        {QStringLiteral("since_seconds"), facts.sinceSeconds},
        {QStringLiteral("live_window_seconds"), facts.liveWindowSeconds},
        {QStringLiteral("dump_needed_root"), facts.dumpNeededRoot},
        {QStringLiteral("dump_needs_root"), facts.dumpNeedsRoot},
        {QStringLiteral("config_error"), error(facts.configError)},
        {QStringLiteral("error_logs_elsewhere"), QJsonArray::fromStringList(facts.errorLogsElsewhere)},
        {QStringLiteral("error_logs_not_read"), QJsonArray::fromStringList(facts.errorLogsNotRead)},
        {QStringLiteral("endpoints_not_probed"), facts.endpointsNotProbed},
        {QStringLiteral("access_log_format"), facts.accessLogFormat},
        {QStringLiteral("commands"), commands},
        {QStringLiteral("command_maps"), maps},
        {QStringLiteral("error_logs"), errorLogs},
        {QStringLiteral("php_fpm_logs"), phpFpmLogs},
        {QStringLiteral("app_servers"), appServers(facts.appServers)},
        {QStringLiteral("transcript"), transcript},
    };
    if (facts.accessLog)
        o.insert(QStringLiteral("access_log"), logTail(*facts.accessLog));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<Facts, QString> read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return QStringLiteral("not a facts archive: %1").arg(parseError.errorString());
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt() != kFormat)
        return QStringLiteral("unknown facts archive format %1")
            .arg(o.value(QStringLiteral("format")).toInt());
    Facts facts;
    facts.nginxBinary = o.value(QStringLiteral("nginx_binary")).toString();
    facts.nginxVersion = o.value(QStringLiteral("nginx_version")).toString();
    facts.configureArguments = o.value(QStringLiteral("configure_arguments")).toString();
    facts.confPath = o.value(QStringLiteral("conf_path")).toString();
    facts.prefix = o.value(QStringLiteral("prefix")).toString();
    facts.failingUrl = o.value(QStringLiteral("failing_url")).toString();
    facts.sinceSeconds = qint64(o.value(QStringLiteral("since_seconds")).toDouble(24 * 3600));
    facts.liveWindowSeconds = qint64(o.value(QStringLiteral("live_window_seconds")).toDouble(15 * 60));
    facts.dumpNeededRoot = o.value(QStringLiteral("dump_needed_root")).toBool();
    facts.dumpNeedsRoot = o.value(QStringLiteral("dump_needs_root")).toBool();
    facts.configError = errorFrom(o.value(QStringLiteral("config_error")));
    for (const QJsonValue &v : o.value(QStringLiteral("error_logs_elsewhere")).toArray())
        facts.errorLogsElsewhere << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("error_logs_not_read")).toArray())
        facts.errorLogsNotRead << v.toString();
    facts.endpointsNotProbed = o.value(QStringLiteral("endpoints_not_probed")).toInt();
    facts.accessLogFormat = o.value(QStringLiteral("access_log_format")).toString();
    const QJsonObject commands = o.value(QStringLiteral("commands")).toObject();
    for (const Named &n : kCommands)
        facts.*n.member = commandFrom(commands.value(QLatin1String(n.name)));
    const QJsonObject maps = o.value(QStringLiteral("command_maps")).toObject();
    for (const NamedMap &m : kMaps)
        facts.*m.member = commandMapFrom(maps.value(QLatin1String(m.name)));
    for (const QJsonValue &v : o.value(QStringLiteral("error_logs")).toArray())
        facts.errorLogs << logTailFrom(v);
    for (const QJsonValue &v : o.value(QStringLiteral("php_fpm_logs")).toArray())
        facts.phpFpmLogs << logTailFrom(v);
    facts.appServers = appServersFrom(o.value(QStringLiteral("app_servers")));
    if (o.contains(QStringLiteral("access_log")))
        facts.accessLog = logTailFrom(o.value(QStringLiteral("access_log")));
    for (const QJsonValue &v : o.value(QStringLiteral("transcript")).toArray())
        facts.transcript << commandFrom(v);
    derive(facts);
    return facts;
}

} // namespace gd::FactsArchive

#include "app/checks/LogRemedies.h"

#include "app/checks/ConfigEdits.h"

namespace gd {

namespace {

// The pass directives that send requests to `label` (as findings name an upstream).
QList<const UpstreamTarget *> targetsOf(const Facts &facts, const QString &label)
{
    QList<const UpstreamTarget *> found;
    for (const UpstreamTarget &t : facts.targets.targets()) {
        if (t.directiveIndex >= 0 && (t.endpoint() == label || t.upstreamName == label))
            found << &t;
    }
    return found;
}

bool listensNow(const ParsedFacts &parsed, const UpstreamServer &server)
{
    if (server.isUnixSocket())
        return !parsed.listeners.unixListeners(server.unixPath).isEmpty();
    return parsed.listeners.matchTcp(server.host, server.port).anyListening();
}

} // namespace

QList<FixAction> LogRemedies::actionsFor(const CheckInput &in, const ErrorLogGroup &group,
                                         const QString &label)
{
    if (!group.cause || !in.facts.config)
        return {};
    if (group.rule == QLatin1String("tls_wrong_version"))
        return plainHttp(in, label);
    if (group.rule == QLatin1String("fastcgi_protocol"))
        return httpNotFastCgi(in, group, label);
    if (group.rule == QLatin1String("no_live_upstreams"))
        return serversNotDown(in, label);
    if (group.rule == QLatin1String("worker_connections"))
        return moreWorkerConnections(in);
    return {};
}

// "wrong version number": the server answered the TLS hello with plain HTTP.
QList<FixAction> LogRemedies::plainHttp(const CheckInput &in, const QString &label)
{
    const ConfigEdits edits(in.facts);
    QList<FixAction> actions;
    for (const UpstreamTarget *t : targetsOf(in.facts, label)) {
        if (t->scheme != QLatin1String("https") || !t->value.startsWith(QLatin1String("https://")))
            continue;
        const QString plain = QStringLiteral("http://") + t->value.mid(8);
        if (const auto a = edits.replaceArg(
                in.facts.config->directive(t->directiveIndex), 0, plain,
                tr("the server at %1 speaks plain HTTP, not TLS: talk HTTP to it").arg(label)))
            actions << *a;
    }
    return actions;
}

// Version 72 is the 'H' of an HTTP status line: an HTTP server behind fastcgi_pass.
QList<FixAction> LogRemedies::httpNotFastCgi(const CheckInput &in, const ErrorLogGroup &group,
                                             const QString &label)
{
    const bool http = std::any_of(group.samples.begin(), group.samples.end(), [](const ErrorLogSample &s) {
        return s.line.contains("FastCGI protocol version: 72");
    });
    if (!http)
        return {};
    const ConfigEdits edits(in.facts);
    QList<FixAction> actions;
    for (const UpstreamTarget *t : targetsOf(in.facts, label)) {
        if (t->directive != QLatin1String("fastcgi_pass") || t->kind == UpstreamTarget::Kind::Variable)
            continue;
        // proxy_pass names a unix socket as http://unix:/path: (the last ':' ends the path).
        const QString address = t->kind == UpstreamTarget::Kind::UnixSocket
                                    ? QStringLiteral("unix:%1:").arg(t->unixPath)
                                    : t->value;
        const NginxDirective &pass = in.facts.config->directive(t->directiveIndex);
        if (const auto a = edits.replace(
                pass, QStringLiteral("proxy_pass http://%1;").arg(address),
                tr("%1 answers in HTTP, not FastCGI: pass requests to it with proxy_pass").arg(label)))
            actions << *a;
        actions << withoutFastCgiParameters(in, pass);
    }
    return actions;
}

// The FastCGI parameters written beside the pass directive are of no use to proxy_pass:
// they go with it (those written in the same file; included files are left alone).
QList<FixAction> LogRemedies::withoutFastCgiParameters(const CheckInput &in, const NginxDirective &pass)
{
    const NginxConfig &config = *in.facts.config;
    const NginxDirective *block = config.parent(pass);
    const ConfigEdits edits(in.facts);
    QList<FixAction> actions;
    for (const NginxDirective *d : config.children(block)) {
        if (d->file != pass.file || d->line == pass.line)
            continue;
        const bool parameters = d->name == QLatin1String("include") && !d->args.isEmpty() &&
                                (d->args.first().endsWith(QLatin1String("fastcgi_params")) ||
                                 d->args.first().endsWith(QLatin1String("fastcgi.conf")));
        if (!parameters && !d->name.startsWith(QLatin1String("fastcgi_")))
            continue;
        if (std::optional<FixAction> a = edits.remove(*d, tr("FastCGI settings mean nothing to proxy_pass")))
            actions << *a;
    }
    return actions;
}

// Every server of the group marked `down` in the config: nginx has none to try. The flag
// goes from the servers that listen now (a server still down stays marked).
QList<FixAction> LogRemedies::serversNotDown(const CheckInput &in, const QString &label)
{
    const UpstreamBlock *block = in.facts.targets.block(label);
    if (!block || block->directiveIndex < 0)
        return {};
    const bool allDown = std::all_of(block->servers.begin(), block->servers.end(),
                                     [](const UpstreamServer &s) { return s.down || s.backup; });
    if (!allDown || !in.parsed.listenersKnown)
        return {};
    const NginxConfig &config = *in.facts.config;
    const ConfigEdits edits(in.facts);
    QList<FixAction> actions;
    for (const NginxDirective *line :
         config.children(&config.directive(block->directiveIndex), QStringLiteral("server"))) {
        const auto server =
            std::find_if(block->servers.begin(), block->servers.end(), [&](const UpstreamServer &s) {
                return s.file == line->file && s.line == line->line;
            });
        if (server == block->servers.end() || !server->down || !listensNow(in.parsed, *server))
            continue;
        QStringList args = line->args;
        args.removeAll(QStringLiteral("down"));
        if (const auto a = edits.replace(
                *line, QStringLiteral("server %1;").arg(args.join(QLatin1Char(' '))),
                tr("%1 listens again: take it out of maintenance (`down`) so nginx sends it requests")
                    .arg(server->endpoint())))
            actions << *a;
    }
    return actions;
}

// nginx ran out of connections per worker (each proxied request takes two). Four times
// as many, at least 1024, as long as the open-files limit (worker_rlimit_nofile) allows.
QList<FixAction> LogRemedies::moreWorkerConnections(const CheckInput &in)
{
    const NginxConfig &config = *in.facts.config;
    const NginxDirective *events = config.firstChild(nullptr, QStringLiteral("events"));
    if (!events)
        return {};
    const NginxDirective *current = config.firstChild(events, QStringLiteral("worker_connections"));
    const int now = current && !current->args.isEmpty() ? current->args.first().toInt() : 512;
    int wanted = qMax(1024, now * 4);
    if (const NginxDirective *limit = config.firstChild(nullptr, QStringLiteral("worker_rlimit_nofile"));
        limit && !limit->args.isEmpty() && limit->args.first().toInt() > 0)
        wanted = qMin(wanted, limit->args.first().toInt());
    if (wanted <= now)
        return {};
    const ConfigEdits edits(in.facts);
    const auto a =
        edits.set(*events, QStringLiteral("worker_connections"), QString::number(wanted),
                  tr("%1 connections per worker are not enough (each proxied request takes two)").arg(now));
    return a ? QList<FixAction>{*a} : QList<FixAction>{};
}

} // namespace gd

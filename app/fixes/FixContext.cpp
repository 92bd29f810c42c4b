#include "app/fixes/FixContext.h"

#include "app/checks/PhpFpmMasters.h"
#include "app/config/EffectiveSettings.h"
#include "app/config/LocationMatcher.h"
#include "app/config/NginxConfig.h"
#include "app/engine/Diagnosis.h"
#include "app/facts/Facts.h"
#include "app/facts/ParsedFacts.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace gd {

Result<FixContext, FixError> FixContext::from(const Diagnosis &diagnosis)
{
    return from(diagnosis.facts(), diagnosis.parsed(), diagnosis.report());
}

Result<FixContext, FixError> FixContext::from(const Facts &facts, const DiagnosisReport &report)
{
    return from(facts, ParsedFacts::from(facts), report);
}

Result<FixContext, FixError> FixContext::from(const Facts &facts, const ParsedFacts &parsed,
                                              const DiagnosisReport &report)
{
    if (!facts.config)
        return FixError(FixError::Kind::NotFound,
                        tr("The nginx configuration could not be read, so there is nothing to edit: %1")
                            .arg(facts.configError.message()));
    const Result<NginxRuntime, QString> runtime = NginxRuntime::from(facts, parsed);
    if (!runtime)
        return FixError(FixError::Kind::Unsupported, runtime.error());
    FixContext context;
    context.m_runtime = *runtime;
    context.m_config = std::make_shared<const NginxConfig>(*facts.config);
    context.m_report = report;
    for (auto it = parsed.units.begin(); it != parsed.units.end(); ++it) {
        if (it.key() != runtime->unit && !it.key().startsWith(QLatin1String("nginx")))
            context.m_upstreamUnits << it.key();
    }
    const QList<PhpFpmInstance> masters =
        parsed.processes ? parsed.processes->phpFpm() : QList<PhpFpmInstance>();
    for (const PhpFpmPool &pool : parsed.pools.pools()) {
        const PhpFpmInstance *master = PhpFpmMasters::masterOf(pool, masters, parsed);
        if (!master)
            continue;
        PhpFpmTarget target;
        target.runtime = PhpFpmRuntime{PhpFpmMasters::binary(facts, *master), master->configPath,
                                       master->master.pid, parsed.unitOfPid.value(master->master.pid)};
        target.pool = pool.name;
        const std::optional<PhpFpmValue> set = pool.value(QStringLiteral("pm.max_children"));
        target.poolFile = set ? set->file : pool.file;
        target.listen = pool.listen();
        target.maxChildren = pool.maxChildren();
        target.listenBacklog = pool.listenBacklog();
        target.runningChildren = int(master->pools.value(pool.name).size());
        context.m_phpFpmTargets << target;
    }
    return context;
}

std::optional<PhpFpmTarget> FixContext::phpFpmTargetFor(int blockIndex) const
{
    // The fastcgi_pass in the block or around it, as nginx inherits it.
    const NginxDirective *block = blockIndex >= 0 ? &m_config->directive(blockIndex) : nullptr;
    QString pass;
    for (; block && pass.isEmpty(); block = m_config->parent(*block)) {
        for (const NginxDirective *child : m_config->children(block)) {
            if (child->name == QLatin1String("fastcgi_pass"))
                pass = child->arg(0);
        }
    }
    if (pass.isEmpty())
        return std::nullopt;
    // "unix:/run/php/php8.2-fpm.sock" vs listen "/run/php/php8.2-fpm.sock";
    // "127.0.0.1:9000" vs listen "127.0.0.1:9000" or "9000".
    const QString socket = pass.startsWith(QLatin1String("unix:")) ? pass.mid(5) : QString();
    for (const PhpFpmTarget &t : m_phpFpmTargets) {
        if (!socket.isEmpty() ? t.listen == socket
                              : (t.listen == pass || (!t.listen.contains(QLatin1Char(':')) &&
                                                      pass.endsWith(QLatin1Char(':') + t.listen))))
            return t;
    }
    return std::nullopt;
}

Result<int, FixError> FixContext::blockForUrl(const QString &url) const
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return FixError(FixError::Kind::InvalidValue, tr("\"%1\" is not a URL (http://host/path).").arg(url));
    const Result<LocationMatch, ConfigError> match = LocationMatcher(*m_config).match(parsed);
    if (!match || !match->found())
        return FixError(FixError::Kind::NotFound,
                        tr("No server block of this nginx answers %1%2.")
                            .arg(url, match ? QString() : QStringLiteral(": ") + match.error().message()));
    const NginxDirective *block = match->location ? match->location : match->server;
    return block->index;
}

Result<int, FixError> FixContext::blockAt(const QString &fileColonLine) const
{
    const int colon = int(fileColonLine.lastIndexOf(QLatin1Char(':')));
    bool ok = false;
    const int line = colon > 0 ? fileColonLine.mid(colon + 1).toInt(&ok) : 0;
    if (!ok || line <= 0)
        return FixError(FixError::Kind::InvalidValue,
                        tr("--location takes FILE:LINE, not \"%1\".").arg(fileColonLine));
    const QString file = fileColonLine.left(colon);
    const NginxDirective *best = nullptr;
    for (int i = 0; i < m_config->size(); ++i) {
        const NginxDirective &d = m_config->directive(i);
        if (!d.block || (d.name != QLatin1String("location") && d.name != QLatin1String("server") &&
                         d.name != QLatin1String("http") && d.name != QLatin1String("if")))
            continue;
        const bool sameFile = d.file == file || d.file.endsWith(QLatin1Char('/') + file);
        // The innermost block that starts at or before the line and ends at or after it.
        if (sameFile && d.line <= line && line <= d.endLine && (!best || d.line >= best->line))
            best = &d;
    }
    if (!best)
        return FixError(FixError::Kind::NotFound,
                        tr("No location, server or http block at %1.").arg(fileColonLine));
    return best->index;
}

QString FixContext::modulePrefixOf(int blockIndex) const
{
    // The pass directive in the block itself, else in the blocks around it.
    const NginxDirective *block = blockIndex >= 0 ? &m_config->directive(blockIndex) : nullptr;
    while (block) {
        for (const NginxDirective *child : m_config->children(block)) {
            if (child->name.endsWith(QLatin1String("_pass")))
                return EffectiveSettings::modulePrefix(child->name);
        }
        block = m_config->parent(*block);
    }
    return QStringLiteral("proxy_");
}

QList<SettingChange> FixContext::guideDefaults(const QString &modulePrefix)
{
    QList<SettingChange> changes{{modulePrefix + QStringLiteral("read_timeout"), QStringLiteral("75s")},
                                 {modulePrefix + QStringLiteral("send_timeout"), QStringLiteral("75s")},
                                 {modulePrefix + QStringLiteral("buffer_size"), QStringLiteral("16k")}};
    if (modulePrefix != QLatin1String("grpc_")) {
        changes.append({modulePrefix + QStringLiteral("buffers"), QStringLiteral("8 16k")});
        changes.append({modulePrefix + QStringLiteral("busy_buffers_size"), QStringLiteral("32k")});
    }
    return changes;
}

namespace {
QString refusal(const Finding &finding)
{
    for (const FixAction &a : finding.actions) {
        if (a.validation.isRefused())
            return a.validation.text();
    }
    return {};
}
} // namespace

QList<SettingChange> FixContext::recommended(int blockIndex) const
{
    QList<SettingChange> changes;
    for (const Finding &f : m_report.findings) {
        if (f.blockIndex != blockIndex || !refusal(f).isEmpty())
            continue;
        for (const auto &[name, value] : f.suggestedSettings) {
            // By value: clang 14 cannot capture a structured binding.
            if (std::none_of(changes.begin(), changes.end(),
                             [directive = name](const SettingChange &c) { return c.directive == directive; }))
                changes.append({name, value});
        }
    }
    return changes;
}

QStringList FixContext::refusedSuggestions(int blockIndex) const
{
    QStringList messages;
    for (const Finding &f : m_report.findings) {
        const QString message = refusal(f);
        if (f.blockIndex == blockIndex && !message.isEmpty() && !messages.contains(message))
            messages << message;
    }
    return messages;
}

QString FixContext::describeBlock(int blockIndex) const
{
    if (blockIndex < 0)
        return tr("http {}");
    const NginxDirective &d = m_config->directive(blockIndex);
    return QStringLiteral("%1 (%2)").arg(d.text(), d.location());
}

} // namespace gd

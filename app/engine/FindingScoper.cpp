#include "app/engine/FindingScoper.h"

#include "app/config/LocationMatcher.h"
#include "app/facts/FastCgiReach.h"
#include "app/facts/ProbeCommands.h"
#include "app/logs/ErrorLogLine.h"

#include <QUrl>

namespace gd {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

// Its evidence is what was written down earlier (log lines, and the config lines they
// point at), nothing measured now (ss, curl, systemctl): its time is its newest line's.
bool onlyFromTheRecord(const Finding &f)
{
    static const QSet<QString> record{QStringLiteral("error_log"), QStringLiteral("config"),
                                      QStringLiteral("php-fpm log"), QStringLiteral("journal"),
                                      QStringLiteral("kernel log")};
    return f.lastSeen.isValid() && std::all_of(f.evidence.begin(), f.evidence.end(),
                                               [](const Evidence &e) { return record.contains(e.source); });
}

} // namespace

FindingScoper::FindingScoper(const Facts &facts, const ParsedFacts &parsed, qint64 liveWindowSeconds)
    : m_parsed(parsed), m_liveWindowSeconds(liveWindowSeconds)
{
    const QByteArray now = facts.clock.stdOut.trimmed();
    if (const std::optional<qint64> naive = ErrorLogLine::naiveTimeAt(now.constData(), now.size()))
        m_serverNow = ErrorLogLine::dateTimeOfNaive(*naive);

    if (facts.failingUrl.isEmpty() || !facts.config)
        return;
    const Result<LocationMatch, ConfigError> match =
        LocationMatcher(*facts.config).match(QUrl(facts.failingUrl));
    if (!match || !match->server)
        return;
    // nginx -T refused the files: they are not what runs, so what they say serves the URL
    // is a guess. Describe it, but keep every finding in scope.
    const bool filesRun = !facts.configError;
    m_scoped = filesRun;
    QStringList names;
    for (const NginxDirective *name : facts.config->children(match->server, QStringLiteral("server_name")))
        names += name->args;
    // nginx writes the block's first server_name in `server:` ("" when it has none).
    m_serverNames = QSet<QString>(names.begin(), names.end());
    QStringList parts;
    parts << tr("server %1 (%2)")
                 .arg(names.isEmpty() ? QStringLiteral("\"\"") : names.first(), match->server->location());
    if (match->location)
        parts << tr("location %1 (%2)")
                     .arg(match->location->args.join(QLatin1Char(' ')), match->location->location());
    const QString notLoaded =
        filesRun ? QString() : tr(" — as the files on disk say, which nginx -t refuses");
    if (!match->target) {
        parts << tr("no upstream (nginx answers this URL itself)");
        m_description = parts.join(QStringLiteral(", ")) + notLoaded;
        return;
    }
    const UpstreamTarget &t = *match->target;
    parts << tr("upstream %1 (%2)").arg(t.endpoint(), t.where());
    m_description = parts.join(QStringLiteral(", ")) + notLoaded;
    m_endpoints << t.endpoint() << t.value;
    switch (t.kind) {
    case UpstreamTarget::Kind::HostPort:
        for (const QString &address : t.knownAddresses())
            m_endpoints << ProbeCommands::endpoint(address, t.port);
        if (const auto dns = parsed.dns.find(t.host); dns != parsed.dns.end()) {
            for (const QString &address : dns->addresses)
                m_endpoints << ProbeCommands::endpoint(address, t.port);
        }
        break;
    case UpstreamTarget::Kind::UnixSocket:
        break;
    case UpstreamTarget::Kind::UpstreamBlock:
        m_endpoints << t.upstreamName;
        if (const UpstreamBlock *block = facts.targets.blockFor(t)) {
            for (const UpstreamServer &s : block->servers) {
                m_endpoints << s.endpoint() << s.address;
                if (!s.host.isEmpty()) {
                    if (const auto dns = parsed.dns.find(s.host); dns != parsed.dns.end()) {
                        for (const QString &address : dns->addresses)
                            m_endpoints << ProbeCommands::endpoint(address, s.port);
                    }
                }
            }
        }
        break;
    case UpstreamTarget::Kind::Variable:
        // Known per request only: any upstream may be the one this URL reaches.
        m_anyUpstream = true;
        break;
    }
}

bool FindingScoper::urlMayReachPool(const QString &listen) const
{
    if (!m_scoped || m_anyUpstream)
        return true;
    // The endpoints as findings name them: "unix:/path", "127.0.0.1:9000", "[::1]:9000",
    // "localhost:9000", or an upstream block's name (no port: never a pool's address).
    return std::any_of(m_endpoints.begin(), m_endpoints.end(), [&](const QString &endpoint) {
        if (endpoint.startsWith(QLatin1String("unix:")))
            return FastCgiReach::listenTakesSocket(listen, endpoint.mid(5));
        const qsizetype colon = endpoint.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = endpoint.mid(colon + 1).toUInt(&ok);
        return colon > 0 && ok && port <= 65535 &&
               FastCgiReach::listenTakes(listen, endpoint.left(colon), quint16(port));
    });
}

bool FindingScoper::urlAnswersWell() const
{
    const std::optional<HttpProbeResult> &answer = m_parsed.throughNginx;
    return answer && answer->transportOk() && answer->httpCode > 0 && answer->httpCode < 500;
}

bool FindingScoper::aboutTheUrl(const Finding &f) const
{
    if (!f.upstream.isEmpty())
        return m_anyUpstream || m_endpoints.contains(f.upstream) ||
               std::any_of(f.sites.begin(), f.sites.end(),
                           [&](const QString &s) { return m_serverNames.contains(s); });
    if (!f.sites.isEmpty())
        return std::any_of(f.sites.begin(), f.sites.end(),
                           [&](const QString &s) { return m_serverNames.contains(s); });
    return true; // this nginx as a whole: the URL's site breaks with the rest
}

void FindingScoper::setTiming(Finding &f) const
{
    if (f.timing != FindingTiming::Now || !urlAnswersWell() || !onlyFromTheRecord(f) ||
        !m_serverNow.isValid())
        return;
    const qint64 age = f.lastSeen.secsTo(m_serverNow);
    if (age <= m_liveWindowSeconds)
        return;
    f.timing = FindingTiming::Past;
    f.summary += QLatin1Char(' ') + tr("Errors until %1, none since; the URL answers %2 now.")
                                        .arg(f.lastSeen.toString(kTimeFormat))
                                        .arg(m_parsed.throughNginx->httpCode);
}

void FindingScoper::apply(QList<Finding> &findings) const
{
    for (Finding &f : findings) {
        if (m_scoped)
            f.scope = aboutTheUrl(f) ? FindingScope::Url : FindingScope::Elsewhere;
        setTiming(f);
        // What a check saw end (refused then, listening now) says when it ended.
        if (f.timing == FindingTiming::Past && f.lastSeen.isValid() &&
            !f.summary.contains(QLatin1String("none since")))
            f.summary +=
                QLatin1Char(' ') +
                (urlAnswersWell() ? tr("Errors until %1, none since; the URL answers %2 now.")
                                        .arg(f.lastSeen.toString(kTimeFormat))
                                        .arg(m_parsed.throughNginx->httpCode)
                                  : tr("Errors until %1, none since.").arg(f.lastSeen.toString(kTimeFormat)));
    }
}

void FindingScoper::softenSteps(QList<StepResult> &steps, const QList<Finding> &findings) const
{
    auto key = [](const Evidence &e) {
        return e.excerpt + QLatin1Char('\x1f') + e.file + QString::number(e.line);
    };
    QSet<QString> counting, notCounting;
    QSet<QString> countingUpstreams = m_endpoints, otherUpstreams;
    for (const Finding &f : findings) {
        for (const Evidence &e : f.evidence)
            (f.counts() ? counting : notCounting) << key(e);
        if (!f.upstream.isEmpty())
            (f.counts() ? countingUpstreams : otherUpstreams) << f.upstream;
    }
    if (notCounting.isEmpty())
        return;
    // "127.0.0.1:808" must not be found in "127.0.0.1:8080".
    auto names = [](const QString &text, const QString &upstream) {
        if (upstream.isEmpty())
            return false;
        for (qsizetype at = text.indexOf(upstream); at >= 0; at = text.indexOf(upstream, at + 1)) {
            const qsizetype end = at + upstream.size();
            if (end >= text.size() || !text.at(end).isDigit())
                return true;
        }
        return false;
    };
    // Its evidence is all evidence of findings that do not count, or it is about an upstream
    // that only such findings name.
    auto aboutOthersOnly = [&](const CheckResult &check) {
        if (!check.evidence.isEmpty() &&
            std::all_of(check.evidence.begin(), check.evidence.end(), [&](const Evidence &e) {
                return notCounting.contains(key(e)) && !counting.contains(key(e));
            }))
            return true;
        const QString text = check.title + QLatin1Char('\n') + check.explanation;
        const bool other = std::any_of(otherUpstreams.begin(), otherUpstreams.end(),
                                       [&](const QString &u) { return names(text, u); });
        const bool own = std::any_of(countingUpstreams.begin(), countingUpstreams.end(),
                                     [&](const QString &u) { return names(text, u); });
        return other && !own;
    };
    for (StepResult &step : steps) {
        CheckStatus status = CheckStatus::Skipped;
        for (CheckResult &check : step.checks) {
            if (check.status == CheckStatus::Fail && aboutOthersOnly(check)) {
                check.status = CheckStatus::Warn;
                check.explanation = tr("Not about this URL now (another site, or errors that stopped): %1")
                                        .arg(check.explanation);
            }
            status = worse(status, check.status);
        }
        if (!step.checks.isEmpty())
            step.status = status;
    }
}

} // namespace gd

#pragma once

#include "app/facts/NginxRuntime.h"
#include "app/fixes/FixError.h"
#include "app/fixes/PhpFpmTarget.h"
#include "app/fixes/SettingChange.h"
#include "app/model/DiagnosisReport.h"
#include "remote/Result.h"

#include <QCoreApplication>

#include <memory>

namespace gd {

class Diagnosis;
class NginxConfig;
struct Facts;
struct ParsedFacts;

// What a fix needs from a finished diagnosis: the nginx to reload, its config (kept
// alive for the edit cycle), which block a URL or a file:line names, and the values
// the diagnosis recommends for it. The CLI and the wizard both start here.
class FixContext
{
    Q_DECLARE_TR_FUNCTIONS(FixContext)
public:
    // From a finished diagnosis (its facts are parsed already): what the wizard and
    // the CLI use, once per diagnosis.
    static Result<FixContext, FixError> from(const Diagnosis &diagnosis);
    // From raw facts: parses them first (tests that build facts by hand).
    static Result<FixContext, FixError> from(const Facts &facts, const DiagnosisReport &report);

    const NginxRuntime &runtime() const { return m_runtime; }
    std::shared_ptr<const NginxConfig> config() const { return m_config; }
    const DiagnosisReport &report() const { return m_report; }

    // The location (or server) nginx uses for the URL.
    Result<int, FixError> blockForUrl(const QString &url) const;
    // The block written at FILE:LINE (a location/server/http line, or any line inside
    // one: the innermost block that contains it).
    Result<int, FixError> blockAt(const QString &fileColonLine) const;
    // The diagnosis's recommendation for that block (timeouts, header buffers), else
    // empty. "fallback" adds the guide's defaults for the module of the block's pass
    // directive: read/send 75s, buffers 8 16k, buffer size 16k, busy 32k.
    // A finding whose edits nginx -t refused on a scratch copy recommends nothing:
    // refusedSuggestions() holds its "nginx -t refuses this suggestion: ..." instead.
    QList<SettingChange> recommended(int blockIndex) const;
    QStringList refusedSuggestions(int blockIndex) const;
    static QList<SettingChange> guideDefaults(const QString &modulePrefix);
    // proxy_, fastcgi_, ... of the pass directive that serves the block.
    QString modulePrefixOf(int blockIndex) const;
    // "location /api (sites-enabled/app:12)", for people.
    QString describeBlock(int blockIndex) const;

    // The systemd units that run the upstreams (own their sockets), nginx's own left out.
    const QStringList &upstreamUnits() const { return m_upstreamUnits; }
    // PHP-FPM pools with a running master, and the one behind a block's fastcgi_pass.
    const QList<PhpFpmTarget> &phpFpmTargets() const { return m_phpFpmTargets; }
    std::optional<PhpFpmTarget> phpFpmTargetFor(int blockIndex) const;

private:
    static Result<FixContext, FixError> from(const Facts &facts, const ParsedFacts &parsed,
                                             const DiagnosisReport &report);

    NginxRuntime m_runtime;
    std::shared_ptr<const NginxConfig> m_config;
    DiagnosisReport m_report;
    QStringList m_upstreamUnits;
    QList<PhpFpmTarget> m_phpFpmTargets;
};

} // namespace gd

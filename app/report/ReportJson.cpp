#include "app/report/ReportJson.h"

#include <QJsonArray>

namespace gd {

QJsonObject ReportJson::toJson(const Evidence &evidence)
{
    QJsonObject o{{QStringLiteral("source"), evidence.source}, {QStringLiteral("excerpt"), evidence.excerpt}};
    if (!evidence.file.isEmpty())
        o.insert(QStringLiteral("file"), evidence.file);
    if (evidence.line > 0)
        o.insert(QStringLiteral("line"), evidence.line);
    if (evidence.spanStart >= 0) {
        o.insert(QStringLiteral("span"), QJsonObject{{QStringLiteral("start"), evidence.spanStart},
                                                     {QStringLiteral("length"), evidence.spanLength}});
    }
    if (!evidence.command.isEmpty())
        o.insert(QStringLiteral("command"), evidence.command);
    return o;
}

QJsonObject ReportJson::toJson(const FixAction &action)
{
    QJsonObject o{{QStringLiteral("why"), action.why}};
    if (action.kind == FixAction::Kind::Edit) {
        o.insert(QStringLiteral("kind"), QStringLiteral("edit"));
        o.insert(QStringLiteral("file"), action.file);
        o.insert(QStringLiteral("line"), action.line);
        o.insert(QStringLiteral("old"), action.oldText);
        o.insert(QStringLiteral("new"), action.newText);
        if (action.validation.state != SuggestionCheck::State::None)
            o.insert(QStringLiteral("validated"), action.validation.text());
    } else {
        o.insert(QStringLiteral("kind"), QStringLiteral("command"));
        o.insert(QStringLiteral("argv"), QJsonArray::fromStringList(action.argv));
        o.insert(QStringLiteral("as_root"), action.asRoot);
        o.insert(QStringLiteral("host"), action.host == FixAction::Host::Upstream ? QStringLiteral("upstream")
                                                                                  : QStringLiteral("nginx"));
    }
    return o;
}

QJsonObject ReportJson::toJson(const Finding &finding)
{
    QJsonArray evidence;
    for (const Evidence &e : finding.evidence)
        evidence.append(toJson(e));
    QJsonObject o{{QStringLiteral("cause"), causeCode(finding.cause)},
                  {QStringLiteral("severity"), severityCode(finding.severity)},
                  {QStringLiteral("step"), finding.step},
                  {QStringLiteral("upstream"), finding.upstream},
                  {QStringLiteral("summary"), finding.summary},
                  {QStringLiteral("evidence"), evidence},
                  {QStringLiteral("remedy"), finding.remedy},
                  {QStringLiteral("remedy_step"), finding.remedyStep},
                  {QStringLiteral("confidence"), finding.confidence},
                  {QStringLiteral("scope"), findingScopeCode(finding.scope)},
                  {QStringLiteral("timing"), findingTimingCode(finding.timing)}};
    if (finding.lastSeen.isValid())
        o.insert(QStringLiteral("last_seen"),
                 finding.lastSeen.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    if (!finding.sites.isEmpty())
        o.insert(QStringLiteral("sites"), QJsonArray::fromStringList(finding.sites));
    if (finding.rootCause)
        o.insert(QStringLiteral("root_cause"), causeCode(*finding.rootCause));
    QJsonArray actions;
    for (const FixAction &a : finding.actions)
        actions.append(toJson(a));
    o.insert(QStringLiteral("actions"), actions);
    // The finding's edits are tested together: one verdict for all of them.
    for (const FixAction &a : finding.actions) {
        if (a.validation.state != SuggestionCheck::State::None) {
            o.insert(QStringLiteral("validated"), a.validation.text());
            break;
        }
    }
    if (finding.fixInApp)
        o.insert(QStringLiteral("fix_in_app"), true);
    return o;
}

QJsonObject ReportJson::toJson(const CheckResult &check)
{
    QJsonArray commands;
    for (const CommandRecord &c : check.commands) {
        QJsonObject command{{QStringLiteral("command"), c.commandLine},
                            {QStringLiteral("exit_code"), c.exitCode},
                            {QStringLiteral("duration_ms"), double(c.durationMs)}};
        if (!c.error.isEmpty())
            command.insert(QStringLiteral("error"), c.error);
        commands.append(command);
    }
    QJsonArray evidence;
    for (const Evidence &e : check.evidence)
        evidence.append(toJson(e));
    QJsonObject out{{QStringLiteral("id"), check.id},
                    {QStringLiteral("title"), check.title},
                    {QStringLiteral("status"), checkStatusCode(check.status)},
                    {QStringLiteral("explanation"), check.explanation},
                    {QStringLiteral("commands"), commands},
                    {QStringLiteral("evidence"), evidence}};
    if (!check.next.isEmpty())
        out.insert(QStringLiteral("next"), check.next);
    return out;
}

QJsonObject ReportJson::toJson(const DiagnosisReport &report)
{
    const TargetInfo &t = report.target;
    QJsonObject target{{QStringLiteral("machine"), t.machine},
                       {QStringLiteral("local"), t.local},
                       {QStringLiteral("nginx_binary"), t.nginxBinary},
                       {QStringLiteral("nginx_version"), t.nginxVersion},
                       {QStringLiteral("config_file"), t.configFile},
                       {QStringLiteral("nginx_running"), t.nginxRunning},
                       {QStringLiteral("worker_user"), t.workerUser},
                       {QStringLiteral("url"), t.url},
                       {QStringLiteral("url_status"), t.urlStatus},
                       {QStringLiteral("url_scope"), t.urlScope},
                       {QStringLiteral("started_at"), t.startedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("duration_ms"), double(t.durationMs)}};
    QJsonArray steps;
    for (const StepResult &step : report.steps) {
        QJsonArray checks;
        for (const CheckResult &check : step.checks)
            checks.append(toJson(check));
        steps.append(QJsonObject{{QStringLiteral("step"), step.step},
                                 {QStringLiteral("title"), step.title},
                                 {QStringLiteral("status"), checkStatusCode(step.status)},
                                 {QStringLiteral("next"), step.next},
                                 {QStringLiteral("checks"), checks}});
    }
    QJsonArray findings;
    for (const Finding &f : report.findings)
        findings.append(toJson(f));
    return {{QStringLiteral("target"), target},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("problem_found"), report.problemFound()}};
}

} // namespace gd

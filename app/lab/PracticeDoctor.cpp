#include "app/lab/PracticeDoctor.h"

#include "app/engine/DiagnosisEngine.h"

#include <QJsonArray>

namespace gd {

Result<DiagnosisReport, LabError> PracticeDoctor::diagnose(Machine *machine, const QString &configFile,
                                                           const QString &url)
{
    DiagnosisOptions options;
    options.configFile = configFile;
    options.url = url;
    options.probeTimeoutSec = 3;
    DiagnosisEngine engine(machine, options);
    if (const RemoteError error = engine.runAndWait())
        return LabError::fromRemote(error);
    return engine.report();
}

QString PracticeDoctor::topCause(const DiagnosisReport &report)
{
    const Finding *root = report.rootCause();
    return root ? causeCode(root->cause) : QString();
}

QJsonObject PracticeDoctor::path(const DiagnosisReport &report)
{
    QJsonArray steps;
    for (const StepResult &step : report.steps) {
        // The evidence that carried the step's verdict: the first of its worst check.
        QString evidence;
        const CheckResult *worst = nullptr;
        for (const CheckResult &check : step.checks) {
            if (!worst || worse(worst->status, check.status) == check.status)
                worst = &check;
        }
        if (worst && !worst->evidence.isEmpty())
            evidence = worst->evidence.first().excerpt.left(400);
        else if (worst)
            evidence = worst->explanation.left(400);
        steps.append(QJsonObject{{QStringLiteral("step"), step.step},
                                 {QStringLiteral("title"), step.title},
                                 {QStringLiteral("status"), checkStatusCode(step.status)},
                                 {QStringLiteral("evidence"), evidence}});
    }
    QJsonArray findings;
    for (const Finding &f : report.findings)
        findings.append(causeCode(f.cause));
    QJsonObject path{{QStringLiteral("cause"), topCause(report)},
                     {QStringLiteral("steps"), steps},
                     {QStringLiteral("findings"), findings}};
    if (const Finding *root = report.rootCause()) {
        const Finding &top = *root;
        path.insert(QStringLiteral("summary"), top.summary);
        path.insert(QStringLiteral("remedy"), top.remedy);
        path.insert(QStringLiteral("step"), top.step);
        if (!top.evidence.isEmpty())
            path.insert(QStringLiteral("evidence"), top.evidence.first().excerpt.left(600));
    }
    return path;
}

} // namespace gd

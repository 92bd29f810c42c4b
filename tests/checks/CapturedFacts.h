#pragma once

// Facts captured from the lab's real set-ups (tests/data/facts, see its README),
// replayed through one step's checks.
#include "app/checks/CheckRegistry.h"
#include "app/facts/FactsArchive.h"
#include "tests/TestConfig.h"

#include <QDir>
#include <QFile>
#include <QtTest>

namespace gd::test {

inline Facts capturedFacts(const QString &scenario)
{
    QFile file(QStringLiteral(GD_TEST_DATA_DIR "/facts/") + scenario + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing captured facts: %s", qPrintable(file.fileName()));
    Result<Facts, QString> facts = FactsArchive::read(file.readAll());
    if (!facts)
        qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(facts.error()));
    return *facts;
}

// The names of every captured scenario (tests/data/facts/NAME.json).
inline QStringList capturedScenarios()
{
    QStringList names = QDir(QStringLiteral(GD_TEST_DATA_DIR "/facts"))
                            .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (QString &n : names)
        n.chop(5);
    return names;
}

// The checks of `step` run on a scenario's captured facts.
inline StepOutcome runStep(int step, const QString &scenario)
{
    const Facts facts = capturedFacts(scenario);
    const ParsedFacts parsed = ParsedFacts::from(facts);
    return CheckRegistry::runStep(step, CheckInput{facts, parsed});
}

inline const CheckResult *check(const StepOutcome &out, const QString &id)
{
    for (const CheckResult &c : out.result.checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

inline const Finding *finding(const StepOutcome &out, Cause cause)
{
    for (const Finding &f : out.findings) {
        if (f.cause == cause)
            return &f;
    }
    return nullptr;
}

// "upstream.listening=fail, upstream.probe=pass" for failure messages.
inline QByteArray describe(const StepOutcome &out)
{
    QStringList parts;
    for (const CheckResult &c : out.result.checks)
        parts << c.id + QLatin1Char('=') + checkStatusCode(c.status) + QStringLiteral(" (") +
                     c.explanation.left(120) + QLatin1Char(')');
    for (const Finding &f : out.findings)
        parts << QStringLiteral("finding ") + causeCode(f.cause) + QStringLiteral(": ") + f.summary.left(160);
    return parts.join(QStringLiteral("\n  ")).toUtf8();
}

} // namespace gd::test

#include "app/lab/ScenarioParams.h"
#include "remote/ByteText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace gd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::ScenarioParams)
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z][a-z0-9_]*)\\}"));
    return pattern;
}

bool listenerWithin(const QSet<quint16> &listening, int port, int distance)
{
    for (int p = port - distance; p <= port + distance; ++p) {
        if (listening.contains(static_cast<quint16>(p)))
            return true;
    }
    return false;
}

} // namespace

QStringList ScenarioParams::builtInNames()
{
    return {QStringLiteral("lab"),         QStringLiteral("nginx_port"),   QStringLiteral("url"),
            QStringLiteral("token"),       QStringLiteral("php_version"),  QStringLiteral("php_sock_dir"),
            QStringLiteral("worker_user"), QStringLiteral("worker_group"), QStringLiteral("nft_table"),
            QStringLiteral("nft_handle")};
}

Result<ParamValues, LabError> ScenarioParams::resolve(const Scenario &scenario, quint64 seed, PortPool ports)
{
    QRandomGenerator random(static_cast<quint32>(seed ^ (seed >> 32)));
    ParamValues values;
    QSet<quint16> taken;
    const auto takeFree = [&](bool quiet) -> int {
        for (int i = 0; i < ports.free.size(); ++i) {
            const quint16 port = ports.free.at(i);
            if (taken.contains(port) || (quiet && listenerWithin(ports.listening, port, 10)))
                continue;
            // Nothing of ours right next to it either: a port a few numbers away from one of
            // the lab's listeners reads as a wrong port to the diagnosis.
            if (quiet && std::any_of(taken.begin(), taken.end(),
                                     [port](quint16 t) { return std::abs(int(t) - int(port)) <= 10; }))
                continue;
            ports.free.removeAt(i);
            taken.insert(port);
            return port;
        }
        return -1;
    };

    // Plain choices first, in the order of the file's keys; ports after them (their order
    // does not matter for reproducibility: they come from the host), offsets last.
    for (const ScenarioParam &p : scenario.params) {
        switch (p.kind) {
        case ScenarioParam::Kind::OneOf:
            values.insert(p.name, p.choices.at(int(random.bounded(quint32(p.choices.size())))));
            break;
        case ScenarioParam::Kind::Range:
            values.insert(p.name, QString::number(p.low + int(random.bounded(quint32(p.high - p.low + 1)))));
            break;
        case ScenarioParam::Kind::Token:
            values.insert(p.name, QString::number(random.generate64(), 16));
            break;
        default:
            break;
        }
    }
    for (const ScenarioParam &p : scenario.params) {
        if (p.kind != ScenarioParam::Kind::Port && p.kind != ScenarioParam::Kind::QuietPort)
            continue;
        const int port = takeFree(p.kind == ScenarioParam::Kind::QuietPort);
        if (port < 0)
            return LabError(LabError::Kind::SetupFailed,
                            Text::tr("no free loopback port for %1").arg(p.name));
        values.insert(p.name, QString::number(port));
    }
    for (const ScenarioParam &p : scenario.params) {
        if (p.kind != ScenarioParam::Kind::Near)
            continue;
        const int base = values.value(p.base).toInt();
        const int offset = p.low + int(random.bounded(quint32(p.high - p.low + 1)));
        // The drawn offset first; if that port is busy, the next ones in the same direction.
        int chosen = -1;
        for (int step = 0; step < 20 && chosen < 0; ++step) {
            const int magnitude = std::abs(offset) + step;
            const int candidate = base + (offset < 0 ? -magnitude : magnitude);
            if (candidate > 1024 && candidate < 65536 && !ports.listening.contains(quint16(candidate)) &&
                !taken.contains(quint16(candidate)))
                chosen = candidate;
        }
        if (chosen < 0)
            return LabError(LabError::Kind::SetupFailed,
                            Text::tr("no free port near %1 for %2").arg(base).arg(p.name));
        taken.insert(quint16(chosen));
        values.insert(p.name, QString::number(chosen));
    }
    return values;
}

QString ScenarioParams::expand(const QString &text, const ParamValues &values)
{
    QString result;
    result.reserve(text.size());
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        if (!values.contains(name))
            continue;
        result += text.mid(last, match.capturedStart() - last);
        result += values.value(name);
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

QStringList ScenarioParams::expand(const QStringList &lines, const ParamValues &values)
{
    QStringList result;
    result.reserve(lines.size());
    for (const QString &line : lines)
        result << expand(line, values);
    return result;
}

QSet<QString> ScenarioParams::placeholders(const QString &text)
{
    QSet<QString> names;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        names.insert(it.next().captured(1));
    return names;
}

QStringList ScenarioParams::unknownPlaceholders(const Scenario &scenario)
{
    const QStringList builtIn = builtInNames();
    QSet<QString> known(builtIn.begin(), builtIn.end());
    for (const ScenarioParam &p : scenario.params)
        known.insert(p.name);
    QStringList texts{scenario.title,       scenario.ticket,      scenario.path,
                      scenario.explanation, scenario.symptom.log, scenario.symptom.logFile};
    for (const ScenarioApp &app : scenario.apps)
        texts << app.settings << app.target << app.readyLog << app.readyLogFile;
    for (const ScenarioSite &site : scenario.sites)
        texts << site.name << site.lines;
    for (auto it = scenario.files.begin(); it != scenario.files.end(); ++it)
        texts << it.key() << it.value();
    for (const ScenarioHint &hint : scenario.hints)
        texts << hint.question << hint.where << hint.answer;
    texts << utf8Text(QJsonDocument(scenario.faults).toJson())
          << utf8Text(QJsonDocument(scenario.fix).toJson());
    QStringList unknown;
    for (const QString &text : std::as_const(texts)) {
        for (const QString &name : placeholders(text)) {
            if (!known.contains(name) && !unknown.contains(name))
                unknown << name;
        }
    }
    return unknown;
}

} // namespace gd

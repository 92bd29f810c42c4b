#include "app/lab/Scenario.h"

#include "app/model/Cause.h"
#include "app/model/UiLanguage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace gd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::Scenario)
};

// A text given either as one string or as an array of lines (how the files keep
// multi-line texts readable).
QString text(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList lines;
        for (const QJsonValue &line : value.toArray())
            lines << line.toString();
        return lines.join(QLatin1Char('\n'));
    }
    return value.toString();
}

QStringList lines(const QJsonValue &value)
{
    QStringList result;
    if (value.isArray()) {
        for (const QJsonValue &line : value.toArray())
            result << line.toString();
    } else if (value.isString()) {
        result = value.toString().split(QLatin1Char('\n'));
    }
    return result;
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result << (item.isDouble() ? QString::number(item.toInt()) : item.toString());
    return result;
}

// The scenario's own texts in the user's language, from its "translations" block
// ({"de": {"title", "ticket", "explanation", "hints": [{question, where, answer}]}}):
// each text that is there replaces the English one; hints only when all are there.
void translate(Scenario &s, const QJsonObject &json)
{
    const QString language = UiLanguage::current();
    if (language.isEmpty())
        return;
    const QJsonObject t = json.value(QStringLiteral("translations")).toObject().value(language).toObject();
    if (const QString title = t.value(QStringLiteral("title")).toString(); !title.isEmpty())
        s.title = title;
    if (const QString ticket = text(t.value(QStringLiteral("ticket"))); !ticket.isEmpty())
        s.ticket = ticket;
    if (const QString explanation = text(t.value(QStringLiteral("explanation"))); !explanation.isEmpty())
        s.explanation = explanation;
    const QJsonArray hints = t.value(QStringLiteral("hints")).toArray();
    if (hints.size() != s.hints.size())
        return;
    QList<ScenarioHint> translated;
    for (const QJsonValue &value : hints) {
        const QJsonObject h = value.toObject();
        ScenarioHint hint{text(h.value(QStringLiteral("question"))), text(h.value(QStringLiteral("where"))),
                          text(h.value(QStringLiteral("answer")))};
        if (hint.question.isEmpty() || hint.where.isEmpty() || hint.answer.isEmpty())
            return;
        translated << hint;
    }
    s.hints = translated;
}

} // namespace

Result<Scenario, LabError> Scenario::fromJson(const QJsonObject &json, const QString &source)
{
    const auto bad = [&](const QString &why) {
        return LabError(LabError::Kind::BadScenario, Text::tr("%1: %2").arg(source, why));
    };
    Scenario s;
    s.source = source;
    s.raw = json;
    s.id = json.value(QStringLiteral("id")).toString();
    static const QRegularExpression idShape(QStringLiteral("^[a-z0-9][a-z0-9-]{1,60}$"));
    if (!idShape.match(s.id).hasMatch())
        return bad(Text::tr("\"id\" must be lower-case letters, digits and dashes"));
    s.title = json.value(QStringLiteral("title")).toString();
    s.difficulty = json.value(QStringLiteral("difficulty")).toInt(1);
    s.parMinutes = json.value(QStringLiteral("par_minutes")).toInt(10);
    s.cause = json.value(QStringLiteral("cause")).toString();
    s.needs = strings(json.value(QStringLiteral("needs")));
    s.ticket = text(json.value(QStringLiteral("ticket")));
    s.path = json.value(QStringLiteral("path")).toString(QStringLiteral("/"));
    s.explanation = text(json.value(QStringLiteral("explanation")));
    if (s.title.isEmpty() || s.ticket.isEmpty())
        return bad(Text::tr("\"title\" and \"ticket\" are required"));
    if (s.difficulty < 1 || s.difficulty > 3)
        return bad(Text::tr("\"difficulty\" is 1, 2 or 3"));
    if (!s.isHealthyControl() && !causeFromCode(s.cause))
        return bad(Text::tr("\"cause\" must be a cause code or \"none\", not \"%1\"").arg(s.cause));
    static const QStringList knownNeeds{QStringLiteral("root"),     QStringLiteral("php-fpm"),
                                        QStringLiteral("gunicorn"), QStringLiteral("nft"),
                                        QStringLiteral("selinux"),  QStringLiteral("ipv6")};
    for (const QString &need : std::as_const(s.needs)) {
        if (!knownNeeds.contains(need))
            return bad(Text::tr("unknown requirement \"%1\"").arg(need));
    }

    const QJsonObject params = json.value(QStringLiteral("params")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QJsonObject spec = it.value().toObject();
        ScenarioParam p;
        p.name = it.key();
        if (spec.contains(QStringLiteral("one_of"))) {
            p.kind = ScenarioParam::Kind::OneOf;
            p.choices = strings(spec.value(QStringLiteral("one_of")));
            if (p.choices.isEmpty())
                return bad(Text::tr("parameter %1: \"one_of\" is empty").arg(p.name));
        } else if (spec.contains(QStringLiteral("range"))) {
            p.kind = ScenarioParam::Kind::Range;
            const QJsonArray range = spec.value(QStringLiteral("range")).toArray();
            p.low = range.at(0).toInt();
            p.high = range.at(1).toInt();
            if (range.size() != 2 || p.low > p.high)
                return bad(Text::tr("parameter %1: \"range\" is [low, high]").arg(p.name));
        } else if (spec.value(QStringLiteral("port")).toBool()) {
            p.kind = ScenarioParam::Kind::Port;
        } else if (spec.value(QStringLiteral("quiet_port")).toBool()) {
            p.kind = ScenarioParam::Kind::QuietPort;
        } else if (spec.contains(QStringLiteral("near"))) {
            p.kind = ScenarioParam::Kind::Near;
            p.base = spec.value(QStringLiteral("near")).toString();
            const QJsonArray offset = spec.value(QStringLiteral("offset")).toArray();
            p.low = offset.at(0).toInt(1);
            p.high = offset.at(1).toInt(p.low);
            if (!params.contains(p.base) || p.low > p.high || p.low == 0)
                return bad(
                    Text::tr("parameter %1: \"near\" names another port parameter, \"offset\" is [low, high]")
                        .arg(p.name));
        } else if (spec.value(QStringLiteral("token")).toBool()) {
            p.kind = ScenarioParam::Kind::Token;
        } else {
            return bad(
                Text::tr("parameter %1: one of one_of, range, port, quiet_port, near, token").arg(p.name));
        }
        s.params << p;
    }

    for (const QJsonValue &value : json.value(QStringLiteral("apps")).toArray()) {
        const QJsonObject a = value.toObject();
        ScenarioApp app;
        app.name = a.value(QStringLiteral("name")).toString();
        app.kind = a.value(QStringLiteral("kind")).toString();
        app.settings = lines(a.value(QStringLiteral("settings")));
        app.module = a.value(QStringLiteral("module")).toString(QStringLiteral("app:application"));
        app.target = a.value(QStringLiteral("target")).toString();
        app.concurrency = a.value(QStringLiteral("concurrency")).toInt(4);
        app.readyLog = a.value(QStringLiteral("ready_log")).toString();
        app.readyLogFile = a.value(QStringLiteral("ready_log_file")).toString();
        app.start = a.value(QStringLiteral("start")).toBool(true);
        static const QStringList kinds{QStringLiteral("upstream"), QStringLiteral("php-fpm"),
                                       QStringLiteral("gunicorn"), QStringLiteral("load")};
        static const QRegularExpression nameShape(QStringLiteral("^[a-z][a-z0-9-]{0,30}$"));
        if (!kinds.contains(app.kind) || !nameShape.match(app.name).hasMatch() ||
            app.name == QLatin1String("nginx"))
            return bad(Text::tr("apps: each has a \"name\" (not nginx) and a \"kind\" of %1")
                           .arg(kinds.join(QStringLiteral(", "))));
        if (app.kind == QLatin1String("load") && !app.target.startsWith(QLatin1Char('/')))
            return bad(Text::tr("apps: a load needs a \"target\" path"));
        s.apps << app;
    }

    for (const QJsonValue &value : json.value(QStringLiteral("sites")).toArray()) {
        const QJsonObject site = value.toObject();
        ScenarioSite siteSpec;
        siteSpec.name = site.value(QStringLiteral("name")).toString();
        siteSpec.lines = lines(site.value(QStringLiteral("config")));
        siteSpec.enabled = site.value(QStringLiteral("enabled")).toBool(true);
        if (siteSpec.name.isEmpty() || siteSpec.lines.isEmpty())
            return bad(Text::tr("sites: each has a \"name\" and a \"config\""));
        s.sites << siteSpec;
    }
    if (s.sites.isEmpty())
        return bad(Text::tr("at least one site is required"));

    const QJsonObject files = json.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('/')) || it.key().contains(QLatin1String("..")))
            return bad(Text::tr("files: \"%1\" must be relative to the lab directory").arg(it.key()));
        s.files.insert(it.key(), lines(it.value()));
    }

    s.faults = json.value(QStringLiteral("faults")).toArray();
    if (s.faults.isEmpty() && !s.isHealthyControl())
        return bad(Text::tr("a scenario with a cause needs at least one fault"));

    const QJsonObject symptom = json.value(QStringLiteral("symptom")).toObject();
    s.symptom.status = symptom.value(QStringLiteral("status")).toInt(502);
    s.symptom.log = symptom.value(QStringLiteral("log")).toString();
    s.symptom.logFile = symptom.value(QStringLiteral("log_file")).toString();
    s.symptom.probeSeconds = symptom.value(QStringLiteral("probe_seconds")).toDouble(0);

    for (const QJsonValue &value : json.value(QStringLiteral("hints")).toArray()) {
        const QJsonObject h = value.toObject();
        ScenarioHint hint{text(h.value(QStringLiteral("question"))), text(h.value(QStringLiteral("where"))),
                          text(h.value(QStringLiteral("answer")))};
        if (hint.question.isEmpty() || hint.where.isEmpty() || hint.answer.isEmpty())
            return bad(Text::tr("hints: each has a \"question\", a \"where\" and an \"answer\""));
        s.hints << hint;
    }
    if (s.hints.isEmpty())
        return bad(Text::tr("at least one hint (question, where, answer) is required"));

    s.fix = json.value(QStringLiteral("fix")).toArray();
    if (s.fix.isEmpty() && !s.isHealthyControl())
        return bad(Text::tr("a reference fix is required"));

    const QJsonObject success = json.value(QStringLiteral("success")).toObject();
    s.success.probes = success.value(QStringLiteral("probes")).toInt(10);
    s.success.status = success.value(QStringLiteral("status")).toInt(200);
    s.success.nginxTest = success.value(QStringLiteral("nginx_t")).toBool(true);
    s.success.answer = success.value(QStringLiteral("answer")).toBool(s.isHealthyControl());
    if (s.success.probes < 1 || s.success.probes > 100)
        return bad(Text::tr("success: \"probes\" is 1..100"));
    translate(s, json);
    return s;
}

} // namespace gd

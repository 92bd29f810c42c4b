#include "app/lab/PracticeSession.h"

#include "app/fixes/LineDiff.h"
#include "app/lab/FaultFactory.h"
#include "app/lab/FixApplier.h"
#include "app/lab/LabBlueprint.h"
#include "app/lab/LabLayout.h"
#include "app/lab/LabRuntime.h"
#include "app/lab/LabState.h"
#include "app/lab/LabTree.h"
#include "app/lab/PracticeDoctor.h"
#include "app/model/Cause.h"
#include "remote/ByteText.h"
#include "remote/Machine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>

namespace gd {

namespace {

// While a lab starts, it ends by itself if nobody finishes the start within this time.
constexpr int kStartLeaseSeconds = 120;

QJsonObject expandedObject(const QJsonObject &object, const ParamValues &values)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    // Placeholders never contain JSON syntax, and values are escaped for a JSON string.
    ParamValues escaped;
    for (auto it = values.begin(); it != values.end(); ++it) {
        QString v = utf8Text(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact));
        escaped.insert(it.key(), v.mid(2, v.size() - 4)); // strip ["..."]
    }
    return QJsonDocument::fromJson(ScenarioParams::expand(utf8Text(text), escaped).toUtf8()).object();
}

bool isBackupName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.endsWith(QLatin1Char('~')) || name.contains(QLatin1String(".gd-")) ||
           name.contains(QLatin1String(".bak")) || name.endsWith(QLatin1String(".orig")) ||
           name.endsWith(QLatin1String(".backup")) || name.endsWith(QLatin1String(".old"));
}

QString hintKind(int index)
{
    static const char *const kinds[] = {"question", "where", "answer"};
    return latin1Text(kinds[index % 3]);
}

} // namespace

// ---- result types -----------------------------------------------------------------------

QJsonObject PracticeStart::toJson() const
{
    return {{QStringLiteral("scenario"), scenarioId},
            {QStringLiteral("title"), title},
            {QStringLiteral("difficulty"), difficulty},
            {QStringLiteral("mode"), mode},
            {QStringLiteral("ticket"), ticket},
            {QStringLiteral("url"), url},
            {QStringLiteral("config_file"), configFile},
            {QStringLiteral("site_file"), siteFile},
            {QStringLiteral("lab_dir"), labDir},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("ready_ms"), readyMs},
            {QStringLiteral("symptom"), symptom},
            {QStringLiteral("services"), QJsonArray::fromStringList(services)},
            {QStringLiteral("nginx_test"), QJsonArray::fromStringList(nginxTest)},
            {QStringLiteral("phases_ms"), [this] {
                 QJsonObject o;
                 for (const auto &[name, ms] : phases)
                     o.insert(name, ms);
                 return o;
             }()}};
}

QJsonObject PracticeStatus::toJson() const
{
    QJsonObject services;
    for (auto it = this->services.begin(); it != this->services.end(); ++it)
        services.insert(it.key(), it.value() ? QStringLiteral("running") : QStringLiteral("stopped"));
    return {{QStringLiteral("scenario"), scenarioId},    {QStringLiteral("title"), title},
            {QStringLiteral("ticket"), ticket},          {QStringLiteral("url"), url},
            {QStringLiteral("lab_dir"), labDir},         {QStringLiteral("elapsed_seconds"), elapsedSeconds},
            {QStringLiteral("url_now"), urlNow},         {QStringLiteral("services"), services},
            {QStringLiteral("hints_used"), hintsUsed},   {QStringLiteral("hints_total"), hintsTotal},
            {QStringLiteral("checks"), checks},          {QStringLiteral("fixed"), fixed},
            {QStringLiteral("named_cause"), namedCause}, {QStringLiteral("ended"), ended}};
}

QJsonObject PracticeHint::toJson() const
{
    return {{QStringLiteral("step"), step},
            {QStringLiteral("total"), total},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("text"), text}};
}

QJsonObject PracticeAnswer::toJson() const
{
    QJsonObject o{{QStringLiteral("named"), named},
                  {QStringLiteral("before_first_change"), beforeFirstChange}};
    if (revealed) {
        o.insert(QStringLiteral("expected"), expected);
        o.insert(QStringLiteral("correct"), correct);
    }
    return o;
}

QJsonObject PracticeSolve::toJson() const
{
    return {{QStringLiteral("actions"), LabFixAction::toJson(actions)},
            {QStringLiteral("log"), QJsonArray::fromStringList(log)}};
}

// ---- the loaded lab -----------------------------------------------------------------------

struct PracticeSession::Loaded
{
    LabState state;
    Scenario scenario;
    std::unique_ptr<LabRuntime> runtime;
    FaultList faults;
    QString ended; // run/ended, when the supervisor ended the lab by itself
};

PracticeSession::PracticeSession(Machine *machine, PracticeOptions options, ScenarioCatalog catalog)
    : m_machine(machine), m_options(std::move(options)), m_catalog(std::move(catalog))
{
}

PracticeSession::~PracticeSession() = default;

LabError PracticeSession::open()
{
    if (!m_machine)
        return LabError(LabError::Kind::Transport, tr("Not connected to the lab host."));
    QString helperDir = m_options.helperDir;
    if (helperDir.isEmpty() && m_machine->isLocal())
        helperDir = LabHost::localHelperDir();
    Result<LabHostInfo, LabError> info = LabHost::discover(m_machine, helperDir);
    if (!info)
        return info.error();
    if (!info->local && !info->marked)
        return LabError(
            LabError::Kind::NotALabHost,
            tr("%1 is not marked as a practice lab. Practice breaks things on purpose, so over SSH "
               "it only runs on a host where an admin created %2 (see the README: "
               "sudo mkdir -p /etc/gateway-doctor && echo lab | sudo tee %2).")
                .arg(m_machine->displayName(), markerPath()));
    const QString labDir = m_options.labDir.isEmpty() ? LabHost::defaultLabDir(*info) : m_options.labDir;
    m_host = std::make_unique<LabHost>(m_machine, *info, labDir);
    return {};
}

const LabHostInfo &PracticeSession::hostInfo() const
{
    static const LabHostInfo none;
    return m_host ? m_host->info() : none;
}

QString PracticeSession::labDir() const
{
    return m_host ? m_host->labDir() : QString();
}

QStringList PracticeSession::missing(const Scenario &scenario) const
{
    QStringList needs = scenario.needs;
    for (const QJsonValue &spec : scenario.faults) {
        const std::unique_ptr<Fault> fault = FaultFactory::create(spec.toObject());
        if (fault && !fault->requirement().isEmpty() && !needs.contains(fault->requirement()))
            needs << fault->requirement();
    }
    for (const ScenarioApp &app : scenario.apps) {
        if ((app.kind == QLatin1String("php-fpm") || app.kind == QLatin1String("gunicorn")) &&
            !needs.contains(app.kind))
            needs << app.kind;
    }
    QStringList reasons;
    for (const QString &need : std::as_const(needs)) {
        const QString why = hostInfo().missing(need);
        if (!why.isEmpty())
            reasons << why;
    }
    return reasons;
}

QList<PracticeAvailability> PracticeSession::availability() const
{
    QList<PracticeAvailability> list;
    for (const Scenario &s : m_catalog.scenarios())
        list << PracticeAvailability{&s, missing(s)};
    return list;
}

bool PracticeSession::labRuns() const
{
    return m_host && m_host->ctl({QStringLiteral("list")}, 5000).ok();
}

LabError PracticeSession::teardown(const QString &why, QString *detail)
{
    const Result<QByteArray, LabError> cleaned = m_host->helper(QStringLiteral("clean"), {}, {}, 30000);
    if (detail)
        *detail = cleaned ? utf8Text(*cleaned).trimmed() : cleaned.error().message();
    if (!cleaned)
        return LabError(LabError::Kind::Failed, why + QStringLiteral(": ") + cleaned.error().message());
    return {};
}

// ---- start ---------------------------------------------------------------------------------

Result<PracticeStart, LabError> PracticeSession::start(const QString &scenarioId, quint64 seed,
                                                       const QString &mode)
{
    if (!modes().contains(mode))
        return LabError(LabError::Kind::Refused,
                        tr("The mode is guided, practice or exam, not \"%1\".").arg(mode));
    if (!m_host)
        return LabError(LabError::Kind::Failed, tr("open() first"));
    QElapsedTimer clock;
    clock.start();
    QList<QPair<QString, qint64>> phases;
    qint64 lastPhase = 0;
    const auto phase = [&](const char *name) {
        phases << qMakePair(latin1Text(name), clock.elapsed() - lastPhase);
        lastPhase = clock.elapsed();
    };
    const Scenario *found = m_catalog.find(scenarioId);
    if (!found)
        return LabError(LabError::Kind::UnknownId,
                        tr("There is no scenario \"%1\" (gateway-doctor practice list).").arg(scenarioId));
    const Scenario &scenario = *found;
    if (const QStringList why = missing(scenario); !why.isEmpty())
        return LabError(LabError::Kind::Unavailable,
                        tr("%1 cannot run here: %2").arg(scenario.id, why.join(QStringLiteral("; "))));
    if (labRuns())
        return LabError(LabError::Kind::AlreadyRuns,
                        tr("A practice lab already runs in %1: finish it with gateway-doctor practice stop.")
                            .arg(labDir()));
    // Leftovers of an earlier lab (its supervisor gone): removed by their own records.
    if (LabError e = teardown(tr("Could not remove an earlier lab in %1").arg(labDir())))
        return e;
    phase("leftovers");

    // The run's values.
    const Result<PortPool, LabError> ports = m_host->ports(24);
    if (!ports)
        return ports.error();
    Scenario withPort = scenario;
    withPort.params.prepend(
        ScenarioParam{QStringLiteral("nginx_port"), ScenarioParam::Kind::QuietPort, {}, 0, 0, {}});
    Result<ParamValues, LabError> resolved = ScenarioParams::resolve(withPort, seed, *ports);
    if (!resolved)
        return resolved.error();
    ParamValues values = *resolved;
    const LabHostInfo &info = m_host->info();
    QRandomGenerator tokens(static_cast<quint32>(seed * 2654435761u + 7));
    const QString token = QString::number(tokens.generate64() | (quint64(1) << 60), 16);
    values.insert(QStringLiteral("lab"), labDir());
    values.insert(QStringLiteral("token"), token);
    values.insert(QStringLiteral("nft_table"), QStringLiteral("gd_lab_") + token.left(10));
    values.insert(QStringLiteral("php_version"), info.phpVersion);
    values.insert(QStringLiteral("php_sock_dir"), labDir() + QLatin1Char('/') + LabLayout::phpSockDir());
    values.insert(QStringLiteral("worker_user"), info.workerUser);
    values.insert(QStringLiteral("worker_group"), info.workerGroup);
    const QString path = ScenarioParams::expand(scenario.path, values);
    values.insert(
        QStringLiteral("url"),
        QStringLiteral("http://127.0.0.1:%1%2").arg(values.value(QStringLiteral("nginx_port")), path));

    Result<LabBlueprint, LabError> blueprint = LabBlueprint::build(scenario, values, info, labDir());
    if (!blueprint)
        return blueprint.error();
    FaultList faults;
    for (const QJsonValue &spec : scenario.faults) {
        std::unique_ptr<Fault> fault = FaultFactory::create(expandedObject(spec.toObject(), values));
        if (!fault)
            return LabError(LabError::Kind::BadScenario, tr("unknown fault in %1").arg(scenario.id));
        if (LabError e = fault->prepare(blueprint.value()))
            return e;
        faults.push_back(std::move(fault));
    }

    // The supervisor first (it creates the lab directory and owns everything after it);
    // until this start finishes, the lab ends by itself if we die.
    QStringList daemon{QStringLiteral("--lease-seconds"), QString::number(kStartLeaseSeconds)};
    if (m_machine->isLocal())
        daemon << QStringLiteral("--owner-pid") << QString::number(QCoreApplication::applicationPid());
    if (info.root && info.workerUid != 0)
        daemon << QStringLiteral("--others-must-enter");
    if (const Result<QByteArray, LabError> started = m_host->helper(QStringLiteral("daemon"), daemon);
        !started)
        return LabError(LabError::Kind::SetupFailed,
                        tr("The lab's supervisor did not start: %1").arg(started.error().message()));
    const auto fail = [&](LabError error) -> LabError {
        teardown(tr("cleaning up after a failed start"));
        return error;
    };
    if (LabError e = m_host->write(blueprint->bundle()))
        return fail(e);
    phase("supervisor_and_files");

    LabRuntime runtime(*m_host, blueprint->services, values);
    for (const LabService &service : blueprint->services) {
        if (!service.startAtLabStart)
            continue;
        if (LabError e = runtime.start(service))
            return fail(e);
    }

    phase("services");
    // Break it, then prove it is broken the way the scenario says.
    const qint64 offset = runtime.errorLogSize();
    for (const auto &fault : faults) {
        if (LabError e = fault->apply(runtime)) {
            for (auto it = faults.rbegin(); it != faults.rend(); ++it)
                (*it)->undo(runtime);
            return fail(e);
        }
    }
    phase("faults");
    LabProbeResult seen;
    const bool wantsAnswer = scenario.symptom.status > 0;
    // A 504 takes as long as the scenario's timeout; anything else is fast, and a probe that
    // hangs (queued behind a load that is still building up) is simply tried again.
    const double probeSeconds = scenario.symptom.probeSeconds > 0 ? scenario.symptom.probeSeconds
                                : scenario.symptom.status == 504  ? 10
                                                                  : 4;
    for (int attempt = 0; attempt < 8; ++attempt) {
        seen = runtime.probe(path, probeSeconds);
        if (wantsAnswer ? seen.status == scenario.symptom.status : seen.status == 0)
            break;
        QThread::msleep(100);
    }
    QString why;
    if (wantsAnswer ? seen.status != scenario.symptom.status : seen.status != 0)
        why =
            tr("the URL answered %1, not %2")
                .arg(seen.describe(), wantsAnswer ? QString::number(scenario.symptom.status) : tr("nothing"));
    Result<LabTree, LabError> tree =
        m_host->read({QStringLiteral("etc"), QStringLiteral("srv"), QStringLiteral("run")});
    if (!tree)
        return fail(tree.error());
    for (const auto &fault : faults) {
        if (why.isEmpty()) {
            if (LabError e = fault->verify(runtime, *tree))
                why = e.message();
        }
    }
    const QString logFile = scenario.symptom.logFile.isEmpty()
                                ? LabLayout::errorLog()
                                : ScenarioParams::expand(scenario.symptom.logFile, values);
    const QString logText = ScenarioParams::expand(scenario.symptom.log, values);
    QString logSeen;
    if (why.isEmpty() && !logText.isEmpty()) {
        QElapsedTimer waited;
        waited.start();
        bool lineFound = false;
        while (!lineFound && !waited.hasExpired(3000)) {
            const Result<LabHost::Tail, LabError> tail =
                m_host->tail(logFile, logFile == LabLayout::errorLog() ? offset : 0);
            if (tail) {
                for (const QByteArray &line : tail->data.split('\n')) {
                    if (line.contains(logText.toUtf8())) {
                        logSeen = utf8Text(line);
                        lineFound = true;
                        break;
                    }
                }
            }
            if (!lineFound)
                QThread::msleep(20);
        }
        if (!lineFound)
            why = tr("the log %1 has no line with \"%2\"").arg(logFile, logText);
    }
    phase("symptom");
    if (!why.isEmpty()) {
        const QString logSince = runtime.errorLogSince(offset).right(1500);
        for (auto it = faults.rbegin(); it != faults.rend(); ++it)
            (*it)->undo(runtime);
        return fail(LabError(
            LabError::Kind::SymptomNotReal,
            tr("The fault did not break the lab as designed, so it was undone: %1.").arg(why), logSince));
    }

    LabState state;
    state.scenario = scenario.raw;
    state.seed = seed;
    state.mode = mode;
    state.params = runtime.params();
    state.machine = m_machine->displayName();
    state.labDir = labDir();
    state.url = values.value(QStringLiteral("url"));
    state.startedAt = QDateTime::currentDateTimeUtc();
    state.services = blueprint->services;
    for (const auto &fault : faults)
        state.faultRecords.append(fault->record());
    for (const LabEntry &e : tree->entries()) {
        if (e.path.startsWith(QLatin1String("run/")) || e.path == QLatin1String("run"))
            continue;
        if (e.type == LabEntry::Type::File)
            state.baseline.insert(e.path, e.content);
        else if (e.type == LabEntry::Type::Link)
            state.baseline.insert(e.path, "link:" + e.linkTarget.toUtf8());
    }
    state.seen = state.baseline;
    state.handoverLogOffset = runtime.errorLogSize();
    if (const auto states = runtime.states(); states && states->value(QStringLiteral("nginx")).running)
        state.nginxPidAtHandover = states->value(QStringLiteral("nginx")).pid;
    state.symptomSeen =
        seen.describe() + (logSeen.isEmpty() ? QString() : QStringLiteral("; ") + logSeen.trimmed());
    state.readyMs = clock.elapsed();
    state.addEvent(QStringLiteral("start"), tr("the lab started; the URL answered %1").arg(seen.describe()));

    Loaded loaded{state, scenario, nullptr, {}, {}};
    if (LabError e = save(loaded))
        return fail(e);
    // Handed over: from now on the lab lives until `practice stop`, its owner's end, or
    // its time limit.
    const bool owned = m_options.ownerPid > 0 && m_machine->isLocal();
    if (const Result<QByteArray, LabError> lease =
            m_host->ctl({QStringLiteral("lease"), QString::number(owned ? 0 : m_options.keepSeconds),
                         QString::number(owned ? m_options.ownerPid : 0)});
        !lease)
        return fail(lease.error());

    PracticeStart result;
    result.scenarioId = scenario.id;
    result.title = ScenarioParams::expand(scenario.title, values);
    result.difficulty = scenario.difficulty;
    result.mode = mode;
    result.ticket = ScenarioParams::expand(scenario.ticket, values);
    result.url = state.url;
    result.configFile = m_host->path(LabLayout::nginxConf());
    result.siteFile =
        m_host->path(LabLayout::sitesAvailable(ScenarioParams::expand(scenario.sites.first().name, values)));
    result.labDir = labDir();
    result.seed = seed;
    result.readyMs = state.readyMs;
    result.symptom = state.symptomSeen;
    for (const LabService &s : blueprint->services)
        result.services << s.name;
    result.nginxTest =
        QStringList{info.nginx} + LabLayout::nginxArguments(labDir()) + QStringList{QStringLiteral("-t")};
    phase("handover");
    result.phases = phases;
    return result;
}

// ---- a running lab ---------------------------------------------------------------------------

Result<std::unique_ptr<PracticeSession::Loaded>, LabError> PracticeSession::load()
{
    if (!m_host)
        return LabError(LabError::Kind::Failed, tr("open() first"));
    const Result<LabTree, LabError> read = m_host->read({LabLayout::state(), QStringLiteral("run/ended")});
    const LabEntry *entry = read ? read->entry(LabLayout::state()) : nullptr;
    if (!entry || entry->type != LabEntry::Type::File)
        return LabError(LabError::Kind::NoLab,
                        tr("No practice lab runs in %1 (gateway-doctor practice start ID).").arg(labDir()));
    const Result<LabState, LabError> state =
        LabState::fromJson(QJsonDocument::fromJson(entry->content).object());
    if (!state)
        return state.error();
    Result<Scenario, LabError> scenario = Scenario::fromJson(state->scenario, tr("the running lab"));
    if (!scenario)
        return scenario.error();
    auto loaded = std::make_unique<Loaded>();
    loaded->state = *state;
    loaded->scenario = *scenario;
    if (const LabEntry *ended = read->entry(QStringLiteral("run/ended"));
        ended && ended->type == LabEntry::Type::File)
        loaded->ended = utf8Text(ended->content).trimmed();
    loaded->runtime = std::make_unique<LabRuntime>(*m_host, state->services, state->params);
    int index = 0;
    for (const QJsonValue &spec : scenario->faults) {
        std::unique_ptr<Fault> fault = FaultFactory::create(expandedObject(spec.toObject(), state->params));
        if (!fault)
            return LabError(LabError::Kind::BadScenario, tr("unknown fault in the running lab"));
        fault->restore(state->faultRecords.at(index++).toObject());
        loaded->faults.push_back(std::move(fault));
    }
    return loaded;
}

LabError PracticeSession::save(Loaded &lab)
{
    return m_host->write(FileBundle().file(
        LabLayout::state(), QJsonDocument(lab.state.toJson()).toJson(QJsonDocument::Compact), 0600));
}

// What the trainee changed since we last looked: each file's diff becomes an event; the
// first change's time (the file's own mtime) is what "named before the first change" is
// measured against.
LabError PracticeSession::observe(Loaded &lab, const LabTree &tree)
{
    QMap<QString, QByteArray> now;
    for (const LabEntry &e : tree.entries()) {
        if (!(e.path.startsWith(QLatin1String("etc/")) || e.path.startsWith(QLatin1String("srv/"))))
            continue;
        if (e.type == LabEntry::Type::File)
            now.insert(e.path, e.content);
        else if (e.type == LabEntry::Type::Link)
            now.insert(e.path, "link:" + e.linkTarget.toUtf8());
    }
    QSet<QString> paths(lab.state.seen.keyBegin(), lab.state.seen.keyEnd());
    for (auto it = now.begin(); it != now.end(); ++it)
        paths.insert(it.key());
    QStringList sorted(paths.begin(), paths.end());
    std::sort(sorted.begin(), sorted.end());
    for (const QString &path : std::as_const(sorted)) {
        const bool had = lab.state.seen.contains(path);
        const bool has = now.contains(path);
        if (had && has && lab.state.seen.value(path) == now.value(path))
            continue;
        const LabEntry *entry = tree.entry(path);
        QDateTime when = QDateTime::currentDateTimeUtc();
        if (entry && entry->mtime > 0) {
            const QDateTime mtime = QDateTime::fromSecsSinceEpoch(entry->mtime, Qt::UTC);
            if (mtime >= lab.state.startedAt.addSecs(-1) && mtime <= when)
                when = mtime;
        }
        const QString full = m_host->path(path);
        if (!had && isBackupName(path)) {
            lab.state.addEvent(QStringLiteral("backup"), tr("made a backup: %1").arg(full),
                               {{QStringLiteral("file"), path}});
        } else {
            const QString diff = LineDiff::unified(full, lab.state.seen.value(path), full, now.value(path));
            const QString text = !has   ? tr("deleted %1").arg(full)
                                 : !had ? tr("created %1").arg(full)
                                        : tr("changed %1").arg(full);
            lab.state.events << LabEvent{
                when,
                QStringLiteral("change"),
                text,
                {{QStringLiteral("file"), path}, {QStringLiteral("diff"), diff.left(4000)}}};
            if (!lab.state.firstChangeAt || when < *lab.state.firstChangeAt)
                lab.state.firstChangeAt = when;
        }
        if (has)
            lab.state.seen.insert(path, now.value(path));
        else
            lab.state.seen.remove(path);
    }
    std::stable_sort(lab.state.events.begin(), lab.state.events.end(),
                     [](const LabEvent &a, const LabEvent &b) { return a.at < b.at; });
    return {};
}

Result<PracticeStatus, LabError> PracticeSession::status()
{
    Result<std::unique_ptr<Loaded>, LabError> loaded = load();
    if (!loaded)
        return loaded.error();
    Loaded &lab = **loaded;
    PracticeStatus s;
    s.scenarioId = lab.scenario.id;
    s.title = ScenarioParams::expand(lab.scenario.title, lab.state.params);
    s.mode = lab.state.mode;
    s.ticket = ScenarioParams::expand(lab.scenario.ticket, lab.state.params);
    s.url = lab.state.url;
    s.labDir = lab.state.labDir;
    s.elapsedSeconds = lab.state.startedAt.secsTo(QDateTime::currentDateTimeUtc());
    s.hintsUsed = lab.state.hintLevel;
    s.hintsTotal = int(lab.scenario.hints.size()) * 3;
    s.checks = lab.state.checks;
    s.fixed = lab.state.fixedAt.has_value();
    s.namedCause = lab.state.answeredCause;
    s.ended = lab.ended;
    if (lab.ended.isEmpty()) {
        const LabProbeResult now = lab.runtime->probe(QUrl(lab.state.url).path(), 5);
        s.urlNow = now.describe();
        if (const auto states = lab.runtime->states()) {
            for (auto it = states->begin(); it != states->end(); ++it)
                s.services.insert(it.key(), it->running);
        }
    }
    return s;
}

Result<PracticeHint, LabError> PracticeSession::hint()
{
    Result<std::unique_ptr<Loaded>, LabError> loaded = load();
    if (!loaded)
        return loaded.error();
    Loaded &lab = **loaded;
    if (lab.state.mode == QLatin1String("exam"))
        return LabError(LabError::Kind::Refused, tr("No hints in an exam."));
    const int total = int(lab.scenario.hints.size()) * 3;
    const int index = std::min(lab.state.hintLevel, total - 1);
    const ScenarioHint &h = lab.scenario.hints.at(index / 3);
    const QString text = ScenarioParams::expand(index % 3 == 0   ? h.question
                                                : index % 3 == 1 ? h.where
                                                                 : h.answer,
                                                lab.state.params);
    if (lab.state.hintLevel < total) {
        lab.state.hintLevel = index + 1;
        lab.state.addEvent(QStringLiteral("hint"),
                           tr("hint %1 (%2): %3").arg(index + 1).arg(hintKind(index), text));
        if (LabError e = save(lab))
            return e;
    }
    return PracticeHint{index + 1, total, hintKind(index), text};
}

Result<PracticeCheckReport, LabError> PracticeSession::check()
{
    QElapsedTimer clock;
    clock.start();
    Result<std::unique_ptr<Loaded>, LabError> loaded = load();
    if (!loaded)
        return loaded.error();
    Loaded &lab = **loaded;
    if (!lab.ended.isEmpty())
        return LabError(LabError::Kind::NoLab,
                        tr("The lab has ended (%1): gateway-doctor practice stop.").arg(lab.ended));
    const Result<LabTree, LabError> tree =
        m_host->read({QStringLiteral("etc"), QStringLiteral("srv"), QStringLiteral("run")});
    if (!tree)
        return tree.error();
    observe(lab, *tree);

    PracticeCheckReport report;
    const ScenarioSuccess &success = lab.scenario.success;
    const QString path = QUrl(lab.state.url).path();
    const QByteArray token = lab.state.params.value(QStringLiteral("token")).toUtf8();
    {
        const QString title = tr("%1 answers %2 with the app's own page, %3 times in a row")
                                  .arg(lab.state.url)
                                  .arg(success.status)
                                  .arg(success.probes);
        PracticeCheck url =
            PracticeCheck::pass(QStringLiteral("url"), title, tr("%1 of %1").arg(success.probes));
        // One probe first (a broken lab fails fast), then the rest by one curl.
        QList<LabProbeResult> probes{lab.runtime->probe(path, 10)};
        if (probes.first().status == success.status && success.probes > 1)
            probes += lab.runtime->probeMany(path, success.probes - 1, 10);
        for (int i = 0; i < success.probes; ++i) {
            const LabProbeResult p = i < probes.size() ? probes.at(i) : LabProbeResult{};
            if (p.status != success.status) {
                url = PracticeCheck::fail(
                    QStringLiteral("url"), title,
                    tr("probe %1 of %2: %3").arg(i + 1).arg(success.probes).arg(p.describe()));
                break;
            }
            // The answer must come from the app (its token), not from a stand-in such as
            // `return 200` in the config.
            if (success.status == 200 && !token.isEmpty() && !p.body.contains(token)) {
                url = PracticeCheck::fail(QStringLiteral("url"), title,
                                          tr("probe %1 of %2: 200, but not the app's page (%3)")
                                              .arg(i + 1)
                                              .arg(success.probes)
                                              .arg(utf8Text(p.body.left(80)).trimmed()));
                break;
            }
        }
        report.checks << url;
    }
    if (success.nginxTest) {
        const QString title = tr("nginx -t passes");
        const Result<LabRuntime::NginxTest, LabError> test = lab.runtime->testNginx();
        if (!test)
            report.checks << PracticeCheck::fail(QStringLiteral("nginx_t"), title, test.error().message());
        else if (test->ok)
            report.checks << PracticeCheck::pass(QStringLiteral("nginx_t"), title);
        else
            report.checks << PracticeCheck::fail(QStringLiteral("nginx_t"), title,
                                                 test->output.section(QLatin1Char('\n'), 0, 0));
    }
    for (const auto &fault : lab.faults)
        report.checks << fault->check(*lab.runtime, *tree);
    {
        const QString title = tr("nothing was deleted to hide the symptom");
        QStringList gone;
        for (auto it = lab.state.baseline.begin(); it != lab.state.baseline.end(); ++it) {
            const LabEntry *e = tree->entry(it.key());
            if (!e || e->type == LabEntry::Type::Missing)
                gone << it.key();
        }
        report.checks << (gone.isEmpty()
                              ? PracticeCheck::pass(QStringLiteral("nothing_deleted"), title)
                              : PracticeCheck::fail(QStringLiteral("nothing_deleted"), title,
                                                    tr("missing: %1").arg(gone.join(QStringLiteral(", ")))));
    }
    if (success.answer) {
        const QString title = tr("the cause was named (%1)").arg(lab.scenario.cause);
        if (lab.state.answeredCause == lab.scenario.cause)
            report.checks << PracticeCheck::pass(QStringLiteral("answer"), title);
        else
            report.checks << PracticeCheck::fail(QStringLiteral("answer"), title,
                                                 lab.state.answeredCause.isEmpty()
                                                     ? tr("name it: gateway-doctor practice answer CAUSE")
                                                     : tr("you named %1").arg(lab.state.answeredCause));
    }
    report.durationMs = clock.elapsed();

    ++lab.state.checks;
    QStringList failed;
    for (const PracticeCheck &c : std::as_const(report.checks)) {
        if (c.status == PracticeCheck::Status::Fail)
            failed << c.id;
    }
    if (report.fixed()) {
        if (!lab.state.fixedAt)
            lab.state.fixedAt = QDateTime::currentDateTimeUtc();
        lab.state.addEvent(QStringLiteral("check"), tr("checked: fixed"), report.toJson());
    } else {
        ++lab.state.failedChecks;
        lab.state.addEvent(QStringLiteral("check"),
                           tr("checked: not yet (%1)").arg(failed.join(QStringLiteral(", "))),
                           report.toJson());
    }
    if (LabError e = save(lab))
        return e;
    return report;
}

Result<PracticeSolve, LabError> PracticeSession::solve()
{
    Result<std::unique_ptr<Loaded>, LabError> loaded = load();
    if (!loaded)
        return loaded.error();
    Loaded &lab = **loaded;
    Result<QList<LabFixAction>, LabError> actions =
        LabFixAction::expand(lab.scenario, lab.runtime->params(), labDir());
    if (!actions)
        return actions.error();
    FixApplier applier(*lab.runtime);
    PracticeSolve solved;
    const LabError error = applier.apply(actions.value());
    solved.actions = *actions;
    solved.log = applier.log();
    if (lab.scenario.isHealthyControl()) {
        lab.state.answeredCause = lab.scenario.cause;
        lab.state.answeredAt = QDateTime::currentDateTimeUtc();
    }
    lab.state.solvedByLab = true;
    lab.state.addEvent(QStringLiteral("solve"), tr("applied the reference fix (practice solve)"),
                       {{QStringLiteral("actions"), LabFixAction::toJson(*actions)}});
    // The fix changed files: they are the lab's, not the trainee's changes.
    if (const Result<LabTree, LabError> tree = m_host->read({QStringLiteral("etc"), QStringLiteral("srv")})) {
        for (const LabEntry &e : tree->entries()) {
            if (e.type == LabEntry::Type::File)
                lab.state.seen.insert(e.path, e.content);
        }
    }
    if (LabError e = save(lab))
        return e;
    if (error)
        return error;
    return solved;
}

Result<PracticeAnswer, LabError> PracticeSession::answer(const QString &cause, const QString &evidence)
{
    if (cause != QLatin1String("none") && !causeFromCode(cause))
        return LabError(LabError::Kind::Refused, tr("\"%1\" is not a cause code (or \"none\").").arg(cause));
    Result<std::unique_ptr<Loaded>, LabError> loaded = load();
    if (!loaded)
        return loaded.error();
    Loaded &lab = **loaded;
    if (const Result<LabTree, LabError> tree = m_host->read({QStringLiteral("etc"), QStringLiteral("srv")}))
        observe(lab, *tree);
    PracticeAnswer a;
    a.named = cause;
    a.expected = lab.scenario.cause;
    a.correct = cause == lab.scenario.cause;
    const bool right = a.correct;
    a.beforeFirstChange = !lab.state.firstChangeAt;
    if (lab.state.mode == QLatin1String("exam")) {
        a.revealed = false;
        a.expected.clear();
        a.correct = false;
    }
    // The first name counts for the score; later ones are in the path.
    if (lab.state.answeredCause.isEmpty()) {
        lab.state.answeredCause = cause;
        lab.state.answeredAt = QDateTime::currentDateTimeUtc();
    }
    lab.state.addEvent(QStringLiteral("answer"),
                       evidence.isEmpty()
                           ? tr("named the cause: %1").arg(cause)
                           : tr("named the cause: %1, from \"%2\"").arg(cause, evidence.left(300)),
                       {{QStringLiteral("cause"), cause},
                        {QStringLiteral("evidence"), evidence},
                        {QStringLiteral("correct"), right}});
    if (LabError e = save(lab))
        return e;
    return a;
}

LabError PracticeSession::service(const QString &verb, const QString &name)
{
    Result<std::unique_ptr<Loaded>, LabError> loaded = load();
    if (!loaded)
        return loaded.error();
    Loaded &lab = **loaded;
    if (!lab.runtime->service(name))
        return LabError(LabError::Kind::Refused, tr("The lab has no service %1 (it has: %2).").arg(name, [&] {
            QStringList names;
            for (const LabService &s : lab.runtime->services())
                names << s.name;
            return names.join(QStringLiteral(", "));
        }()));
    LabError error;
    if (verb == QLatin1String("start"))
        error = lab.runtime->isRunning(name) ? LabError() : lab.runtime->start(name);
    else if (verb == QLatin1String("stop"))
        error = lab.runtime->stop(name);
    else if (verb == QLatin1String("restart")) {
        error = lab.runtime->stop(name);
        if (!error)
            error = lab.runtime->start(name);
    } else if (verb == QLatin1String("reload"))
        error = lab.runtime->reload(name);
    else
        return LabError(LabError::Kind::Refused,
                        tr("service takes start, stop, restart or reload, not %1").arg(verb));
    lab.state.addEvent(
        QStringLiteral("service"),
        error ? tr("%1 %2: failed (%3)").arg(verb, name, error.message()) : tr("%1 %2").arg(verb, name),
        {{QStringLiteral("verb"), verb}, {QStringLiteral("service"), name}, {QStringLiteral("ok"), !error}});
    if (!lab.state.firstChangeAt && !error && verb != QLatin1String("stop"))
        lab.state.firstChangeAt = QDateTime::currentDateTimeUtc();
    if (LabError e = save(lab))
        return e;
    return error;
}

Result<DiagnosisReport, LabError> PracticeSession::diagnose()
{
    Result<std::unique_ptr<Loaded>, LabError> loaded = load();
    if (!loaded)
        return loaded.error();
    Loaded &lab = **loaded;
    Result<DiagnosisReport, LabError> report =
        PracticeDoctor::diagnose(m_machine, m_host->path(LabLayout::nginxConf()), lab.state.url);
    if (report && lab.state.doctor.isEmpty() && !lab.state.fixedAt) {
        lab.state.doctor = PracticeDoctor::path(*report);
        if (LabError e = save(lab))
            return e;
    }
    return report;
}

Debrief PracticeSession::buildDebrief(Loaded &lab)
{
    Debrief d;
    const ParamValues &v = lab.state.params;
    d.scenarioId = lab.scenario.id;
    d.title = ScenarioParams::expand(lab.scenario.title, v);
    d.difficulty = lab.scenario.difficulty;
    d.ticket = ScenarioParams::expand(lab.scenario.ticket, v);
    d.expectedCause = lab.scenario.cause;
    d.explanation = ScenarioParams::expand(lab.scenario.explanation, v);
    d.machine = lab.state.machine;
    d.seed = lab.state.seed;
    d.mode = lab.state.mode;
    d.parMinutes = lab.scenario.parMinutes;
    d.startedAt = lab.state.startedAt;
    d.endedAt = QDateTime::currentDateTimeUtc();
    d.seconds = d.startedAt.secsTo(d.endedAt);
    d.fixed = lab.state.fixedAt.has_value();
    d.fixedAt = lab.state.fixedAt;
    d.solvedByLab = lab.state.solvedByLab;
    d.hintsUsed = lab.state.hintLevel;
    d.namedCause = lab.state.answeredCause;
    d.namedAt = lab.state.answeredAt;
    d.namedCorrectly = !d.namedCause.isEmpty() && d.namedCause == d.expectedCause;
    d.firstChangeAt = lab.state.firstChangeAt;
    d.namedBeforeFirstChange = d.namedAt && (!d.firstChangeAt || *d.namedAt <= *d.firstChangeAt);
    d.checks = lab.state.checks;
    d.failedChecks = lab.state.failedChecks;
    d.brokenSeconds = d.startedAt.secsTo(d.fixedAt.value_or(d.endedAt));
    d.path = lab.state.events;
    d.doctor = lab.state.doctor;
    d.hints = lab.scenario.hints;
    for (ScenarioHint &h : d.hints) {
        h.question = ScenarioParams::expand(h.question, v);
        h.where = ScenarioParams::expand(h.where, v);
        h.answer = ScenarioParams::expand(h.answer, v);
    }
    const Result<QList<LabFixAction>, LabError> expanded =
        LabFixAction::expand(lab.scenario, v, lab.state.labDir);
    QList<LabFixAction> fix = expanded ? *expanded : QList<LabFixAction>();
    if (lab.runtime && lab.ended.isEmpty())
        FixApplier(*lab.runtime).locate(fix);
    d.referenceFix = LabFixAction::toJson(fix);

    // What nginx itself wrote since the handover: reloads, and reloads it refused.
    if (lab.runtime && lab.ended.isEmpty()) {
        const QString log = lab.runtime->errorLogSince(lab.state.handoverLogOffset);
        d.reloads = int(log.count(QLatin1String("signal 1 (SIGHUP) received")));
        d.rejectedReloads = int(log.count(QLatin1String("[emerg]")));
        if (const auto states = lab.runtime->states(); states && lab.state.nginxPidAtHandover > 0) {
            const ServiceState nginx = states->value(QStringLiteral("nginx"));
            d.nginxRestarted = nginx.pid != lab.state.nginxPidAtHandover;
        }
    }
    QStringList changed;
    QStringList backups;
    for (const LabEvent &e : std::as_const(lab.state.events)) {
        const QString file = e.data.value(QStringLiteral("file")).toString();
        if (e.kind == QLatin1String("change") && !changed.contains(file))
            changed << file;
        if (e.kind == QLatin1String("backup"))
            backups << file;
    }
    const auto habit = [&](const QString &id, const QString &title, DebriefHabit::Status status,
                           const QString &detail) {
        d.habits << DebriefHabit{id, title, status, detail};
    };
    using S = DebriefHabit::Status;
    if (d.reloads == 0)
        habit(QStringLiteral("tested_before_reload"), tr("nginx -t before every reload"), S::NotApplicable,
              tr("you did not reload nginx"));
    else if (d.rejectedReloads == 0)
        habit(QStringLiteral("tested_before_reload"), tr("nginx -t before every reload"), S::Met,
              tr("nginx accepted all %n reload(s)", nullptr, d.reloads));
    else
        habit(
            QStringLiteral("tested_before_reload"), tr("nginx -t before every reload"), S::Missed,
            tr("nginx refused %n reload(s): nginx -t would have said why first", nullptr, d.rejectedReloads));
    if (lab.state.nginxPidAtHandover == 0)
        habit(QStringLiteral("reload_not_restart"), tr("reload rather than restart nginx"), S::NotApplicable,
              tr("nginx was not running when you started"));
    else if (d.nginxRestarted)
        habit(QStringLiteral("reload_not_restart"), tr("reload rather than restart nginx"), S::Missed,
              tr("nginx was restarted: a reload keeps serving while it switches"));
    else
        habit(QStringLiteral("reload_not_restart"), tr("reload rather than restart nginx"),
              d.reloads > 0 ? S::Met : S::NotApplicable, QString());
    QStringList configChanges;
    for (const QString &file : std::as_const(changed)) {
        if (file.startsWith(QLatin1String("etc/")))
            configChanges << file;
    }
    if (configChanges.isEmpty()) {
        habit(QStringLiteral("backup_before_edit"), tr("a backup before editing a config file"),
              S::NotApplicable, tr("no config file was edited"));
    } else {
        QStringList without;
        for (const QString &file : std::as_const(configChanges)) {
            const QString name = QFileInfo(file).fileName();
            const bool backedUp = std::any_of(backups.begin(), backups.end(), [&](const QString &b) {
                return QFileInfo(b).fileName().contains(name);
            });
            if (!backedUp)
                without << file;
        }
        habit(QStringLiteral("backup_before_edit"), tr("a backup before editing a config file"),
              without.isEmpty() ? S::Met : S::Missed,
              without.isEmpty() ? QString() : tr("no backup of %1").arg(without.join(QStringLiteral(", "))));
    }
    QStringList needed;
    for (const LabFixAction &a : std::as_const(fix)) {
        if (a.kind == LabFixAction::Kind::Edit)
            needed << a.file.mid(lab.state.labDir.size() + 1);
    }
    QStringList extra;
    for (const QString &file : std::as_const(changed)) {
        if (!needed.contains(file))
            extra << file;
    }
    if (changed.isEmpty())
        habit(QStringLiteral("only_needed_files"), tr("only the files the fix needs were changed"),
              S::NotApplicable, tr("no file was changed"));
    else
        habit(QStringLiteral("only_needed_files"), tr("only the files the fix needs were changed"),
              extra.isEmpty() ? S::Met : S::Missed,
              extra.isEmpty() ? QString() : tr("also changed: %1").arg(extra.join(QStringLiteral(", "))));
    PracticeScore::compute(d);
    return d;
}

Result<Debrief, LabError> PracticeSession::debrief()
{
    Result<std::unique_ptr<Loaded>, LabError> loaded = load();
    if (!loaded)
        return loaded.error();
    Loaded &lab = **loaded;
    if (lab.ended.isEmpty()) {
        if (const Result<LabTree, LabError> tree =
                m_host->read({QStringLiteral("etc"), QStringLiteral("srv")}))
            observe(lab, *tree);
    }
    return buildDebrief(lab);
}

Result<PracticeStop, LabError> PracticeSession::stop()
{
    if (!m_host)
        return LabError(LabError::Kind::Failed, tr("open() first"));
    PracticeStop result;
    Result<std::unique_ptr<Loaded>, LabError> loaded = load();
    if (loaded) {
        Loaded &lab = **loaded;
        if (lab.ended.isEmpty()) {
            if (const Result<LabTree, LabError> tree =
                    m_host->read({QStringLiteral("etc"), QStringLiteral("srv")}))
                observe(lab, *tree);
        }
        result.debrief = buildDebrief(lab);
        // Faults with effects outside the lab's processes and files are undone first.
        for (auto it = lab.faults.rbegin(); it != lab.faults.rend(); ++it) {
            if (!(*it)->requirement().isEmpty())
                (*it)->undo(*lab.runtime);
        }
    }
    QString detail;
    const LabError error = teardown(tr("Could not end the lab"), &detail);
    result.detail = error ? error.message() : detail;
    // Nothing may be left: not the directory, not a process of its session.
    const Result<LabTree, LabError> after = m_host->read({LabLayout::state()});
    result.clean = !error && !after && !labRuns();
    if (!result.clean && result.detail.isEmpty())
        result.detail = tr("%1 is still there").arg(labDir());
    return result;
}

} // namespace gd

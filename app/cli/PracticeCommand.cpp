#include "app/cli/PracticeCommand.h"

#include "app/model/Log.h"

#include "app/cli/CommandLine.h"
#include "app/cli/DurationText.h"
#include "app/cli/TargetOptions.h"
#include "app/lab/DebriefHtml.h"
#include "app/lab/DebriefMarkdown.h"
#include "app/lab/LabLayout.h"
#include "app/lab/PracticeResults.h"
#include "app/lab/PracticeSession.h"
#include "app/lab/ScenarioParams.h"
#include "remote/ByteText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTextStream>

namespace gd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::PracticeCommand)
};

int fail(const QString &message, int code = 2)
{
    QTextStream(stderr) << "gateway-doctor practice: " << message << '\n';
    return code;
}

int failWith(const LabError &error)
{
    // Refusals and "not available here" are answers (1); a lab that could not be reached
    // or set up is an error (2).
    const bool answer =
        error.kind() == LabError::Kind::Unavailable || error.kind() == LabError::Kind::NotALabHost ||
        error.kind() == LabError::Kind::AlreadyRuns || error.kind() == LabError::Kind::NoLab ||
        error.kind() == LabError::Kind::Refused || error.kind() == LabError::Kind::UnknownId ||
        error.kind() == LabError::Kind::SymptomNotReal;
    return fail(error.toString(), answer ? 1 : 2);
}

void printJson(const QJsonObject &object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString indent(const QString &text)
{
    return QStringLiteral("  ") + QString(text).replace(QLatin1Char('\n'), QStringLiteral("\n  "));
}

const char *const kUsage = QT_TRANSLATE_NOOP(
    "gd::PracticeCommand",
    "Practice on a lab: a sandbox nginx with real upstreams, broken on purpose.\n\n"
    "  practice list                          the scenarios, and which can run here\n"
    "  practice start ID [--seed N] [--mode M] break a fresh lab; prints the ticket, the URL, the config\n"
    "  practice status                        the running lab\n"
    "  practice hint                          the next hint (a question, where to look, the answer)\n"
    "  practice answer CAUSE [--evidence L]   name the cause (a cause code, or none)\n"
    "  practice service VERB NAME             start|stop|restart|reload one of the lab's services\n"
    "  practice check                         is it fixed? (exit 0 fixed, 1 not)\n"
    "  practice solve                         apply the reference fix (instructors, tests)\n"
    "  practice debrief [--format F] [-o F]   score, your path and the doctor's (markdown, html, json)\n"
    "  practice stop                          end the lab (exit 0 only when nothing is left)\n\n"
    "Over SSH (--ssh) only on a host an admin marked as a lab: /etc/gateway-doctor/lab.");

// What every practice subcommand works with: its arguments, the lab session and the
// results file, and where to print.
struct Context
{
    const QCommandLineParser &parser;
    QStringList positional;
    bool json = false;
    const PracticeResults &results;
    PracticeSession &session;
    QTextStream &out;
};

int listCommand(Context &c)
{
    QJsonArray list;
    for (const PracticeAvailability &a : c.session.availability()) {
        const int best = c.results.best(a.scenario->id);
        if (c.json) {
            QJsonObject o{{QStringLiteral("id"), a.scenario->id},
                          {QStringLiteral("title"), a.scenario->title},
                          {QStringLiteral("difficulty"), a.scenario->difficulty},
                          {QStringLiteral("cause"), a.scenario->cause},
                          {QStringLiteral("requires"), QJsonArray::fromStringList(a.scenario->needs)},
                          {QStringLiteral("available"), a.missing.isEmpty()},
                          {QStringLiteral("par_minutes"), a.scenario->parMinutes}};
            if (!a.missing.isEmpty())
                o.insert(QStringLiteral("unavailable_because"), a.missing.join(QStringLiteral("; ")));
            if (best >= 0)
                o.insert(QStringLiteral("best_score"), best);
            list.append(o);
            continue;
        }
        c.out << a.scenario->id.leftJustified(28)
              << QStringLiteral("%1 ").arg(QString(a.scenario->difficulty, QLatin1Char('*')), -4)
              << a.scenario->title;
        if (best >= 0)
            c.out << Text::tr(" [best %1]").arg(best);
        if (!a.missing.isEmpty())
            c.out << "\n"
                  << QString(32, QLatin1Char(' '))
                  << Text::tr("unavailable: %1").arg(a.missing.join(QStringLiteral("; ")));
        c.out << '\n';
    }
    if (c.json)
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("scenarios"), list}})
                     .toJson(QJsonDocument::Indented);
    return 0;
}

int startCommand(Context &c)
{
    if (c.positional.size() != 2)
        return fail(Text::tr("start takes one scenario id (see practice list)."));
    quint64 seed = QRandomGenerator::global()->bounded(1000000000u);
    if (c.parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = c.parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(Text::tr("--seed takes a number."));
    }
    const QString mode = c.parser.value(QStringLiteral("mode")).isEmpty()
                             ? QStringLiteral("guided")
                             : c.parser.value(QStringLiteral("mode"));
    const Result<PracticeStart, LabError> started = c.session.start(c.positional.at(1), seed, mode);
    if (!started)
        return failWith(started.error());
    // The doctor's own path on the broken lab, for the debrief (the trainee does not see it).
    // Without it the debrief only lacks the comparison: worth a log line, not a failure.
    if (const Result<DiagnosisReport, LabError> doctor = c.session.diagnose(); !doctor)
        qCWarning(lcLab).noquote() << "the doctor's own diagnosis of the lab failed:"
                                   << doctor.error().message();
    if (c.json) {
        printJson(started->toJson());
        return 0;
    }
    c.out << Text::tr("Practice lab started: %1 (scenario %2, difficulty %3, seed %4, %5 mode)\n\n")
                 .arg(started->title, started->scenarioId)
                 .arg(started->difficulty)
                 .arg(started->seed)
                 .arg(started->mode)
          << Text::tr("The ticket:\n") << indent(started->ticket) << "\n\n"
          << Text::tr("URL:          %1\n").arg(started->url)
          << Text::tr("nginx.conf:   %1\n").arg(started->configFile)
          << Text::tr("Site config:  %1\n").arg(started->siteFile)
          << Text::tr("Lab:          %1\n").arg(started->labDir)
          << Text::tr("Services:     %1 (gateway-doctor practice service start|stop|restart|reload NAME)\n")
                 .arg(started->services.join(QStringLiteral(", ")))
          << Text::tr("nginx -t:     %1\n").arg(started->nginxTest.join(QLatin1Char(' ')))
          << Text::tr("Diagnose:     gateway-doctor diagnose --conf %1 --url %2\n")
                 .arg(started->configFile, started->url)
          << Text::tr("\nReady in %1 ms; the fault is real: %2\n").arg(started->readyMs).arg(started->symptom)
          << Text::tr("Next: gateway-doctor practice hint | answer CAUSE | check | stop\n");
    return 0;
}

int statusCommand(Context &c)
{
    const Result<PracticeStatus, LabError> status = c.session.status();
    if (!status)
        return failWith(status.error());
    if (c.json) {
        printJson(status->toJson());
        return 0;
    }
    c.out << Text::tr("%1 (scenario %2), %3 min %4 s in\n")
                 .arg(status->title, status->scenarioId)
                 .arg(status->elapsedSeconds / 60)
                 .arg(status->elapsedSeconds % 60);
    if (!status->ended.isEmpty()) {
        c.out << Text::tr("The lab has ended: %1. gateway-doctor practice stop removes it.\n")
                     .arg(status->ended);
        return 1;
    }
    c.out << Text::tr("URL: %1 answers %2\n").arg(status->url, status->urlNow);
    QStringList services;
    for (auto it = status->services.begin(); it != status->services.end(); ++it)
        services << QStringLiteral("%1 %2").arg(it.key(),
                                                it.value() ? Text::tr("running") : Text::tr("stopped"));
    c.out << Text::tr("Services: %1\n").arg(services.join(QStringLiteral(", ")))
          << Text::tr("Hints used: %1 of %2; checks: %3%4\n")
                 .arg(status->hintsUsed)
                 .arg(status->hintsTotal)
                 .arg(status->checks)
                 .arg(status->fixed ? Text::tr(" (fixed)") : QString());
    if (!status->namedCause.isEmpty())
        c.out << Text::tr("You named: %1\n").arg(status->namedCause);
    return 0;
}

int hintCommand(Context &c)
{
    const Result<PracticeHint, LabError> hint = c.session.hint();
    if (!hint)
        return failWith(hint.error());
    if (c.json)
        printJson(hint->toJson());
    else
        c.out << Text::tr("Hint %1 of %2 (%3):\n").arg(hint->step).arg(hint->total).arg(hint->kind)
              << indent(hint->text) << '\n';
    return 0;
}

int answerCommand(Context &c)
{
    if (c.positional.size() != 2)
        return fail(Text::tr("answer takes one cause code (or none)."));
    const Result<PracticeAnswer, LabError> answer =
        c.session.answer(c.positional.at(1), c.parser.value(QStringLiteral("evidence")));
    if (!answer)
        return failWith(answer.error());
    if (c.json)
        printJson(answer->toJson());
    else if (!answer->revealed)
        c.out << Text::tr("Noted: %1. Whether it is right is in the debrief.\n").arg(answer->named);
    else if (answer->correct)
        c.out << Text::tr("Right: %1%2\n")
                     .arg(answer->expected,
                          answer->beforeFirstChange ? Text::tr(", before any change") : QString());
    else
        c.out << Text::tr("Not it: the cause is %1.\n").arg(answer->expected);
    return answer->correct || !answer->revealed ? 0 : 1;
}

int serviceCommand(Context &c)
{
    if (c.positional.size() != 3)
        return fail(Text::tr("service takes a verb (start, stop, restart, reload) and a service name."));
    if (const LabError error = c.session.service(c.positional.at(1), c.positional.at(2)))
        return failWith(error);
    if (!c.json)
        c.out << Text::tr("%1 %2: done\n").arg(c.positional.at(1), c.positional.at(2));
    return 0;
}

int checkCommand(Context &c)
{
    const Result<PracticeCheckReport, LabError> report = c.session.check();
    if (!report)
        return failWith(report.error());
    if (c.json) {
        printJson(report->toJson());
    } else {
        for (const PracticeCheck &check : report->checks) {
            const QString mark = check.status == PracticeCheck::Status::Pass   ? QStringLiteral("✓")
                                 : check.status == PracticeCheck::Status::Fail ? QStringLiteral("✗")
                                                                               : QStringLiteral("–");
            c.out << mark << ' ' << check.title
                  << (check.detail.isEmpty() ? QString() : QStringLiteral(": ") + check.detail) << '\n';
        }
        c.out << (report->fixed() ? Text::tr("Fixed.\n") : Text::tr("Not fixed yet.\n"));
    }
    return report->fixed() ? 0 : 1;
}

int solveCommand(Context &c)
{
    const Result<PracticeSolve, LabError> solved = c.session.solve();
    if (!solved)
        return failWith(solved.error());
    if (c.json) {
        printJson(solved->toJson());
    } else {
        c.out << Text::tr("Applied the reference fix:\n");
        for (const QString &line : solved->log)
            c.out << "  " << line << '\n';
    }
    return 0;
}

int stopCommand(Context &c)
{
    const Result<PracticeStop, LabError> result = c.session.stop();
    if (!result)
        return failWith(result.error());
    const PracticeStop &stopped = *result;
    const std::optional<Debrief> &debrief = stopped.debrief;
    if (debrief) {
        QString error;
        if (!c.results.append(*debrief, &error))
            QTextStream(stderr) << Text::tr("gateway-doctor practice: could not save the result to %1: %2\n")
                                       .arg(c.results.path(), error);
    }
    if (c.json) {
        QJsonObject o{{QStringLiteral("clean"), stopped.clean}, {QStringLiteral("detail"), stopped.detail}};
        if (debrief)
            o.insert(QStringLiteral("debrief"), debrief->toJson());
        printJson(o);
        return stopped.clean ? 0 : 1;
    }
    if (debrief)
        c.out << Text::tr("Score %1 for %2 (gateway-doctor practice debrief shows the whole debrief).\n")
                     .arg(debrief->total)
                     .arg(debrief->title);
    c.out << (stopped.clean ? Text::tr("The lab is gone: no process, no file left.\n")
                            : Text::tr("Something of the lab is left: %1\n").arg(stopped.detail));
    return stopped.clean ? 0 : 1;
}

int debriefCommand(Context &c)
{
    std::optional<Debrief> debrief;
    const Result<Debrief, LabError> current = c.session.debrief();
    if (current)
        debrief = *current;
    else if (current.error().kind() == LabError::Kind::NoLab)
        debrief = c.results.last(); // the lab is gone: its last result
    else
        return failWith(current.error());
    if (!debrief)
        return fail(Text::tr("no practice run to debrief yet."), 1);
    const QString format = c.parser.value(QStringLiteral("format")).isEmpty()
                               ? (c.json ? QStringLiteral("json") : QStringLiteral("markdown"))
                               : c.parser.value(QStringLiteral("format"));
    QString text;
    if (format == QLatin1String("markdown") || format == QLatin1String("md"))
        text = DebriefMarkdown::render(*debrief);
    else if (format == QLatin1String("html"))
        text = DebriefHtml::render(*debrief);
    else if (format == QLatin1String("json"))
        text = utf8Text(QJsonDocument(debrief->toJson()).toJson(QJsonDocument::Indented));
    else
        return fail(Text::tr("--format is markdown, html or json."));
    const QString file = c.parser.value(QStringLiteral("output"));
    if (file.isEmpty()) {
        c.out << text;
        return 0;
    }
    QSaveFile save(file);
    if (!save.open(QIODevice::WriteOnly) || save.write(text.toUtf8()) < 0 || !save.commit())
        return fail(Text::tr("cannot write %1: %2").arg(file, save.errorString()));
    c.out << Text::tr("Wrote %1\n").arg(file);
    return 0;
}

// The subcommands, by name.
const QList<std::pair<const char *, int (*)(Context &)>> &subcommands()
{
    static const QList<std::pair<const char *, int (*)(Context &)>> table{
        {"list", &listCommand},   {"start", &startCommand},   {"status", &statusCommand},
        {"hint", &hintCommand},   {"answer", &answerCommand}, {"service", &serviceCommand},
        {"check", &checkCommand}, {"solve", &solveCommand},   {"debrief", &debriefCommand},
        {"stop", &stopCommand},
    };
    return table;
}

void addOptions(CommandLine &cli)
{
    QCommandLineParser &parser = cli.parser();
    cli.addTargetOptions();
    parser.addOption({QStringLiteral("json"), Text::tr("Print the result as JSON.")});
    parser.addOption({QStringLiteral("seed"),
                      Text::tr("start: the random seed (the same seed, the same lab)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("mode"),
         Text::tr("start: guided (default; hints on request), practice or exam (no hints; whether a named "
                  "cause is right is told in the debrief)."),
         QStringLiteral("MODE")});
    parser.addOption({QStringLiteral("keep-for"),
                      Text::tr("start: end the lab by itself after this long (default 2h)."),
                      QStringLiteral("DURATION")});
    parser.addOption({QStringLiteral("evidence"), Text::tr("answer: the log or config line you rely on."),
                      QStringLiteral("LINE")});
    parser.addOption({QStringLiteral("format"), Text::tr("debrief: markdown (default), html or json."),
                      QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Text::tr("debrief: write to this file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lab-dir"),
                      Text::tr("The lab's directory on the lab host (default: per user)."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("lab-helpers"),
         Text::tr("Where gateway-doctor-lab-supervisor and gateway-doctor-lab-upstream are on the lab host."),
         QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("results"),
         Text::tr("The results file (default ~/.local/share/gateway-doctor/practice/results.json)."),
         QStringLiteral("FILE")});
    cli.addPositional(QStringLiteral("command"),
                      Text::tr("list, start, status, hint, answer, service, check, solve, debrief, stop"));
}

// The lab's options from the command line (--lab-dir, --lab-helpers, --keep-for).
Result<PracticeOptions, QString> labOptions(const QCommandLineParser &parser)
{
    PracticeOptions options;
    options.labDir = parser.value(QStringLiteral("lab-dir"));
    options.helperDir = parser.value(QStringLiteral("lab-helpers"));
    if (parser.isSet(QStringLiteral("keep-for"))) {
        const std::optional<qint64> seconds =
            DurationText::parseSeconds(parser.value(QStringLiteral("keep-for")));
        if (!seconds || *seconds <= 0)
            return Text::tr("--keep-for takes a duration such as 30m or 2h.");
        options.keepSeconds = int(std::min<qint64>(*seconds, 7 * 24 * 3600));
    }
    return options;
}

} // namespace

int PracticeCommand::run(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("practice"), Text::tr(kUsage));
    addOptions(cli);
    if (const std::optional<int> exit = cli.parse(arguments))
        return *exit;
    const QCommandLineParser &parser = cli.parser();
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        QTextStream(stdout) << parser.helpText();
        return ExitCouldNotRun;
    }
    const auto sub = std::find_if(subcommands().begin(), subcommands().end(), [&](const auto &s) {
        return positional.first() == QLatin1String(s.first);
    });
    if (sub == subcommands().end())
        return fail(Text::tr("unknown practice command: %1\n%2").arg(positional.first(), parser.helpText()));

    const Result<PracticeOptions, QString> options = labOptions(parser);
    if (!options)
        return fail(options.error());
    Result<TargetOptions> target = TargetOptions::from(parser);
    if (!target)
        return fail(target.error().toString());
    const ScenarioCatalog catalog = ScenarioCatalog::load();
    for (const LabError &error : catalog.errors())
        QTextStream(stderr) << "gateway-doctor practice: " << error.message() << '\n';
    Result<std::shared_ptr<Machine>> machine = target->open();
    if (!machine)
        return fail(machine.error().toString());
    PracticeSession session(machine->get(), *options, catalog);
    if (const LabError error = session.open())
        return failWith(error);
    QTextStream out(stdout);
    const PracticeResults results(parser.value(QStringLiteral("results")));
    Context c{parser, positional, parser.isSet(QStringLiteral("json")), results, session, out};
    return sub->second(c);
}

} // namespace gd

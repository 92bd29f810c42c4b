#include "app/cli/ReportText.h"

#include "app/model/FindingSections.h"
#include "app/model/Glossary.h"
#include "app/model/Step.h"

#include <QRegularExpression>

#include <algorithm>

namespace gd {

namespace {

// Evidence lines longer than this are cut: a log line of 330 characters says what
// it has to say in its first 200 (the error, the upstream), the rest is request.
constexpr int kExcerptWidth = 200;
constexpr int kUpstreamsNamed = 3; // per group of the rest

QString mark(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("✓");
    case CheckStatus::Warn:
        return QStringLiteral("⚠");
    case CheckStatus::Fail:
        return QStringLiteral("✗");
    case CheckStatus::Skipped:
        return QStringLiteral("–");
    case CheckStatus::Error:
        return QStringLiteral("!");
    }
    return {};
}

const char *statusColour(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return "32";
    case CheckStatus::Warn:
        return "33";
    case CheckStatus::Fail:
    case CheckStatus::Error:
        return "31";
    case CheckStatus::Skipped:
        return "2";
    }
    return "0";
}

// What reaches the terminal. Excerpts are other programs' bytes (a log line holds
// whatever a client sent): a control character in them could move the cursor, clear
// the screen, retitle the window or hide text. They are shown in caret notation as
// `cat -v` does (ESC as ^[, CR as ^M); only colour (SGR: ESC [ digits m) goes through.
QString terminalSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || c == u'\t' || (c >= 0x20 && c < 0x7f) || c > 0x9f) {
            out += text.at(i);
            continue;
        }
        if (c == 0x1b && i + 1 < text.size() && text.at(i + 1) == u'[') {
            qsizetype end = i + 2;
            while (end < text.size() && (text.at(end).isDigit() || text.at(end) == u';'))
                ++end;
            if (end < text.size() && text.at(end) == u'm') {
                out += text.mid(i, end - i + 1);
                i = end;
                continue;
            }
        }
        if (c < 0x20 || c == 0x7f)
            out += QLatin1Char('^') + QChar(c == 0x7f ? u'?' : char16_t(c + 0x40));
        else
            out += QChar(0xfffd); // C1 controls (0x80-0x9f): CSI and friends in one character
    }
    return out;
}

class Writer
{
public:
    explicit Writer(bool colour) : m_colour(colour) {}

    QString paint(const QString &text, const char *code) const
    {
        return m_colour ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text) : text;
    }
    void line(const QString &text = QString())
    {
        m_out += terminalSafe(text);
        m_out += QLatin1Char('\n');
        m_said += text;
        m_said += QLatin1Char('\n');
    }
    // Text that goes out without counting towards the glossary (it would explain
    // its own words).
    void plain(const QString &text)
    {
        m_out += terminalSafe(text);
        m_out += QLatin1Char('\n');
    }
    const QString &said() const { return m_said; }
    QString result() const { return m_out; }

private:
    bool m_colour;
    QString m_out;
    QString m_said;
};

QString firstSentence(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?](\\s|$)"));
    const QRegularExpressionMatch m = end.match(text);
    const QString s = m.hasMatch() ? text.left(m.capturedStart() + 1) : text;
    return s.simplified();
}

QString cut(const QString &text, int width)
{
    const QString one = text.simplified();
    return one.size() <= width ? one : one.left(width - 1) + QStringLiteral("…");
}

void writeHeader(Writer &w, const DiagnosisReport &report)
{
    const TargetInfo &t = report.target;
    w.line(w.paint(ReportText::tr("Gateway Doctor — %1").arg(t.machine), "1"));
    w.line(ReportText::tr("nginx %1, %2, config %3")
               .arg(t.nginxVersion.isEmpty() ? ReportText::tr("(version unknown)") : t.nginxVersion,
                    t.nginxRunning ? ReportText::tr("running") : ReportText::tr("not running"),
                    t.configFile));
    if (!t.url.isEmpty()) {
        w.line(t.urlStatus > 0 ? ReportText::tr("%1 answers %2").arg(t.url).arg(t.urlStatus)
                               : ReportText::tr("%1 gives no HTTP answer").arg(t.url));
        if (!t.urlScope.isEmpty())
            w.line(ReportText::tr("Served by %1").arg(t.urlScope));
    }
    w.line();
}

void writeSummary(Writer &w, const DiagnosisReport &report)
{
    if (report.findings.isEmpty()) {
        w.line(w.paint(
            ReportText::tr(
                "No problem found: nginx and its upstreams look healthy; this is not a gateway fault."),
            "32"));
        return;
    }
    if (!report.problemFound()) {
        const TargetInfo &t = report.target;
        w.line(w.paint(
            !t.answersNow()
                ? ReportText::tr("No live problem found.")
                : ReportText::tr("No problem found with %1: it answers %2 now.").arg(t.url).arg(t.urlStatus),
            "32"));
        w.line(ReportText::tr(
            "Reported below, not counted: problems of other sites on this server and errors that "
            "stopped."));
        return;
    }
    const Finding &top = *report.rootCause();
    w.line(w.paint(ReportText::tr("What is wrong: %1").arg(causeTitle(top.cause)), "31;1"));
    w.line(ReportText::tr("Why:  %1").arg(cut(firstSentence(top.summary), 160)));
    w.line(ReportText::tr("Fix:  %1")
               .arg(top.fixInApp ? ReportText::tr("in the application itself: %1")
                                       .arg(cut(firstSentence(top.remedy), 140))
                                 : cut(firstSentence(top.remedy), 160)));
}

void writeSteps(Writer &w, const DiagnosisReport &report)
{
    QStringList marks;
    for (const StepResult &step : report.steps)
        marks << w.paint(QStringLiteral("%1 %2").arg(mark(step.status)).arg(step.step),
                         statusColour(step.status));
    w.line(ReportText::tr("Steps: %1").arg(marks.join(QStringLiteral("  "))));
    for (const StepResult &step : report.steps) {
        for (const CheckResult &check : step.checks) {
            if (check.status != CheckStatus::Fail && check.status != CheckStatus::Error)
                continue;
            w.line(QStringLiteral("  %1 %2. %3")
                       .arg(w.paint(mark(check.status), statusColour(check.status)))
                       .arg(step.step)
                       .arg(check.title));
        }
    }
}

// The evidence a reader needs: the first item, and how many more of its kind.
void writeEvidence(Writer &w, const Finding &f)
{
    if (f.evidence.isEmpty())
        return;
    const Evidence &e = f.evidence.first();
    int alike = 0;
    for (int i = 1; i < f.evidence.size(); ++i)
        alike += f.evidence[i].source == e.source ? 1 : 0;
    const int others = int(f.evidence.size()) - 1 - alike;
    QString where = e.location().isEmpty() ? e.source : e.source + QLatin1Char(' ') + e.location();
    if (alike > 0)
        where += ReportText::tr(" (and %n more like it)", nullptr, alike);
    if (others > 0)
        where += ReportText::tr(", %n other piece(s) of evidence in --json", nullptr, others);
    w.line(w.paint(QStringLiteral("   ▸ %1").arg(where), "2"));
    w.line(QStringLiteral("     %1").arg(cut(e.excerpt, kExcerptWidth)));
}

void writeActions(Writer &w, const Finding &f)
{
    // The edits were tested together on a scratch copy: the verdict once, on the
    // first edit; a refusal on a line of its own, after them.
    const SuggestionCheck *verdict = nullptr;
    for (const FixAction &a : f.actions) {
        if (a.kind == FixAction::Kind::Edit) {
            QString checked;
            if (!verdict && a.validation.state != SuggestionCheck::State::None) {
                verdict = &a.validation;
                if (a.validation.state == SuggestionCheck::State::Passed)
                    checked = ReportText::tr(" — passes %1").arg(a.validation.tool);
                else if (a.validation.state == SuggestionCheck::State::NotChecked)
                    checked = QStringLiteral(" — ") + a.validation.text();
            }
            w.line(ReportText::tr("   edit %1 line %2 (%3)%4").arg(a.file).arg(a.line).arg(a.why, checked));
            w.line(w.paint(QStringLiteral("     - %1").arg(a.oldText.trimmed()), "31"));
            for (const QString &l : a.newText.split(QLatin1Char('\n')))
                w.line(w.paint(QStringLiteral("     + %1").arg(l.trimmed()), "32"));
        } else {
            const QString where =
                a.host == FixAction::Host::Upstream ? ReportText::tr(" (on the upstream's host)") : QString();
            // A refused change is not offered: no test and reload of it either.
            if (verdict && verdict->isRefused())
                break;
            w.line(ReportText::tr("   run  %1%2   # %3").arg(ReportText::commandLine(a), where, a.why));
        }
    }
    if (verdict && verdict->isRefused())
        w.line(w.paint(QStringLiteral("   ") + verdict->text(), "31"));
}

void writeFinding(Writer &w, int n, const Finding &f)
{
    const QString upstream = f.upstream.isEmpty() ? QString() : QStringLiteral(" — %1").arg(f.upstream);
    w.line();
    w.line(w.paint(QStringLiteral("%1. %2%3").arg(n).arg(causeTitle(f.cause), upstream), "1"));
    w.line(QStringLiteral("   %1").arg(f.summary.simplified()));
    writeEvidence(w, f);
    if (f.fixInApp) {
        w.line(ReportText::tr("   Fix (in the application; nothing here to change): %1")
                   .arg(f.remedy.simplified()));
        return;
    }
    w.line(ReportText::tr("   Fix: %1").arg(f.remedy.simplified()));
    writeActions(w, f);
}

// "4-7, 9": finding numbers (1-based), ranges where they run on.
QString numberRanges(const QList<int> &numbers)
{
    QStringList parts;
    for (int i = 0; i < numbers.size();) {
        int j = i;
        while (j + 1 < numbers.size() && numbers.at(j + 1) == numbers.at(j) + 1)
            ++j;
        parts << (j > i ? QStringLiteral("%1–%2").arg(numbers.at(i)).arg(numbers.at(j))
                        : QString::number(numbers.at(i)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

// numbered[from, to) as one line per cause: how many, their numbers, the first upstreams.
void writeGrouped(Writer &w, const QList<const Finding *> &numbered, int from, int to)
{
    struct Group
    {
        Cause cause;
        QList<int> numbers;
        QStringList upstreams;
    };
    QList<Group> groups;
    for (int k = from; k < to; ++k) {
        const Finding &f = *numbered.at(k);
        auto it =
            std::find_if(groups.begin(), groups.end(), [&](const Group &g) { return g.cause == f.cause; });
        if (it == groups.end()) {
            groups.append(Group{f.cause, {}, {}});
            it = groups.end() - 1;
        }
        it->numbers << k + 1;
        if (!f.upstream.isEmpty() && !it->upstreams.contains(f.upstream))
            it->upstreams << f.upstream;
    }
    w.line();
    w.line(ReportText::tr(
        "   And %n more here, by cause (gateway-doctor diagnose --json has each whole; fix apply "
        "--finding N fixes one):",
        nullptr, to - from));
    for (const Group &g : std::as_const(groups)) {
        QString upstreams = g.upstreams.mid(0, kUpstreamsNamed).join(QStringLiteral(", "));
        if (g.upstreams.size() > kUpstreamsNamed)
            upstreams += ReportText::tr(" and %n more", nullptr, int(g.upstreams.size()) - kUpstreamsNamed);
        w.line(ReportText::tr("   %1 ×%2 (%3)%4")
                   .arg(causeTitle(g.cause), QString::number(g.numbers.size()), numberRanges(g.numbers),
                        upstreams.isEmpty() ? QString() : QStringLiteral(": ") + upstreams));
    }
}

} // namespace

QString ReportText::commandLine(const FixAction &action)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList words;
    if (action.asRoot)
        words << QStringLiteral("sudo");
    for (const QString &arg : action.argv) {
        if (safe.match(arg).hasMatch())
            words << arg;
        else
            words << QLatin1Char('\'') + QString(arg).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                         QLatin1Char('\'');
    }
    return words.join(QLatin1Char(' '));
}

QString ReportText::render(const DiagnosisReport &report, bool colour)
{
    Writer w(colour);
    writeHeader(w, report);
    writeSummary(w, report);
    w.line();
    writeSteps(w, report);

    // Knock-ons ("no live upstreams" after every server failed) are one line under
    // the finding they follow from, not a finding of their own.
    // Findings come ranked by section (FindingRanker): a heading where a section starts;
    // a long side section folded into one line per cause (FindingSections).
    const QList<const Finding *> numbered = report.numberedFindings();
    for (const FindingSections::Section &section : FindingSections::of(numbered)) {
        if (!section.heading.isEmpty()) {
            w.line();
            w.line(w.paint(section.heading, "1;33"));
        }
        for (int k = section.begin; k < section.foldedBegin(); ++k)
            writeFinding(w, k + 1, *numbered.at(k));
        if (section.folds())
            writeGrouped(w, numbered, section.foldedBegin(), section.end);
    }
    QStringList knockOns;
    for (const Finding &f : report.findings) {
        if (f.rootCause)
            knockOns << tr("%1 (follows from: %2)").arg(causeTitle(f.cause), causeTitle(*f.rootCause));
    }
    if (!knockOns.isEmpty()) {
        w.line();
        for (const QString &k : knockOns)
            w.line(tr("Also: %1").arg(k));
    }

    const QStringList words = Glossary::explain(w.said());
    if (!words.isEmpty()) {
        w.plain(QString());
        w.plain(w.paint(tr("Words used above"), "1"));
        for (const QString &entry : words)
            w.plain(QStringLiteral("  %1").arg(entry));
    }
    return w.result();
}

} // namespace gd

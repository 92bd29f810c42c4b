#include "ui/pages/SummaryPage.h"

#include "app/engine/Diagnosis.h"
#include "app/model/FindingSections.h"
#include "app/report/ReportHtml.h"
#include "app/report/ReportMarkdown.h"
#include "app/report/TranscriptText.h"
#include "ui/actions/FindingFixAction.h"
#include "ui/report/ReportChanges.h"
#include "ui/report/ReportPdf.h"
#include "ui/session/FixJournal.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/ChangeCard.h"
#include "ui/widgets/Collapsible.h"
#include "ui/widgets/FindingCard.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>

namespace gd {

SummaryPage::SummaryPage(WizardSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_headline(new QLabel(this)), m_findings(new QWidget(this)),
      m_findingsLayout(new QVBoxLayout(m_findings)), m_changesArea(new QWidget(this)),
      m_changesLayout(new QVBoxLayout(m_changesArea)), m_exportStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        QStringLiteral("<h2>%1</h2>").arg(WizardTexts::text("summary.title").toHtmlEscaped()), this));
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setText(WizardTexts::text("step.waiting"));
    layout->addWidget(m_headline);
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_findings);

    layout->addWidget(buildChangesBox());
    layout->addWidget(buildWatchBox());
    layout->addWidget(buildExportBox());
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_exportStatus);
    layout->addStretch();

    // A turn of its own, like the step pages (see StepPage::onFinished).
    connect(session, &WizardSession::diagnosisFinished, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_session->hasReport())
                onFinished();
        });
    });
    connect(session, &WizardSession::verdictsHiddenChanged, this, [this] {
        if (m_session->hasReport() && !m_session->isDiagnosing())
            onFinished();
    });
    connect(session, &WizardSession::diagnosisStarted, this, [this] {
        m_headline->setText(WizardTexts::text("step.running"));
        for (QPushButton *b : m_exportButtons)
            b->setEnabled(false);
    });
}

// What steps 5 and 6 changed, kept up to date from the session's journal.
QWidget *SummaryPage::buildChangesBox()
{
    auto *changes = new QGroupBox(tr("What was changed"), this);
    auto *changesLayout = new QVBoxLayout(changes);
    m_changesArea->setObjectName(QStringLiteral("changesArea"));
    m_changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(m_changesArea);
    showChanges();
    connect(m_session->journal(), &FixJournal::changed, this, &SummaryPage::showChanges);
    return changes;
}

QWidget *SummaryPage::buildWatchBox()
{
    auto *watch = new QGroupBox(tr("What to watch next"), this);
    auto *watchLayout = new QVBoxLayout(watch);
    auto *watchText = new QLabel(WizardTexts::text("summary.watch"), watch);
    watchText->setWordWrap(true);
    watchLayout->addWidget(watchText);
    return watch;
}

// The report in three formats and the transcript; enabled once a diagnosis is done.
QWidget *SummaryPage::buildExportBox()
{
    auto *exportBox = new QGroupBox(tr("Share the result"), this);
    auto *exportRow = new QHBoxLayout(exportBox);
    const auto addButton = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, exportBox);
        b->setObjectName(name);
        b->setEnabled(false);
        exportRow->addWidget(b);
        m_exportButtons << b;
        return b;
    };
    connect(addButton(tr("Save as &Markdown…"), QStringLiteral("exportMarkdown")), &QPushButton::clicked,
            this, [this] { chooseAndExport(Format::Markdown); });
    connect(addButton(tr("Save as &HTML…"), QStringLiteral("exportHtml")), &QPushButton::clicked, this,
            [this] { chooseAndExport(Format::Html); });
    connect(addButton(tr("Save as &PDF…"), QStringLiteral("exportPdf")), &QPushButton::clicked, this,
            [this] { chooseAndExport(Format::Pdf); });
    connect(addButton(tr("Copy the &transcript"), QStringLiteral("copyTranscript")), &QPushButton::clicked,
            this, [this] {
                QApplication::clipboard()->setText(transcript());
                m_exportStatus->setText(tr("The transcript of every command is on the clipboard."));
            });
    exportRow->addStretch();
    return exportBox;
}

void SummaryPage::onFinished()
{
    while (QLayoutItem *item = m_findingsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const DiagnosisReport &report = m_session->report();
    // Practice on a lab: the findings (and the report that holds them) wait for the answer.
    const bool hidden = m_session->verdictsHidden();
    for (QPushButton *b : m_exportButtons)
        b->setEnabled(!hidden);
    if (hidden) {
        m_headline->setText(
            QStringLiteral("<b>%1</b>").arg(WizardTexts::text("summary.hidden").toHtmlEscaped()));
        return;
    }
    // The symptom first, as measured end to end; then what causes it.
    const QString symptom = WizardTexts::symptom(report.target);
    const QString lead = symptom.isEmpty() ? QString() : symptom.toHtmlEscaped() + QStringLiteral("<br>");
    if (report.findings.isEmpty()) {
        m_headline->setText(
            lead + QStringLiteral("<b>%1</b>").arg(WizardTexts::text("summary.noProblem").toHtmlEscaped()));
        return;
    }
    // The scope rule (README, "Scope and timing"): other sites' problems and errors that
    // stopped are shown, in their own sections, never as the root cause.
    const Finding *top = report.rootCause();
    if (!top) {
        m_headline->setText(
            lead + (report.target.answersNow()
                        ? tr("<b>No problem found with %1: it answers %2 now.</b> Below: problems of "
                             "other sites on this "
                             "server and errors that stopped; they are not why this URL would fail.")
                              .arg(report.target.url.toHtmlEscaped())
                              .arg(report.target.urlStatus)
                        : tr("<b>No live problem found.</b> Below: problems of other sites on this "
                             "server and errors that "
                             "stopped.")));
    } else {
        m_headline->setText(
            lead + tr("On %1, the most likely root cause is <b>%2</b> (step %3).")
                       .arg(report.target.machine.toHtmlEscaped(), causeTitle(top->cause).toHtmlEscaped())
                       .arg(top->step));
    }
    // A side section (other sites, history) with many findings shows its first ones and
    // the rest behind one "more" line (FindingSections): on a server with hundreds of
    // sites the URL's own cause stays in view.
    QList<const Finding *> ranked;
    for (const Finding &f : report.findings)
        ranked << &f;
    for (const FindingSections::Section &section : FindingSections::of(ranked)) {
        if (!section.heading.isEmpty()) {
            auto *label =
                new QLabel(QStringLiteral("<b>%1</b>").arg(section.heading.toHtmlEscaped()), m_findings);
            label->setWordWrap(true);
            label->setObjectName(QStringLiteral("findingSection"));
            m_findingsLayout->addWidget(label);
        }
        for (int k = section.begin; k < section.foldedBegin(); ++k)
            m_findingsLayout->addWidget(findingCard(*ranked.at(k), top, m_findings));
        if (!section.folds())
            continue;
        auto *rest = new QWidget(m_findings);
        auto *restLayout = new QVBoxLayout(rest);
        restLayout->setContentsMargins(0, 0, 0, 0);
        QMap<QString, int> causes; // title -> how many, for the line that stands for them
        for (int k = section.foldedBegin(); k < section.end; ++k) {
            restLayout->addWidget(findingCard(*ranked.at(k), top, rest));
            ++causes[causeTitle(ranked.at(k)->cause)];
        }
        QStringList counted;
        for (auto it = causes.cbegin(); it != causes.cend(); ++it)
            counted << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
        auto *more = new Collapsible(tr("%n more here: %1", nullptr, section.end - section.foldedBegin())
                                         .arg(counted.join(QStringLiteral(", "))),
                                     rest, m_findings);
        more->setObjectName(QStringLiteral("moreFindings"));
        m_findingsLayout->addWidget(more);
    }
}

FindingCard *SummaryPage::findingCard(const Finding &f, const Finding *top, QWidget *parent)
{
    // Apply is offered for the root cause: the others are often its consequences.
    const bool first = &f == top;
    auto *card = new FindingCard(f, first, first, parent);
    connect(card, &FindingCard::locationActivated, this, &SummaryPage::locationActivated);
    connect(card, &FindingCard::stepRequested, this, &SummaryPage::stepRequested);
    if (card->applyButton())
        new FindingFixAction(m_session, f, card);
    return card;
}

void SummaryPage::showChanges()
{
    while (QLayoutItem *item = m_changesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<ChangeRecord> &records = m_session->journal()->records();
    if (records.isEmpty()) {
        m_changesLayout->addWidget(new QLabel(WizardTexts::text("summary.changesNone"), m_changesArea));
        return;
    }
    int n = 0;
    for (const ChangeRecord &r : records) {
        auto *card = new ChangeCard(r, m_changesArea);
        card->setObjectName(QStringLiteral("change_%1").arg(n++));
        m_changesLayout->addWidget(card);
    }
}

QString SummaryPage::transcript() const
{
    const Diagnosis *diagnosis = m_session->diagnosis();
    QString text = diagnosis ? TranscriptText::render(diagnosis->transcript()) : QString();
    // Then what ran after the diagnosis (the fixes, their checks) and what changed.
    const FixJournal *journal = m_session->journal();
    if (!journal->commands().isEmpty())
        text += QStringLiteral("\n# %1\n\n").arg(tr("After the diagnosis")) +
                TranscriptText::render(journal->commands());
    if (!journal->records().isEmpty())
        text += QLatin1Char('\n') + ReportChanges::markdown(journal->records());
    return text;
}

QString SummaryPage::exportTo(const QString &path, Format format) const
{
    if (!m_session->hasReport())
        return tr("There is no report yet.");
    const DiagnosisReport &report = m_session->report();
    const QList<ChangeRecord> &changes = m_session->journal()->records();
    if (format == Format::Pdf)
        return ReportPdf::write(report, path, ReportChanges::html(changes));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QString text =
        format == Format::Markdown
            ? ReportChanges::insertMarkdown(ReportMarkdown::render(report), ReportChanges::markdown(changes))
            : ReportChanges::insertHtml(ReportHtml::render(report), ReportChanges::html(changes));
    file.write(text.toUtf8());
    if (!file.commit())
        return file.errorString();
    return {};
}

void SummaryPage::chooseAndExport(Format format)
{
    const QString suffix = format == Format::Markdown ? QStringLiteral("md")
                           : format == Format::Html   ? QStringLiteral("html")
                                                      : QStringLiteral("pdf");
    auto *dialog = new QFileDialog(this, tr("Save the report"),
                                   QDir::home().filePath(QStringLiteral("gateway-doctor-report.") + suffix));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        const QString error = exportTo(path, format);
        m_exportStatus->setText(error.isEmpty() ? tr("Saved %1.").arg(path)
                                                : tr("Could not save %1: %2").arg(path, error));
    });
    dialog->open();
}

} // namespace gd

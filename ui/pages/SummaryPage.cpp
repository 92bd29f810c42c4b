#include "SummaryPage.h"

#include "Facts.h"
#include "FindingCard.h"
#include "ReportHtml.h"
#include "ReportMarkdown.h"
#include "ReportPdf.h"
#include "TranscriptText.h"
#include "WizardSession.h"
#include "WizardTexts.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>

namespace gd {

SummaryPage::SummaryPage(WizardSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_headline(new QLabel(this)), m_findings(new QWidget(this)),
      m_findingsLayout(new QVBoxLayout(m_findings)), m_changesArea(new QWidget(this)), m_exportStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(WizardTexts::text("summary.title").toHtmlEscaped()), this));
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setText(WizardTexts::text("step.waiting"));
    layout->addWidget(m_headline);
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_findings);

    auto *changes = new QGroupBox(tr("What was changed"), this);
    auto *changesLayout = new QVBoxLayout(changes);
    // The lead's fixes engine lists its diffs and backups in changesArea; until a
    // fix has been applied there is nothing to list.
    m_changesArea->setObjectName(QStringLiteral("changesArea"));
    auto *changesAreaLayout = new QVBoxLayout(m_changesArea);
    changesAreaLayout->setContentsMargins(0, 0, 0, 0);
    changesAreaLayout->addWidget(new QLabel(WizardTexts::text("summary.changesNone"), m_changesArea));
    changesLayout->addWidget(m_changesArea);
    layout->addWidget(changes);

    auto *watch = new QGroupBox(tr("What to watch next"), this);
    auto *watchLayout = new QVBoxLayout(watch);
    auto *watchText = new QLabel(WizardTexts::text("summary.watch"), watch);
    watchText->setWordWrap(true);
    watchLayout->addWidget(watchText);
    layout->addWidget(watch);

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
    connect(addButton(tr("Save as &Markdown…"), QStringLiteral("exportMarkdown")), &QPushButton::clicked, this,
            [this] { chooseAndExport(Format::Markdown); });
    connect(addButton(tr("Save as &HTML…"), QStringLiteral("exportHtml")), &QPushButton::clicked, this,
            [this] { chooseAndExport(Format::Html); });
    connect(addButton(tr("Save as &PDF…"), QStringLiteral("exportPdf")), &QPushButton::clicked, this,
            [this] { chooseAndExport(Format::Pdf); });
    connect(addButton(tr("Copy the &transcript"), QStringLiteral("copyTranscript")), &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(transcript());
        m_exportStatus->setText(tr("The transcript of every command is on the clipboard."));
    });
    exportRow->addStretch();
    layout->addWidget(exportBox);
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
    connect(session, &WizardSession::diagnosisStarted, this, [this] {
        m_headline->setText(WizardTexts::text("step.running"));
        for (QPushButton *b : m_exportButtons)
            b->setEnabled(false);
    });
}

void SummaryPage::onFinished()
{
    while (QLayoutItem *item = m_findingsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const DiagnosisReport &report = m_session->report();
    for (QPushButton *b : m_exportButtons)
        b->setEnabled(true);
    if (report.findings.isEmpty()) {
        m_headline->setText(QStringLiteral("<b>%1</b>").arg(WizardTexts::text("summary.noProblem").toHtmlEscaped()));
        return;
    }
    const Finding &top = report.findings.first();
    m_headline->setText(tr("On %1, the most likely root cause is <b>%2</b> (step %3).")
                            .arg(report.target.machine.toHtmlEscaped(), causeTitle(top.cause).toHtmlEscaped())
                            .arg(top.step));
    bool first = true;
    for (const Finding &f : report.findings) {
        auto *card = new FindingCard(f, first, m_findings);
        first = false;
        connect(card, &FindingCard::locationActivated, this, &SummaryPage::locationActivated);
        connect(card, &FindingCard::stepRequested, this, &SummaryPage::stepRequested);
        m_findingsLayout->addWidget(card);
    }
}

QString SummaryPage::transcript() const
{
    const Facts *facts = m_session->facts();
    return facts ? TranscriptText::render(facts->transcript) : QString();
}

QString SummaryPage::exportTo(const QString &path, Format format) const
{
    if (!m_session->hasReport())
        return tr("There is no report yet.");
    const DiagnosisReport &report = m_session->report();
    if (format == Format::Pdf)
        return ReportPdf::write(report, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QString text = format == Format::Markdown ? ReportMarkdown::render(report) : ReportHtml::render(report);
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
        m_exportStatus->setText(error.isEmpty() ? tr("Saved %1.").arg(path) : tr("Could not save %1: %2").arg(path, error));
    });
    dialog->open();
}

} // namespace gd

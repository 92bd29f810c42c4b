#include "ui/practice/DebriefPage.h"

#include "app/lab/DebriefHtml.h"
#include "app/lab/DebriefMarkdown.h"
#include "ui/report/DebriefPdf.h"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gd {

DebriefPage::DebriefPage(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_view(new QTextBrowser(this)),
      m_exportStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("debriefPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Debrief").toHtmlEscaped()), this));
    m_headline->setObjectName(QStringLiteral("debriefHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setText(tr("The debrief appears here when a practice run ends (Finish and debrief)."));
    layout->addWidget(m_headline);
    m_view->setObjectName(QStringLiteral("debriefView"));
    m_view->setOpenExternalLinks(false);
    // Small enough that the export buttons show under the banner on a laptop screen.
    m_view->setMinimumHeight(260);
    layout->addWidget(m_view, 1);
    layout->addWidget(buildExportBox());
    m_exportStatus->setObjectName(QStringLiteral("debriefExportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_exportStatus);
}

QWidget *DebriefPage::buildExportBox()
{
    auto *box = new QGroupBox(tr("Hand it in"), this);
    auto *row = new QHBoxLayout(box);
    const auto addButton = [&](const QString &text, const QString &name, Format format) {
        auto *b = new QPushButton(text, box);
        b->setObjectName(name);
        b->setEnabled(false);
        row->addWidget(b);
        m_exportButtons << b;
        connect(b, &QPushButton::clicked, this, [this, format] { chooseAndExport(format); });
    };
    addButton(tr("Save as &Markdown…"), QStringLiteral("debriefMarkdown"), Format::Markdown);
    addButton(tr("Save as &HTML…"), QStringLiteral("debriefHtml"), Format::Html);
    addButton(tr("Save as &PDF…"), QStringLiteral("debriefPdf"), Format::Pdf);
    row->addStretch();
    return box;
}

void DebriefPage::showDebrief(const Debrief &debrief)
{
    m_debrief = debrief;
    m_headline->setText(tr("<b>%1</b>: %2 points · %3 · %4 min %5 s")
                            .arg(debrief.title.toHtmlEscaped())
                            .arg(debrief.total)
                            .arg(debrief.fixed ? tr("fixed") : tr("not fixed"))
                            .arg(debrief.seconds / 60)
                            .arg(debrief.seconds % 60));
    m_view->setHtml(DebriefHtml::render(debrief));
    for (QPushButton *b : std::as_const(m_exportButtons))
        b->setEnabled(true);
}

QString DebriefPage::exportTo(const QString &path, Format format) const
{
    if (!m_debrief)
        return tr("There is no debrief yet.");
    if (format == Format::Pdf)
        return DebriefPdf::write(*m_debrief, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QString text =
        format == Format::Markdown ? DebriefMarkdown::render(*m_debrief) : DebriefHtml::render(*m_debrief);
    file.write(text.toUtf8());
    if (!file.commit())
        return file.errorString();
    return {};
}

void DebriefPage::chooseAndExport(Format format)
{
    const QString suffix = format == Format::Markdown ? QStringLiteral("md")
                           : format == Format::Html   ? QStringLiteral("html")
                                                      : QStringLiteral("pdf");
    const QString name = QStringLiteral("gateway-doctor-debrief-%1.%2")
                             .arg(m_debrief ? m_debrief->scenarioId : QStringLiteral("practice"), suffix);
    auto *dialog = new QFileDialog(this, tr("Save the debrief"), QDir::home().filePath(name));
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

#include "ui/report/ReportPdf.h"

#include "app/report/ReportHtml.h"
#include "ui/report/ReportChanges.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace gd {

QString ReportPdf::write(const DiagnosisReport &report, const QString &path, const QString &changesHtml)
{
    const QString html = ReportHtml::render(report);
    return writeHtml(
        changesHtml.isEmpty() ? html : ReportChanges::insertHtml(html, changesHtml),
        QCoreApplication::translate("ReportPdf", "Gateway Doctor report: %1").arg(report.target.machine),
        path);
}

QString ReportPdf::writeHtml(const QString &html, const QString &title, const QString &path)
{
    {
        // QPdfWriter says nothing when it cannot write: find out first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return probe.errorString();
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Gateway Doctor"));
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    return {};
}

} // namespace gd

#include "ReportPdf.h"

#include "ReportHtml.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace gd {

QString ReportPdf::write(const DiagnosisReport &report, const QString &path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return probe.errorString();
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(QCoreApplication::translate("ReportPdf", "Gateway Doctor report: %1").arg(report.target.machine));
    writer.setCreator(QStringLiteral("Gateway Doctor"));
    QTextDocument document;
    document.setHtml(ReportHtml::render(report));
    document.print(&writer);
    return {};
}

} // namespace gd

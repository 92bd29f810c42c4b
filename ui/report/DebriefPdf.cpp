#include "ui/report/DebriefPdf.h"

#include "app/lab/DebriefHtml.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace gd {

QString DebriefPdf::write(const Debrief &debrief, const QString &path)
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
    writer.setTitle(QCoreApplication::translate("DebriefPdf", "Practice debrief: %1").arg(debrief.title));
    writer.setCreator(QStringLiteral("Gateway Doctor"));
    QTextDocument document;
    document.setHtml(DebriefHtml::render(debrief));
    document.print(&writer);
    return {};
}

} // namespace gd

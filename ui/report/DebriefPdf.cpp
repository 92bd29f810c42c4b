#include "ui/report/DebriefPdf.h"

#include "app/lab/DebriefHtml.h"
#include "ui/report/ReportPdf.h"

#include <QCoreApplication>

namespace gd {

QString DebriefPdf::write(const Debrief &debrief, const QString &path)
{
    return ReportPdf::writeHtml(
        DebriefHtml::render(debrief),
        QCoreApplication::translate("DebriefPdf", "Practice debrief: %1").arg(debrief.title), path);
}

} // namespace gd

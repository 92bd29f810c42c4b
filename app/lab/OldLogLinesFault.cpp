#include "app/lab/OldLogLinesFault.h"

#include "app/lab/LabBlueprint.h"
#include "app/lab/LabLayout.h"
#include "app/lab/LabRuntime.h"

#include <QDateTime>
#include <QJsonArray>

namespace gd {

QStringList OldLogLinesFault::lines() const
{
    QStringList result;
    for (const QJsonValue &line : spec().value(QStringLiteral("lines")).toArray())
        result << line.toString();
    return result;
}

LabError OldLogLinesFault::prepare(LabBlueprint &blueprint)
{
    const QString file = string("file").isEmpty() ? LabLayout::errorLog() : string("file");
    QDateTime at = QDateTime::currentDateTime().addSecs(-3600 * qint64(string("hours_ago").toInt()));
    QByteArray text = blueprint.files.value(file).content;
    for (const QString &line : lines()) {
        text += at.toString(QStringLiteral("yyyy/MM/dd HH:mm:ss ")).toUtf8() + line.toUtf8() + '\n';
        at = at.addSecs(7);
    }
    blueprint.files.insert(file, {text, 0644});
    return {};
}

LabError OldLogLinesFault::verify(LabRuntime &, const LabTree &)
{
    return {};
}

PracticeCheck OldLogLinesFault::check(LabRuntime &, const LabTree &)
{
    return {QStringLiteral("fault:") + type(), tr("old lines from another site in the error log"),
            PracticeCheck::Status::NotApplicable, tr("a red herring: nothing to fix there")};
}

} // namespace gd

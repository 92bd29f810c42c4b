#include "app/lab/BrokenConfigFault.h"

#include "app/lab/LabRuntime.h"
#include "app/lab/LabTree.h"
#include "app/lab/TextLines.h"
#include "remote/ByteText.h"

#include <QJsonArray>

namespace gd {

BrokenConfigFault::BrokenConfigFault(QJsonObject spec) : Fault(std::move(spec))
{
    for (const QJsonValue &e : this->spec().value(QStringLiteral("edits")).toArray())
        m_edits << qMakePair(e.toObject().value(QStringLiteral("old")).toString(),
                             e.toObject().value(QStringLiteral("new")).toString());
}

LabError BrokenConfigFault::apply(LabRuntime &lab)
{
    const QString file = string("file");
    const Result<LabTree, LabError> tree = lab.host().read({file});
    if (!tree)
        return tree.error();
    const LabEntry *entry = tree->entry(file);
    if (!entry || entry->type != LabEntry::Type::File)
        return LabError(LabError::Kind::BadScenario, tr("%1: the lab has no file %2").arg(type(), file));
    m_original = utf8Text(entry->content);
    m_mode = entry->mode;
    QString text = m_original;
    for (const auto &[oldLine, newText] : m_edits) {
        if (!TextLines::replaceLine(text, oldLine, newText))
            return LabError(
                LabError::Kind::BadScenario,
                tr("%1: %2 does not have the line \"%3\" exactly once").arg(type(), file, oldLine));
    }
    if (LabError e = lab.host().write(FileBundle().file(file, text.toUtf8(), m_mode)))
        return e;
    if (spec().value(QStringLiteral("reload")).toBool()) {
        bool rejected = false;
        lab.reloadNginx(&rejected);
        if (!rejected)
            return LabError(LabError::Kind::SymptomNotReal, tr("nginx accepted the broken configuration."));
    }
    return {};
}

LabError BrokenConfigFault::verify(LabRuntime &lab, const LabTree &)
{
    const Result<LabRuntime::NginxTest, LabError> test = lab.testNginx();
    if (!test)
        return test.error();
    if (test->ok)
        return LabError(LabError::Kind::SymptomNotReal, tr("nginx -t passes on the broken configuration."));
    return {};
}

LabError BrokenConfigFault::undo(LabRuntime &lab)
{
    if (m_original.isEmpty())
        return {};
    return lab.host().write(FileBundle().file(string("file"), m_original.toUtf8(), m_mode));
}

PracticeCheck BrokenConfigFault::check(LabRuntime &lab, const LabTree &)
{
    const QString id = QStringLiteral("fault:") + type();
    const QString title = tr("the configuration on disk is valid (nginx -t)");
    const Result<LabRuntime::NginxTest, LabError> test = lab.testNginx();
    if (!test)
        return PracticeCheck::fail(id, title, test.error().message());
    if (test->ok)
        return PracticeCheck::pass(id, title);
    const QStringList lines = test->output.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("[emerg]")))
            return PracticeCheck::fail(id, title, line.trimmed());
    }
    return PracticeCheck::fail(id, title, test->output.right(400));
}

QJsonObject BrokenConfigFault::record() const
{
    return {{QStringLiteral("original"), m_original}, {QStringLiteral("mode"), m_mode}};
}

void BrokenConfigFault::restore(const QJsonObject &record)
{
    m_original = record.value(QStringLiteral("original")).toString();
    m_mode = record.value(QStringLiteral("mode")).toInt(0644);
}

} // namespace gd

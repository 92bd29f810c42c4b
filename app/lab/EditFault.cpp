#include "app/lab/EditFault.h"

#include "app/config/NginxDuration.h"
#include "app/config/NginxSize.h"
#include "app/lab/LabBlueprint.h"
#include "app/lab/LabLayout.h"
#include "app/lab/LabRuntime.h"
#include "app/lab/LabTree.h"
#include "app/lab/TextLines.h"
#include "remote/ByteText.h"

#include <QJsonArray>

namespace gd {

EditFault::EditFault(QJsonObject spec) : Fault(std::move(spec))
{
    const QJsonArray edits = this->spec().value(QStringLiteral("edits")).toArray();
    for (const QJsonValue &e : edits)
        m_edits << qMakePair(e.toObject().value(QStringLiteral("old")).toString(),
                             e.toObject().value(QStringLiteral("new")).toString());
    if (this->spec().contains(QStringLiteral("old")))
        m_edits << qMakePair(string("old"), string("new"));
}

LabError EditFault::prepare(LabBlueprint &blueprint)
{
    auto it = blueprint.files.find(file());
    if (it == blueprint.files.end())
        return LabError(LabError::Kind::BadScenario, tr("%1: the lab has no file %2").arg(type(), file()));
    QString text = utf8Text(it->content);
    for (const auto &[oldLine, newText] : m_edits) {
        if (!TextLines::replaceLine(text, oldLine, newText))
            return LabError(
                LabError::Kind::BadScenario,
                tr("%1: %2 does not have the line \"%3\" exactly once").arg(type(), file(), oldLine));
    }
    it->content = text.toUtf8();
    return {};
}

LabError EditFault::verify(LabRuntime &, const LabTree &tree)
{
    const LabEntry *entry = tree.entry(file());
    const QString text = entry ? utf8Text(entry->content) : QString();
    for (const auto &edit : m_edits) {
        if (!text.contains(edit.second))
            return LabError(LabError::Kind::SymptomNotReal,
                            tr("%1 does not contain the injected change.").arg(file()));
    }
    return {};
}

LabError EditFault::undo(LabRuntime &lab)
{
    const Result<LabTree, LabError> tree = lab.host().read({file()});
    if (!tree)
        return tree.error();
    const LabEntry *entry = tree->entry(file());
    if (!entry || entry->type != LabEntry::Type::File)
        return {};
    QString text = utf8Text(entry->content);
    bool changed = false;
    for (const auto &[oldLine, newText] : m_edits) {
        if (const qsizetype at = text.indexOf(newText); at >= 0) {
            text.replace(at, newText.size(), oldLine);
            changed = true;
        }
    }
    if (!changed)
        return {};
    if (LabError e = lab.host().write(FileBundle().file(file(), text.toUtf8(), entry->mode)))
        return e;
    if (file().startsWith(QLatin1String("etc/nginx/")))
        return lab.isRunning(QStringLiteral("nginx")) ? lab.reloadNginx() : LabError();
    // An app's config: the app that reads it starts again with it.
    for (const LabService &s : lab.services()) {
        if (s.argv.contains(lab.host().path(file())) && lab.isRunning(s.name))
            return lab.reload(s.name);
    }
    return {};
}

std::optional<bool> EditFault::atLeast(const QString &value, const QString &min, const QString &unit)
{
    if (unit == QLatin1String("duration")) {
        const Result<NginxDuration, ConfigError> v = NginxDuration::fromConfig(value);
        const Result<NginxDuration, ConfigError> m = NginxDuration::fromConfig(min);
        if (!v || !m)
            return std::nullopt;
        return !(*v < *m);
    }
    if (unit == QLatin1String("size")) {
        const Result<NginxSize, ConfigError> v = NginxSize::parse(value);
        const Result<NginxSize, ConfigError> m = NginxSize::parse(min);
        if (!v || !m)
            return std::nullopt;
        return !(*v < *m);
    }
    // number, or seconds with an optional "s" (php-fpm's request_terminate_timeout).
    QString a = value;
    QString b = min;
    if (unit == QLatin1String("seconds")) {
        if (a.endsWith(QLatin1Char('s')))
            a.chop(1);
        if (b.endsWith(QLatin1Char('s')))
            b.chop(1);
    }
    bool okA = false;
    bool okB = false;
    const double x = a.toDouble(&okA);
    const double y = b.toDouble(&okB);
    if (!okA || !okB)
        return std::nullopt;
    // 0 means "no limit" for timeouts counted in seconds (gunicorn, php-fpm).
    if (unit == QLatin1String("seconds") && x == 0)
        return true;
    return x >= y;
}

PracticeCheck EditFault::checkThreshold(const QString &text)
{
    const QString directive = string("directive");
    const QString min = string("min");
    const QString unit = spec().value(QStringLiteral("unit")).toString(QStringLiteral("duration"));
    const QString id = QStringLiteral("fault:") + type();
    const QString title = tr("%1 in %2 is at least %3").arg(directive, file(), min);
    const QList<TextLines::Setting> settings = TextLines::settings(text, directive);
    if (settings.isEmpty()) {
        const QString fallback = string("default");
        const std::optional<bool> ok = atLeast(fallback, min, unit);
        if (ok && *ok)
            return PracticeCheck::pass(id, title, tr("not set: the default %1 applies").arg(fallback));
        return PracticeCheck::fail(id, title, tr("not set, and the default %1 is too small").arg(fallback));
    }
    for (const TextLines::Setting &s : settings) {
        const std::optional<bool> ok = atLeast(s.value, min, unit);
        if (!ok)
            return PracticeCheck::fail(
                id, title,
                tr("%1:%2: \"%3\" is not a value I can read").arg(file()).arg(s.line).arg(s.value));
        if (!*ok)
            return PracticeCheck::fail(
                id, title,
                tr("%1:%2: %3 %4 is still below %5").arg(file()).arg(s.line).arg(directive, s.value, min));
    }
    return PracticeCheck::pass(
        id, title,
        tr("%1:%2: %3 %4").arg(file()).arg(settings.last().line).arg(directive, settings.last().value));
}

PracticeCheck EditFault::check(LabRuntime &, const LabTree &tree)
{
    const LabEntry *entry = tree.entry(file());
    const QString id = QStringLiteral("fault:") + type();
    if (!entry || entry->type != LabEntry::Type::File)
        return PracticeCheck::fail(id, tr("%1 is in place").arg(file()), tr("%1 is missing").arg(file()));
    const QString text = utf8Text(entry->content);
    // A fault that can be fixed on either side (the app's config or nginx's) has no check of
    // its own: the URL check decides.
    if (!spec().value(QStringLiteral("check")).toBool(true))
        return {id, tr("the change in %1").arg(file()), PracticeCheck::Status::NotApplicable,
                tr("either side may be fixed; the URL check decides")};
    if (spec().contains(QStringLiteral("directive")))
        return checkThreshold(text);
    const QString title = tr("the injected change in %1 is gone").arg(file());
    for (const auto &edit : m_edits) {
        const QStringList oldLines = edit.first.split(QLatin1Char('\n'));
        for (const QString &line : edit.second.split(QLatin1Char('\n'))) {
            if (oldLines.contains(line) || line.trimmed().isEmpty())
                continue;
            if (const int at = TextLines::findActive(text, line))
                return PracticeCheck::fail(
                    id, title, tr("%1:%2 still says \"%3\"").arg(file()).arg(at).arg(line.trimmed()));
        }
    }
    return PracticeCheck::pass(id, title);
}

} // namespace gd

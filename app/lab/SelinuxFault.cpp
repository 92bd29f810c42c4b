#include "app/lab/SelinuxFault.h"

#include "app/lab/LabRuntime.h"
#include "remote/ByteText.h"

namespace gd {

namespace {
const QString kBoolean = QStringLiteral("httpd_can_network_connect");
}

std::optional<bool> SelinuxFault::isOn(LabRuntime &lab) const
{
    const CommandResult result = lab.host().run({QStringLiteral("getsebool"), kBoolean});
    if (!result.succeeded())
        return std::nullopt;
    return result.stdOut.trimmed().endsWith("on");
}

LabError SelinuxFault::apply(LabRuntime &lab)
{
    const std::optional<bool> on = isOn(lab);
    if (!on)
        return LabError(LabError::Kind::Unavailable, tr("getsebool does not know %1 here.").arg(kBoolean));
    m_wasOn = *on;
    const CommandResult result =
        lab.host().run({QStringLiteral("setsebool"), kBoolean, QStringLiteral("off")}, 60000, true);
    if (!result.succeeded())
        return LabError(LabError::Kind::Failed, tr("setsebool failed"), localText(result.stdErr));
    return {};
}

LabError SelinuxFault::verify(LabRuntime &lab, const LabTree &)
{
    const std::optional<bool> on = isOn(lab);
    if (!on || *on)
        return LabError(LabError::Kind::SymptomNotReal, tr("%1 is not off.").arg(kBoolean));
    return {};
}

LabError SelinuxFault::undo(LabRuntime &lab)
{
    if (!m_wasOn)
        return {};
    const CommandResult result =
        lab.host().run({QStringLiteral("setsebool"), kBoolean, QStringLiteral("on")}, 60000, true);
    return result.succeeded()
               ? LabError()
               : LabError(LabError::Kind::Failed, tr("setsebool failed"), localText(result.stdErr));
}

PracticeCheck SelinuxFault::check(LabRuntime &lab, const LabTree &)
{
    const QString id = QStringLiteral("fault:") + type();
    const QString title = tr("SELinux lets nginx connect to the network (%1)").arg(kBoolean);
    const std::optional<bool> on = isOn(lab);
    if (on && *on)
        return PracticeCheck::pass(id, title);
    return PracticeCheck::fail(id, title,
                               on ? tr("%1 is off").arg(kBoolean) : tr("getsebool did not answer"));
}

} // namespace gd

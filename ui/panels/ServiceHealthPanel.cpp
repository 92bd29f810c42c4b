#include "ui/panels/ServiceHealthPanel.h"

#include "app/engine/Diagnosis.h"
#include "app/probes/ProbeOutput.h"
#include "app/probes/SystemdUnitState.h"
#include "ui/actions/MonitorAction.h"
#include "ui/actions/ReloadAction.h"
#include "ui/actions/RestartAction.h"
#include "ui/actions/RollbackAction.h"
#include "ui/panels/ActionsArea.h"
#include "ui/panels/PhpFpmAdvice.h"
#include "ui/session/WizardSession.h"
#include "ui/widgets/CompactTable.h"
#include "ui/widgets/StatusIcon.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gd {

ServiceHealthPanel::ServiceHealthPanel(WizardSession *session, QWidget *parent)
    : StepPanel(parent), m_table(new CompactTable({tr("Service"), tr("State"), tr("Details")}, this)),
      m_phpFpm(new PhpFpmAdvice(this)), m_actions(new ActionsArea(this)),
      m_restart(new RestartAction(session, m_actions)), m_reload(new ReloadAction(session, m_actions)),
      m_monitor(new MonitorAction(session, m_actions)), m_rollback(new RollbackAction(session, m_actions))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Services").toHtmlEscaped()), this));
    m_table->setObjectName(QStringLiteral("serviceHealth"));
    m_table->setAccessibleName(tr("Service health"));
    layout->addWidget(m_table);
    layout->addWidget(m_phpFpm);
    layout->addWidget(m_actions);
    m_actions->layout()->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Actions").toHtmlEscaped()), m_actions));
    m_sections = {m_restart, m_reload, m_monitor, m_rollback};
    for (ActionSection *s : std::as_const(m_sections))
        m_actions->layout()->addWidget(s);
}

void ServiceHealthPanel::showRunning()
{
    m_table->setRowCount(0);
    m_phpFpm->hide();
    for (ActionSection *s : std::as_const(m_sections))
        s->showRunning();
}

void ServiceHealthPanel::showDiagnosis(const WizardSession &session)
{
    m_table->setRowCount(0);
    const Diagnosis *diagnosis = session.diagnosis();
    m_phpFpm->showFor(diagnosis);
    for (ActionSection *s : std::as_const(m_sections))
        s->showDiagnosis();
    const auto add = [this](const QString &name, CheckStatus status, const QString &state,
                            const QString &details) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *n = new QTableWidgetItem(StatusIcon::icon(status, palette()), name);
        m_table->setItem(row, 0, n);
        m_table->setItem(row, 1, new QTableWidgetItem(state));
        m_table->setItem(row, 2, new QTableWidgetItem(details));
    };
    const TargetInfo &t = session.report().target;
    std::optional<NginxInstance> nginx = diagnosis ? diagnosis->runningNginx() : std::nullopt;
    add(QStringLiteral("nginx"), t.nginxRunning ? CheckStatus::Pass : CheckStatus::Fail,
        t.nginxRunning ? tr("running") : tr("not running"),
        nginx ? tr("master pid %1, %n worker(s)", nullptr, int(nginx->workers.size())).arg(nginx->master.pid)
              : QString());
    if (diagnosis) {
        for (auto it = diagnosis->unitStates().begin(); it != diagnosis->unitStates().end(); ++it) {
            const ProbeResult<SystemdUnit> unit = SystemdUnitState::parseShow(ProbeOutput::from(it.value()));
            if (!unit) {
                add(it.key(), CheckStatus::Skipped, tr("unknown"), unit.error().message());
                continue;
            }
            const bool up = unit->activeState == QLatin1String("active");
            const bool failed = unit->activeState == QLatin1String("failed") ||
                                unit->subState == QLatin1String("auto-restart");
            add(it.key(),
                up       ? CheckStatus::Pass
                : failed ? CheckStatus::Fail
                         : CheckStatus::Warn,
                QStringLiteral("%1 (%2)").arg(unit->activeState, unit->subState),
                unit->execMainStartTimestamp.isEmpty()
                    ? unit->lastExit()
                    : tr("since %1; %2").arg(unit->execMainStartTimestamp, unit->lastExit()));
        }
    }
    m_table->fitHeight(320);
}

} // namespace gd

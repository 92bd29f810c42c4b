#include "ui/actions/StageList.h"

#include "ui/widgets/StatusBadge.h"
#include "ui/widgets/StatusIcon.h"

#include <QGridLayout>
#include <QLabel>

namespace gd {

QList<EditStage> StageList::allStages()
{
    return {EditStage::Read,  EditStage::Plan,   EditStage::Confirm, EditStage::Backup,
            EditStage::Arm,   EditStage::Write,  EditStage::Test,    EditStage::Reload,
            EditStage::Probe, EditStage::Disarm, EditStage::Restore};
}

StageList::StageList(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stageList"));
    setAccessibleName(tr("Stages of the change"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(2, 1);
    int row = 0;
    for (EditStage stage : allStages()) {
        Row r;
        r.badge = new StatusBadge(16, false, this);
        r.badge->setObjectName(QStringLiteral("stage_%1").arg(int(stage)));
        r.name = new QLabel(editStageName(stage), this);
        r.detail = new QLabel(this);
        r.detail->setWordWrap(true);
        r.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPalette p = r.detail->palette();
        QColor dim = p.color(QPalette::WindowText);
        dim.setAlphaF(0.7);
        p.setColor(QPalette::WindowText, dim);
        r.detail->setPalette(p);
        grid->addWidget(r.badge, row, 0, Qt::AlignTop);
        grid->addWidget(r.name, row, 1, Qt::AlignTop);
        grid->addWidget(r.detail, row, 2, Qt::AlignTop);
        m_rows.insert(stage, r);
        ++row;
    }
    reset();
}

void StageList::reset()
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        it->badge->setIdle();
        it->details.clear();
        it->detail->clear();
        const bool restore = it.key() == EditStage::Restore;
        it->badge->setVisible(!restore);
        it->name->setVisible(!restore);
        it->detail->setVisible(!restore);
        it->name->setEnabled(false);
    }
}

void StageList::started(EditStage stage)
{
    auto it = m_rows.find(stage);
    if (it == m_rows.end())
        return;
    it->badge->setVisible(true);
    it->name->setVisible(true);
    it->detail->setVisible(true);
    it->name->setEnabled(true);
    it->badge->setRunning();
}

void StageList::finished(EditStage stage, bool ok, const QString &detail)
{
    auto it = m_rows.find(stage);
    if (it == m_rows.end())
        return;
    it->name->setEnabled(true);
    // A stage that ran twice (Probe before and after, Reload after a restore) keeps
    // both details and the worse verdict.
    const bool failedBefore = it->badge->verdict() == QLatin1String("fail");
    it->badge->setStatus(ok && !failedBefore ? CheckStatus::Pass : CheckStatus::Fail);
    if (!detail.isEmpty())
        it->details << detail.trimmed();
    it->detail->setText(it->details.join(QStringLiteral(" · ")));
    it->badge->setAccessibleName(QStringLiteral("%1: %2").arg(
        editStageName(stage), StatusIcon::text(ok ? CheckStatus::Pass : CheckStatus::Fail)));
}

void StageList::settle()
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const QString v = it->badge->verdict();
        if (v == QLatin1String("idle")) {
            if (it.key() == EditStage::Restore)
                continue;
            it->badge->setStatus(CheckStatus::Skipped);
            it->name->setEnabled(false);
            if (it->details.isEmpty())
                it->detail->setText(m_skipNotes.value(it.key(), tr("not run")));
        } else if (v == QLatin1String("running")) {
            // Ended without a verdict (the connection went away mid-stage).
            it->badge->setStatus(CheckStatus::Error);
        }
    }
}

QString StageList::stateOf(EditStage stage) const
{
    const auto it = m_rows.constFind(stage);
    return it == m_rows.constEnd() ? QString() : it->badge->verdict();
}

} // namespace gd

#include "ui/actions/RestartAction.h"

#include "app/engine/Diagnosis.h"
#include "app/fixes/FixContext.h"
#include "app/fixes/UpstreamRestarter.h"
#include "ui/actions/CommandLog.h"
#include "ui/actions/ResultLabel.h"
#include "ui/session/FixJournal.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/CodeView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

RestartAction::RestartAction(WizardSession *session, QWidget *parent)
    : ActionSection(session, tr("Restart the upstream"), WizardTexts::text("restart.intro"), parent),
      m_unit(new QComboBox(this)), m_button(new QPushButton(tr("Restart &upstream"), this)),
      m_result(new ResultLabel(this)), m_manual(new CodeView(this)), m_commands(new CommandLog(this))
{
    setObjectName(QStringLiteral("restartAction"));
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("S&ystemd unit:"), this);
    label->setBuddy(m_unit);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->setEditable(true);
    m_unit->setAccessibleName(tr("The systemd unit to restart"));
    m_unit->setMinimumContentsLength(24);
    m_unit->lineEdit()->setPlaceholderText(tr("e.g. gunicorn.service"));
    m_button->setObjectName(QStringLiteral("restartButton"));
    row->addWidget(label);
    row->addWidget(m_unit);
    row->addWidget(m_button);
    row->addStretch();
    body()->addLayout(row);
    m_result->setObjectName(QStringLiteral("restartResult"));
    body()->addWidget(m_result);
    m_manual->setObjectName(QStringLiteral("manualCommand"));
    m_manual->setAccessibleName(tr("The command to run by hand"));
    m_manual->setLineNumbersVisible(false);
    m_manual->hide();
    body()->addWidget(m_manual);
    body()->addWidget(m_commands);
    connect(m_button, &QPushButton::clicked, this, &RestartAction::start);
    connect(m_unit->lineEdit(), &QLineEdit::returnPressed, this, &RestartAction::start);
    m_button->setEnabled(false);
}

QStringList RestartAction::upstreamUnits(const WizardSession &session)
{
    const Diagnosis *diagnosis = session.diagnosis();
    if (!diagnosis)
        return {};
    const Result<FixContext, FixError> context = *session.fixContext();
    return context ? context->upstreamUnits() : QStringList();
}

void RestartAction::showRunning()
{
    m_button->setEnabled(false);
}

void RestartAction::showDiagnosis()
{
    const QString typed = m_unit->currentText();
    m_unit->clear();
    const QStringList units = upstreamUnits(*session());
    m_unit->addItems(units);
    if (units.isEmpty()) {
        m_unit->setEditText(typed);
        m_unit->setToolTip(WizardTexts::text("restart.noUnit"));
    } else {
        m_unit->setToolTip(tr("The unit the diagnosis found behind the upstream"));
    }
    m_button->setEnabled(session()->fixContext() && !m_restarter);
}

void RestartAction::start()
{
    const QString unit = m_unit->currentText().trimmed();
    const Diagnosis *diagnosis = session()->diagnosis();
    if (m_restarter || !diagnosis || !session()->machine())
        return;
    if (unit.isEmpty()) {
        m_result->showResult(CheckStatus::Warn, WizardTexts::text("restart.noUnit").toHtmlEscaped());
        return;
    }
    const Result<FixContext, FixError> context = *session()->fixContext();
    if (!context) {
        m_result->showResult(CheckStatus::Error, context.error().message().toHtmlEscaped());
        return;
    }
    m_restarter = new UpstreamRestarter(session()->machine(), context->runtime(), this);
    m_button->setEnabled(false);
    m_manual->hide();
    m_result->showResult(CheckStatus::Skipped, tr("Restarting %1…").arg(unit.toHtmlEscaped()));
    m_commands->start(session()->machine());
    m_restarter->restart(unit, [this, unit](const RestartOutcome &outcome) {
        m_commands->stop();
        QStringList lines;
        for (const QString &step : outcome.steps)
            lines << QStringLiteral("✓ ") + step.toHtmlEscaped();
        if (outcome.error)
            lines << QStringLiteral("<b>%1</b>").arg(outcome.error.message().toHtmlEscaped());
        const CheckStatus status = !outcome.error                                        ? CheckStatus::Pass
                                   : outcome.error.kind() == FixError::Kind::Unsupported ? CheckStatus::Warn
                                                                                         : CheckStatus::Fail;
        m_result->showResult(status, lines.join(QLatin1String("<br>")));
        if (!outcome.manualCommand.isEmpty()) {
            m_manual->setCode(outcome.manualCommand);
            m_manual->fitToContent(4);
            m_manual->setToolTip(WizardTexts::text("restart.manual"));
            m_manual->show();
        }
        session()->journal()->recordAction(tr("Restart upstream"), unit, !outcome.error,
                                           outcome.error ? tr("failed") : tr("restarted, nginx reloaded"),
                                           outcome.error.message());
        m_restarter->deleteLater();
        m_restarter = nullptr;
        m_button->setEnabled(true);
    });
}

} // namespace gd

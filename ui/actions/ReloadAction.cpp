#include "ui/actions/ReloadAction.h"

#include "app/engine/Diagnosis.h"
#include "app/fixes/FixContext.h"
#include "app/fixes/NginxReloader.h"
#include "remote/ByteText.h"
#include "ui/actions/CommandLog.h"
#include "ui/actions/ResultLabel.h"
#include "ui/session/FixJournal.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

ReloadAction::ReloadAction(WizardSession *session, QWidget *parent)
    : ActionSection(session, tr("Reload nginx"), WizardTexts::text("reload.intro"), parent),
      m_button(new QPushButton(tr("Re&load nginx"), this)), m_result(new ResultLabel(this)),
      m_commands(new CommandLog(this))
{
    setObjectName(QStringLiteral("reloadAction"));
    auto *row = new QHBoxLayout;
    m_button->setObjectName(QStringLiteral("reloadButton"));
    row->addWidget(m_button);
    row->addStretch();
    body()->addLayout(row);
    m_result->setObjectName(QStringLiteral("reloadResult"));
    body()->addWidget(m_result);
    body()->addWidget(m_commands);
    connect(m_button, &QPushButton::clicked, this, &ReloadAction::start);
    m_button->setEnabled(false);
}

void ReloadAction::showRunning()
{
    m_button->setEnabled(false);
}

void ReloadAction::showDiagnosis()
{
    m_button->setEnabled(session()->fixContext() && !m_reloader);
}

void ReloadAction::finish(bool ok, CheckStatus status, const QStringList &lines)
{
    m_commands->stop();
    m_result->showResult(status, lines.join(QLatin1String("<br>")));
    session()->journal()->recordAction(tr("Reload nginx"), QString(), ok, ok ? tr("reloaded") : tr("refused"),
                                       ok ? QString() : lines.last());
    if (m_reloader)
        m_reloader->deleteLater();
    m_reloader = nullptr;
    m_button->setEnabled(true);
    emit done(ok);
}

void ReloadAction::start()
{
    const Diagnosis *diagnosis = session()->diagnosis();
    if (m_reloader || !diagnosis || !session()->machine())
        return;
    const Result<FixContext, FixError> context = *session()->fixContext();
    if (!context) {
        m_result->showResult(CheckStatus::Error, context.error().message().toHtmlEscaped());
        return;
    }
    const NginxRuntime runtime = context->runtime();
    if (!runtime.isRunning()) {
        m_result->showResult(
            CheckStatus::Warn,
            tr("nginx is not running here: there is nothing to reload. Start it instead.").toHtmlEscaped());
        return;
    }
    m_reloader = new NginxReloader(session()->machine(), runtime, this);
    m_button->setEnabled(false);
    m_result->showResult(CheckStatus::Skipped, tr("Testing the configuration…"));
    m_commands->start(session()->machine());
    NginxReloader *reloader = m_reloader;
    reloader->test([this, reloader, runtime](const NginxReloader::TestOutcome &test) {
        if (test.error) {
            QString out = utf8Text(test.command.stdErr).trimmed().toHtmlEscaped();
            finish(
                false, CheckStatus::Fail,
                {QStringLiteral("✗ nginx -t: <b>%1</b>").arg(test.error.message().toHtmlEscaped()),
                 QStringLiteral("<tt>%1</tt>").arg(out.replace(QLatin1Char('\n'), QStringLiteral("<br>")))});
            return;
        }
        reload(reloader, runtime);
    });
}

// nginx -t passed: note the workers, reload, and see whether new ones took over.
void ReloadAction::reload(NginxReloader *reloader, const NginxRuntime &runtime)
{
    const QString tested = QStringLiteral("✓ nginx -t: ") + tr("the configuration is valid").toHtmlEscaped();
    m_result->showResult(CheckStatus::Skipped, tested + QStringLiteral("<br>") + tr("Reloading…"));
    reloader->snapshotWorkers(
        [this, reloader, runtime, tested](const Result<QList<qint64>, FixError> &workers) {
            if (!workers) {
                finish(false, CheckStatus::Fail,
                       {tested, QStringLiteral("✗ ") + workers.error().message().toHtmlEscaped()});
                return;
            }
            reloader->reload(*workers, [this, runtime, tested](const NginxReloader::ReloadOutcome &r) {
                showReloaded(runtime, tested, r);
            });
        });
}

void ReloadAction::showReloaded(const NginxRuntime &runtime, const QString &tested,
                                const NginxReloader::ReloadOutcome &r)
{
    if (r.error) {
        finish(false, CheckStatus::Fail,
               {tested,
                QStringLiteral("✗ %1: <b>%2</b>")
                    .arg(runtime.reloadDescription().toHtmlEscaped(), r.error.message().toHtmlEscaped())});
        return;
    }
    QStringList pids;
    for (qint64 pid : r.newWorkers)
        pids << QString::number(pid);
    finish(true, CheckStatus::Pass,
           {tested,
            QStringLiteral("✓ %1: %2")
                .arg(runtime.reloadDescription().toHtmlEscaped(),
                     tr("new workers took over (%1)").arg(pids.join(QLatin1String(", "))).toHtmlEscaped())});
}

} // namespace gd

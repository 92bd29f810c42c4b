#include "ui/actions/MonitorAction.h"

#include "app/engine/Diagnosis.h"
#include "app/fixes/FixContext.h"
#include "app/fixes/PoolStatusMonitor.h"
#include "app/fixes/UrlMonitor.h"
#include "ui/actions/MonitorChart.h"
#include "ui/actions/PoolLoadChart.h"
#include "ui/actions/RestartAction.h"
#include "ui/actions/ResultLabel.h"
#include "ui/session/FixJournal.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/Spinner.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

namespace {
// The app's systemd journal is followed where the monitor can do it (newer app/).
template <typename Monitor> void followJournals(Monitor &monitor, const QStringList &units)
{
    if constexpr (requires { monitor.setJournalUnits(units); })
        monitor.setJournalUnits(units);
}

// Logs or journals that could not be followed, and why (newer app/).
template <typename Report> QString describeFollowProblems(const Report &report)
{
    QString html;
    if constexpr (requires { report.followProblems; }) {
        for (const QString &problem : report.followProblems)
            html += QStringLiteral("<br>") + problem.toHtmlEscaped();
    }
    return html;
}
} // namespace

MonitorAction::MonitorAction(WizardSession *session, QWidget *parent)
    : ActionSection(session, tr("Watch the URL"), WizardTexts::text("monitor.intro"), parent),
      m_duration(new QComboBox(this)), m_button(new QPushButton(tr("&Monitor"), this)),
      m_spinner(new Spinner(this)), m_counts(new QLabel(this)), m_chart(new MonitorChart(this)),
      m_poolChart(new PoolLoadChart(this)), m_log(new QListWidget(this)), m_verdict(new ResultLabel(this))
{
    setObjectName(QStringLiteral("monitorAction"));
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&For:"), this);
    label->setBuddy(m_duration);
    m_duration->setObjectName(QStringLiteral("monitorDuration"));
    m_duration->setAccessibleName(tr("How long to watch"));
    for (const auto &[text, seconds] :
         {std::pair{tr("15 seconds"), 15}, std::pair{tr("30 seconds"), 30}, std::pair{tr("1 minute"), 60},
          std::pair{tr("2 minutes"), 120}, std::pair{tr("5 minutes"), 300}})
        m_duration->addItem(text, seconds);
    m_duration->setCurrentIndex(2);
    m_button->setObjectName(QStringLiteral("monitorButton"));
    row->addWidget(label);
    row->addWidget(m_duration);
    row->addWidget(m_button);
    row->addWidget(m_spinner);
    m_counts->setObjectName(QStringLiteral("monitorCounts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_counts, 1);
    body()->addLayout(row);
    body()->addWidget(m_chart);
    body()->addWidget(m_poolChart);
    m_log->setObjectName(QStringLiteral("monitorLog"));
    m_log->setAccessibleName(tr("Log lines seen while watching"));
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setFixedHeight(2 * m_log->fontMetrics().lineSpacing() + 8);
    m_log->setUniformItemSizes(true);
    m_log->hide();
    body()->addWidget(m_log);
    m_verdict->setObjectName(QStringLiteral("monitorVerdict"));
    body()->addWidget(m_verdict);
    m_spinner->hide();
    m_chart->hide();
    m_poolChart->hide();
    connect(m_button, &QPushButton::clicked, this, [this] { isRunning() ? cancel() : start(); });
    m_button->setEnabled(false);
}

void MonitorAction::showRunning()
{
    if (!isRunning())
        m_button->setEnabled(false);
}

void MonitorAction::showDiagnosis()
{
    const bool hasUrl = !session()->options().url.isEmpty();
    m_button->setEnabled(isRunning() || (session()->fixContext() && hasUrl));
    m_button->setToolTip(hasUrl ? tr("Watch %1").arg(session()->options().url)
                                : WizardTexts::text("monitor.noUrl"));
}

void MonitorAction::cancel()
{
    if (m_monitor)
        m_monitor->cancel();
}

void MonitorAction::updateCounts()
{
    QStringList parts;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it)
        parts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    m_counts->setText(
        tr("%n answer(s): %1", nullptr, m_chart->sampleCount()).arg(parts.join(QLatin1String(", "))));
}

void MonitorAction::start()
{
    const Diagnosis *diagnosis = session()->diagnosis();
    const QString url = session()->options().url;
    if (isRunning() || !diagnosis || !session()->machine() || url.isEmpty())
        return;
    m_monitor = new UrlMonitor(session()->machine(), url, this);
    const qint64 ms =
        m_durationOverrideMs > 0 ? m_durationOverrideMs : m_duration->currentData().toLongLong() * 1000;
    m_monitor->setDurationMs(ms);
    if (m_intervalMs > 0)
        m_monitor->setIntervalMs(m_intervalMs);
    // nginx's error log and the app's own log where the diagnosis found one (as the CLI does).
    QStringList logs;
    if (const Result<FixContext, FixError> context = *session()->fixContext();
        context && !context->runtime().errorLog.isEmpty())
        logs << context->runtime().errorLog;
    for (const LogTail &log : diagnosis->phpFpmLogs())
        logs << log.path;
    // The app servers' own log files, beside nginx's (their journals come with the units).
    m_logNames = diagnosis->appLogFiles();
    logs << m_logNames.keys();
    logs.removeDuplicates();
    m_monitor->setLogFiles(logs);
    followJournals(*m_monitor, RestartAction::upstreamUnits(*session()));

    m_seen.clear();
    m_chart->clear();
    m_chart->show();
    m_log->clear();
    m_log->hide();
    m_verdict->clearResult();
    m_counts->clear();
    m_duration->setEnabled(false);
    m_button->setText(tr("&Stop watching"));
    m_spinner->show();
    connect(m_monitor, &UrlMonitor::sampled, this, [this](const QString &status, bool good) {
        m_chart->addSample(status, good);
        ++m_seen[status];
        updateCounts();
    });
    connect(m_monitor, &UrlMonitor::logLine, this, [this](const QString &file, const QString &line) {
        // Whose line it is, when it is an app server's: "gunicorn │ [CRITICAL] WORKER TIMEOUT".
        const QString name = m_logNames.value(file);
        auto *item = new QListWidgetItem(name.isEmpty() ? line : name + QStringLiteral(" │ ") + line, m_log);
        item->setToolTip(file);
        // Grows with its lines up to eight, then scrolls.
        m_log->setFixedHeight(qMin(8, qMax(2, m_log->count())) * m_log->sizeHintForRow(0) +
                              2 * m_log->frameWidth() + 4);
        m_log->show();
        m_log->scrollToBottom();
    });
    connect(m_monitor, &UrlMonitor::finished, this, &MonitorAction::onFinished);
    // The pools' own load, from their status pages, through the same machine.
    if (m_pools)
        m_pools->deleteLater();
    const QList<PhpFpmStatusTarget> pools = diagnosis->phpFpmStatusTargets();
    m_poolChart->setPools(pools);
    m_poolChart->setVisible(!pools.isEmpty());
    if (!pools.isEmpty()) {
        m_pools = new PoolStatusMonitor(session()->machine(), pools, diagnosis->workerUser(), this);
        if (m_intervalMs > 0)
            m_pools->setIntervalMs(m_intervalMs);
        connect(m_pools, &PoolStatusMonitor::sampled, m_poolChart, &PoolLoadChart::addSample);
    }
    m_monitor->start();
    if (m_pools)
        m_pools->start();
}

void MonitorAction::onFinished(const MonitorReport &report)
{
    if (m_pools)
        m_pools->stop();
    m_spinner->hide();
    m_duration->setEnabled(true);
    m_button->setText(tr("&Monitor"));
    updateCounts();
    QString text;
    CheckStatus status = CheckStatus::Pass;
    if (report.holds()) {
        text = WizardTexts::text("monitor.holds").arg(report.finalGoodRun);
    } else if (report.failures == 0) {
        text = WizardTexts::text("monitor.tooFew").arg(report.probes).arg(report.goodRunNeeded);
        status = CheckStatus::Warn;
    } else {
        text = WizardTexts::text("monitor.notHolding").arg(report.failures).arg(report.probes);
        status = CheckStatus::Fail;
    }
    if (report.cancelled)
        text = tr("Stopped early.") + QLatin1Char(' ') + text;
    QString html = QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
    html += describeFollowProblems(report);
    m_verdict->showResult(status, html);
    QStringList counts;
    for (auto it = report.counts.cbegin(); it != report.counts.cend(); ++it)
        counts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    session()->journal()->recordAction(tr("Monitor"), report.url, report.holds(),
                                       report.holds()         ? tr("holds")
                                       : report.failures == 0 ? tr("too few answers to tell")
                                                              : tr("does not hold"),
                                       counts.join(QLatin1String(", ")));
    m_last = report;
    m_monitor->deleteLater();
    m_monitor = nullptr;
    m_button->setEnabled(session()->fixContext() != nullptr);
    emit finished(report.holds());
}

} // namespace gd

#include "ui/pages/DiscoveryPage.h"

#include "app/engine/Diagnosis.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/StatusBadge.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gd {

namespace {
constexpr int kFileRole = Qt::UserRole;
constexpr int kLineRole = Qt::UserRole + 1;

QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &what, const QString &file = QString(),
                        int line = 0, const QString &detail = QString())
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, what);
    item->setText(1, detail);
    if (!file.isEmpty()) {
        item->setText(2, line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file);
        item->setData(0, kFileRole, file);
        item->setData(0, kLineRole, line);
        item->setToolTip(2, DiscoveryPage::tr("Enter or double-click to open"));
    }
    return item;
}
} // namespace

DiscoveryPage::DiscoveryPage(WizardSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_badge(new StatusBadge(20, false, this)),
      m_status(new QLabel(this)), m_cancel(new QPushButton(tr("&Cancel"), this)),
      m_retry(new QPushButton(tr("&Try again"), this)), m_progress(new QListWidget(this)),
      m_found(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("discoveryPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        QStringLiteral("<h2>%1</h2>").arg(WizardTexts::text("discovery.title").toHtmlEscaped()), this));
    auto *intro = new QLabel(WizardTexts::text("discovery.intro"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    row->addWidget(m_badge);
    m_status->setObjectName(QStringLiteral("discoveryStatus"));
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    m_cancel->setObjectName(QStringLiteral("cancelDiagnosis"));
    row->addWidget(m_cancel);
    row->addWidget(m_retry);
    m_retry->hide();
    layout->addLayout(row);

    m_progress->setObjectName(QStringLiteral("progressList"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMaximumHeight(110);
    layout->addWidget(m_progress);

    m_found->setObjectName(QStringLiteral("foundTree"));
    m_found->setAccessibleName(tr("What was found"));
    m_found->setColumnCount(3);
    m_found->setHeaderLabels({tr("Found"), tr("Details"), tr("Where")});
    m_found->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_found->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_found->header()->setStretchLastSection(true);
    m_found->setAlternatingRowColors(true);
    m_found->setUniformRowHeights(true);
    layout->addWidget(m_found, 1);

    connect(m_cancel, &QPushButton::clicked, session, &WizardSession::cancelDiagnosis);
    connect(m_retry, &QPushButton::clicked, session, &WizardSession::startDiagnosis);
    connect(session, &WizardSession::diagnosisStarted, this, &DiscoveryPage::onStarted);
    connect(session, &WizardSession::diagnosisFinished, this, &DiscoveryPage::onFinished);
    connect(session, &WizardSession::diagnosisFailed, this, &DiscoveryPage::onFailed);
    connect(session, &WizardSession::progress, this, [this](const QString &what) {
        m_status->setText(what);
        m_progress->addItem(what);
        m_progress->scrollToBottom();
    });
    connect(m_found, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString file = item->data(0, kFileRole).toString();
        if (file.isEmpty())
            return;
        Evidence e;
        e.source = QStringLiteral("config");
        e.file = file;
        e.line = item->data(0, kLineRole).toInt();
        e.excerpt = item->text(0);
        emit locationActivated(e);
    });
    m_status->setText(WizardTexts::text("step.waiting"));
    m_cancel->hide();
}

void DiscoveryPage::onStarted()
{
    m_badge->setRunning();
    m_status->setText(tr("Looking at %1…").arg(m_session->targetName()));
    m_progress->clear();
    m_found->clear();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_retry->hide();
}

void DiscoveryPage::onFailed(const RemoteError &error)
{
    m_badge->setStatus(CheckStatus::Error);
    m_status->setText(error.message());
    m_cancel->hide();
    m_retry->show();
}

void DiscoveryPage::onFinished()
{
    m_cancel->hide();
    const DiagnosisReport &report = m_session->report();
    m_badge->setStatus(report.problemFound() ? CheckStatus::Warn : CheckStatus::Pass);
    const QString seconds = QLocale().toString(report.target.durationMs / 1000.0, 'f', 1);
    const int n = int(report.findings.size());
    m_status->setText(
        n == 0 ? tr("Done in %1 s: no problem found.").arg(seconds)
        : n == 1
            ? tr("Done in %1 s: one finding. The steps show what was checked and why.").arg(seconds)
            : tr("Done in %1 s: %2 findings. The steps show what was checked and why.").arg(seconds).arg(n));
    // The tree in a turn of its own (see StepPage::onFinished).
    QTimer::singleShot(0, this, [this] {
        if (m_session->hasReport())
            fill();
    });
}

void DiscoveryPage::fill()
{
    m_found->clear();
    const Diagnosis *diagnosis = m_session->diagnosis();
    const TargetInfo &t = m_session->report().target;
    auto *nginx = new QTreeWidgetItem(m_found, {tr("nginx")});
    addRow(nginx, tr("Version"), QString(), 0, t.nginxVersion.isEmpty() ? tr("unknown") : t.nginxVersion);
    addRow(nginx, tr("Binary"), QString(), 0, t.nginxBinary);
    addRow(nginx, tr("Configuration file"), t.configFile, 0,
           t.nginxRunning ? tr("in use by the running nginx") : QString());
    addRow(nginx, tr("Running"), QString(), 0,
           t.nginxRunning
               ? tr("yes, workers run as %1").arg(t.workerUser.isEmpty() ? tr("(unknown)") : t.workerUser)
               : tr("no"));
    nginx->setExpanded(true);
    if (!diagnosis)
        return;

    if (diagnosis->config()) {
        const NginxConfig &config = *diagnosis->config();
        const QList<const NginxDirective *> servers = config.servers();
        auto *sites = new QTreeWidgetItem(m_found, {tr("Sites (%1)").arg(servers.size())});
        for (const NginxDirective *server : servers) {
            QStringList names, listens;
            for (const NginxDirective *n : config.children(server, QStringLiteral("server_name")))
                names += n->args;
            for (const NginxDirective *l : config.children(server, QStringLiteral("listen")))
                listens << l->args.join(QLatin1Char(' '));
            addRow(sites, names.isEmpty() ? tr("(no server_name)") : names.join(QLatin1Char(' ')),
                   server->file, server->line,
                   tr("listen %1")
                       .arg(listens.isEmpty() ? tr("80 (default)") : listens.join(QStringLiteral(", "))));
        }
        sites->setExpanded(servers.size() <= 20);

        const QList<UpstreamTarget> &targets = diagnosis->targets().targets();
        auto *ups = new QTreeWidgetItem(m_found, {tr("Upstreams (%1)").arg(targets.size())});
        for (const UpstreamTarget &target : targets) {
            QString where = target.location.toString();
            auto *item = addRow(ups, target.endpoint(), target.file, target.line,
                                QStringLiteral("%1 %2%3").arg(
                                    target.directive, target.value,
                                    where.isEmpty() ? QString() : tr(" in location %1").arg(where)));
            if (const UpstreamBlock *block = diagnosis->targets().blockFor(target)) {
                for (const UpstreamServer &s : block->servers)
                    addRow(item, s.address, s.file, s.line, tr("server of upstream %1").arg(block->name));
            }
        }
        ups->setExpanded(targets.size() <= 20);
    } else if (diagnosis->configError()) {
        addRow(nginx, tr("Configuration"), QString(), 0, diagnosis->configError().message());
    }

    auto *logs = new QTreeWidgetItem(m_found, {tr("Logs")});
    const auto logRow = [&](const LogTail &log, const QString &kind) {
        QString detail;
        if (log.error)
            detail = log.error.message();
        else if (log.tail)
            detail = tr("%1, %2 read").arg(kind, QLocale().formattedDataSize(log.tail->data.size()));
        addRow(logs, log.path, log.path, 0, detail);
    };
    for (const LogTail &log : diagnosis->errorLogs())
        logRow(log, tr("error log"));
    for (const QString &elsewhere : diagnosis->errorLogsElsewhere())
        addRow(logs, elsewhere, QString(), 0, tr("error log outside a file"));
    if (diagnosis->accessLog())
        logRow(*diagnosis->accessLog(), tr("access log"));
    for (const LogTail &log : diagnosis->phpFpmLogs())
        logRow(log, tr("PHP-FPM log"));
    logs->setExpanded(true);
    m_found->resizeColumnToContents(1);
}

} // namespace gd

#include "ui/actions/RollbackAction.h"

#include "app/config/NginxConfig.h"
#include "app/engine/Diagnosis.h"
#include "app/fixes/FixContext.h"
#include "ui/actions/ApplyFlow.h"
#include "ui/session/FixJournal.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

RollbackAction::RollbackAction(WizardSession *session, QWidget *parent)
    : ActionSection(session, tr("Roll back"), WizardTexts::text("rollback.intro"), parent),
      m_refresh(new QPushButton(tr("Find bac&kups"), this)),
      m_restore(new QPushButton(tr("Res&tore the selected backup…"), this)), m_status(new QLabel(this)),
      m_list(new QListWidget(this)), m_flow(new ApplyFlow(session, this))
{
    setObjectName(QStringLiteral("rollbackAction"));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups, newest first"));

    m_list->hide();
    body()->addWidget(m_list);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    body()->addWidget(m_status);
    auto *row = new QHBoxLayout;
    m_refresh->setObjectName(QStringLiteral("findBackupsButton"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    row->addWidget(m_refresh);
    row->addWidget(m_restore);
    row->addStretch();
    body()->addLayout(row);
    body()->addWidget(m_flow);
    connect(m_refresh, &QPushButton::clicked, this, &RollbackAction::refresh);
    connect(m_restore, &QPushButton::clicked, this, &RollbackAction::restoreSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &RollbackAction::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &RollbackAction::restoreSelected);
    connect(m_flow, &ApplyFlow::runningChanged, this, &RollbackAction::updateButtons);
    // A change (here or on step 5) leaves a new backup: list it.
    connect(session->journal(), &FixJournal::changed, this, [this] {
        if (this->session()->fixContext() && !m_flow->isRunning())
            refresh();
    });
    updateButtons();
}

void RollbackAction::showRunning()
{
    m_refresh->setEnabled(false);
    m_restore->setEnabled(false);
}

void RollbackAction::showDiagnosis()
{
    refresh();
}

void RollbackAction::updateButtons()
{
    const bool idle =
        !m_flow->isRunning() && !m_listing && session()->fixContext() && !session()->isDiagnosing();
    m_refresh->setEnabled(idle);
    m_restore->setEnabled(idle && m_list->currentRow() >= 0 && m_list->currentRow() < m_backups.size());
}

void RollbackAction::refresh()
{
    const Diagnosis *diagnosis = session()->diagnosis();
    if (m_listing || !diagnosis || !diagnosis->config() || !session()->machine())
        return;
    m_listing = true;
    updateButtons();
    m_status->setText(tr("Looking for backups…"));
    m_catalog = new BackupCatalog(session()->machine(), this);
    m_catalog->list(diagnosis->config()->files(), [this](const Result<QList<BackupEntry>, FixError> &r) {
        m_listing = false;
        m_catalog->deleteLater();
        const QString selected = m_list->currentRow() >= 0 && m_list->currentRow() < m_backups.size()
                                     ? m_backups.at(m_list->currentRow()).backupPath
                                     : QString();
        m_list->clear();
        m_backups.clear();
        if (!r) {
            m_status->setText(r.error().message());
            m_list->hide();
        } else {
            m_backups = *r; // newest first, as the catalog gives them
            const QLocale locale;
            for (const BackupEntry &b : std::as_const(m_backups)) {
                auto *item = new QListWidgetItem(tr("%1 — copy of %2 as it was on %3 (%4)")
                                                     .arg(QFileInfo(b.backupPath).fileName(), b.file,
                                                          locale.toString(b.modified, QLocale::ShortFormat),
                                                          locale.formattedDataSize(b.size)),
                                                 m_list);
                item->setToolTip(b.backupPath);
                if (b.backupPath == selected)
                    m_list->setCurrentItem(item);
            }
            if (m_list->currentRow() < 0 && m_list->count() > 0)
                m_list->setCurrentRow(0);
            m_list->setVisible(!m_backups.isEmpty());
            // As tall as its rows, up to six, then it scrolls.
            if (m_list->count() > 0)
                m_list->setFixedHeight(qMin(6, m_list->count()) * m_list->sizeHintForRow(0) +
                                       2 * m_list->frameWidth() + 4);
            m_status->setText(m_backups.isEmpty()
                                  ? WizardTexts::text("rollback.none")
                                  : tr("%n backup(s), newest first.", nullptr, int(m_backups.size())));
        }
        updateButtons();
        emit listed();
    });
}

void RollbackAction::restoreSelected()
{
    const int row = m_list->currentRow();
    const Diagnosis *diagnosis = session()->diagnosis();
    if (row < 0 || row >= m_backups.size() || !diagnosis || m_flow->isRunning())
        return;
    const Result<FixContext, FixError> context = *session()->fixContext();
    if (!context) {
        m_status->setText(context.error().message());
        return;
    }
    // Only our own backups of this config's files, as listed: never an arbitrary path.
    const BackupEntry &b = m_backups.at(row);
    EditRequest request;
    request.runtime = context->runtime();
    request.config = context->config();
    request.restoreBackup = b.backupPath;
    request.restoreFile = b.file;
    m_flow->run(request, tr("Roll back"), tr("%1 from %2").arg(b.file, b.backupPath));
}

} // namespace gd

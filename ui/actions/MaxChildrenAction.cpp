#include "ui/actions/MaxChildrenAction.h"

#include "app/checks/MaxChildrenAdvice.h"
#include "app/engine/Diagnosis.h"
#include "ui/actions/ApplyFlow.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

MaxChildrenAction::MaxChildrenAction(WizardSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_text(new QLabel(this)),
      m_measure(new QPushButton(tr("Measure the pool's &memory again"), this)),
      m_raise(new QPushButton(this)), m_flow(new ApplyFlow(session, this))
{
    setObjectName(QStringLiteral("maxChildrenAction"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("maxChildrenAdvice"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    auto *row = new QHBoxLayout;
    m_raise->setObjectName(QStringLiteral("raiseMaxChildrenButton"));
    m_measure->setObjectName(QStringLiteral("measurePoolButton"));
    row->addWidget(m_raise);
    row->addWidget(m_measure);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_flow);
    connect(m_measure, &QPushButton::clicked, this, &MaxChildrenAction::measure);
    connect(m_raise, &QPushButton::clicked, this, &MaxChildrenAction::raise);
    connect(m_flow, &ApplyFlow::runningChanged, this, [this](bool running) {
        m_raise->setEnabled(!running);
        m_measure->setEnabled(!running);
    });
    hide();
}

void MaxChildrenAction::showRunning()
{
    m_raise->setEnabled(false);
    m_measure->setEnabled(false);
}

void MaxChildrenAction::showDiagnosis()
{
    m_context.reset();
    m_target.reset();
    m_memory.reset();
    const Diagnosis *diagnosis = m_session->diagnosis();
    if (!diagnosis) {
        hide();
        return;
    }
    Result<FixContext, FixError> context = *m_session->fixContext();
    if (!context || context->phpFpmTargets().isEmpty()) {
        hide();
        return;
    }
    m_context = *context;
    // The pool behind the failing URL, else the only one.
    const QString url = m_session->options().url;
    if (!url.isEmpty()) {
        if (const Result<int, FixError> block = m_context->blockForUrl(url))
            m_target = m_context->phpFpmTargetFor(*block);
    }
    if (!m_target && m_context->phpFpmTargets().size() == 1)
        m_target = m_context->phpFpmTargets().first();
    if (!m_target) {
        hide();
        return;
    }
    show();
    measure();
}

void MaxChildrenAction::measure()
{
    if (!m_target || m_probe || !m_session->machine())
        return;
    m_raise->hide();
    m_measure->setEnabled(false);
    m_text->setText(tr("Measuring the memory of pool %1…").arg(m_target->pool));
    m_probe = new PoolMemoryProbe(m_session->machine(), *m_target, this);
    m_probe->probe([this](const Result<PoolMemory, FixError> &r) {
        m_probe->deleteLater();
        m_probe = nullptr;
        m_measure->setEnabled(!m_flow->isRunning());
        if (!r) {
            m_text->setText(r.error().message());
            return;
        }
        m_memory = *r;
        const QLocale locale;
        QString text =
            tr("Pool <b>%1</b> (<tt>%2</tt>): pm.max_children = %3, %4 children running, using %5; %6 of "
               "%7 free.")
                .arg(m_target->pool.toHtmlEscaped(), m_target->poolFile.toHtmlEscaped())
                .arg(m_target->maxChildren)
                .arg(r->children)
                .arg(locale.formattedDataSize(r->poolRssBytes),
                     locale.formattedDataSize(r->memAvailableBytes),
                     locale.formattedDataSize(r->memTotalBytes));
        if (r->advice) {
            text += QStringLiteral("<br>") +
                    WizardTexts::text("phpfpm.raise.intro").arg(r->advice->reason.toHtmlEscaped());
            // More children do not help while the kernel's queue in front of them refuses
            // a burst: a small listen.backlog is raised in the same edit, as the CLI does.
            const std::optional<MaxChildrenAdvice::Advice> backlog =
                MaxChildrenAdvice::backlog(m_target->listenBacklog, r->advice->value);
            if (backlog)
                text += QStringLiteral("<br>") + backlog->reason.toHtmlEscaped();
            const bool change = r->advice->value != m_target->maxChildren || backlog;
            const QString also = backlog ? tr(" and listen.backlog to %1").arg(backlog->value) : QString();
            m_raise->setText(r->advice->value > m_target->maxChildren
                                 ? tr("Rai&se pm.max_children to %1%2…").arg(r->advice->value).arg(also)
                                 : tr("Se&t pm.max_children to %1%2…").arg(r->advice->value).arg(also));
            m_raise->setVisible(change);
            m_raise->setEnabled(change && !m_flow->isRunning());
        } else {
            text += QStringLiteral("<br>") +
                    tr("No children of the pool are running, so there is no child size to go on.");
        }
        m_text->setText(text);
    });
}

void MaxChildrenAction::raise()
{
    if (!m_context || !m_target || !m_memory || !m_memory->advice || m_flow->isRunning())
        return;
    EditRequest request;
    request.runtime = m_context->runtime();
    request.config = m_context->config();
    request.phpFpm = m_memory->target.runtime; // the binary read from /proc: php-fpm -t needs it
    request.pool = m_target->pool;
    request.poolFile = m_target->poolFile;
    request.maxChildren = m_memory->advice->value;
    if (const std::optional<MaxChildrenAdvice::Advice> backlog =
            MaxChildrenAdvice::backlog(m_target->listenBacklog, request.maxChildren))
        request.listenBacklog = backlog->value; // the cycle then restarts php-fpm (or says it must)
    request.url = m_session->options().url;
    m_flow->run(request, tr("pm.max_children"), tr("pool %1 (%2)").arg(m_target->pool, m_target->poolFile));
}

} // namespace gd

#include "ui/actions/FindingFixAction.h"

#include "ui/actions/ApplyFlow.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/FindingCard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gd {

FindingFixAction::FindingFixAction(WizardSession *session, const Finding &finding, FindingCard *card)
    : QWidget(card), m_session(session), m_finding(finding), m_apply(card->applyButton()),
      m_flow(new ApplyFlow(session, this)), m_problem(new QLabel(this)),
      m_again(new QPushButton(tr("&Diagnose again"), this))
{
    setObjectName(QStringLiteral("findingFix"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_flow->setObjectName(QStringLiteral("findingApplyFlow"));
    layout->addWidget(m_flow);
    m_problem->setObjectName(QStringLiteral("applyProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *row = new QHBoxLayout;
    m_again->setObjectName(QStringLiteral("diagnoseAgainButton"));
    m_again->setToolTip(WizardTexts::text("fix.diagnoseAgain"));
    row->addWidget(m_again);
    row->addStretch();
    layout->addLayout(row);
    m_problem->hide();
    m_again->hide();
    card->addBelow(this);
    // A suggestion nginx -t (or php-fpm -t) refused on a scratch copy is never carried out.
    for (const FixAction &a : finding.actions) {
        if (a.validation.isRefused()) {
            m_apply->setEnabled(false);
            m_apply->setToolTip(a.validation.text());
            showProblem(a.validation.text());
            break;
        }
    }

    connect(m_apply, &QPushButton::clicked, this, &FindingFixAction::apply);
    connect(m_again, &QPushButton::clicked, session, &WizardSession::startDiagnosis);
    connect(m_flow, &ApplyFlow::runningChanged, this,
            [this](bool running) { m_apply->setEnabled(!running); });
    connect(m_flow, &ApplyFlow::planFinished, this, [this] {
        // Done: the file no longer reads what the actions expect; the next fix
        // starts from a new diagnosis.
        if (m_flow->planCode() == QLatin1String("done"))
            m_apply->setEnabled(false);
        m_problem->setText(WizardTexts::text("fix.diagnoseAgain"));
        m_problem->show();
        m_again->show();
        m_again->setFocus();
    });
}

void FindingFixAction::showProblem(const QString &text)
{
    m_problem->setText(tr("The fix cannot run: %1").arg(text));
    m_problem->show();
}

void FindingFixAction::apply()
{
    if (m_flow->isRunning())
        return;
    m_problem->hide();
    m_again->hide();
    const Result<FixContext, FixError> *context = m_session->fixContext();
    if (!m_session->machine() || !context) {
        showProblem(tr("there is no finished diagnosis on a connected machine."));
        return;
    }
    if (!*context) {
        showProblem(context->error().message());
        return;
    }
    ActionRequest request;
    request.runtime = (*context)->runtime();
    request.phpFpmTargets = (*context)->phpFpmTargets();
    request.actions = m_finding.actions;
    request.url = m_session->report().target.url;
    // Commands for an upstream on another host run there, on the host step 1 added.
    const bool upstreamCommands =
        std::any_of(m_finding.actions.begin(), m_finding.actions.end(), [](const FixAction &a) {
            return a.kind == FixAction::Kind::Command && a.host == FixAction::Host::Upstream;
        });
    if (upstreamCommands) {
        const Result<Machine *, QString> upstream = m_session->upstreamMachineFor(m_finding.upstream);
        if (!upstream) {
            showProblem(upstream.error());
            return;
        }
        request.upstreamMachine = *upstream;
    }
    const FixAction &first = m_finding.actions.first();
    m_flow->runPlan(std::move(request), tr("Apply the fix: %1").arg(causeTitle(m_finding.cause)),
                    first.kind == FixAction::Kind::Edit ? first.file : m_session->targetName());
}

} // namespace gd

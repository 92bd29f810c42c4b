#include "ui/pages/StepPage.h"

#include "app/engine/StepAdvice.h"
#include "app/model/Step.h"

#include "ui/actions/FindingFixAction.h"
#include "ui/pages/StepPanel.h"
#include "ui/session/UpstreamHostFlow.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/CheckCard.h"
#include "ui/widgets/FindingCard.h"
#include "ui/widgets/StatusBadge.h"
#include "ui/widgets/StatusIcon.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace gd {

StepPage::StepPage(int step, WizardSession *session, StepPanel *panel, QWidget *parent)
    : QWidget(parent), m_step(step), m_session(session), m_panel(panel),
      m_badge(new StatusBadge(24, true, this)), m_title(new QLabel(this)), m_rootCause(new QLabel(this)),
      m_jump(new QPushButton(this)), m_rootCauseBar(new QFrame(this)),
      m_rerun(new QPushButton(tr("&Re-run the checks"), this)), m_checks(new QWidget(this)),
      m_checksLayout(new QVBoxLayout(m_checks)), m_placeholder(new QLabel(this)), m_next(new QLabel(this)),
      m_rootCard(new QWidget(this)), m_rootCardLayout(new QVBoxLayout(m_rootCard))
{
    setObjectName(QStringLiteral("stepPage%1").arg(step));
    auto *layout = new QVBoxLayout(this);

    layout->addLayout(buildHead());
    auto *intro = new QLabel(stepIntro(step), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(buildRootCauseBar());
    if (step == 1 || step == 3)
        layout->addWidget(buildUpstreamHostBar());

    m_placeholder->setText(WizardTexts::text("step.waiting"));
    layout->addWidget(m_placeholder);
    m_checksLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_checks);
    if (m_panel) {
        m_panel->setParent(this);
        layout->addWidget(m_panel);
        connect(m_panel, &StepPanel::locationActivated, this, &StepPage::locationActivated);
    }

    layout->addWidget(buildNextBox());
    layout->addStretch();

    connect(m_rerun, &QPushButton::clicked, session, &WizardSession::startDiagnosis);
    connect(m_jump, &QPushButton::clicked, this, [this] { emit stepRequested(m_rootCauseStep); });
    connect(session, &WizardSession::diagnosisStarted, this, &StepPage::onStarted);
    connect(session, &WizardSession::diagnosisFinished, this, &StepPage::onFinished);
    connect(session, &WizardSession::diagnosisFailed, this, &StepPage::onFailed);
    // Practice on a lab: the verdicts open (or close) on a finished diagnosis.
    connect(session, &WizardSession::verdictsHiddenChanged, this, [this] {
        if (m_session->hasReport() && !m_session->isDiagnosing()) {
            showVerdict();
            showResults();
        }
    });
    // While the facts are gathered (all steps share them), say what is being looked at.
    connect(session, &WizardSession::progress, this, [this](const QString &what) {
        if (m_badge->verdict() == QLatin1String("running"))
            m_placeholder->setText(QStringLiteral("%1 %2").arg(WizardTexts::text("step.running"), what));
    });
    m_rerun->setEnabled(false);
    m_next->setText(stepIntro(step));
}

// An upstream on another host: this page can only say what nginx's side sees
// until we look on that host too.
QWidget *StepPage::buildUpstreamHostBar()
{
    m_upstreamHostBar = new QFrame(this);
    m_upstreamHostBar->setObjectName(QStringLiteral("upstreamHostBar"));
    auto *row = new QHBoxLayout(m_upstreamHostBar);
    m_upstreamHostText = new QLabel(m_upstreamHostBar);
    m_upstreamHostText->setWordWrap(true);
    row->addWidget(m_upstreamHostText, 1);
    m_upstreamHostButton = new QPushButton(tr("Check the &upstream's host too"), m_upstreamHostBar);
    m_upstreamHostButton->setObjectName(QStringLiteral("upstreamHostButton"));
    row->addWidget(m_upstreamHostButton);
    m_upstreamHostFlow = new UpstreamHostFlow(m_session, this);
    connect(m_upstreamHostButton, &QPushButton::clicked, this, [this] {
        const QStringList remote = m_session->unfollowedRemoteUpstreams();
        if (!remote.isEmpty())
            m_upstreamHostFlow->start(remote.first());
    });
    connect(m_upstreamHostFlow, &UpstreamHostFlow::failed, this, [this](const QString &message) {
        m_upstreamHostText->setText(
            tr("Could not log in to the upstream's host: %1").arg(message.toHtmlEscaped()));
    });
    m_upstreamHostBar->hide();
    return m_upstreamHostBar;
}

void StepPage::showUpstreamHostBar()
{
    if (!m_upstreamHostBar)
        return;
    const QStringList remote = m_session->unfollowedRemoteUpstreams();
    m_upstreamHostBar->setVisible(!remote.isEmpty());
    if (remote.isEmpty())
        return;
    m_upstreamHostText->setText(
        tr("%1 is on another host: from here only the connection can be tested. Log in there to see what "
           "listens on its port, on which address, and what its firewall lets in.")
            .arg(remote.join(QStringLiteral(", ")).toHtmlEscaped()));
}

// The step's title, its verdict and "Re-run".
QLayout *StepPage::buildHead()
{
    auto *head = new QHBoxLayout;
    m_title->setText(QStringLiteral("<h2>%1</h2>")
                         .arg(tr("Step %1 — %2").arg(m_step).arg(stepTitle(m_step).toHtmlEscaped())));
    m_title->setWordWrap(true);
    head->addWidget(m_title, 1);
    m_badge->setObjectName(QStringLiteral("stepStatus"));
    head->addWidget(m_badge);
    m_rerun->setObjectName(QStringLiteral("rerunButton"));
    m_rerun->setToolTip(tr("Runs the diagnosis again; this page shows the new results"));
    head->addWidget(m_rerun);
    return head;
}

// The diagnosis's root cause, once there are findings: named here when this step
// holds it, else with a button to the step that does (see showResults).
QWidget *StepPage::buildRootCauseBar()
{
    auto *bar = static_cast<QFrame *>(m_rootCauseBar);
    bar->setObjectName(QStringLiteral("rootCauseBar"));
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    auto *barLayout = new QHBoxLayout(bar);
    m_rootCause->setWordWrap(true);
    m_rootCause->setTextFormat(Qt::RichText);
    barLayout->addWidget(m_rootCause, 1);
    m_jump->setObjectName(QStringLiteral("jumpToRootCause"));
    barLayout->addWidget(m_jump);
    bar->hide();
    return bar;
}

QWidget *StepPage::buildNextBox()
{
    auto *nextBox = new QGroupBox(tr("What to do next"), this);
    auto *nextLayout = new QVBoxLayout(nextBox);
    m_next->setObjectName(QStringLiteral("whatNext"));
    m_next->setWordWrap(true);
    m_next->setTextFormat(Qt::RichText);
    m_next->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_rootCard->setObjectName(QStringLiteral("rootCauseCard"));
    m_rootCardLayout->setContentsMargins(0, 0, 0, 0);
    nextLayout->addWidget(m_rootCard);
    nextLayout->addWidget(m_next);
    return nextBox;
}

QString StepPage::verdict() const
{
    return m_badge->verdict();
}

void StepPage::showVerdict()
{
    const StepResult *result = m_session->report().step(m_step);
    if (m_session->verdictsHidden())
        m_badge->setConcealed();
    else
        m_badge->setStatus(result ? result->status : CheckStatus::Skipped);
}

void StepPage::clearChecks()
{
    while (QLayoutItem *item = m_checksLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void StepPage::clearRootCard()
{
    while (QLayoutItem *item = m_rootCardLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void StepPage::onStarted()
{
    ++m_generation;
    m_filled = false;
    clearChecks();
    clearRootCard();
    m_badge->setRunning();
    m_rerun->setEnabled(false);
    m_rootCauseBar->hide();
    if (m_upstreamHostBar)
        m_upstreamHostBar->hide();
    m_placeholder->setText(WizardTexts::text("step.running"));
    m_placeholder->show();
    if (m_panel)
        m_panel->showRunning();
}

void StepPage::onFailed(const RemoteError &error)
{
    m_badge->setStatus(CheckStatus::Error);
    m_rerun->setEnabled(true);
    m_placeholder->setText(tr("The diagnosis could not finish: %1").arg(error.message()));
}

void StepPage::onFinished()
{
    m_rerun->setEnabled(true);
    showVerdict();
    // The cards are built in an event-loop turn of their own, one page per turn,
    // so the end of a diagnosis never holds the GUI thread for all six pages at once.
    const int generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && m_session->hasReport())
            showResults();
    });
}

void StepPage::showResults()
{
    const DiagnosisReport &report = m_session->report();
    const StepResult *result = report.step(m_step);
    m_placeholder->hide();
    clearChecks();
    m_filled = true;
    if (!result)
        return;
    const bool hidden = m_session->verdictsHidden();
    for (const CheckResult &check : result->checks) {
        auto *card = new CheckCard(check, hidden, m_checks);
        connect(card, &CheckCard::locationActivated, this, &StepPage::locationActivated);
        m_checksLayout->addWidget(card);
    }
    if (m_panel)
        m_panel->showDiagnosis(*m_session);
    showUpstreamHostBar();

    // The root cause: on this page, or a way to the page that has it.
    m_rootCauseBar->hide();
    clearRootCard();
    m_next->show();
    if (hidden) {
        m_next->setText(WizardTexts::text("practice.verdictsHidden"));
        return;
    }
    if (const Finding *root = report.rootCause()) {
        const Finding &top = *root;
        m_rootCauseStep = top.step;
        // Red while the URL fails now; amber when it answers now (the cause hits some
        // requests, such as a slow one past the app's limit): red over "nginx answers
        // 200 now" reads as alarm where the admin needs to look closer.
        StatusIcon::tint(m_rootCauseBar, report.target.answersNow() ? CheckStatus::Warn : CheckStatus::Fail,
                         0.12);
        // The symptom, end to end, is the diagnosis's, not this step's verdict.
        const QString symptom = WizardTexts::symptom(report.target);
        const QString lead = symptom.isEmpty() ? QString() : symptom.toHtmlEscaped() + QStringLiteral("<br>");
        if (top.step == m_step) {
            m_rootCause->setText(
                lead + WizardTexts::text("step.rootCauseHere")
                           .arg(QStringLiteral("<b>%1</b>").arg(causeTitle(top.cause).toHtmlEscaped())));
            m_jump->hide();
            // Its card here too: the fix as it will be carried out, and Apply.
            auto *card = new FindingCard(top, true, true, m_rootCard);
            connect(card, &FindingCard::locationActivated, this, &StepPage::locationActivated);
            connect(card, &FindingCard::stepRequested, this, &StepPage::stepRequested);
            if (card->applyButton())
                new FindingFixAction(m_session, top, card);
            // "Go to step N" on step N goes nowhere.
            if (top.remedyStep == m_step) {
                if (auto *go = card->findChild<QPushButton *>(QStringLiteral("goToStepButton")))
                    go->hide();
            }
            m_rootCardLayout->addWidget(card);
        } else {
            m_rootCause->setText(
                lead + WizardTexts::text("step.rootCauseElsewhere")
                           .arg(top.step)
                           .arg(QStringLiteral("<b>%1</b>").arg(causeTitle(top.cause).toHtmlEscaped())));
            m_jump->setText(tr("&Go to step %1").arg(top.step));
            m_jump->show();
        }
        m_rootCauseBar->show();
    }

    // What to do next: this step's own advice (StepAdvice), without the root cause's
    // remedy when its card is shown above.
    const bool cardShown = m_rootCardLayout->count() > 0;
    QStringList next;
    const QList<StepAdvice::Item> items =
        StepAdvice::items(*result, report.findings, cardShown ? report.rootCause() : nullptr);
    for (const StepAdvice::Item &i : items) {
        const QString text = i.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        next << (i.cause.isEmpty() ? text
                                   : QStringLiteral("<b>%1</b>: %2").arg(i.cause.toHtmlEscaped(), text));
    }
    m_next->setVisible(!next.isEmpty());
    m_next->setText(next.join(QStringLiteral("<br><br>")));
}

} // namespace gd

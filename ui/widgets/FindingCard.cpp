#include "ui/widgets/FindingCard.h"

#include "ui/widgets/EvidenceView.h"
#include "ui/widgets/FixActionsView.h"
#include "ui/widgets/StatusIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

FindingCard::FindingCard(const Finding &finding, bool isRootCause, bool canApply, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("finding_") + causeCode(finding.cause));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    // Another site's problem and errors that stopped are shown calmer than a live cause.
    const bool live = finding.counts();
    const CheckStatus tone =
        finding.severity >= Severity::Error && live ? CheckStatus::Fail : CheckStatus::Warn;
    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(StatusIcon::pixmap(tone, 22, devicePixelRatioF(), palette()));
    head->addWidget(icon, 0, Qt::AlignTop);
    QString title = QStringLiteral("<b>%1</b>").arg(causeTitle(finding.cause).toHtmlEscaped());
    if (isRootCause)
        title = tr("<b>Most likely root cause:</b> %1").arg(causeTitle(finding.cause).toHtmlEscaped());
    if (!finding.upstream.isEmpty())
        title += QStringLiteral(" <small>(<tt>%1</tt>)</small>").arg(finding.upstream.toHtmlEscaped());
    if (finding.scope == FindingScope::Elsewhere && !finding.sites.isEmpty())
        title += QStringLiteral(" <small>") +
                 tr("— site %1").arg(finding.sites.join(QStringLiteral(", ")).toHtmlEscaped()) +
                 QStringLiteral("</small>");
    if (finding.timing == FindingTiming::Past && finding.lastSeen.isValid())
        title += QStringLiteral(" <small>") +
                 tr("— last %1").arg(finding.lastSeen.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) +
                 QStringLiteral("</small>");
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setWordWrap(true);
    head->addWidget(titleLabel, 1);
    layout->addLayout(head);
    setAccessibleName(causeTitle(finding.cause));

    if (finding.rootCause) {
        auto *follows = new QLabel(
            tr("<i>A consequence of: %1</i>").arg(causeTitle(*finding.rootCause).toHtmlEscaped()), this);
        layout->addWidget(follows);
    }
    auto *summary = new QLabel(finding.summary.toHtmlEscaped(), this);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::RichText); // escaped HTML, even when it has no tags
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(summary);
    for (const Evidence &e : finding.evidence) {
        auto *view = new EvidenceView(e, this);
        connect(view, &EvidenceView::locationActivated, this, &FindingCard::locationActivated);
        layout->addWidget(view);
    }
    auto *remedy = new QLabel(tr("<b>What to do:</b> %1").arg(finding.remedy.toHtmlEscaped()), this);
    remedy->setWordWrap(true);
    remedy->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(remedy);
    if (finding.fixInApp) {
        auto *inApp = new QLabel(
            QStringLiteral("<i>%1</i>")
                .arg(tr("The fix lives in the application itself: there is nothing here to change.")
                         .toHtmlEscaped()),
            this);
        inApp->setObjectName(QStringLiteral("fixInApp"));
        inApp->setWordWrap(true);
        layout->addWidget(inApp);
    } else if (!finding.actions.isEmpty()) {
        auto *actions = new FixActionsView(finding.actions, this);
        connect(actions, &FixActionsView::locationActivated, this, &FindingCard::locationActivated);
        layout->addWidget(actions);
    }
    auto *row = new QHBoxLayout;
    if (canApply && !finding.fixInApp && !finding.actions.isEmpty()) {
        m_apply = new QPushButton(tr("&Apply this fix"), this);
        m_apply->setObjectName(QStringLiteral("applyFixButton"));
        m_apply->setToolTip(tr("Shows the change first; nothing is written before you confirm"));
        row->addWidget(m_apply);
    }
    if (finding.remedyStep > 0) {
        auto *go = new QPushButton(tr("Go to step %1").arg(finding.remedyStep), this);
        go->setObjectName(QStringLiteral("goToStepButton"));
        const int step = finding.remedyStep;
        connect(go, &QPushButton::clicked, this, [this, step] { emit stepRequested(step); });
        row->addWidget(go);
    }
    row->addStretch();
    layout->addLayout(row);
}

void FindingCard::addBelow(QWidget *widget)
{
    layout()->addWidget(widget);
}

} // namespace gd

#include "ui/widgets/FindingCard.h"

#include "ui/widgets/EvidenceView.h"
#include "ui/widgets/StatusIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

FindingCard::FindingCard(const Finding &finding, bool isRootCause, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("finding_") + causeCode(finding.cause));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    const CheckStatus tone = finding.severity >= Severity::Error ? CheckStatus::Fail : CheckStatus::Warn;
    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(StatusIcon::pixmap(tone, 22, devicePixelRatioF(), palette()));
    head->addWidget(icon, 0, Qt::AlignTop);
    QString title = QStringLiteral("<b>%1</b>").arg(causeTitle(finding.cause).toHtmlEscaped());
    if (isRootCause)
        title = tr("<b>Most likely root cause:</b> %1").arg(causeTitle(finding.cause).toHtmlEscaped());
    if (!finding.upstream.isEmpty())
        title += QStringLiteral(" <small>(<tt>%1</tt>)</small>").arg(finding.upstream.toHtmlEscaped());
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
    if (finding.remedyStep > 0) {
        auto *go = new QPushButton(tr("Go to step %1").arg(finding.remedyStep), this);
        const int step = finding.remedyStep;
        connect(go, &QPushButton::clicked, this, [this, step] { emit stepRequested(step); });
        auto *row = new QHBoxLayout;
        row->addWidget(go);
        row->addStretch();
        layout->addLayout(row);
    }
}

} // namespace gd

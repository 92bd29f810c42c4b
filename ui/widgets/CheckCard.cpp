#include "ui/widgets/CheckCard.h"

#include "ui/widgets/Collapsible.h"
#include "ui/widgets/CommandView.h"
#include "ui/widgets/EvidenceView.h"
#include "ui/widgets/StatusBadge.h"
#include "ui/widgets/StatusIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gd {

CheckCard::CheckCard(const CheckResult &check, bool hideVerdict, QWidget *parent)
    : QFrame(parent), m_check(check), m_badge(new StatusBadge(18, false, this))
{
    setObjectName(QStringLiteral("check_") + check.id);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);

    auto *head = new QHBoxLayout;
    if (hideVerdict)
        m_badge->setConcealed();
    else
        m_badge->setStatus(check.status);
    head->addWidget(m_badge, 0, Qt::AlignTop);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(check.title.toHtmlEscaped()), this);
    title->setWordWrap(true);
    title->setTextFormat(Qt::RichText);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    head->addWidget(title, 1);
    layout->addLayout(head);
    setAccessibleName(hideVerdict
                          ? check.title
                          : QStringLiteral("%1: %2").arg(StatusIcon::text(check.status), check.title));

    // The body is indented by its layout, not by label margins: a word-wrapped
    // QLabel with contents margins asks for more height than it uses.
    auto *body = new QVBoxLayout;
    body->setContentsMargins(24, 0, 0, 0);
    body->setSpacing(6);
    layout->addLayout(body);

    // The explanation is the verdict in words: hidden with it.
    if (!check.explanation.isEmpty() && !hideVerdict) {
        auto *text = new QLabel(
            check.explanation.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")), this);
        text->setWordWrap(true);
        // Escaped above: without tags Qt would take it for plain text and show the entities.
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        body->addWidget(text);
    }

    for (const Evidence &e : check.evidence) {
        auto *view = new EvidenceView(e, this);
        connect(view, &EvidenceView::locationActivated, this, &CheckCard::locationActivated);
        body->addWidget(view);
    }

    if (!check.commands.isEmpty()) {
        auto *list = new QWidget;
        auto *listLayout = new QVBoxLayout(list);
        listLayout->setContentsMargins(12, 0, 0, 0);
        for (const CommandRecord &c : check.commands)
            listLayout->addWidget(new CommandView(c, list));
        auto *section = new Collapsible(tr("Commands run (%1)").arg(check.commands.size()), list, this);
        body->addWidget(section);
    }
}

} // namespace gd

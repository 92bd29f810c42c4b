#include "ui/actions/ResultLabel.h"

#include "ui/widgets/StatusIcon.h"

namespace gd {

ResultLabel::ResultLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setMargin(6);
    hide();
}

void ResultLabel::showResult(CheckStatus status, const QString &html)
{
    m_verdict = checkStatusCode(status);
    setText(html);
    setAccessibleName(QStringLiteral("%1: %2").arg(StatusIcon::text(status), text()));
    StatusIcon::tint(this, status, 0.12);
    show();
}

void ResultLabel::clearResult()
{
    m_verdict.clear();
    clear();
    hide();
}

} // namespace gd

#include "ui/actions/ActionSection.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gd {

ActionSection::ActionSection(WizardSession *session, const QString &title, const QString &intro,
                             QWidget *parent)
    : QFrame(parent), m_session(session), m_body(new QVBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    auto *head =
        new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), intro.toHtmlEscaped()), this);
    head->setWordWrap(true);
    layout->addWidget(head);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(6);
    layout->addLayout(m_body);
}

} // namespace gd

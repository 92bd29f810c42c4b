#include "ui/widgets/Collapsible.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace gd {

Collapsible::Collapsible(const QString &title, QWidget *content, QWidget *parent)
    : QWidget(parent), m_toggle(new QToolButton(this)), m_content(content)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_toggle->setText(title);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAccessibleName(title);
    layout->addWidget(m_toggle);
    content->setParent(this);
    layout->addWidget(content);
    content->hide();
    connect(m_toggle, &QToolButton::toggled, this, &Collapsible::setExpanded);
}

void Collapsible::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_content->setVisible(expanded);
}

bool Collapsible::isExpanded() const
{
    return m_toggle->isChecked();
}

} // namespace gd

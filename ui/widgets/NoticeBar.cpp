#include "ui/widgets/NoticeBar.h"

#include "ui/widgets/StatusIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace gd {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this message"));
    close->setAccessibleName(tr("Hide this message"));
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, &NoticeBar::actionTriggered);
    hide();
}

void NoticeBar::showNotice(const QString &text, const QString &action, CheckStatus tone)
{
    m_icon->setPixmap(StatusIcon::pixmap(tone, 20, devicePixelRatioF(), palette()));
    m_text->setText(text);
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    StatusIcon::tint(this, tone, 0.18);
    setAccessibleName(text);
    show();
}

QString NoticeBar::text() const
{
    return m_text->text();
}

} // namespace gd

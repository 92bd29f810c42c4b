#include "ui/widgets/StatusBadge.h"

#include "ui/widgets/Spinner.h"
#include "ui/widgets/StatusIcon.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace gd {

StatusBadge::StatusBadge(int iconSize, bool withText, QWidget *parent)
    : QWidget(parent), m_spinner(new Spinner(this, iconSize)), m_icon(new QLabel(this)), m_iconSize(iconSize)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_spinner);
    layout->addWidget(m_icon);
    m_icon->setFixedSize(iconSize, iconSize);
    if (withText) {
        m_text = new QLabel(this);
        layout->addWidget(m_text);
    }
    setIdle();
}

void StatusBadge::setRunning()
{
    m_verdict = QStringLiteral("running");
    m_icon->hide();
    m_spinner->show();
    if (m_text)
        m_text->setText(tr("Checking…"));
    setAccessibleName(tr("Checking"));
}

void StatusBadge::setIdle()
{
    m_verdict = QStringLiteral("idle");
    m_spinner->hide();
    m_icon->hide();
    if (m_text)
        m_text->setText(tr("Not checked yet"));
    setAccessibleName(tr("Not checked yet"));
}

void StatusBadge::setConcealed()
{
    m_verdict = QStringLiteral("hidden");
    m_spinner->hide();
    m_icon->hide();
    if (m_text)
        m_text->setText(tr("Verdict hidden"));
    setAccessibleName(tr("Verdict hidden"));
}

void StatusBadge::setStatus(CheckStatus status)
{
    m_status = status;
    m_verdict = checkStatusCode(status);
    m_spinner->hide();
    m_icon->show();
    repaintIcon();
    if (m_text)
        m_text->setText(StatusIcon::text(status));
    setAccessibleName(StatusIcon::text(status));
}

void StatusBadge::repaintIcon()
{
    m_icon->setPixmap(StatusIcon::pixmap(m_status, m_iconSize, devicePixelRatioF(), palette()));
    if (m_text) {
        QPalette p = m_text->palette();
        p.setColor(QPalette::WindowText, StatusIcon::colour(m_status, palette()));
        m_text->setPalette(p);
    }
}

void StatusBadge::changeEvent(QEvent *event)
{
    // The desktop switched between light and dark: repaint in the new colours.
    if (event->type() == QEvent::PaletteChange && m_icon->isVisible())
        repaintIcon();
    QWidget::changeEvent(event);
}

} // namespace gd

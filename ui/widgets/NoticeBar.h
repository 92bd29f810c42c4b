#pragma once

#include "app/model/CheckResult.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace gd {

// A message across the top of the window with one action ("Reconnect", "Enter
// sudo password…"): it never replaces the page the user is on.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);
    void showNotice(const QString &text, const QString &action, CheckStatus tone = CheckStatus::Warn);
    QPushButton *actionButton() const { return m_action; }
    QString text() const;

signals:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace gd

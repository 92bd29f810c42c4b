#pragma once

#include <QWidget>

class QToolButton;

namespace gd {

// A titled section that opens and closes: command output and long excerpts stay
// out of the way until asked for. The content is created by the caller and only
// shown on demand.
class Collapsible : public QWidget
{
    Q_OBJECT
public:
    Collapsible(const QString &title, QWidget *content, QWidget *parent = nullptr);
    void setExpanded(bool expanded);
    bool isExpanded() const;
    QToolButton *toggleButton() const { return m_toggle; }

private:
    QToolButton *m_toggle;
    QWidget *m_content;
};

} // namespace gd

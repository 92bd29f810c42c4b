#pragma once

#include "app/model/CheckResult.h"

#include <QWidget>

namespace gd {

// A command a check ran: the exact command line (selectable, with a copy button),
// how it ended, and its output behind a toggle.
class CommandView : public QWidget
{
    Q_OBJECT
public:
    explicit CommandView(const CommandRecord &command, QWidget *parent = nullptr);
    const CommandRecord &command() const { return m_command; }

private:
    CommandRecord m_command;
};

} // namespace gd

#pragma once

#include "remote/CommandResult.h"

#include <QPointer>
#include <QWidget>

class QVBoxLayout;

namespace gd {

class Collapsible;
class Machine;

// The commands an action ran, as they finish (copyable, output behind a toggle):
// it listens to the machine only between start() and stop(), so what shows is
// what this action caused.
class CommandLog : public QWidget
{
    Q_OBJECT
public:
    explicit CommandLog(QWidget *parent = nullptr);

    void start(Machine *machine); // clears the list
    void stop();
    int count() const { return m_count; }

private:
    void add(const CommandResult &result);

    Collapsible *m_section;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QPointer<Machine> m_machine;
    QMetaObject::Connection m_connection;
    int m_count = 0;
};

} // namespace gd

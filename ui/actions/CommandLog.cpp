#include "ui/actions/CommandLog.h"

#include "app/model/CheckResult.h"
#include "remote/Machine.h"
#include "ui/widgets/Collapsible.h"
#include "ui/widgets/CommandView.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace gd {

CommandLog::CommandLog(QWidget *parent)
    : QWidget(parent), m_list(new QWidget), m_listLayout(new QVBoxLayout(m_list))
{
    setObjectName(QStringLiteral("commandLog"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setContentsMargins(12, 0, 0, 0);
    m_section = new Collapsible(tr("Commands run (0)"), m_list, this);
    layout->addWidget(m_section);
    hide();
}

void CommandLog::start(Machine *machine)
{
    stop();
    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_count = 0;
    m_section->toggleButton()->setText(tr("Commands run (0)"));
    hide();
    m_machine = machine;
    if (machine)
        m_connection = connect(machine, &Machine::commandFinished, this, &CommandLog::add);
}

void CommandLog::stop()
{
    disconnect(m_connection);
}

void CommandLog::add(const CommandResult &result)
{
    m_listLayout->addWidget(new CommandView(CommandRecord::of(result), m_list));
    ++m_count;
    const QString title = tr("Commands run (%1)").arg(m_count);
    m_section->toggleButton()->setText(title);
    m_section->toggleButton()->setAccessibleName(title);
    show();
}

} // namespace gd

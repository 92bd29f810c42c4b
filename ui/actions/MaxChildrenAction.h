#pragma once

#include "app/fixes/FixContext.h"
#include "app/fixes/PoolMemoryProbe.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace gd {

class ApplyFlow;
class WizardSession;

// Under the PHP-FPM advice: how many children the pool behind the failing URL may
// have, measured now (PoolMemoryProbe: the children's memory, what the machine has
// free), and "Raise pm.max_children to N" through the same staged flow as every
// other change (php-fpm -t, reload through the pool's master).
class MaxChildrenAction : public QWidget
{
    Q_OBJECT
public:
    explicit MaxChildrenAction(WizardSession *session, QWidget *parent = nullptr);
    void showRunning();
    void showDiagnosis();
    ApplyFlow *flow() const { return m_flow; }

private:
    void measure();
    void raise();

    WizardSession *m_session;
    std::optional<FixContext> m_context;
    std::optional<PhpFpmTarget> m_target;
    std::optional<PoolMemory> m_memory;
    QLabel *m_text;
    QPushButton *m_measure;
    QPushButton *m_raise;
    ApplyFlow *m_flow;
    QPointer<PoolMemoryProbe> m_probe;
};

} // namespace gd

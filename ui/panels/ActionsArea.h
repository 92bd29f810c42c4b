#pragma once

#include <QWidget>

namespace gd {

// The place on steps 5 and 6 where the fixes engine's actions go (Apply with its
// diff preview and stages on step 5; Restart upstream, Reload nginx, Monitor and
// Roll back on step 6). Empty on purpose: the lead wires the actions into it
// (find it with findChild<QWidget *>("actionsArea") on the step page, or through
// TimeoutsPanel::actionsArea() / ServiceHealthPanel::actionsArea()). Its layout is
// a QVBoxLayout ready for them.
class ActionsArea : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsArea(QWidget *parent = nullptr);
};

} // namespace gd

#include "ui/panels/ActionsArea.h"

#include <QVBoxLayout>

namespace gd {

ActionsArea::ActionsArea(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("actionsArea"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

} // namespace gd

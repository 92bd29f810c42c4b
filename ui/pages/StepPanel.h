#pragma once

#include "app/model/Evidence.h"

#include <QWidget>

namespace gd {

class WizardSession;

// What one step page shows beyond its checks (step 2's log view, step 4's server
// block, step 5's effective values, step 6's services). The page owns it and
// tells it when a diagnosis starts and ends.
class StepPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StepPanel(QWidget *parent = nullptr) : QWidget(parent)
    {
        // Extra height goes to the page's end, not into gaps inside the panel.
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }
    virtual void showRunning() {}
    virtual void showDiagnosis(const WizardSession &session) = 0;

signals:
    void locationActivated(const gd::Evidence &evidence);
};

} // namespace gd

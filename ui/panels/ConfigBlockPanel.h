#pragma once

#include "ui/pages/StepPanel.h"

class QLabel;

namespace gd {

class CodeView;
class Diagnosis;

// Step 4: the server block nginx picks for the failing URL, token-coloured, with
// the chosen location and its *_pass marked; and nginx -t's messages, each linked
// to the file:line it names.
class ConfigBlockPanel : public StepPanel
{
    Q_OBJECT
public:
    explicit ConfigBlockPanel(QWidget *parent = nullptr);
    void showRunning() override;
    void showDiagnosis(const WizardSession &session) override;
    CodeView *blockView() const { return m_block; }

private:
    void showBlock(const Diagnosis &diagnosis, const QString &url);
    void showTestOutput(const Diagnosis &diagnosis);

    const Diagnosis *m_diagnosis = nullptr;
    QLabel *m_blockTitle;
    CodeView *m_block;
    QLabel *m_test;
};

} // namespace gd

#pragma once

#include <QFrame>

class QVBoxLayout;

namespace gd {

class WizardSession;

// The frame every step-6 action sits in: a bold title, one sentence on what it
// does (from WizardTexts), then the action's own controls and results.
class ActionSection : public QFrame
{
    Q_OBJECT
public:
    ActionSection(WizardSession *session, const QString &title, const QString &intro,
                  QWidget *parent = nullptr);
    // A new diagnosis finished (facts, config, units are new).
    virtual void showDiagnosis() {}
    virtual void showRunning() {}

protected:
    QVBoxLayout *body() const { return m_body; }
    WizardSession *session() const { return m_session; }

private:
    WizardSession *m_session;
    QVBoxLayout *m_body;
};

} // namespace gd

#pragma once

#include "app/fixes/UpstreamRestarter.h"
#include "ui/actions/ActionSection.h"

#include <QPointer>

class QComboBox;
class QPushButton;

namespace gd {

class CodeView;
class CommandLog;
class ResultLabel;
class UpstreamRestarter;

// Step 6: restart the app server's systemd unit (the one the diagnosis found
// behind the upstream, or one the user names), then reload nginx. Without a service
// manager, says what to run by hand, copyable.
class RestartAction : public ActionSection
{
    Q_OBJECT
public:
    explicit RestartAction(WizardSession *session, QWidget *parent = nullptr);
    void showDiagnosis() override;
    void showRunning() override;
    // The units that own the upstreams' sockets, other than nginx's own.
    static QStringList upstreamUnits(const WizardSession &session);

private:
    void start();

    QComboBox *m_unit;
    QPushButton *m_button;
    ResultLabel *m_result;
    CodeView *m_manual;
    CommandLog *m_commands;
    QPointer<UpstreamRestarter> m_restarter;
};

} // namespace gd

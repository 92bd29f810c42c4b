#pragma once

#include "app/fixes/NginxReloader.h"
#include "app/model/CheckResult.h"
#include "ui/actions/ActionSection.h"

#include <QPointer>

class QPushButton;

namespace gd {

class CommandLog;
class NginxReloader;
class ResultLabel;

// Step 6: nginx -t, then reload, counted only when new workers took over.
class ReloadAction : public ActionSection
{
    Q_OBJECT
public:
    explicit ReloadAction(WizardSession *session, QWidget *parent = nullptr);
    void showDiagnosis() override;
    void showRunning() override;
    ResultLabel *result() const { return m_result; }
    bool isRunning() const { return m_reloader != nullptr; }

signals:
    void done(bool ok);

private:
    void start();
    void reload(NginxReloader *reloader, const NginxRuntime &runtime);
    void showReloaded(const NginxRuntime &runtime, const QString &tested,
                      const NginxReloader::ReloadOutcome &r);
    void finish(bool ok, CheckStatus status, const QStringList &lines);

    QPushButton *m_button;
    ResultLabel *m_result;
    CommandLog *m_commands;
    QPointer<NginxReloader> m_reloader;
};

} // namespace gd

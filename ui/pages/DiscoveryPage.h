#pragma once

#include "app/model/Evidence.h"
#include "remote/RemoteError.h"

#include <QWidget>

class QLabel;
class QLayout;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace gd {

class Diagnosis;
class NginxConfig;
class StatusBadge;
struct TargetInfo;
class UpstreamTargets;
class WizardSession;

// What was found: nginx's version and binary, the config file, the sites, the
// upstreams and where each is defined, the logs; with progress and cancel while
// the diagnosis gathers it.
class DiscoveryPage : public QWidget
{
    Q_OBJECT
public:
    explicit DiscoveryPage(WizardSession *session, QWidget *parent = nullptr);

signals:
    void locationActivated(const gd::Evidence &evidence);

private:
    void onStarted();
    void onFinished();
    void onFailed(const RemoteError &error);
    QLayout *buildStatusRow();
    void setUpFoundTree();
    void fill();
    QTreeWidgetItem *addNginx(const TargetInfo &target);
    void addSites(const NginxConfig &config);
    void addUpstreams(const UpstreamTargets &upstreams);
    void addLogs(const Diagnosis &diagnosis);

    WizardSession *m_session;
    StatusBadge *m_badge;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QListWidget *m_progress;
    QTreeWidget *m_found;
};

} // namespace gd

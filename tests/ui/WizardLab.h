#pragma once

#include "tests/lab/LabAppServer.h"
#include "tests/lab/LabDir.h"
#include "tests/lab/LabNginx.h"
#include "tests/lab/LabStatus.h"
#include "tests/lab/LabUpstream.h"

#include <QString>
#include <QStringList>

#include <list>
#include <memory>

namespace gd::test {

// A lab scenario for the wizard: a real nginx in front of real misbehaving
// upstreams, with traffic already sent so that the error log has its lines.
// (The same setup pattern as tests/engine's scenarios.)
class WizardLab
{
public:
    // "healthy", "nothing_listening", "slow_upstream", "header_too_big", "config_invalid",
    // "wrong_port" (the app listens on P, proxy_pass names P+1), "upstream_closes",
    // "gunicorn_timeout" (a real gunicorn killed a slow request at its own --timeout)
    static QStringList names();
    lab::LabStatus start(const QString &name);
    // More requests to the failing URL (new error-log lines for the follow view).
    // `requests` GETs of url(); with `host`, as that Host header (another server block).
    void sendTraffic(int requests, const QString &host = QString());
    // The upstreams stop: a fix aimed at them can no longer help.
    lab::LabStatus stopUpstreams();

    const lab::LabNginx &nginx() const { return m_nginx; }
    QString url() const { return m_nginx.url(); }
    QString configPath() const { return m_nginx.configPath(); }

private:
    lab::LabStatus proxyTo(const QString &target, const QString &extra = QString());
    lab::LabStatus startUpstream(lab::LabUpstream::Mode mode, int delayMs = -1, int headerBytes = 0);

    lab::LabNginx m_nginx;
    std::list<lab::LabUpstream> m_upstreams;
    std::unique_ptr<lab::LabAppServer> m_app;
    QString m_proxyPass;
};

} // namespace gd::test

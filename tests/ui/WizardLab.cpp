#include "WizardLab.h"

#include <QProcess>

namespace gd::test {

using lab::LabStatus;
using lab::LabUpstream;

QStringList WizardLab::names()
{
    return {QStringLiteral("healthy"), QStringLiteral("nothing_listening"), QStringLiteral("slow_upstream"),
            QStringLiteral("header_too_big")};
}

LabStatus WizardLab::proxyTo(const QString &target, const QString &extra)
{
    return m_nginx.start(lab::LabNginx::proxyServer(target, extra));
}

void WizardLab::sendTraffic(int requests)
{
    for (int i = 0; i < requests; ++i) {
        QProcess curl;
        curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                            QStringLiteral("--max-time"), QStringLiteral("10"), url()});
        curl.waitForFinished(15000);
    }
}

LabStatus WizardLab::start(const QString &name)
{
    LabStatus status = LabStatus::failure(QStringLiteral("unknown scenario %1").arg(name));
    int requests = 3;
    if (name == QLatin1String("healthy")) {
        LabUpstream &u = upstream();
        LabUpstream::Options o;
        o.mode = LabUpstream::Mode::Ok;
        if (LabStatus s = u.start(o); !s)
            return s;
        status = proxyTo(u.proxyPassUrl());
    } else if (name == QLatin1String("nothing_listening")) {
        const auto port = LabUpstream::refusingPort();
        if (!port)
            return port.status();
        status = proxyTo(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    } else if (name == QLatin1String("slow_upstream")) {
        LabUpstream &u = upstream();
        LabUpstream::Options o;
        o.mode = LabUpstream::Mode::Slow;
        o.delayMs = 3000;
        if (LabStatus s = u.start(o); !s)
            return s;
        requests = 1;
        status = proxyTo(u.proxyPassUrl(), QStringLiteral("proxy_read_timeout 1s;"));
    } else if (name == QLatin1String("header_too_big")) {
        LabUpstream &u = upstream();
        LabUpstream::Options o;
        o.mode = LabUpstream::Mode::HugeHeader;
        o.headerBytes = 16384;
        if (LabStatus s = u.start(o); !s)
            return s;
        status = proxyTo(u.proxyPassUrl(), QStringLiteral("proxy_buffer_size 4k;"));
    }
    if (!status)
        return status;
    sendTraffic(requests);
    return status;
}

} // namespace gd::test

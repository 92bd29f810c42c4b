#include "tests/ui/WizardLab.h"

#include "tests/lab/LabHttp.h"

#include <QFile>

namespace gd::test {

using lab::LabStatus;
using lab::LabUpstream;

QStringList WizardLab::names()
{
    return {QStringLiteral("healthy"),        QStringLiteral("nothing_listening"),
            QStringLiteral("slow_upstream"),  QStringLiteral("header_too_big"),
            QStringLiteral("config_invalid"), QStringLiteral("wrong_port"),
            QStringLiteral("upstream_closes")};
}

LabStatus WizardLab::proxyTo(const QString &target, const QString &extra)
{
    return m_nginx.start(lab::LabNginx::proxyServer(target, extra));
}

void WizardLab::sendTraffic(int requests, const QString &host)
{
    lab::LabHttp::sendTraffic(url(), requests, host);
}

LabStatus WizardLab::stopUpstreams()
{
    for (LabUpstream &u : m_upstreams) {
        if (LabStatus s = u.stop(); !s)
            return s;
    }
    return LabStatus::success();
}

LabStatus WizardLab::startUpstream(LabUpstream::Mode mode, int delayMs, int headerBytes)
{
    LabUpstream &u = m_upstreams.emplace_back();
    LabUpstream::Options o;
    o.mode = mode;
    o.delayMs = delayMs;
    if (headerBytes > 0)
        o.headerBytes = headerBytes;
    LabStatus status = u.start(o);
    m_proxyPass = u.proxyPassUrl();
    return status;
}

LabStatus WizardLab::start(const QString &name)
{
    LabStatus status = LabStatus::failure(QStringLiteral("unknown scenario %1").arg(name));
    int requests = 3;
    if (name == QLatin1String("healthy") || name == QLatin1String("config_invalid")) {
        if (LabStatus s = startUpstream(LabUpstream::Mode::Ok); !s)
            return s;
        status = proxyTo(m_proxyPass);
    } else if (name == QLatin1String("other_site_down")) {
        // The URL's site works; a second site on the same nginx proxies to nothing and its
        // 502s fill the shared error log (issue 16: elsewhere on this server).
        if (LabStatus s = startUpstream(LabUpstream::Mode::Ok); !s)
            return s;
        const auto dead = LabUpstream::refusingPort();
        if (!dead)
            return dead.status();
        status = m_nginx.start(
            lab::LabNginx::proxyServer(m_proxyPass) +
            QStringLiteral("server {\n    listen 127.0.0.1:@PORT@;\n"
                           "    server_name legacy.gd-lab.test;\n"
                           "    location / {\n        proxy_pass http://127.0.0.1:%1;\n    }\n}\n")
                .arg(*dead));
        if (status)
            sendTraffic(3, QStringLiteral("legacy.gd-lab.test"));
    } else if (name == QLatin1String("many_sites_down")) {
        // A shared server: the URL's site works, eight others proxy to nothing and each
        // has 502s in the shared error log. Their findings are all "elsewhere".
        if (LabStatus s = startUpstream(LabUpstream::Mode::Ok); !s)
            return s;
        QString others;
        QList<quint16> dead;
        while (dead.size() < 8) {
            const auto port = LabUpstream::refusingPort();
            if (!port)
                return port.status();
            if (!dead.contains(*port))
                dead << *port;
        }
        for (int i = 0; i < dead.size(); ++i)
            others += QStringLiteral("server {\n    listen 127.0.0.1:@PORT@;\n"
                                     "    server_name site%1.gd-lab.test;\n"
                                     "    location / {\n        proxy_pass http://127.0.0.1:%2;\n    }\n}\n")
                          .arg(i + 1)
                          .arg(dead.at(i));
        status = m_nginx.start(lab::LabNginx::proxyServer(m_proxyPass) + others);
        for (int i = 0; status && i < dead.size(); ++i)
            sendTraffic(1, QStringLiteral("site%1.gd-lab.test").arg(i + 1));
    } else if (name == QLatin1String("nothing_listening")) {
        const auto port = LabUpstream::refusingPort();
        if (!port)
            return port.status();
        status = proxyTo(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    } else if (name == QLatin1String("wrong_port")) {
        if (LabStatus s = startUpstream(LabUpstream::Mode::Ok); !s)
            return s;
        // The app listens on P; the config says P+1, where nothing listens.
        status = proxyTo(QStringLiteral("http://127.0.0.1:%1").arg(m_upstreams.back().port() + 1));
    } else if (name == QLatin1String("upstream_closes")) {
        if (LabStatus s = startUpstream(LabUpstream::Mode::Close); !s)
            return s;
        status = proxyTo(m_proxyPass);
    } else if (name == QLatin1String("slow_upstream")) {
        if (LabStatus s = startUpstream(LabUpstream::Mode::Slow, 3000); !s)
            return s;
        requests = 1;
        status = proxyTo(m_proxyPass, QStringLiteral("proxy_read_timeout 1s;"));
    } else if (name == QLatin1String("gunicorn_timeout")) {
        // A real gunicorn (issue 14): its own --timeout 2 kills a slow request's worker, nginx
        // (which would wait 30 s) answers 502; the URL itself answers.
        if (const QString why = lab::LabAppServer::unavailableReason(lab::LabAppServer::Kind::Gunicorn);
            !why.isEmpty())
            return LabStatus::failure(why);
        m_app = std::make_unique<lab::LabAppServer>();
        lab::LabAppServer::Options o;
        o.kind = lab::LabAppServer::Kind::Gunicorn;
        o.appTimeoutSec = 2;
        if (LabStatus s = m_app->start(o); !s)
            return s;
        status = m_nginx.start(
            QStringLiteral("server {\n    listen 127.0.0.1:@PORT@;\n    server_name gd-lab;\n"
                           "    location / {\n        %1        proxy_read_timeout 30s;\n    }\n}\n")
                .arg(m_app->nginxLocation()));
        if (!status)
            return status;
        lab::LabHttp::status(url() + QStringLiteral("slow?s=4"), 20);
        if (LabStatus s = m_app->waitForLog(QStringLiteral("WORKER TIMEOUT")); !s)
            return s;
    } else if (name == QLatin1String("header_too_big")) {
        if (LabStatus s = startUpstream(LabUpstream::Mode::HugeHeader, -1, 16384); !s)
            return s;
        status = proxyTo(m_proxyPass, QStringLiteral("proxy_buffer_size 4k;"));
    }
    if (!status)
        return status;
    sendTraffic(requests);
    if (name == QLatin1String("config_invalid")) {
        // A typo saved after the last reload: nginx runs, nginx -t refuses the file.
        QFile config(configPath());
        if (!config.open(QIODevice::ReadOnly))
            return LabStatus::failure(config.errorString());
        QString text = QString::fromUtf8(config.readAll());
        config.close();
        text.replace(QStringLiteral("proxy_pass "), QStringLiteral("proxy_pas "));
        if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return LabStatus::failure(config.errorString());
        config.write(text.toUtf8());
    }
    return status;
}

} // namespace gd::test

#pragma once

#include "tests/lab/LabHttp.h"
#include "tests/lab/LabStatus.h"

#include <QString>

namespace gd::lab {

class LabAppServer;
class LabNginx;

// The keep-alive race, on demand: nginx sends a request on a kept-alive upstream
// connection at the instant the app closes it as idle. nginx then logs "upstream
// prematurely closed connection while reading response header from upstream"; it
// retries a GET on a new connection (the client gets 200) but not a POST (502), as
// it never resends a non-idempotent request (proxy_next_upstream without non_idempotent).
//
// In production that instant is luck. Here it is made with stopped processes and the
// kernel's socket states, with no timing involved:
//   1. a GET through nginx leaves an idle connection in nginx's upstream cache;
//   2. nginx's worker and the app's workers are stopped (SIGSTOP), the connection is
//      still ESTABLISHED (checked);
//   3. the client's request is sent and waits in nginx's accept queue (checked in
//      /proc/net/tcp; `listen ... deferred` queues a connection only once its request
//      has arrived);
//   4. the app resumes and, its keep-alive time being over, closes the idle connection
//      (nginx's side is in CLOSE_WAIT: checked);
//   5. nginx's worker resumes: its next epoll_wait() reports the client first (it became
//      ready first), so the worker reads the request and sends it on the cached
//      connection before it handles that connection's FIN.
// It needs a real app that closes idle kept-alive connections by itself: node
// (server.keepAliveTimeout) or gunicorn's gthread worker (--keep-alive), on a TCP port;
// and nginx with one worker (LabNginx's default) and the config httpBody() writes.
class LabKeepAliveRace
{
public:
    LabKeepAliveRace(LabNginx &nginx, LabAppServer &app) : m_nginx(nginx), m_app(app) {}

    // An http {} body for LabNginx::start: `upstream app { server ...; keepalive 4; }`
    // and a server that listens `deferred` and proxies with HTTP/1.1 and no
    // "Connection: close", so nginx keeps upstream connections open.
    static QString httpBody(const LabAppServer &app, const QString &locationExtra = QString());

    // Sends request (its url through nginx) on the connection the app has just closed;
    // the client's status code.
    LabResult<int> send(const LabHttp::Request &request, int timeoutMs = 30000);

private:
    LabNginx &m_nginx;
    LabAppServer &m_app;
};

} // namespace gd::lab

#pragma once

#include "app/checks/Check.h"
#include "app/logs/ErrorLogSummary.h"
#include "app/model/FixAction.h"

#include <QCoreApplication>

namespace gd {

// The exact config change for a group of error-log lines whose message alone says what
// is wrong in nginx's own configuration (not in the app):
//   - "SSL_do_handshake() failed ... wrong version number": proxy_pass https:// to a server
//     that speaks plain HTTP -> http://;
//   - "upstream sent unsupported FastCGI protocol version: 72" (72 is 'H' of "HTTP/1.1"):
//     fastcgi_pass to an HTTP server -> proxy_pass http://;
//   - "no live upstreams" where the upstream {} marks every server `down` -> the flag
//     removed from the servers that listen now;
//   - "worker_connections are not enough" -> worker_connections raised.
// Empty when the message does not pin the change down; the finding keeps its advice then.
class LogRemedies
{
    Q_DECLARE_TR_FUNCTIONS(gd::LogRemedies)
public:
    static QList<FixAction> actionsFor(const CheckInput &in, const ErrorLogGroup &group,
                                       const QString &label);

private:
    static QList<FixAction> plainHttp(const CheckInput &in, const QString &label);
    static QList<FixAction> httpNotFastCgi(const CheckInput &in, const ErrorLogGroup &group,
                                           const QString &label);
    static QList<FixAction> withoutFastCgiParameters(const CheckInput &in, const NginxDirective &pass);
    static QList<FixAction> serversNotDown(const CheckInput &in, const QString &label);
    static QList<FixAction> moreWorkerConnections(const CheckInput &in);
};

} // namespace gd

#pragma once

#include "app/fixes/FixError.h"
#include "app/probes/HttpProbe.h"
#include "remote/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace gd {

class Machine;

// One request to the failing URL from the nginx host (curl there, so it sees what
// nginx's clients see), and how bad the answer was: the yardstick of every fix.
class UrlProbe : public QObject
{
    Q_OBJECT
public:
    UrlProbe(Machine *machine, QString url, QObject *parent = nullptr);

    void setMaxTimeSec(double seconds) { m_maxTimeSec = seconds; }
    void probe(std::function<void(const Result<HttpProbeResult, FixError> &)> done);

    // 0: an answer below 500; 1: another 5xx; 2: 502/503/504 (the gateway failed);
    // 3: no HTTP answer at all (nginx down or unreachable).
    static int badness(const HttpProbeResult &result);
    static constexpr int kGatewayError = 2; // badness from which the gateway failed
    // "200", "504", "connection refused", ... for people.
    static QString describe(const HttpProbeResult &result);

private:
    QPointer<Machine> m_machine;
    QString m_url;
    double m_maxTimeSec = 30;
};

} // namespace gd

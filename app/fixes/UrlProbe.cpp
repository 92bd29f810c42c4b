#include "app/fixes/UrlProbe.h"

#include "app/probes/ProbeOutput.h"
#include "remote/Machine.h"

namespace gd {

UrlProbe::UrlProbe(Machine *machine, QString url, QObject *parent)
    : QObject(parent), m_machine(machine), m_url(std::move(url))
{
}

void UrlProbe::probe(std::function<void(const Result<HttpProbeResult, FixError> &)> done)
{
    if (!m_machine) {
        done(FixError(FixError::Kind::ConnectionLost, tr("The connection to the machine is gone.")));
        return;
    }
    HttpProbeRequest request;
    request.url = m_url;
    request.maxTimeSec = m_maxTimeSec;
    const ProbeResult<QStringList> argv = HttpProbe::command(request);
    if (!argv) {
        done(FixError(FixError::Kind::InvalidValue, argv.error().message()));
        return;
    }
    const int timeoutMs = int(m_maxTimeSec * 1000) + 10000;
    m_machine->run(CommandSpec::of(*argv, timeoutMs), this, [done](const CommandResult &r) {
        if (!r.ran()) {
            done(FixError::fromRemote(r.error, FixError::Kind::ProbeWorse, tr("Could not probe the URL")));
            return;
        }
        const ProbeResult<HttpProbeResult> parsed = HttpProbe::parse(ProbeOutput::from(r));
        if (!parsed) {
            done(FixError(FixError::Kind::Unsupported, parsed.error().message(), parsed.error().detail()));
            return;
        }
        done(*parsed);
    });
}

int UrlProbe::badness(const HttpProbeResult &result)
{
    if (!result.transportOk())
        return 3;
    const int code = result.httpCode;
    if (code == 502 || code == 503 || code == 504)
        return 2;
    return code >= 500 ? 1 : 0;
}

QString UrlProbe::describe(const HttpProbeResult &result)
{
    if (result.transportOk())
        return QString::number(result.httpCode);
    return HttpProbeResult::outcomeCode(result.outcome).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace gd

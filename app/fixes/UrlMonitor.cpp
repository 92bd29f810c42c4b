#include "app/fixes/UrlMonitor.h"

#include "app/fixes/StreamLines.h"
#include "app/fixes/UrlProbe.h"
#include "remote/ByteText.h"
#include "remote/CommandJob.h"
#include "remote/Machine.h"
#include "remote/WaitFor.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

namespace gd {

namespace {
constexpr int kMaxLogLines = 200;
}

UrlMonitor::UrlMonitor(Machine *machine, QString url, QObject *parent) : QObject(parent), m_machine(machine)
{
    m_report.url = url;
    m_probe = new UrlProbe(machine, std::move(url), this);
    m_probe->setMaxTimeSec(10);
}

UrlMonitor::~UrlMonitor()
{
    for (const QPointer<CommandJob> &job : std::as_const(m_follows)) {
        if (job)
            job->cancel();
    }
}

QStringList UrlMonitor::followFileArgv(const QString &file)
{
    // -n 0: only what is written from now on; -F: follows a rotated log.
    return {QStringLiteral("tail"), QStringLiteral("-n"), QStringLiteral("0"),
            QStringLiteral("-F"),   QStringLiteral("--"), file};
}

QStringList UrlMonitor::followJournalArgv(const QString &unit)
{
    // -n 0: from now on; short-iso: the time with its zone, like the error log's.
    return {QStringLiteral("journalctl"), QStringLiteral("--no-pager"), QStringLiteral("-f"),
            QStringLiteral("-n"),         QStringLiteral("0"),          QStringLiteral("-o"),
            QStringLiteral("short-iso"),  QStringLiteral("-u"),         unit};
}

void UrlMonitor::start()
{
    m_running = true;
    m_deadline = QDateTime::currentMSecsSinceEpoch() + m_durationMs;
    if (m_machine) {
        for (const QString &file : std::as_const(m_logFiles))
            follow(file, followFileArgv(file));
        for (const QString &unit : std::as_const(m_journalUnits))
            follow(QStringLiteral("journal:") + unit, followJournalArgv(unit));
    }
    probeOnce();
}

void UrlMonitor::follow(const QString &source, const QStringList &argv)
{
    CommandSpec spec = CommandSpec::of(argv, 0);
    spec.stream = true;
    spec.privilege = Privilege::Root; // logs and the journal are root's (or adm's) to read
    CommandJob *job = m_machine->run(spec);
    auto pending = std::make_shared<StreamLines>();
    auto complaint = std::make_shared<StreamLines>();
    connect(job, &CommandJob::outputReceived, this,
            [this, source, pending, complaint](const QByteArray &data, bool isStderr) {
                if (isStderr) {
                    // tail: "cannot open 'x' for reading: Permission denied"; journalctl: "No
                    // journal files were found." Both keep running (tail -F retries), so the
                    // complaint is what tells the user this source stays silent.
                    for (const QByteArray &bytes : complaint->add(data)) {
                        const QString text = utf8Text(bytes).trimmed();
                        if (!text.isEmpty() && m_report.followProblems.size() < kMaxLogLines)
                            m_report.followProblems << QStringLiteral("%1: %2").arg(source, text);
                    }
                    return;
                }
                for (const QByteArray &bytes : pending->add(data)) {
                    const QString line = utf8Text(bytes);
                    if (m_report.logLines.size() < kMaxLogLines)
                        m_report.logLines << line;
                    emit logLine(source, line);
                }
            });
    connect(job, &CommandJob::finished, this, [this, source](const CommandResult &r) {
        // Ended on its own while we still watch: the program is missing, sudo was
        // refused, or the connection went. Say so rather than staying quiet.
        if (!m_running || r.error.kind() == RemoteError::Kind::Cancelled)
            return;
        const QString why =
            r.error ? r.error.message()
                    : tr("stopped with exit code %1: %2").arg(r.exitCode).arg(utf8Text(r.stdErr).trimmed());
        m_report.followProblems << QStringLiteral("%1: %2").arg(source, why);
    });
    m_follows << job;
}

void UrlMonitor::probeOnce()
{
    if (!m_running)
        return;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    m_probe->probe([this, started](const Result<HttpProbeResult, FixError> &r) {
        if (!m_running)
            return;
        if (!r && r.error().kind() == FixError::Kind::ConnectionLost) {
            m_report.counts[tr("connection to the server lost")]++;
            end(false);
            return;
        }
        const QString status = r ? UrlProbe::describe(*r) : r.error().message();
        const bool good = r && UrlProbe::badness(*r) < 2;
        ++m_report.probes;
        m_report.counts[status]++;
        if (good) {
            ++m_report.finalGoodRun;
            m_report.longestGoodRun = std::max(m_report.longestGoodRun, m_report.finalGoodRun);
        } else {
            ++m_report.failures;
            m_report.finalGoodRun = 0;
        }
        emit sampled(status, good);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now >= m_deadline) {
            end(false);
            return;
        }
        const qint64 wait = std::max<qint64>(0, m_intervalMs - (now - started));
        QTimer::singleShot(int(std::min<qint64>(wait, m_deadline - now)), this, &UrlMonitor::probeOnce);
    });
}

void UrlMonitor::cancel()
{
    if (m_running)
        end(true);
}

void UrlMonitor::end(bool cancelled)
{
    m_running = false;
    m_report.cancelled = cancelled;
    for (const QPointer<CommandJob> &job : std::as_const(m_follows)) {
        if (job)
            job->cancel();
    }
    m_follows.clear();
    emit finished(m_report);
}

MonitorReport UrlMonitor::runAndWait()
{
    waitForSignal(
        this, &UrlMonitor::finished, [this] { start(); }, [this] { return m_running; });
    return m_report;
}

} // namespace gd

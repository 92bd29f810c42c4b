#pragma once

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace gd {

class CommandJob;
class Machine;
class UrlProbe;

struct MonitorReport
{
    QString url;
    int probes = 0;
    QMap<QString, int> counts; // "200" -> 57, "504" -> 3, "connection refused" -> 1
    int failures = 0;          // 502/503/504 or no answer
    int longestGoodRun = 0;
    int finalGoodRun = 0; // good answers in a row at the end
    int goodRunNeeded = 10;
    QStringList logLines;       // new error-log / app-log lines seen meanwhile (capped)
    QStringList followProblems; // logs or journals that could not be followed, and why
    bool cancelled = false;
    // Holds: it ended on a run of at least goodRunNeeded answers that were not a
    // gateway failure.
    bool holds() const { return finalGoodRun >= goodRunNeeded; }
};

// Watches a fix hold: probes the failing URL about once a second for a while,
// counting status codes, and follows the logs (tail -F over the same connection) and
// the app's systemd journal (journalctl -f -u UNIT) so new upstream errors and app
// crashes show up as they happen.
class UrlMonitor : public QObject
{
    Q_OBJECT
public:
    UrlMonitor(Machine *machine, QString url, QObject *parent = nullptr);
    ~UrlMonitor() override;

    void setDurationMs(qint64 ms) { m_durationMs = ms; }
    void setIntervalMs(int ms) { m_intervalMs = ms; }
    void setGoodRunNeeded(int n) { m_report.goodRunNeeded = n; }
    void setLogFiles(const QStringList &files) { m_logFiles = files; }
    // Units whose journal to follow ("gunicorn.service"); their lines arrive as
    // logLine("journal:UNIT", line).
    void setJournalUnits(const QStringList &units) { m_journalUnits = units; }

    static QStringList followFileArgv(const QString &file);
    static QStringList followJournalArgv(const QString &unit);

    void start();
    void cancel();
    const MonitorReport &report() const { return m_report; }
    MonitorReport runAndWait();

signals:
    void sampled(const QString &status, bool good);
    void logLine(const QString &file, const QString &line);
    void finished(const gd::MonitorReport &report);

private:
    void probeOnce();
    void follow(const QString &source, const QStringList &argv);
    void end(bool cancelled);

    QPointer<Machine> m_machine;
    UrlProbe *m_probe = nullptr;
    QStringList m_logFiles;
    QStringList m_journalUnits;
    QList<QPointer<CommandJob>> m_follows;
    qint64 m_durationMs = 60000;
    int m_intervalMs = 1000;
    qint64 m_deadline = 0;
    bool m_running = false;
    MonitorReport m_report;
};

} // namespace gd

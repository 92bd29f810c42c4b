#pragma once

#include "app/fixes/UrlMonitor.h"
#include "ui/actions/ActionSection.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace gd {

class MonitorChart;
class PoolLoadChart;
class PoolStatusMonitor;
class ResultLabel;
class Spinner;
class UrlMonitor;

// Step 6: watch the failing URL for a while (UrlMonitor): a live chart of the
// answers, the running counts, the log lines that appear meanwhile (nginx's error
// log, the app's log and journal), then whether the fix holds. Cancel stops it.
// PHP-FPM pools with a status page get a chart of their own beside it: active
// children against pm.max_children and the queue, read every second or two.
class MonitorAction : public ActionSection
{
    Q_OBJECT
public:
    explicit MonitorAction(WizardSession *session, QWidget *parent = nullptr);
    void showDiagnosis() override;
    void showRunning() override;

    bool isRunning() const { return m_monitor != nullptr; }
    void cancel();
    MonitorChart *chart() const { return m_chart; }
    PoolLoadChart *poolChart() const { return m_poolChart; }
    const MonitorReport &lastReport() const { return m_last; }
    // Tests and the screenshot tool: a faster probe and a duration of their own.
    void setIntervalMs(int ms) { m_intervalMs = ms; }
    void setDurationMs(qint64 ms) { m_durationOverrideMs = ms; }

signals:
    void finished(bool holds); // lastReport() has the rest

private:
    void start();
    void onFinished(const MonitorReport &report);
    void updateCounts();

    QComboBox *m_duration;
    QPushButton *m_button;
    Spinner *m_spinner;
    QLabel *m_counts;
    MonitorChart *m_chart;
    PoolLoadChart *m_poolChart;
    QListWidget *m_log;
    ResultLabel *m_verdict;
    QPointer<UrlMonitor> m_monitor;
    QPointer<PoolStatusMonitor> m_pools;
    QMap<QString, int> m_seen;
    QMap<QString, QString> m_logNames; // app log file -> its server's name
    MonitorReport m_last;
    int m_intervalMs = 0;
    qint64 m_durationOverrideMs = 0;
};

} // namespace gd

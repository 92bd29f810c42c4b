// The wizard's benchmarks (run by `cmake --build <dir> --target bench`):
//  - cold start to the first painted window (a fresh process each time);
//  - the longest GUI-thread stall while a full diagnosis runs over SSH (the lab's
//    sshd and nginx), measured by a 1 ms timer that records its longest gap;
//  - step 2 on a 1 GiB error log: from the end of the diagnosis to the first log
//    lines painted in the step-2 view, and the process's peak resident memory.
#include "tests/bench/BenchTable.h"
#include "tests/lab/LabSshd.h"
#include "tests/ui/WizardDriver.h"
#include "tests/ui/WizardLab.h"
#include "ui/MainWindow.h"
#include "ui/WizardApp.h"
#include "ui/log/ErrorLogModel.h"
#include "ui/pages/StepPage.h"
#include "ui/panels/ErrorLogPanel.h"
#include "ui/session/WizardSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gd;

namespace {

// Child mode: show the window, print when it is first painted, quit.
class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                fputs("painted\n", stdout);
                fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

int firstPaintChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    WizardApp::setUp(app);
    MainWindow window;
    FirstPaint watcher;
    window.installEventFilter(&watcher);
    window.show();
    return app.exec();
}

double coldStartMs(const QString &self)
{
    QList<double> runs;
    for (int i = 0; i < 5; ++i) {
        QProcess child;
        QElapsedTimer clock;
        clock.start();
        child.start(self, {QStringLiteral("--first-paint")});
        bool painted = false;
        while (!painted && child.waitForReadyRead(10000))
            painted = child.readAllStandardOutput().contains("painted");
        if (!painted)
            return -1;
        runs << clock.nsecsElapsed() / 1e6;
        child.waitForFinished(5000);
    }
    return bench::median(runs);
}

// Records the longest time between two ticks of a 1 ms timer: any work that holds
// the GUI thread shows up as a gap.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            if (m_verbose && now - m_last > 20'000'000)
                fprintf(stderr, "  stall %.1f ms ending at %.1f ms\n", (now - m_last) / 1e6, now / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start(1);
    }
    double longestMs() const { return m_longest / 1e6; }
    double nowMs() const { return m_clock.nsecsElapsed() / 1e6; }
    void setVerbose(bool verbose) { m_verbose = verbose; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    bool m_verbose = false;
};

bool verbose()
{
    return qEnvironmentVariableIsSet("GD_BENCH_VERBOSE");
}

struct Stalls
{
    double diagnosis = -1; // connect, discover, diagnose and fill every page
    double pageOpen = -1;  // then opening each step page for the first time
};

Stalls sshStalls(QString *why)
{
    test::WizardLab lab;
    if (const lab::LabStatus s = lab.start(QStringLiteral("slow_upstream")); !s) {
        *why = s.message();
        return {};
    }
    lab::LabSshd sshd;
    if (const lab::LabStatus s = sshd.start(); !s) {
        *why = s.message();
        return {};
    }
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    if (const lab::LabStatus written = sshd.writeKnownHosts(knownHosts); !written.ok()) {
        *why = written.message();
        return {};
    }
    MainWindow window;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("the window was not exposed");
    test::WizardDriver driver(window);
    const SshTarget defaults = test::WizardDriver::labDefaults(knownHosts);
    driver.chooseSsh(defaults, sshd.host(), sshd.port(), QStringLiteral("root"), sshd.clientKeyPath(),
                     lab.configPath(), lab.url());
    StallMeter meter;
    meter.setVerbose(verbose());
    if (verbose()) {
        QObject::connect(window.session(), &WizardSession::progress, &meter, [&meter](const QString &what) {
            fprintf(stderr, "  %.1f ms: %s\n", meter.nowMs(), qPrintable(what));
        });
        // Connected after the pages: runs once they have shown the results.
        QObject::connect(window.session(), &WizardSession::diagnosisFinished, &meter,
                         [&meter] { fprintf(stderr, "  %.1f ms: pages filled\n", meter.nowMs()); });
    }
    meter.start();
    // Connect, discover, diagnose and fill every page: all of it counts.
    if (!driver.diagnose(180000)) {
        *why = QStringLiteral("the diagnosis over SSH did not finish");
        return {};
    }
    Stalls stalls;
    stalls.diagnosis = meter.longestMs();
    // Then the first look at each page (layout and first paint of its cards).
    meter.start();
    for (int step = 1; step <= 6; ++step) {
        window.goToStep(step);
        QTest::qWait(50);
    }
    window.goToPage(MainWindow::Summary);
    QTest::qWait(50);
    stalls.pageOpen = meter.longestMs();
    return stalls;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Returns the ms from the end of the diagnosis to the first lines painted in step 2.
double hugeLogMs(qint64 *rssKb, QString *why)
{
    test::WizardLab lab;
    if (const lab::LabStatus s = lab.start(QStringLiteral("nothing_listening")); !s) {
        *why = s.message();
        return -1;
    }
    {
        // 1 GiB of nginx lines before the fresh ones (written in 1 MiB blocks).
        QFile log(lab.nginx().errorLogPath());
        if (!log.open(QIODevice::Append)) {
            *why = log.errorString();
            return -1;
        }
        QByteArray block;
        int n = 0;
        while (block.size() < 1024 * 1024) {
            block +=
                QStringLiteral(
                    "2024/05/01 10:00:%1 [error] 1234#1234: *%2 connect() failed (111: Connection refused) "
                    "while connecting to upstream, client: 127.0.0.1, server: _, request: \"GET /x "
                    "HTTP/1.1\", "
                    "upstream: \"http://127.0.0.1:8080/x\", host: \"localhost\"\n")
                    .arg(n % 60, 2, 10, QLatin1Char('0'))
                    .arg(n)
                    .toUtf8();
            block += "2024/05/01 10:00:01 [notice] 1233#1233: signal process started\n";
            ++n;
        }
        for (qint64 written = 0; written < 1024LL * 1024 * 1024; written += block.size())
            log.write(block);
    }
    MainWindow window;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("the window was not exposed");
    test::WizardDriver driver(window);
    driver.chooseLocal(lab.configPath(), lab.url());
    auto *panel = window.stepPage(2)->findChild<ErrorLogPanel *>();
    QSignalSpy shown(panel, &ErrorLogPanel::logShown);
    QElapsedTimer clock;
    QObject::connect(window.session(), &WizardSession::diagnosisFinished, &window, [&] {
        clock.start();
        window.goToStep(2);
    });
    if (!driver.diagnose(180000)) {
        *why = QStringLiteral("the diagnosis did not finish");
        return -1;
    }
    if (shown.isEmpty() && !shown.wait(10000)) {
        *why = QStringLiteral("step 2 did not show the log");
        return -1;
    }
    // Painted: the view has rows and has been through a paint.
    panel->view()->viewport()->repaint();
    const double ms = clock.nsecsElapsed() / 1e6;
    if (panel->model()->rowCount() == 0) {
        *why = QStringLiteral("no lines in the view");
        return -1;
    }
    *rssKb = peakRssKb();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--first-paint") == 0)
            return firstPaintChild(argc, argv);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    WizardApp::setUp(app);
    QStandardPaths::setTestModeEnabled(true);

    // GD_BENCH_ONLY=cold|stall|log runs one measurement (when looking into one).
    const QString only = qEnvironmentVariable("GD_BENCH_ONLY");
    const auto wanted = [&only](const char *name) { return only.isEmpty() || only == QLatin1String(name); };
    bench::BenchTable table(QStringLiteral("The wizard (%1 platform)").arg(QGuiApplication::platformName()));
    if (wanted("cold")) {
        const double cold = coldStartMs(QCoreApplication::applicationFilePath());
        table.row(QStringLiteral("cold start to first painted window (median of 5)"),
                  cold < 0 ? QStringLiteral("failed") : QStringLiteral("%1 ms").arg(cold, 0, 'f', 0),
                  QStringLiteral("≤ 300 ms"), cold >= 0 && cold <= 300);
    }
    QString why;
    if (wanted("stall")) {
        const Stalls stalls = sshStalls(&why);
        const auto figure = [&why](double ms) {
            return ms < 0 ? QStringLiteral("failed: ") + why : QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
        };
        table.row(QStringLiteral("longest GUI stall, full diagnosis over SSH"), figure(stalls.diagnosis),
                  QStringLiteral("≤ 50 ms"), stalls.diagnosis >= 0 && stalls.diagnosis <= 50);
        table.row(QStringLiteral("longest GUI stall, opening each page after it"), figure(stalls.pageOpen),
                  QStringLiteral("≤ 50 ms"), stalls.pageOpen >= 0 && stalls.pageOpen <= 50);
    }
    if (wanted("log")) {
        qint64 rss = -1;
        why.clear();
        const double huge = hugeLogMs(&rss, &why);
        table.row(QStringLiteral("1 GiB error log: first lines in step 2"),
                  huge < 0 ? QStringLiteral("failed: ") + why : QStringLiteral("%1 ms").arg(huge, 0, 'f', 0),
                  QStringLiteral("≤ 1000 ms"), huge >= 0 && huge <= 1000);
        table.row(QStringLiteral("1 GiB error log: peak resident memory"),
                  rss < 0 ? QStringLiteral("unknown") : QStringLiteral("%1 MB").arg(rss / 1024),
                  QStringLiteral("≤ 300 MB"), rss >= 0 && rss <= 300 * 1024);
    }
    return table.print() == 0 ? 0 : 1;
}

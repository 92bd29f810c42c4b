#pragma once

#include "app/model/Evidence.h"
#include "app/model/Step.h"

#include <QMainWindow>

class QLayout;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace gd {

class ConnectFlow;
class DebriefPage;
class DiscoveryPage;
class NoticeBar;
class PracticeBanner;
class PracticeController;
class StartPage;
class StepPage;
class SummaryPage;
class WizardSession;

// The wizard's window: the pages in order (start, discovery, steps 1–6, summary, and
// a practice run's debrief) with a list to jump between them, Back/Next, a notice bar
// for what concerns every page (a dropped connection, a sudo password some checks
// need), and the practice banner while a lab runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Where the pages sit in the page table (see buildPages): start, discovery, the
    // steps in order, the summary, the debrief (practice runs only).
    enum Page
    {
        Start = 0,
        Discovery = 1,
        FirstStep = 2,
        Summary = FirstStep + kStepCount,
        Debrief = Summary + 1
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WizardSession *session() const { return m_session; }
    StartPage *startPage() const { return m_start; }
    DiscoveryPage *discoveryPage() const { return m_discovery; }
    StepPage *stepPage(int step) const { return m_steps.value(step - 1); }
    SummaryPage *summaryPage() const { return m_summary; }
    DebriefPage *debriefPage() const { return m_debrief; }
    PracticeController *practice() const { return m_practice; }
    PracticeBanner *practiceBanner() const { return m_banner; }
    // The dialog where the trainee names the cause, filled with step 2's evidence.
    void askCause();
    NoticeBar *noticeBar() const { return m_notice; }
    int currentPage() const;
    void goToPage(int page);
    void goToStep(int step) { goToPage(FirstStep + step - 1); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // One row of the page table: a page of the wizard, in the order of the
    // navigation list, the stack and Back/Next.
    struct PageRow
    {
        QString label;   // in the navigation list
        QString toolTip; // the step's question on step pages
        int step = 0;    // 1..kStepCount on step pages, 0 elsewhere
    };

    void buildPages();
    template <typename P> P *addPage(const QString &label, P *page, int step = 0);
    StepPage *createStepPage(int step);
    void buildLayout();
    QLayout *buildButtons();
    void connectSession();
    void connectReconnect();
    void connectPractice();
    void onPracticeStarted();
    void addShortcuts();
    int lastPage() const { return int(m_pages.size()) - 1; }
    // The debrief page only once a practice run has one.
    int lastReachablePage() const;
    bool started() const;
    void buildNavigation();
    void updateNavigation();
    void updateButtons();
    void next();
    void back();
    void cancelRunning();
    void openLocation(const Evidence &evidence);
    void onDiagnosisFinished();
    void onConnectionLost();
    void askSudoPassword();

    WizardSession *m_session;
    ConnectFlow *m_reconnect;
    PracticeController *m_practice;
    QList<PageRow> m_pages;
    StartPage *m_start;
    DiscoveryPage *m_discovery;
    QList<StepPage *> m_steps;
    SummaryPage *m_summary;
    DebriefPage *m_debrief;
    PracticeBanner *m_banner;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    NoticeBar *m_notice;
    QPushButton *m_back;
    QPushButton *m_next;
    bool m_sudoNotice = false;
    bool m_closeAfterStop = false; // the window closes once the lab has stopped
};

} // namespace gd

#pragma once

#include "app/model/Evidence.h"

#include <QMainWindow>

class QListWidget;
class QPushButton;
class QStackedWidget;

namespace gd {

class ConnectFlow;
class DiscoveryPage;
class NoticeBar;
class StartPage;
class StepPage;
class SummaryPage;
class WizardSession;

// The wizard's window: the pages in order (start, discovery, steps 1–6, summary)
// with a list to jump between them, Back/Next, and a notice bar for what concerns
// every page (a dropped connection, a sudo password some checks need).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        Start = 0,
        Discovery = 1,
        FirstStep = 2,
        Summary = 8,
        PageCount = 9
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WizardSession *session() const { return m_session; }
    StartPage *startPage() const { return m_start; }
    DiscoveryPage *discoveryPage() const { return m_discovery; }
    StepPage *stepPage(int step) const { return m_steps.value(step - 1); }
    SummaryPage *summaryPage() const { return m_summary; }
    NoticeBar *noticeBar() const { return m_notice; }
    int currentPage() const;
    void goToPage(int page);
    void goToStep(int step) { goToPage(FirstStep + step - 1); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
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
    StartPage *m_start;
    DiscoveryPage *m_discovery;
    QList<StepPage *> m_steps;
    SummaryPage *m_summary;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    NoticeBar *m_notice;
    QPushButton *m_back;
    QPushButton *m_next;
    bool m_sudoNotice = false;
};

} // namespace gd

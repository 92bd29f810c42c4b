#pragma once

#include "app/model/Evidence.h"
#include "app/model/Finding.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace gd {

class FindingCard;
class WizardSession;

// The end of the wizard: the root cause, what was changed, what to watch next, and
// the report as Markdown, HTML or PDF, or the command transcript on the clipboard.
class SummaryPage : public QWidget
{
    Q_OBJECT
public:
    enum class Format
    {
        Markdown,
        Html,
        Pdf
    };
    explicit SummaryPage(WizardSession *session, QWidget *parent = nullptr);

    // Writes the report; returns an empty string or the reason it failed.
    QString exportTo(const QString &path, Format format) const;
    QString transcript() const;
    // What steps 5 and 6 changed this session (one ChangeCard each).
    QWidget *changesArea() const { return m_changesArea; }

signals:
    void locationActivated(const gd::Evidence &evidence);
    void stepRequested(int step);

private:
    QWidget *buildChangesBox();
    QWidget *buildWatchBox();
    QWidget *buildExportBox();
    void onFinished();
    void chooseAndExport(Format format);
    void showChanges();
    FindingCard *findingCard(const Finding &f, const Finding *top, QWidget *parent);

    WizardSession *m_session;
    QLabel *m_headline;
    QWidget *m_findings;
    QVBoxLayout *m_findingsLayout;
    QWidget *m_changesArea;
    QVBoxLayout *m_changesLayout;
    QLabel *m_exportStatus;
    QList<QPushButton *> m_exportButtons;
};

} // namespace gd

#pragma once

#include "app/lab/Debrief.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace gd {

// The last page of a practice run: the debrief (time, hints, the cause named and when,
// safe habits, downtime, the score line by line, the trainee's path beside the
// doctor's) and its export as Markdown, HTML or PDF, like the summary's report.
class DebriefPage : public QWidget
{
    Q_OBJECT
public:
    enum class Format
    {
        Markdown,
        Html,
        Pdf
    };
    explicit DebriefPage(QWidget *parent = nullptr);

    void showDebrief(const Debrief &debrief);
    bool hasDebrief() const { return m_debrief.has_value(); }
    const Debrief &debrief() const { return *m_debrief; }
    // Writes the debrief; returns an empty string or the reason it failed.
    QString exportTo(const QString &path, Format format) const;

private:
    QWidget *buildExportBox();
    void chooseAndExport(Format format);

    std::optional<Debrief> m_debrief;
    QLabel *m_headline;
    QTextBrowser *m_view;
    QLabel *m_exportStatus;
    QList<QPushButton *> m_exportButtons;
};

} // namespace gd

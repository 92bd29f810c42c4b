#pragma once

#include "app/fixes/EditCycle.h"

#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace gd {

class StatusBadge;

// The stages of one edit cycle as they pass: a spinner while a stage runs, then
// ✓ or ✗ with what it found ("new workers: 4121", nginx -t's message). Stages the
// cycle never entered end as "–" (not needed here, or not reached); Restore shows
// only when a failure made the cycle restore.
class StageList : public QWidget
{
    Q_OBJECT
public:
    explicit StageList(QWidget *parent = nullptr);

    void reset();
    void started(EditStage stage);
    void finished(EditStage stage, bool ok, const QString &detail);
    // The cycle ended: stages that never ran say so.
    void settle();
    // What a stage that did not run means here ("not needed on this computer").
    void setSkipNote(EditStage stage, const QString &note) { m_skipNotes[stage] = note; }
    // "idle", "running", "pass", "fail", "skipped" (tests and accessibility).
    QString stateOf(EditStage stage) const;

    static QList<EditStage> allStages();

private:
    struct Row
    {
        StatusBadge *badge;
        QLabel *name;
        QLabel *detail;
        QStringList details;
    };
    QMap<EditStage, Row> m_rows;
    QMap<EditStage, QString> m_skipNotes;
};

} // namespace gd

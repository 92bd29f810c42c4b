#pragma once

#include "app/model/Evidence.h"
#include "app/model/FixAction.h"

#include <QWidget>

namespace gd {

// A finding's fix exactly as Apply carries it out: each edit as the real file:line
// (a link, like evidence) with its old and new text as a diff, each command as the
// exact command line to copy, and under each the one line that says why.
class FixActionsView : public QWidget
{
    Q_OBJECT
public:
    explicit FixActionsView(const QList<FixAction> &actions, QWidget *parent = nullptr);

    // The command line as a shell would take it: sudo when marked as root, words quoted.
    static QString commandLine(const FixAction &action);

signals:
    void locationActivated(const gd::Evidence &evidence);

private:
    QWidget *editView(const FixAction &action, int index);
    QWidget *commandView(const FixAction &action, int index);
};

} // namespace gd

#pragma once

#include "app/lab/Debrief.h"

#include <QList>
#include <QString>

namespace gd {

// The trainee's results, per user, on the computer Gateway Doctor runs on (also when the
// lab was over SSH): ~/.local/share/gateway-doctor/practice/results.json, one debrief per
// finished run, newest last. No secrets go in: a debrief holds the ticket, the lab's paths
// and config diffs, the events and the score.
class PracticeResults
{
public:
    // path empty: the default file.
    explicit PracticeResults(QString path = {});

    static QString defaultPath();
    const QString &path() const { return m_path; }

    QList<Debrief> load() const;
    bool append(const Debrief &debrief, QString *error = nullptr) const;
    // The best total for a scenario (-1: never finished).
    int best(const QString &scenarioId) const;
    // The last run (for `practice debrief` after stop).
    std::optional<Debrief> last() const;

private:
    QString m_path;
};

} // namespace gd

#include "ui/session/FixJournal.h"

#include "app/fixes/Transcript.h"
#include "remote/Machine.h"

namespace gd {

FixJournal::FixJournal(QObject *parent) : QObject(parent)
{
}

FixJournal::~FixJournal() = default;

void FixJournal::setMachine(Machine *machine)
{
    m_records.clear();
    m_commands.clear();
    m_transcript.reset();
    if (machine) {
        m_transcript = std::make_unique<Transcript>(machine->displayName());
        m_transcript->attach(machine);
    }
    emit changed();
}

QString FixJournal::statusCode(EditOutcome::Status status)
{
    static const char *const names[] = {"applied", "unchanged",   "dry-run", "declined",
                                        "refused", "rolled back", "failed"};
    return QLatin1String(names[int(status)]);
}

QString FixJournal::statusWord(EditOutcome::Status status)
{
    switch (status) {
    case EditOutcome::Status::Applied:
        return tr("applied and confirmed");
    case EditOutcome::Status::Unchanged:
        return tr("already in place");
    case EditOutcome::Status::DryRun:
        return tr("preview");
    case EditOutcome::Status::Declined:
        return tr("cancelled");
    case EditOutcome::Status::Refused:
        return tr("refused");
    case EditOutcome::Status::RolledBack:
        return tr("rolled back");
    case EditOutcome::Status::Failed:
        return tr("failed");
    case EditOutcome::Status::KeptNotFixed:
        return tr("kept, but the site still fails");
    }
    return {};
}

void FixJournal::recordEdit(const QString &action, const QString &where, const EditOutcome &outcome)
{
    if (m_transcript)
        m_transcript->recordChange(action, statusCode(outcome.status), outcome.error.message(), outcome.diff,
                                   outcome.backups);
    // A preview or a cancelled confirmation changed nothing: the transcript keeps
    // them, the list of changes does not.
    if (outcome.status == EditOutcome::Status::DryRun || outcome.status == EditOutcome::Status::Declined)
        return;
    ChangeRecord r;
    r.action = action;
    r.where = where;
    for (const FileEdit &e : outcome.edits) {
        if (e.after != e.before)
            r.files << e.path;
    }
    r.status = statusWord(outcome.status);
    r.ok = outcome.status == EditOutcome::Status::Applied || outcome.status == EditOutcome::Status::Unchanged;
    r.message = outcome.error.message();
    r.diff = outcome.diff;
    r.backups = outcome.backups;
    r.probeBefore = outcome.probeBefore;
    r.probeAfter = outcome.probeAfter;
    r.notes = outcome.notes;
    r.when = QDateTime::currentDateTime();
    m_records << r;
    emit changed();
}

void FixJournal::recordAction(const QString &action, const QString &where, bool ok, const QString &status,
                              const QString &message)
{
    if (m_transcript)
        m_transcript->recordChange(where.isEmpty() ? action : action + QLatin1Char(' ') + where, status,
                                   message);
    ChangeRecord r;
    r.action = action;
    r.where = where;
    r.ok = ok;
    r.status = status;
    r.message = message;
    r.when = QDateTime::currentDateTime();
    m_records << r;
    emit changed();
}

} // namespace gd

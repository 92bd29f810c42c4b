#pragma once

#include "app/fixes/EditCycle.h"
#include "remote/CommandResult.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>

namespace gd {

class Machine;
class Transcript;

// One thing the wizard did to the target this session: a config change (with its
// diff and backups) or an action (reload, restart, monitor).
struct ChangeRecord
{
    QString action;    // "Apply timeouts", "Reload nginx", ... (translated)
    QString where;     // the block or unit it concerned, for people
    QStringList files; // the files written (real paths)
    QString status;    // "applied", "rolled back", ... (translated word)
    bool ok = false;   // it did what was asked
    QString message;   // why, in plain words, when it did not
    QString diff;
    QStringList backups;
    QString probeBefore, probeAfter;
    QStringList notes;
    QDateTime when;
};

// What the wizard changed on the target this session, for the summary and the
// exports, and the persistent transcript (app's Transcript, like the CLI's): every
// command the machine runs and every change, written as it happens.
class FixJournal : public QObject
{
    Q_OBJECT
public:
    explicit FixJournal(QObject *parent = nullptr);
    ~FixJournal() override;

    // A new target: a new transcript; the records of the previous target are dropped.
    void setMachine(Machine *machine);

    void recordEdit(const QString &action, const QString &where, const EditOutcome &outcome);
    void recordAction(const QString &action, const QString &where, bool ok, const QString &status,
                      const QString &message = QString());
    // Commands run outside the diagnosis (by the actions, the log follower).
    void recordCommand(const CommandResult &result) { m_commands << result; }

    const QList<ChangeRecord> &records() const { return m_records; }
    const QList<CommandResult> &commands() const { return m_commands; }
    Transcript *transcript() const { return m_transcript.get(); }

    // "applied", "rolled back", ... as people read it.
    static QString statusWord(EditOutcome::Status status);
    // The same as the CLI writes it into the transcript (stable, not translated).
    static QString statusCode(EditOutcome::Status status);

signals:
    void changed();

private:
    std::unique_ptr<Transcript> m_transcript;
    QList<ChangeRecord> m_records;
    QList<CommandResult> m_commands;
};

} // namespace gd

#pragma once

#include "remote/CommandResult.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace gd {

class Machine;

// Every command run and every change made on one target, appended as JSON lines to
// <user data dir>/transcripts/<target>.jsonl as it happens (a crash loses nothing),
// and exportable as text. Commands are recorded from Machine::commandFinished, which
// never carries secrets: sudo passwords travel on stdin and are not part of a result.
class Transcript : public QObject
{
    Q_OBJECT
public:
    // directory empty: defaultDirectory().
    explicit Transcript(QString target, QString directory = QString(), QObject *parent = nullptr);

    // Records every command the machine finishes from now on.
    void attach(Machine *machine);
    void recordCommand(const CommandResult &result);
    // A change or an action: what, how it ended, the diff and the backups involved.
    void recordChange(const QString &action, const QString &status, const QString &message,
                      const QString &diff = {}, const QStringList &backups = {});

    QString target() const { return m_target; }
    QString path() const { return m_path; }
    // The whole transcript of this target (earlier runs too), as readable text.
    QString exportText() const;
    // Entries as stored, oldest first.
    QList<QJsonObject> entries() const;

    static QString defaultDirectory();
    // "root@web1:22" -> "root@web1_22.jsonl": one file per target, safe as a name.
    static QString fileNameFor(const QString &target);

private:
    void append(QJsonObject entry);

    QString m_target;
    QString m_path;
    QPointer<Machine> m_machine;
};

} // namespace gd

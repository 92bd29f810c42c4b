#pragma once

#include "remote/CommandSpec.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace gd {

class Machine;

// Follows a log on the target (like tail -f, but polled through FileAccess so it
// works the same locally, over SSH and through sudo): every couple of seconds it
// fetches the end of the file and reports the bytes written since the last look.
class LogFollower : public QObject
{
    Q_OBJECT
public:
    // `knownEnd` and `knownIdentity`: where, and in which file (FileTail::identity), the
    // lines already shown end.
    LogFollower(Machine *machine, QString path, Privilege privilege, qint64 knownEnd,
                QByteArray knownIdentity = {}, QObject *parent = nullptr);
    void start(int intervalMs = 2000);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

signals:
    // `gap`: more was written than one poll fetches; the bytes start mid-file.
    void appended(const QByteArray &data, bool gap);
    // The log was rotated or truncated: what follows comes from the new file's start.
    void restarted();
    void failed(const QString &message);

private:
    void poll();

    QPointer<Machine> m_machine;
    QString m_path;
    Privilege m_privilege;
    qint64 m_end;
    QByteArray m_identity;
    QTimer m_timer;
    bool m_inFlight = false;
};

} // namespace gd

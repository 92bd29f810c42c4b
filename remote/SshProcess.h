#pragma once

#include "remote/ProcessChannel.h"

namespace gd {

class SshMachine;

// The caller-side handle of one command running over SSH, on a runner shell or on
// a channel of its own. It learns the remote PID from the first stderr line both
// print, so that stopping the command can signal its process group (closing a
// channel does not stop a program).
class SshProcess : public ProcessChannel
{
    Q_OBJECT
public:
    SshProcess(SshMachine *machine, quint64 id);
    ~SshProcess() override;

    void writeStdin(const QByteArray &data) override;
    void closeStdin() override;
    void terminate(bool force) override;

private:
    friend class SshMachine;
    void deliver(const QByteArray &data, bool isStderr);
    void deliverFinished(int exitCode, const RemoteError &error);

    SshMachine *m_machine;
    quint64 m_id;
    qint64 m_remotePid = 0;
    bool m_pidParsed = false;
    bool m_done = false;
    QByteArray m_stderrHead;
};

} // namespace gd

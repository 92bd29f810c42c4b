#pragma once

#include "remote/CommandResult.h"
#include "remote/CommandSpec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace gd {

class Machine;
class ProcessChannel;
class SudoPrompt;

// One command in flight. Machine::run() creates it; it reports through signals in
// the caller's thread and never blocks. By default it deletes itself after
// finished(): keep a QPointer if you may cancel it later.
class CommandJob : public QObject
{
    Q_OBJECT
public:
    ~CommandJob() override;

    const CommandSpec &spec() const { return m_spec; }
    bool isFinished() const { return m_finished; }
    const CommandResult &result() const { return m_result; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Stops the command (SIGTERM, then SIGKILL); finished() reports Cancelled.
    void cancel();

    // Spins a local event loop until finished. For the CLI and tests, never the GUI thread.
    CommandResult waitForFinished();

signals:
    // Only when spec().stream is set: output as it arrives (stdout/stderr separately).
    void outputReceived(const QByteArray &data, bool isStderr);
    void finished(const gd::CommandResult &result);

private:
    friend class Machine;
    CommandJob(Machine *machine, CommandSpec spec, QObject *parent);

    void start();
    void startProcess(const QStringList &argv);
    void onStdout(const QByteArray &data);
    void onStderr(const QByteArray &data);
    void onProcessFinished(int exitCode, const RemoteError &error);
    void writeCommandStdin();
    void stop(RemoteError::Kind why);
    void finish(RemoteError error = {});
    void appendOutput(QByteArray &sink, const QByteArray &data, bool isStderr);

    QPointer<Machine> m_machine;
    CommandSpec m_spec;
    CommandResult m_result;
    QPointer<ProcessChannel> m_process;
    std::unique_ptr<SudoPrompt> m_sudo;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    QTimer m_killTimer;
    RemoteError::Kind m_stopReason = RemoteError::Kind::None;
    int m_stopStage = 0;
    bool m_overflowStderr = false; // which stream went over maxOutputBytes
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace gd

#pragma once

#include "tests/lab/LabStatus.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace gd::lab {

// What to run and where its output goes.
struct LabProcessSpec
{
    QString name;    // for messages and the names of the output files
    QString program; // absolute path
    QStringList arguments;
    QString outputDir;      // receives <name>.stdout and <name>.stderr
    int stopGraceMs = 3000; // SIGTERM, then SIGKILL for everything left after this
};

// One child process, owned: started, waited for, and always stopped, together with
// every process it forked.
//
// Every program runs under gd-lab-supervisor (see tools/gd-lab-supervisor.cpp): a
// shim that is told by the kernel (PR_SET_PDEATHSIG) when the test process dies, is
// the subreaper of the program's whole tree, and kills that tree on stop. That is what
// makes "nothing survives the test" hold even when a test crashes or is SIGKILLed, with
// the same code for Qt 5 (no child-process modifier) and Qt 6. Caveat: PDEATHSIG fires
// when the *thread* that started the process ends, so start lab processes from the
// test's main thread.
//
// stdout and stderr go to files, not pipes: nothing is lost for a post-mortem and a
// chatty child can never block on a full pipe while the test is not reading it.
// All waiting is blocking with a deadline; no event loop is needed.
class LabProcess
{
public:
    LabProcess() = default;
    ~LabProcess();
    LabProcess(const LabProcess &) = delete;
    LabProcess &operator=(const LabProcess &) = delete;

    // Also restarts a process that has ended.
    LabStatus start(const LabProcessSpec &spec);

    // Readiness checks. Each fails early, with the output so far, if the process exits.
    // Returns the first stdout line starting with prefix.
    LabResult<QString> waitForStdoutLine(const QString &prefix, int timeoutMs = 5000);
    LabStatus waitForFileContaining(const QString &path, const QByteArray &needle, int timeoutMs = 5000);
    LabStatus waitForTcpPort(const QString &host, quint16 port, int timeoutMs = 5000);
    LabStatus waitUntil(const std::function<bool()> &ready, const QString &what, int timeoutMs = 5000);

    // SIGTERM through the supervisor, SIGKILL to the whole tree after the grace time.
    // Returns failure only when even that did not end it.
    LabStatus stop();
    // SIGKILL to the program and everything it forked, at once.
    LabStatus killAll();

    bool isRunning();
    // The supervisor's pid (what QProcess started) and the program's own pid.
    qint64 supervisorPid() const { return m_supervisorPid; }
    qint64 pid() const { return m_programPid; }
    // Exit code of the supervised program after it ended (128 + signal if killed).
    int exitCode() const;

    QString stdoutPath() const;
    QString stderrPath() const;
    QString stdoutText() const;
    QString stderrText() const;
    // "name exited with code N; stderr: ...", for failure messages.
    QString describeExit() const;

private:
    void forceKillTree();

    LabProcessSpec m_spec;
    std::unique_ptr<QProcess> m_process;
    qint64 m_supervisorPid = 0;
    qint64 m_programPid = 0;
};

} // namespace gd::lab

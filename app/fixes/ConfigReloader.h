#pragma once

#include "app/config/NginxTestOutput.h"
#include "app/fixes/FixError.h"
#include "remote/CommandResult.h"
#include "remote/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace gd {

class Machine;
class ProcessTable;

// The service whose config an edit cycle changes: how to test that config, and how to
// reload the service and prove the reload took. nginx and php-fpm implement it.
class ConfigReloader : public QObject
{
    Q_OBJECT
public:
    ConfigReloader(Machine *machine, QObject *parent);

    struct TestOutcome
    {
        NginxTestOutput output; // parsed for nginx; raw text in command for others
        CommandResult command;
        FixError error; // None when the test passed (exit code 0)
    };
    struct ReloadOutcome
    {
        CommandResult command;
        QList<qint64> newWorkers;
        FixError error; // None when confirmed
    };

    virtual void test(std::function<void(const TestOutcome &)> done) = 0;
    // The pids of the processes that serve requests now (the proof of a reload): one ps,
    // read by servingChildren().
    void snapshotWorkers(std::function<void(const Result<QList<qint64>, FixError> &)> done);
    virtual void reload(const QList<qint64> &oldWorkers, std::function<void(const ReloadOutcome &)> done) = 0;
    // What the server-side rollback guard runs after restoring.
    virtual QStringList reloadArgv() const = 0;
    virtual bool isRunning() const = 0;
    // "nginx -t" / "php-fpm8.2 -t", for people.
    virtual QString testName() const = 0;

    void setConfirmTimeoutMs(int ms) { m_confirmTimeoutMs = ms; }

protected:
    // The master's children in `table` that serve requests with the current config.
    virtual QList<qint64> servingChildren(const ProcessTable &table) const = 0;
    // "nginx's workers", "php-fpm's children", for messages.
    virtual QString workersName() const = 0;

    // Polls snapshotWorkers() every 100 ms until isReloaded() says the new config took,
    // or m_confirmTimeoutMs passed (then notReloadedMessage() is the error).
    void confirmReload(const QList<qint64> &oldWorkers, ReloadOutcome outcome,
                       std::function<void(const ReloadOutcome &)> done);
    // lastChance: the deadline is less than half a second away.
    virtual bool isReloaded(const QList<qint64> &oldWorkers, const QList<qint64> &now,
                            bool lastChance) const = 0;
    virtual QString notReloadedMessage() const = 0;

    QPointer<Machine> m_machine;
    int m_confirmTimeoutMs = 10000;

private:
    void poll(const QList<qint64> &oldWorkers, qint64 deadline, ReloadOutcome outcome,
              std::function<void(const ReloadOutcome &)> done);
};

} // namespace gd

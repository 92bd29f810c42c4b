#pragma once

#include "app/fixes/ConfigReloader.h"

namespace gd {

class Machine;

// The PHP-FPM master whose pool files a fix edits.
struct PhpFpmRuntime
{
    QString binary;     // "/usr/sbin/php-fpm8.2": versioned on Debian
    QString configPath; // the main php-fpm.conf (-y); the pools are included from it
    qint64 masterPid = 0;
    QString unit; // "php8.2-fpm.service" when systemd runs this master
};

// php-fpm -t -y CONF as the test; a reload is `systemctl reload UNIT` or SIGUSR2 to the
// master (php-fpm's graceful reload), proven when none of the old pool children is left.
class PhpFpmReloader : public ConfigReloader
{
    Q_OBJECT
public:
    PhpFpmReloader(Machine *machine, PhpFpmRuntime runtime, QObject *parent = nullptr);

    void test(std::function<void(const TestOutcome &)> done) override;
    void reload(const QList<qint64> &oldWorkers, std::function<void(const ReloadOutcome &)> done) override;
    QStringList reloadArgv() const override;
    bool isRunning() const override { return m_runtime.masterPid > 0; }
    QString testName() const override;
    // A changed listen.backlog needs a restart: on a reload php-fpm keeps its listening
    // socket (and the backlog it was created with). Under systemd `systemctl restart
    // UNIT` then replaces the reload; without a unit there is no restart to run here,
    // and needsManualRestart() says so.
    void setRestart(bool restart) { m_restart = restart; }
    bool needsManualRestart() const { return m_restart && m_runtime.unit.isEmpty(); }

private:
    QList<qint64> servingChildren(const ProcessTable &table) const override;
    QString workersName() const override { return tr("php-fpm's children"); }
    bool isReloaded(const QList<qint64> &oldWorkers, const QList<qint64> &now,
                    bool lastChance) const override;
    QString notReloadedMessage() const override;

    PhpFpmRuntime m_runtime;
    bool m_restart = false;
};

} // namespace gd

#pragma once

#include "app/lab/FileBundle.h"
#include "app/lab/LabError.h"
#include "app/lab/LabTree.h"
#include "app/lab/ScenarioParams.h"
#include "remote/CommandResult.h"
#include "remote/Machine.h"
#include "remote/Result.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace gd {

class Machine;

// What the lab host has and where: found once per command by LabHost::discover.
struct LabHostInfo
{
    bool local = true;
    bool root = false;
    bool marked = false; // /etc/gateway-doctor/lab exists
    QString home;
    QString runtimeDir; // $XDG_RUNTIME_DIR
    QString supervisor; // gateway-doctor-lab-supervisor
    QString upstream;   // gateway-doctor-lab-upstream
    QString nginx;
    QString phpFpm; // e.g. /usr/sbin/php-fpm8.2
    QString phpVersion;
    QString gunicorn;
    QString nft;
    QString curl;
    bool ipv6 = false;  // ::1 on the loopback interface
    QString selinux;    // "enforcing", "permissive", or "" (none)
    QString workerUser; // the nginx workers' user (www-data as root, else ourselves)
    QString workerGroup;
    uint workerUid = 0;
    uint workerGid = 0;

    // Why a requirement (root, php-fpm, gunicorn, nft, selinux, ipv6) is not met; empty when
    // it is.
    QString missing(const QString &requirement) const;
};

// The lab host as the practice lab uses it: its programs and its lab directory, reached
// through a Machine (this computer or SSH), so the same code runs in both places. Every
// write into the lab directory goes through gateway-doctor-lab-supervisor (which refuses
// paths outside it); commands are argv lists. Blocking calls: the CLI uses them directly,
// the wizard from a worker thread with a Machine of its own.
class LabHost
{
    Q_DECLARE_TR_FUNCTIONS(LabHost)
public:
    LabHost(Machine *machine, LabHostInfo info, QString labDir);

    // Finds the programs and facts on the machine. helperDir: where the lab's own programs
    // are (empty: PATH, /usr/local/bin, /usr/bin).
    static Result<LabHostInfo, LabError> discover(Machine *machine, const QString &helperDir);
    // Where this program's own lab programs are: next to it in a build tree, in
    // <prefix>/libexec/gateway-doctor when installed (the .deb puts them there).
    static QString localHelperDir();
    // The default lab directory: /run/gateway-doctor-lab for root (the nginx workers,
    // www-data, must reach it), else $XDG_RUNTIME_DIR/gateway-doctor-lab, else
    // ~/.local/state/gateway-doctor/lab.
    static QString defaultLabDir(const LabHostInfo &info);

    const LabHostInfo &info() const { return m_info; }
    const QString &labDir() const { return m_labDir; }
    QString path(const QString &relative) const; // absolute path on the host
    Machine *machine() const { return m_machine; }

    CommandResult run(const QStringList &argv, int timeoutMs = 30000, bool asRoot = false) const;
    // `gateway-doctor-lab-supervisor SUB --lab-dir DIR ARGS...`; the output, or why not.
    Result<QByteArray, LabError> helper(const QString &sub, const QStringList &arguments,
                                        const QByteArray &stdinData = {}, int timeoutMs = 30000) const;
    Result<QByteArray, LabError> ctl(const QStringList &request, int timeoutMs = 30000) const;
    LabError write(const FileBundle &bundle) const;
    Result<LabTree, LabError> read(const QStringList &relativePaths) const;
    // The file's size now and its bytes from `offset` (at most the last MiB).
    struct Tail
    {
        qint64 size = 0;
        QByteArray data;
    };
    Result<Tail, LabError> tail(const QString &relative, qint64 offset) const;
    Result<PortPool, LabError> ports(int count) const;

private:
    QPointer<Machine> m_machine;
    LabHostInfo m_info;
    QString m_labDir;
};

} // namespace gd

#pragma once

// Gives a test a Machine to work on: this computer, or the lab's real sshd through
// our SSH layer. The same test bodies run against both.

#include "remote/LocalMachine.h"
#include "remote/SshMachine.h"
#include "tests/lab/LabSshd.h"

#include <memory>

namespace gd::test {

enum class Backend
{
    Local,
    Ssh
};

class MachineFixture
{
public:
    explicit MachineFixture(Backend backend) : m_backend(backend) {}

    // Starts what the backend needs; returns an empty string or why it failed.
    // Over SSH, machine() is logged in as `sshUser`. A test that drops or kills
    // connections passes a lab user (tests/lab/LabUsers): root's rc files here run
    // `pyenv init`, and a login shell killed halfway leaves pyenv's lock behind.
    QString setUp(const QString &sshUser = QStringLiteral("root"))
    {
        if (m_backend == Backend::Local) {
            m_machine = std::make_unique<LocalMachine>();
            return {};
        }
        m_sshd = std::make_unique<lab::LabSshd>();
        if (const lab::LabStatus status = m_sshd->start(); !status)
            return status.message();
        m_machine = connect(sshUser);
        return m_machine ? QString() : m_lastError;
    }

    // A fresh SSH connection to the lab as `user` with the lab's client key.
    std::unique_ptr<SshMachine> connect(const QString &user, const SshCredentials &credentials = {})
    {
        auto machine = std::make_unique<SshMachine>(target(user));
        const RemoteError error = machine->connectAndWait(credentials);
        if (error) {
            m_lastError = error.toString();
            return nullptr;
        }
        return machine;
    }

    SshTarget target(const QString &user) const
    {
        SshTarget target;
        target.host = m_sshd->host();
        target.port = m_sshd->port();
        target.user = user;
        target.identityFile = m_sshd->clientKeyPath();
        target.identitiesOnly = true;
        target.useSshConfig = false;
        target.knownHostsFile = m_sshd->knownHostsPath();
        target.globalKnownHostsFile = QStringLiteral("/dev/null");
        return target;
    }

    Machine *machine() const { return m_machine.get(); }
    lab::LabSshd *sshd() const { return m_sshd.get(); }
    Backend backend() const { return m_backend; }
    QString name() const
    {
        return m_backend == Backend::Local ? QStringLiteral("local") : QStringLiteral("ssh");
    }
    QString lastError() const { return m_lastError; }

private:
    Backend m_backend;
    std::unique_ptr<lab::LabSshd> m_sshd;
    std::unique_ptr<Machine> m_machine;
    QString m_lastError;
};

} // namespace gd::test

#include "remote/SshChannel.h"
#include "remote/ByteText.h"

#include <libssh/callbacks.h>

namespace gd {

SshChannel::SshChannel(ssh_session session, QByteArray command, DataHandler onData)
    : m_session(session), m_handle(ssh_channel_new(session)), m_command(std::move(command)),
      m_onData(std::move(onData))
{
    if (!m_handle) {
        end(RemoteError(RemoteError::Kind::ProtocolError, RemoteError::tr("Could not open an SSH channel."),
                        utf8Text(ssh_get_error(session))));
        return;
    }
    m_callbacks.userdata = this;
    m_callbacks.channel_data_function = &SshChannel::onData;
    m_callbacks.channel_close_function = &SshChannel::onClose;
    m_callbacks.channel_exit_status_function = &SshChannel::onExitStatus;
    m_callbacks.channel_exit_signal_function = &SshChannel::onExitSignal;
    ssh_callbacks_init(&m_callbacks);
    ssh_set_channel_callbacks(m_handle.get(), &m_callbacks);
}

SshChannel::~SshChannel()
{
    abandon();
}

int SshChannel::onData(ssh_session, ssh_channel, void *data, uint32_t len, int isStderr, void *user)
{
    auto *self = static_cast<SshChannel *>(user);
    if (self->m_onData)
        self->m_onData(QByteArray(static_cast<const char *>(data), int(len)), isStderr != 0);
    return int(len);
}

void SshChannel::onClose(ssh_session, ssh_channel, void *user)
{
    static_cast<SshChannel *>(user)->m_remoteClosed = true;
}

void SshChannel::onExitStatus(ssh_session, ssh_channel, int status, void *user)
{
    auto *self = static_cast<SshChannel *>(user);
    self->m_haveExitStatus = true;
    self->m_exitStatus = status;
}

void SshChannel::onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *,
                              void *user)
{
    static_cast<SshChannel *>(user)->m_exitSignal = latin1Text(signal);
}

void SshChannel::write(const QByteArray &data)
{
    if (m_state != State::Ended)
        m_pendingStdin += data;
}

void SshChannel::closeStdin()
{
    m_stdinCloseRequested = true;
}

QString SshChannel::howItExited() const
{
    if (!m_exitSignal.isEmpty())
        return RemoteError::tr("killed by signal %1").arg(m_exitSignal);
    if (m_haveExitStatus)
        return RemoteError::tr("exit status %1").arg(m_exitStatus);
    return m_outcome.isError() ? m_outcome.message() : RemoteError::tr("closed");
}

bool SshChannel::needsPolling() const
{
    return m_state == State::Opening || m_state == State::Requesting || !m_pendingStdin.isEmpty() ||
           (m_stdinCloseRequested && !m_eofSent);
}

void SshChannel::abandon()
{
    if (!m_handle)
        return;
    ssh_remove_channel_callbacks(m_handle.get(), &m_callbacks);
    if (m_state != State::Opening)
        ssh_channel_close(m_handle.get());
    m_handle.reset();
    if (m_state != State::Ended)
        m_state = State::Ended;
}

void SshChannel::end(const RemoteError &outcome)
{
    m_state = State::Ended;
    m_outcome = outcome;
    m_pendingStdin.clear();
}

// Opens the channel and sends the exec request; false when the server refused.
bool SshChannel::start()
{
    if (m_state == State::Opening) {
        const int rc = ssh_channel_open_session(m_handle.get());
        if (rc == SSH_AGAIN)
            return true;
        if (rc != SSH_OK) {
            end(RemoteError(RemoteError::Kind::ProtocolError,
                            RemoteError::tr("The server refused to open a command channel."),
                            utf8Text(ssh_get_error(m_session))));
            return false;
        }
        m_state = State::Requesting;
    }
    if (m_state == State::Requesting) {
        const int rc = ssh_channel_request_exec(m_handle.get(), m_command.constData());
        if (rc == SSH_AGAIN)
            return true;
        if (rc != SSH_OK) {
            end(RemoteError(RemoteError::Kind::ProtocolError,
                            RemoteError::tr("The server refused to run the command."),
                            utf8Text(ssh_get_error(m_session))));
            return false;
        }
        m_state = State::Running;
    }
    return true;
}

void SshChannel::flushStdin()
{
    while (!m_pendingStdin.isEmpty() && !m_remoteClosed) {
        const int written =
            ssh_channel_write(m_handle.get(), m_pendingStdin.constData(), uint32_t(m_pendingStdin.size()));
        if (written == SSH_ERROR) {
            m_pendingStdin.clear();
            break;
        }
        if (written <= 0)
            break; // the remote window is full; try again on the next pump
        m_pendingStdin.remove(0, written);
    }
    if (m_stdinCloseRequested && m_pendingStdin.isEmpty() && !m_eofSent && !m_remoteClosed) {
        ssh_channel_send_eof(m_handle.get());
        m_eofSent = true;
    }
}

bool SshChannel::advance()
{
    if (m_state == State::Ended)
        return false;
    if (!start())
        return false;
    if (m_state != State::Running)
        return true;
    flushStdin();
    if (!m_remoteClosed)
        return true;
    if (!m_exitSignal.isEmpty())
        end(RemoteError(RemoteError::Kind::Crashed,
                        RemoteError::tr("The command was killed by signal %1.").arg(m_exitSignal)));
    else if (m_haveExitStatus)
        end(RemoteError());
    else
        end(RemoteError(RemoteError::Kind::ProtocolError,
                        RemoteError::tr("The server ended the command without an exit status.")));
    ssh_remove_channel_callbacks(m_handle.get(), &m_callbacks);
    ssh_channel_close(m_handle.get());
    return false;
}

} // namespace gd

#pragma once

// RAII owners for libssh handles. Internal to remote/: libssh types never appear
// in public headers.

#include <libssh/libssh.h>

#include <memory>

namespace gd::ssh {

struct SessionDeleter
{
    void operator()(ssh_session session) const
    {
        if (ssh_is_connected(session))
            ssh_disconnect(session);
        ssh_free(session);
    }
};
struct ChannelDeleter
{
    void operator()(ssh_channel channel) const { ssh_channel_free(channel); }
};
struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
struct EventDeleter
{
    void operator()(ssh_event event) const { ssh_event_free(event); }
};
struct CharDeleter
{
    void operator()(char *text) const { ssh_string_free_char(text); }
};

using Session = std::unique_ptr<ssh_session_struct, SessionDeleter>;
using Channel = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;
using Key = std::unique_ptr<ssh_key_struct, KeyDeleter>;
using Event = std::unique_ptr<ssh_event_struct, EventDeleter>;
using CString = std::unique_ptr<char, CharDeleter>;

} // namespace gd::ssh

#pragma once

#include "remote/SecretBytes.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace gd {

// The system keychain (Secret Service, KWallet, macOS Keychain, ... through
// QtKeychain), used only when the user opts in to keep a secret there. Every
// call is asynchronous: the callback runs later on the GUI thread, never inside
// the call and never blocking it. Without QtKeychain at build time
// (GD_HAVE_KEYCHAIN undefined) isCompiledIn() is false and every call reports
// that the keychain is unavailable.
//
// Entries live under the service "gateway-doctor", keyed by kind and target:
// "password:alice@web1:22", "passphrase:alice@web1:22", "sudo:alice@web1:22".
// Secrets are passed only to the keychain: never logged, never in messages.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Passphrase,
        Password,
        Sudo
    };

    struct ReadResult
    {
        SecretBytes secret; // empty unless found; wiped when the result goes
        bool found = false;
        QString error; // a plain sentence when the keychain failed; empty otherwise
    };
    using ReadCallback = std::function<void(const ReadResult &)>;
    // error: empty on success.
    using DoneCallback = std::function<void(const QString &error)>;

    explicit SecretStore(QObject *parent = nullptr);

    static bool isCompiledIn();
    static QString service();
    static QString key(Kind kind, const QString &user, const QString &host, int port);

    void read(const QString &key, ReadCallback done);
    void write(const QString &key, const QByteArray &secret, DoneCallback done = {});
    // Deleting an entry that does not exist is no error.
    void remove(const QString &key, DoneCallback done = {});

private:
    static QString plainError(const QString &detail);
};

} // namespace gd

#pragma once

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace gd {

// Asks for one secret: a key passphrase, a login password or the sudo password.
// It says why it is needed and that it is not stored; the typed text is wiped
// from the line edit as soon as it has been taken.
class SecretDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Passphrase,
        Password,
        Sudo
    };
    // `about`: the key file (passphrase), the server (password, sudo); `user`: whose password.
    SecretDialog(Kind kind, const QString &about, const QString &user, QWidget *parent = nullptr);
    // Returns the secret and clears it from the dialog.
    QByteArray takeSecret();
    void setRetryMessage(const QString &message);
    // Shows "Remember in the system keychain" (unchecked). Callers offer it only
    // where the keychain is compiled in and answered; otherwise it stays hidden.
    void offerRemember(bool offered);
    bool rememberChecked() const;
    // One plain line about the keychain (e.g. that it is not available).
    void setKeychainMessage(const QString &message);

private:
    QLineEdit *m_edit;
    QLabel *m_retry;
    QCheckBox *m_remember;
    QLabel *m_keychain;
    QLabel *m_note;
};

} // namespace gd

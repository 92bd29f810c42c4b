#include "ui/dialogs/SecretDialog.h"

#include "ui/texts/WizardTexts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace gd {

SecretDialog::SecretDialog(Kind kind, const QString &about, const QString &user, QWidget *parent)
    : QDialog(parent), m_edit(new QLineEdit(this)), m_retry(new QLabel(this)),
      m_remember(new QCheckBox(tr("&Remember in the system keychain"), this)), m_keychain(new QLabel(this)),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("secretDialog"));
    auto *layout = new QVBoxLayout(this);
    QString why;
    QString label;
    switch (kind) {
    case Kind::Passphrase:
        setWindowTitle(tr("Key passphrase"));
        why = WizardTexts::text("secret.passphrase").arg(about.toHtmlEscaped());
        label = tr("&Passphrase:");
        break;
    case Kind::Password:
        setWindowTitle(tr("Password"));
        why = WizardTexts::text("secret.password").arg(about.toHtmlEscaped(), user.toHtmlEscaped());
        label = tr("&Password:");
        break;
    case Kind::Sudo:
        setWindowTitle(tr("sudo password"));
        why = WizardTexts::text("secret.sudo").arg(about.toHtmlEscaped());
        label = tr("&Password of %1:").arg(user);
        break;
    }
    auto *text = new QLabel(why, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_retry->setWordWrap(true);
    m_retry->hide();
    layout->addWidget(m_retry);
    auto *form = new QFormLayout;
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setObjectName(QStringLiteral("secret"));
    m_edit->setAccessibleName(windowTitle());
    form->addRow(label, m_edit);
    layout->addLayout(form);
    m_remember->setObjectName(QStringLiteral("rememberSecret"));
    m_remember->setChecked(false);
    m_remember->hide();
    layout->addWidget(m_remember);
    m_keychain->setObjectName(QStringLiteral("keychainMessage"));
    m_keychain->setWordWrap(true);
    m_keychain->hide();
    layout->addWidget(m_keychain);
    m_note->setText(QStringLiteral("<small>%1</small>").arg(WizardTexts::text("secret.notStored")));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_edit->setFocus();
    resize(460, sizeHint().height());
}

void SecretDialog::setRetryMessage(const QString &message)
{
    m_retry->setText(QStringLiteral("<b>%1</b>").arg(message.toHtmlEscaped()));
    m_retry->show();
}

void SecretDialog::offerRemember(bool offered)
{
    m_remember->setVisible(offered);
    if (!offered)
        m_remember->setChecked(false);
    m_note->setText(
        QStringLiteral("<small>%1</small>")
            .arg(offered ? tr("It is kept in memory for this session only, unless you choose to remember "
                              "it in the system keychain.")
                         : WizardTexts::text("secret.notStored")));
}

bool SecretDialog::rememberChecked() const
{
    return !m_remember->isHidden() && m_remember->isChecked();
}

void SecretDialog::setKeychainMessage(const QString &message)
{
    m_keychain->setText(message);
    m_keychain->setVisible(!message.isEmpty());
}

QByteArray SecretDialog::takeSecret()
{
    QByteArray secret = m_edit->text().toUtf8();
    // QLineEdit keeps its own copy; overwrite it before clearing.
    m_edit->setText(QString(m_edit->text().size(), QLatin1Char(' ')));
    m_edit->clear();
    return secret;
}

} // namespace gd

#include "ui/dialogs/HostKeyDialog.h"

#include "ui/texts/WizardTexts.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace gd {

HostKeyDialog::HostKeyDialog(const SshHostKey &key, const QString &serverName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(WizardTexts::text("hostkey.unknown.title"));
    auto *layout = new QVBoxLayout(this);
    auto *text =
        new QLabel(QStringLiteral("<h3>%1</h3>%2")
                       .arg(WizardTexts::text("hostkey.unknown.title").toHtmlEscaped(),
                            WizardTexts::text("hostkey.unknown.text").arg(serverName.toHtmlEscaped())),
                   this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    layout->addWidget(text);

    auto *fingerprint = new QLabel(this);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setText(QStringLiteral("%1\n%2").arg(key.type, key.fingerprint));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    fingerprint->setFrameShape(QFrame::StyledPanel);
    fingerprint->setMargin(8);
    fingerprint->setAccessibleName(tr("Host key fingerprint"));
    layout->addWidget(fingerprint);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *once = buttons->addButton(tr("Trust &once"), QDialogButtonBox::AcceptRole);
    QPushButton *always = buttons->addButton(tr("Trust &always"), QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    once->setObjectName(QStringLiteral("trustOnce"));
    always->setObjectName(QStringLiteral("trustAlways"));
    cancel->setObjectName(QStringLiteral("cancel"));
    once->setToolTip(tr("Connect now; ask again next time"));
    always->setToolTip(tr("Connect now and add the key to %1")
                           .arg(key.knownHostsFile.isEmpty() ? tr("known_hosts") : key.knownHostsFile));
    cancel->setDefault(true);
    cancel->setFocus();
    connect(once, &QPushButton::clicked, this, [this] { done(TrustOnce); });
    connect(always, &QPushButton::clicked, this, [this] { done(TrustAlways); });
    connect(cancel, &QPushButton::clicked, this, [this] { done(Cancel); });
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace gd

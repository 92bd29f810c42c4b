#include "ui/dialogs/HostKeyChangedDialog.h"

#include "ui/texts/WizardTexts.h"
#include "ui/widgets/StatusIcon.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

QString HostKeyChangedDialog::warning(const QString &serverName, const QString &host)
{
    return WizardTexts::text("hostkey.changed.text").arg(serverName.toHtmlEscaped(), host.toHtmlEscaped());
}

HostKeyChangedDialog::HostKeyChangedDialog(const SshHostKey &key, const QString &serverName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hostKeyChangedDialog"));
    setWindowTitle(WizardTexts::text("hostkey.changed.title"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(StatusIcon::pixmap(CheckStatus::Fail, 40, devicePixelRatioF(), palette()));
    row->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(
        QStringLiteral("<h3>%1</h3>%2")
            .arg(WizardTexts::text("hostkey.changed.title").toHtmlEscaped(), warning(serverName, key.host)),
        this);
    text->setWordWrap(true);
    row->addWidget(text, 1);
    layout->addLayout(row);
    if (!key.fingerprint.isEmpty()) {
        auto *fp = new QLabel(tr("The key it presented now: %1 %2").arg(key.type, key.fingerprint), this);
        fp->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        fp->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fp->setWordWrap(true);
        layout->addWidget(fp);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(580, sizeHint().height());
}

} // namespace gd

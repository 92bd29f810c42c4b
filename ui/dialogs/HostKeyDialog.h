#pragma once

#include "remote/SshTarget.h"

#include <QDialog>

namespace gd {

// An unknown host key: what it means, the SHA256 fingerprint to compare, and the
// three honest answers. Cancel is the default, so Enter never trusts by accident.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice
    {
        Cancel = 0,
        TrustOnce = 1,
        TrustAlways = 2
    };
    HostKeyDialog(const SshHostKey &key, const QString &serverName, QWidget *parent = nullptr);
};

} // namespace gd

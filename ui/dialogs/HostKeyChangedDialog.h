#pragma once

#include "remote/SshTarget.h"

#include <QDialog>

namespace gd {

// A changed host key is a hard stop: a plain-words warning and a Close button,
// deliberately without any way to connect anyway.
class HostKeyChangedDialog : public QDialog
{
    Q_OBJECT
public:
    HostKeyChangedDialog(const SshHostKey &key, const QString &serverName, QWidget *parent = nullptr);
    // The warning text, also shown on the start page after the dialog closes.
    static QString warning(const QString &serverName, const QString &host);
};

} // namespace gd

#pragma once

#include "remote/ProcessChannel.h"

#include <QProcess>

namespace gd {

// A program on this computer, through QProcess (asynchronous, never blocks).
class LocalProcess : public ProcessChannel
{
    Q_OBJECT
public:
    LocalProcess(const QStringList &argv, QObject *parent);
    ~LocalProcess() override;

    void writeStdin(const QByteArray &data) override;
    void closeStdin() override;
    void terminate(bool force) override;

private:
    QString program() const;

    QProcess m_process;
    bool m_done = false;
};

} // namespace gd

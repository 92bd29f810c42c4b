#pragma once

#include "remote/Machine.h"

namespace gd {

// This computer: commands run as child processes of Gateway Doctor.
class LocalMachine : public Machine
{
    Q_OBJECT
public:
    explicit LocalMachine(QObject *parent = nullptr);

    QString displayName() const override;
    bool isLocal() const override { return true; }
    bool isReady() const override { return true; }
    bool isRoot() const override;

protected:
    ProcessChannel *startProcess(const QStringList &argv, bool longRunning) override;
};

} // namespace gd

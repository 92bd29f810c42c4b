#pragma once

#include "app/lab/FileBundle.h"
#include "app/lab/LabError.h"
#include "app/lab/LabService.h"
#include "app/lab/ScenarioParams.h"
#include "remote/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace gd {

struct LabHostInfo;
struct Scenario;

struct LabFile
{
    QByteArray content;
    int mode = 0644;
};

// Everything a scenario's lab consists of before anything runs: its files (the healthy
// configs, which config faults then change in memory), its links and its services. One
// bundle writes it all in one command.
struct LabBlueprint
{
    QMap<QString, LabFile> files; // relative to the lab directory
    QMap<QString, QString> links; // relative path -> link target
    QMap<QString, int> directoryModes;
    QList<LabService> services; // in start order: apps, nginx, loads

    static Result<LabBlueprint, LabError> build(const Scenario &scenario, const ParamValues &values,
                                                const LabHostInfo &host, const QString &labDir);
    FileBundle bundle() const;
    LabService *service(const QString &name);
};

} // namespace gd

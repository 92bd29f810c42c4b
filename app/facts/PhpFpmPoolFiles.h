#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace gd {

// ProbeCommands::phpFpmPools' output split back into its files: "==> path <==" then
// the file's text, in the order read; a file listed twice (the usual places and a
// master's include= may name the same one) is kept once, as first read.
QList<QPair<QString, QString>> phpFpmPoolFiles(const QByteArray &output);

} // namespace gd

#pragma once

#include "app/facts/Facts.h"
#include "remote/Result.h"

#include <QByteArray>

namespace gd {

// Facts as JSON and back: a diagnosis's raw material, kept so that the checks can
// be run again on it without the machine (tests/data/facts holds facts captured
// from real lab set-ups; each step's test in tests/checks replays them). Command
// outputs are kept byte-exact (base64 when not UTF-8). The transcript keeps each
// command's line, exit code, duration and error, not its output again; the parsed
// parts (the config tree, the upstream targets, the process table) are made again
// from the outputs when read, the way FactCollector makes them.
namespace FactsArchive {
QByteArray write(const Facts &facts);
Result<Facts, QString> read(const QByteArray &json);
} // namespace FactsArchive

} // namespace gd

#pragma once

#include "app/facts/ParsedFacts.h"
#include "app/model/Evidence.h"

namespace gd {

// Turns what the parsers saw into Evidence with the span that matters.
namespace EvidenceOf {
Evidence logSample(const QString &logPath, const ErrorLogSample &sample);
Evidence command(const CommandResult &result, const QString &source, const QString &excerpt,
                 const QString &highlight = QString());
Evidence listener(const Listener &listener, const CommandResult &ss);
Evidence cited(const CitedLine &line, const QString &highlight = QString());
// A line of the diagnosed configuration (file:line), with `highlight` marked.
Evidence configLine(const Facts &facts, const QString &file, int line, const QString &highlight = QString());
} // namespace EvidenceOf

} // namespace gd

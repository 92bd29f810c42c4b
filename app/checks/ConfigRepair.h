#pragma once

#include "app/config/NginxMessage.h"
#include "app/facts/Facts.h"
#include "app/model/FixAction.h"

#include <QCoreApplication>

#include <optional>

namespace gd {

// The line nginx -t's first error really is about, and the edit that repairs it,
// for the mistakes a person makes by hand:
//  - a missing ';': nginx reports the line where the statement finally ends (or the
//    '}' after it), not the line that lacks it;
//  - a misspelt directive ("proxy_pas"): the known directive it is closest to.
// Anything else gets no repair: a person must decide.
class ConfigRepair
{
    Q_DECLARE_TR_FUNCTIONS(gd::ConfigRepair)
public:
    struct Repair
    {
        QString file; // as nginx names it
        int line = 0; // the line to change (may differ from nginx's)
        FixAction action;
        QString explanation; // what is wrong on that line, in plain words
    };

    static std::optional<Repair> forError(const Facts &facts, const NginxMessage &error);

    // Levenshtein distance, for "did you mean".
    static int distance(const QString &a, const QString &b);

private:
    static std::optional<Repair> missingSemicolon(const Facts &facts, const NginxMessage &error);
    static std::optional<Repair> misspeltDirective(const Facts &facts, const NginxMessage &error);
};

} // namespace gd

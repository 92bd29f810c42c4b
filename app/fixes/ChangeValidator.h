#pragma once

#include "app/config/EffectiveSettings.h"
#include "app/fixes/FixError.h"
#include "app/fixes/SettingChange.h"
#include "app/fixes/TunableDirectives.h"
#include "remote/Result.h"

#include <QCoreApplication>
#include <QList>

namespace gd {

// The gate every value passes before a fix writes it into a config file.
//
// 1. Only allowlisted directives (TunableDirectives): else NotAllowed.
// 2. Strictly typed values (NginxDuration, NginxSize, NginxBuffers): anything that could
//    smuggle more config into the file (";", "{", "#", quotes, "$", line breaks, NUL,
//    spaces inside a word) or that is absurd for a gateway (a zero or multi-day timeout,
//    a buffer of gigabytes) is InvalidValue, with a message that says what to type.
// 3. nginx's own consistency rules for the response buffers, on the values that will be
//    in effect once the change is written into the block (requested, else the current
//    effective value, else nginx's default, derived defaults included): Inconsistent,
//    in nginx's words, pointing at the directive that conflicts.
class ChangeValidator
{
    Q_DECLARE_TR_FUNCTIONS(ChangeValidator)
public:
    // Checks the changes against one block's effective settings.
    static Result<QList<SettingChange>, FixError> validate(const QList<SettingChange> &changes,
                                                           const EffectiveSettings &current);
    // The same for changes written into `block` (nullptr = http; an `if` or
    // `limit_except` means its location, see ConfigEditPlanner::targetBlock), and also for
    // every location/if/limit_except nested in it (and, for http and server, every server
    // and location below): nginx checks the rules in each of them with the values it
    // inherits. A block outside http {} is NotAllowed.
    static Result<QList<SettingChange>, FixError>
    validate(const QList<SettingChange> &changes, const NginxConfig &config, const NginxDirective *block);
    // One value for one allowlisted directive, in the spelling to write (step 1 and 2).
    static Result<QString, FixError> validateValue(const QString &directive, const QString &value);
};

} // namespace gd

#pragma once

#include "app/facts/Facts.h"

#include <QStringList>

namespace gd {

// The host names nginx looks up at request time for a pass directive with
// variables (with its `resolver`, over DNS, never /etc/hosts): the host itself when
// it is written as a name; for a variable host, each literal value a `set` gives
// that variable; and, when the config does not tell, the names nginx's error log
// says it tried ("no resolver defined to resolve NAME", "NAME could not be resolved").
class RuntimeNames
{
public:
    static QStringList of(const Facts &facts, const UpstreamTarget &target);
    static QStringList fromLogs(const Facts &facts);

private:
    static QStringList fromConfig(const Facts &facts, const UpstreamTarget &target);
};

} // namespace gd

#pragma once

#include "remote/Error.h"

#include <QCoreApplication>

namespace gd {

enum class ConfigErrorKind
{
    None,
    InvalidValue, // a duration, size or URL that nginx would not accept
    NotADump,     // text that is not nginx -T's output (or a config file)
    Unsupported,  // valid for nginx, but not something we can reason about
};

// Why a piece of nginx configuration could not be read: a value, a URL, a dump.
// `file`/`line` point at the place when there is one.
class ConfigError : public Error<ConfigErrorKind>
{
    Q_DECLARE_TR_FUNCTIONS(ConfigError)
public:
    using Error::Error;

    ConfigError &at(const QString &file, int line)
    {
        setPlace(file, line);
        return *this;
    }
};

} // namespace gd

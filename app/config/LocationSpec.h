#pragma once

#include "app/config/NginxDirective.h"

#include <QString>

namespace gd {

// The match part of a `location` block, as ngx_http_core_location() reads it
// (both "location = /x" and "location =/x").
struct LocationSpec
{
    enum class Kind
    {
        Prefix,        // location /path
        Exact,         // location = /path
        PrefixNoRegex, // location ^~ /path
        Regex,         // location ~ re
        RegexCaseless, // location ~* re
        Named,         // location @name
    };
    Kind kind = Kind::Prefix;
    QString path; // the prefix, exact path, regex or name (with '@')

    static LocationSpec fromDirective(const NginxDirective &location);
    bool isRegex() const { return kind == Kind::Regex || kind == Kind::RegexCaseless; }
    bool isPrefix() const { return kind == Kind::Prefix || kind == Kind::PrefixNoRegex; }
    QString modifier() const; // "", "=", "^~", "~", "~*"
    QString toString() const; // "= /x", "/api", "~* \.php$"
};

} // namespace gd

#pragma once

#include "app/config/NginxFileSyntax.h"

#include <QCoreApplication>

namespace gd {

// Splits one nginx config file into directives the way ngx_conf_read_token() does
// (src/core/ngx_conf_file.c), so that whatever nginx accepts we accept with the
// same tokens. Unlike nginx it never stops: input that nginx would refuse becomes a
// ConfigIssue and parsing goes on with what is there.
class NginxTokenizer
{
    Q_DECLARE_TR_FUNCTIONS(NginxTokenizer)
public:
    static NginxFileSyntax parse(const QString &path, const QString &text);
};

} // namespace gd

#pragma once

#include "remote/Result.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

// The failing URL as the admin typed or pasted it, made into one nginx can be asked:
// trimmed, "http://" put in front when no scheme was typed ("example.org/api", as a
// browser's address bar shows it), and refused with the reason when it cannot be a
// web address (a space, a line break, no host, ftp://). Everything else is kept as
// typed, so the report shows the URL the admin gave.
class FailingUrl
{
    Q_DECLARE_TR_FUNCTIONS(gd::FailingUrl)
public:
    struct Problem
    {
        QString message;
    };
    // An empty text is no URL (the diagnosis then looks at every site): "".
    static Result<QString, Problem> from(const QString &typed);
};

} // namespace gd

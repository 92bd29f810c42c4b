#pragma once

#include "app/config/ConfigIssue.h"
#include "app/config/NginxDirective.h"

#include <QList>
#include <QString>

#include <vector>

namespace gd {

// One config file as tokenized, before includes are resolved. Directive indexes
// (index, parent, children) refer to `directives` of this file.
struct NginxFileSyntax
{
    QString path;
    QString text;
    std::vector<NginxDirective> directives; // in order of appearance (pre-order)
    QList<int> topLevel;
    QList<ConfigIssue> issues;
    QList<int> lineStarts; // offset of each line's first character in `text`
};

} // namespace gd

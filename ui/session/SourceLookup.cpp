#include "ui/session/SourceLookup.h"

#include "app/facts/Facts.h"

namespace gd {

SourceLookup::Source SourceLookup::find(const Facts *facts, const QString &path)
{
    Source out;
    if (!facts || path.isEmpty())
        return out;
    if (facts->config && facts->config->hasFile(path)) {
        out.text = facts->config->fileText(path);
        out.known = true;
        return out;
    }
    const auto fromTail = [&](const LogTail &log) {
        if (log.path != path || !log.tail)
            return false;
        out.text = QString::fromUtf8(log.tail->data.right(2 * 1024 * 1024));
        out.known = true;
        out.partial = log.tail->offset > 0 || log.tail->data.size() > 2 * 1024 * 1024;
        return true;
    };
    for (const LogTail &log : facts->errorLogs) {
        if (fromTail(log))
            return out;
    }
    for (const LogTail &log : facts->phpFpmLogs) {
        if (fromTail(log))
            return out;
    }
    if (facts->accessLog)
        fromTail(*facts->accessLog);
    return out;
}

} // namespace gd

#include "ui/session/SourceLookup.h"

#include "app/engine/Diagnosis.h"
#include "remote/ByteText.h"

namespace gd {

SourceLookup::Source SourceLookup::find(const Diagnosis *diagnosis, const QString &path)
{
    Source out;
    if (!diagnosis || path.isEmpty())
        return out;
    if (diagnosis->config() && diagnosis->config()->hasFile(path)) {
        out.text = diagnosis->config()->fileText(path);
        out.known = true;
        return out;
    }
    const auto fromTail = [&](const LogTail &log) {
        if (log.path != path || !log.tail)
            return false;
        out.text = utf8Text(log.tail->data.right(2 * 1024 * 1024));
        out.known = true;
        out.partial = log.tail->offset > 0 || log.tail->data.size() > 2 * 1024 * 1024;
        return true;
    };
    for (const LogTail &log : diagnosis->errorLogs()) {
        if (fromTail(log))
            return out;
    }
    for (const LogTail &log : diagnosis->phpFpmLogs()) {
        if (fromTail(log))
            return out;
    }
    if (diagnosis->accessLog())
        fromTail(*diagnosis->accessLog());
    return out;
}

} // namespace gd

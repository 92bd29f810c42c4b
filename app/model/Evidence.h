#pragma once

#include <QString>

namespace gd {

// One piece of proof behind a check or a finding: where it comes from and the
// exact text, with the span that matters (offsets into `excerpt`).
struct Evidence
{
    QString
        source; // "error_log", "config", "nginx -t", "ss", "curl", "systemctl", "journal", "php-fpm log", ...
    QString file;       // when the evidence is a file's content
    int line = 0;       // 1-based line in `file`, 0 when not a file line
    QString excerpt;    // the exact text (one line or a short block), never paraphrased
    int spanStart = -1; // the part of `excerpt` that matters; -1 = all of it
    int spanLength = 0;
    QString command; // the command whose output this is, when it is output

    QString location() const { return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file; }

    // Marks the first occurrence of `part` in the excerpt as the span that matters.
    Evidence &highlight(const QString &part)
    {
        const int at = part.isEmpty() ? -1 : int(excerpt.indexOf(part));
        if (at >= 0) {
            spanStart = at;
            spanLength = int(part.size());
        }
        return *this;
    }
};

} // namespace gd

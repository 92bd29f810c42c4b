#pragma once

#include "app/fixes/FileEdit.h"
#include "app/fixes/FixError.h"
#include "app/model/FixAction.h"
#include "remote/Result.h"

#include <QCoreApplication>

namespace gd {

// A finding's edit actions carried out on one file's bytes: line N must still read
// exactly the action's old text (else the file changed since the diagnosis and the
// edit is refused), and becomes its new text. Line endings and every other byte
// stay as they were. EditCycle writes the result through its usual stages.
class LineEdits
{
    Q_DECLARE_TR_FUNCTIONS(gd::LineEdits)
public:
    // `edits` are Edit actions whose file is `path`, in any order, on distinct lines.
    static Result<FileEdit, FixError> apply(const QString &path, const QByteArray &before,
                                            const QList<FixAction> &edits);
};

} // namespace gd

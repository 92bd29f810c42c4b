#pragma once

#include "app/config/NginxConfig.h"
#include "app/fixes/FileEdit.h"
#include "app/fixes/FixError.h"
#include "app/fixes/SettingChange.h"
#include "remote/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace gd {

// Where and how validated changes go into the config files, as bytes.
//
// A directive already set in the block (directly, or through an `include` inside the
// block) is changed in place: only its value tokens are replaced, indentation, spacing,
// quotes and a trailing comment stay. Otherwise a new line is inserted into the block:
// after the block's last directive of the same module (proxy_, fastcgi_, ...) written in
// that file, else right after the line that opens the block, with the indentation of the
// block's children. Every other byte of the file stays as it was (CRLF, no final line
// break, non-UTF-8 comments, tabs).
//
// The changes must have passed ChangeValidator: values are written as given.
class ConfigEditPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ConfigEditPlanner)
public:
    // The block the changes for `block` are written into. nginx allows none of the
    // tunable directives in `if` or `limit_except` ("directive is not allowed here"), and
    // what those blocks use comes from their location: so the enclosing location (or
    // server) it is. nullptr means http {}. Blocks outside http {} (stream, upstream,
    // map, ...) are NotAllowed.
    static Result<const NginxDirective *, FixError> targetBlock(const NginxConfig &config,
                                                                const NginxDirective *block);
    // The files that apply() will need for these changes to `block` (a location/if/
    // server/http directive of `config`; nullptr = http level), in config order.
    static Result<QStringList, FixError> filesToEdit(const NginxConfig &config, const NginxDirective *block,
                                                     const QList<SettingChange> &changes);
    // The edit of one of those files, given its bytes as read now. FileChanged when the
    // bytes no longer have the block or directive where the config says (someone edited
    // the file since nginx -T).
    static Result<FileEdit, FixError> apply(const NginxConfig &config, const NginxDirective *block,
                                            const QList<SettingChange> &changes, const QString &path,
                                            const QByteArray &bytes);
};

} // namespace gd

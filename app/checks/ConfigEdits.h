#pragma once

#include "app/facts/Facts.h"
#include "app/model/FixAction.h"

#include <QCoreApplication>

#include <optional>

namespace gd {

// Turns "change this directive" into exact edit actions on the diagnosed config:
// the real file (sites-enabled/x is usually a symlink to sites-available/x), the
// line as it reads now, and the line as it should read, indentation kept. Every
// remedy that changes the nginx config is built here, so that what people are told
// to change is what the wizard and `fix apply` change.
class ConfigEdits
{
    Q_DECLARE_TR_FUNCTIONS(ConfigEdits)
public:
    explicit ConfigEdits(const Facts &facts);

    // The file behind a config path, symlinks resolved (as `readlink -e` said).
    QString realPath(const QString &file) const;

    // The directive's text from its name to its ';' replaced by `statement`
    // ("proxy_pass http://127.0.0.1:8080;"). None when the directive spans lines.
    std::optional<FixAction> replace(const NginxDirective &directive, const QString &statement,
                                     const QString &why) const;
    // The same, then more statements on lines of their own below it (same indentation).
    std::optional<FixAction> replace(const NginxDirective &directive, const QStringList &statements,
                                     const QString &why) const;
    // The directive's line emptied (the line stays, so no other line moves).
    std::optional<FixAction> remove(const NginxDirective &directive, const QString &why) const;
    // One argument of a directive replaced (keeping its quotes if it had them).
    std::optional<FixAction> replaceArg(const NginxDirective &directive, int arg, const QString &value,
                                        const QString &why) const;
    // `name value;` in `block` (a location, server, upstream or http): the directive
    // changed where the block itself sets it, else added as the block's first line.
    std::optional<FixAction> set(const NginxDirective &block, const QString &name, const QString &value,
                                 const QString &why) const;
    // Every pass directive and upstream `server` line that sends requests to
    // `endpoint` ("127.0.0.1:8081", "localhost:8080", "unix:/run/x.sock") rewritten to
    // send them to `replacement` ("127.0.0.1:8080", "unix:/run/y.sock"; a socket may
    // take the place of a host:port and the other way round).
    QList<FixAction> retarget(const QString &endpoint, const QString &replacement, const QString &why) const;
    // Lines added as the block's first lines (after its '{').
    std::optional<FixAction> insert(const NginxDirective &block, const QStringList &statements,
                                    const QString &why) const;

private:
    struct LinePlace
    {
        int lineStart = 0; // offset of the line in the file's text
        QString text;      // the line, without its newline
    };
    std::optional<LinePlace> lineOf(const QString &file, int line) const;

    const Facts &m_facts;
};

} // namespace gd

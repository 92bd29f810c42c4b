#pragma once

#include "app/config/NginxConfig.h"
#include "app/config/UpstreamBlock.h"
#include "app/config/UpstreamTarget.h"

#include <QList>

namespace gd {

// Every upstream target of a config's http {} (stream {} is not ours) and every
// upstream {} block, with the block's servers resolved for targets that name one.
class UpstreamTargets
{
public:
    static UpstreamTargets collect(const NginxConfig &config);

    const QList<UpstreamTarget> &targets() const { return m_targets; }
    const QList<UpstreamBlock> &blocks() const { return m_blocks; }
    // nginx compares upstream names case-insensitively.
    const UpstreamBlock *block(const QString &name) const;
    const UpstreamBlock *blockFor(const UpstreamTarget &target) const;
    // The target written in this directive (by NginxConfig index), or nullptr.
    const UpstreamTarget *targetAt(int directiveIndex) const;
    // The target a location hands requests to: its own *_pass, else one inside its
    // if {} / limit_except {} blocks. nullptr when it serves by itself.
    const UpstreamTarget *targetOfLocation(const NginxConfig &config, const NginxDirective &location) const;

    // "8.1" from ".../php8.1-fpm.sock", "" when the path names no version.
    static QString phpVersionFromPath(const QString &path);
    static bool isPassDirective(const QString &name);

private:
    UpstreamTarget targetOf(const NginxDirective &pass) const;

    QList<UpstreamTarget> m_targets;
    QList<UpstreamBlock> m_blocks;
};

} // namespace gd

#pragma once

#include "app/checks/Check.h"
#include "app/config/PhpFpmPool.h"
#include "app/model/FixAction.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gd {

// The exact change for a PHP-FPM pool whose children are all busy: pm.max_children
// from the memory measured during the diagnosis (MaxChildrenAdvice), listen.backlog
// with it when the kernel's queue in front of the children is too small, as edits of
// the pool's own lines; then php-fpm's own test and the reload, or the restart a new
// backlog needs. The edit cycle carries them out with a backup and rolls back what
// php-fpm -t refuses.
class PoolRemedy
{
    Q_DECLARE_TR_FUNCTIONS(PoolRemedy)
public:
    struct Remedy
    {
        QString text; // for people: the values, the numbers behind them, what to run
        QList<FixAction> actions;
    };
    static Remedy of(const CheckInput &in, const PhpFpmPool &pool);
    // The pool behind a finding's upstream: "unix:/run/php/x.sock", "127.0.0.1:9000",
    // "php-fpm pool www". nullptr when none is known.
    static const PhpFpmPool *poolFor(const CheckInput &in, const QString &upstream);
};

} // namespace gd

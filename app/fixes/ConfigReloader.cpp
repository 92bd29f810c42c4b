#include "ConfigReloader.h"

#include <QDateTime>
#include <QTimer>

namespace gd {

void ConfigReloader::confirmReload(const QList<qint64> &oldWorkers, ReloadOutcome outcome,
                                   std::function<void(const ReloadOutcome &)> done)
{
    poll(oldWorkers, QDateTime::currentMSecsSinceEpoch() + m_confirmTimeoutMs, std::move(outcome), std::move(done));
}

void ConfigReloader::poll(const QList<qint64> &oldWorkers, qint64 deadline, ReloadOutcome outcome,
                          std::function<void(const ReloadOutcome &)> done)
{
    snapshotWorkers([=, this](const Result<QList<qint64>, FixError> &now) mutable {
        if (!now) {
            outcome.error = now.error();
            done(outcome);
            return;
        }
        const qint64 time = QDateTime::currentMSecsSinceEpoch();
        if (isReloaded(oldWorkers, *now, time + 500 >= deadline)) {
            outcome.newWorkers = *now;
            done(outcome);
            return;
        }
        if (time >= deadline) {
            outcome.error = FixError(FixError::Kind::ReloadFailed, notReloadedMessage());
            done(outcome);
            return;
        }
        QTimer::singleShot(100, this, [=, this] { poll(oldWorkers, deadline, outcome, done); });
    });
}

} // namespace gd

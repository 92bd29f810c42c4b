#pragma once

#include <QEventLoop>
#include <QObject>

#include <functional>
#include <optional>

namespace gd {

// Runs an asynchronous call and spins a local event loop until its callback fires.
// For the command line and tests only: the wizard never waits (its GUI thread must
// not block), it connects to the callbacks instead.
//   waitFor<RestartOutcome>([&](auto done) { restarter.restart(unit, done); });
template <typename T> T waitFor(const std::function<void(std::function<void(const T &)>)> &start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](const T &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

// The same for an object that reports through a signal: starts it, then spins a
// local event loop until `signal` fires (unless it already finished inside start).
//   waitForSignal(&cycle, &EditCycle::finished, [&] { cycle.start(); }, [&] { return cycle.isRunning(); });
template <typename Sender, typename Signal>
void waitForSignal(Sender *sender, Signal signal, const std::function<void()> &start,
                   const std::function<bool()> &stillRunning)
{
    QEventLoop loop;
    const QMetaObject::Connection done = QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    start();
    if (stillRunning())
        loop.exec();
    QObject::disconnect(done);
}

} // namespace gd

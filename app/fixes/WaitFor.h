#pragma once

#include <QEventLoop>

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

} // namespace gd

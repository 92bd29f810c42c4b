#pragma once

#include "app/lab/PracticeSession.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <deque>
#include <functional>
#include <memory>

namespace gd {

// The practice lab's calls (PracticeSession) block while they run commands on the lab
// host, so the wizard makes them here: on a thread of their own, with a Machine that
// lives on that thread, one call after the other. Each result comes back to the GUI
// thread as a value, through the event loop.
class PracticeWorker : public QObject
{
    Q_OBJECT
public:
    // The session on the worker thread, opened (helpers found) on first use.
    class Lab
    {
    public:
        virtual ~Lab() = default;
        // Empty when the lab host can be used; the reason otherwise (kept after a failure).
        virtual LabError open() = 0;
        virtual PracticeSession &session() = 0;
    };

    explicit PracticeWorker(QObject *parent = nullptr);
    // Ends the thread after the calls queued so far (it waits for them). Callers stop a
    // running lab first (PracticeController::finish), so nothing long is left by then.
    ~PracticeWorker() override;

    // Before the first call: where the lab lives and where its programs are.
    void setOptions(const PracticeOptions &options) { m_options = options; }
    const PracticeOptions &options() const { return m_options; }

    // Runs `job` on the worker thread, then `done(result)` on `context`'s thread, unless
    // `context` was destroyed meanwhile.
    template <typename R>
    void run(std::function<R(Lab &)> job, QObject *context, std::function<void(const R &)> done)
    {
        ++m_pending;
        QPointer<PracticeWorker> self(this);
        post(
            [this, self, job = std::move(job), context = QPointer<QObject>(context), done = std::move(done)] {
                auto result = std::make_shared<R>(job(lab()));
                QObject *target = context ? context.data() : nullptr;
                if (!target)
                    return;
                QMetaObject::invokeMethod(
                    target,
                    [self, result, done] {
                        if (self)
                            --self->m_pending;
                        done(*result);
                        if (self && self->m_pending == 0)
                            emit self->idle();
                    },
                    Qt::QueuedConnection);
            });
    }
    // Calls queued or running.
    bool isBusy() const { return m_pending > 0; }

signals:
    // The last call queued has delivered its result.
    void idle();

private:
    class LabImpl;
    void post(std::function<void()> onWorker);
    void drain(); // worker thread only
    Lab &lab();   // worker thread only

    PracticeOptions m_options;
    QThread m_thread;
    QObject *m_home;                // lives on m_thread: queued calls run in its thread
    std::unique_ptr<LabImpl> m_lab; // created, used and destroyed on m_thread
    // The calls in order (worker thread only). A call runs its commands in a local event
    // loop, which would run the next queued call inside it: each would then save the
    // lab's record over the other's. So calls wait here and run strictly one by one.
    std::deque<std::function<void()>> m_queue;
    bool m_draining = false;
    int m_pending = 0; // GUI thread only
};

} // namespace gd

#include "ui/practice/PracticeWorker.h"

#include "remote/LocalMachine.h"

namespace gd {

class PracticeWorker::LabImpl : public PracticeWorker::Lab
{
public:
    explicit LabImpl(const PracticeOptions &options) : m_session(&m_machine, options, ScenarioCatalog::load())
    {
    }
    LabError open() override
    {
        if (!m_opened) {
            m_openError = m_session.open();
            m_opened = true;
        }
        return m_openError;
    }
    PracticeSession &session() override { return m_session; }

private:
    LocalMachine m_machine;
    PracticeSession m_session;
    LabError m_openError;
    bool m_opened = false;
};

PracticeWorker::PracticeWorker(QObject *parent) : QObject(parent), m_home(new QObject)
{
    m_thread.setObjectName(QStringLiteral("practice lab"));
    m_home->moveToThread(&m_thread);
    m_thread.start();
}

PracticeWorker::~PracticeWorker()
{
    // After the calls queued so far, the session and its machine go on the thread they
    // were made on; then the thread ends (a quit from here could drop queued calls).
    post([this] {
        m_lab.reset();
        m_thread.quit();
    });
    m_thread.wait();
    delete m_home; // its thread has ended: nothing can deliver to it any more
}

void PracticeWorker::post(std::function<void()> onWorker)
{
    QMetaObject::invokeMethod(
        m_home,
        [this, onWorker = std::move(onWorker)] {
            m_queue.push_back(onWorker);
            drain();
        },
        Qt::QueuedConnection);
}

void PracticeWorker::drain()
{
    if (m_draining)
        return; // inside a call's local event loop: the outer drain runs it next
    m_draining = true;
    while (!m_queue.empty()) {
        const std::function<void()> call = std::move(m_queue.front());
        m_queue.pop_front();
        call();
    }
    m_draining = false;
}

PracticeWorker::Lab &PracticeWorker::lab()
{
    if (!m_lab)
        m_lab = std::make_unique<LabImpl>(m_options);
    return *m_lab;
}

} // namespace gd

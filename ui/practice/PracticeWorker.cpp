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
    // The session and its machine go on the thread they were made on.
    post([this] { m_lab.reset(); });
    m_thread.quit();
    m_thread.wait();
    delete m_home; // its thread has ended: nothing can deliver to it any more
}

void PracticeWorker::post(std::function<void()> onWorker)
{
    QMetaObject::invokeMethod(m_home, std::move(onWorker), Qt::QueuedConnection);
}

PracticeWorker::Lab &PracticeWorker::lab()
{
    if (!m_lab)
        m_lab = std::make_unique<LabImpl>(m_options);
    return *m_lab;
}

} // namespace gd

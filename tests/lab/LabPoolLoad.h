#pragma once

#include "tests/lab/LabPhpFpm.h"
#include "tests/lab/LabStatus.h"

#include <QList>
#include <QProcess>
#include <QString>

#include <memory>

namespace gd::lab {

// Load on a lab PHP-FPM pool, the way a saturated pool really happens: requests
// through nginx (curl) to a script that runs until the test releases it, so the test
// decides when children are busy and when they free up. Each held request is one
// child (or one connection in the pool's queue when every child is busy).
class LabPoolLoad
{
public:
    // Writes wait.php into the pool's directory; `url` is nginx's URL of that
    // directory's scripts ("http://127.0.0.1:PORT/").
    LabPoolLoad(LabPhpFpm &fpm, QString url);
    ~LabPoolLoad(); // releases every request and waits for them
    LabPoolLoad(const LabPoolLoad &) = delete;
    LabPoolLoad &operator=(const LabPoolLoad &) = delete;

    // The nginx location that sends *.php under `root` to the pool (TCP or socket).
    static QString nginxServer(const LabPhpFpm &fpm, bool unixSocket);

    // Starts `count` more requests; returns once curl runs for each.
    LabStatus hold(int count);
    void release(int index); // in the order held, from 0
    void releaseAll();
    // The connections in the kernel's queue of the pool's TCP port (ss's Recv-Q).
    // The waits run the event loop.
    int queued() const;
    LabStatus waitUntilQueued(int count, int timeoutMs = 10000) const;
    // php-fpm's once-a-second check has counted the pool full (its log says so).
    LabStatus waitUntilMaxChildrenReached(int timeoutMs = 10000) const;

private:
    LabPhpFpm &m_fpm;
    QString m_url;
    QList<std::shared_ptr<QProcess>> m_requests;
};

} // namespace gd::lab

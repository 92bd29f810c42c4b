#include "tests/lab/LabPoolLoad.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>

namespace gd::lab {

namespace {
// Runs until its release file exists: a busy child for exactly as long as the test wants.
const char *const kWaitScript = R"php(<?php
$f = __DIR__ . '/release-' . preg_replace('/[^0-9]/', '', $_GET['id'] ?? '0');
while (!file_exists($f)) usleep(20000);
echo "released\n";
)php";
// Waits while the event loop runs: the test's own commands (a status request
// through a Machine) must go on meanwhile.
void pause(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents,
                                        int(qMax<qint64>(1, deadline.remainingTime())));
}
} // namespace

LabPoolLoad::LabPoolLoad(LabPhpFpm &fpm, QString url) : m_fpm(fpm), m_url(std::move(url))
{
    // The pool's user (www-data) must reach the script in the lab's directory.
    QFile::setPermissions(m_fpm.dir().path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                  QFile::ExeOther);
    m_fpm.dir().writeFile(QStringLiteral("wait.php"), kWaitScript);
}

LabPoolLoad::~LabPoolLoad()
{
    releaseAll();
    for (const auto &request : m_requests) {
        if (!request->waitForFinished(10000))
            request->kill();
        request->waitForFinished(2000);
    }
    // The next load on this pool counts its requests from 0 again.
    for (int i = 0; i < m_requests.size(); ++i)
        QFile::remove(m_fpm.dir().filePath(QStringLiteral("release-%1").arg(i)));
}

QString LabPoolLoad::nginxServer(const LabPhpFpm &fpm, bool unixSocket)
{
    const QString pass = unixSocket ? QStringLiteral("unix:") + fpm.socketPath()
                                    : QStringLiteral("127.0.0.1:%1").arg(fpm.port());
    return QStringLiteral("server {\n    listen 127.0.0.1:@PORT@;\n    server_name gd-lab;\n    root %1;\n"
                          "    location / {\n"
                          "        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n"
                          "        fastcgi_param SCRIPT_NAME $fastcgi_script_name;\n"
                          "        fastcgi_param QUERY_STRING $query_string;\n"
                          "        fastcgi_param REQUEST_METHOD $request_method;\n"
                          "        fastcgi_pass %2;\n    }\n}\n")
        .arg(QFileInfo(fpm.configPath()).path(), pass);
}

LabStatus LabPoolLoad::hold(int count)
{
    for (int i = 0; i < count; ++i) {
        auto request = std::make_shared<QProcess>();
        const int id = int(m_requests.size());
        request->setProgram(QStringLiteral("curl"));
        request->setArguments({QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                               QStringLiteral("-m"), QStringLiteral("120"),
                               m_url + QStringLiteral("wait.php?id=%1").arg(id)});
        request->start();
        if (!request->waitForStarted(5000))
            return LabStatus::failure(QStringLiteral("curl did not start: %1").arg(request->errorString()));
        m_requests << request;
    }
    return LabStatus::success();
}

void LabPoolLoad::release(int index)
{
    m_fpm.dir().writeFile(QStringLiteral("release-%1").arg(index), QByteArray());
}

void LabPoolLoad::releaseAll()
{
    for (int i = 0; i < m_requests.size(); ++i)
        release(i);
}

int LabPoolLoad::queued() const
{
    QProcess ss;
    ss.start(QStringLiteral("ss"),
             {QStringLiteral("-tlnH"), QStringLiteral("sport = :%1").arg(m_fpm.port())});
    ss.waitForFinished(5000);
    const QList<QByteArray> fields = ss.readAllStandardOutput().simplified().split(' ');
    return fields.size() > 1 ? fields.at(1).toInt() : 0;
}

LabStatus LabPoolLoad::waitUntilQueued(int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (queued() < count) {
        if (deadline.hasExpired())
            return LabStatus::failure(
                QStringLiteral("the pool's queue never held %1 connections (it holds %2)")
                    .arg(count)
                    .arg(queued()));
        pause(20);
    }
    return LabStatus::success();
}

LabStatus LabPoolLoad::waitUntilMaxChildrenReached(int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_fpm.dir().readFile(QStringLiteral("php-fpm.log")).contains("reached pm.max_children")) {
        if (deadline.hasExpired())
            return LabStatus::failure(
                QStringLiteral("php-fpm never logged \"server reached pm.max_children\""));
        pause(50);
    }
    return LabStatus::success();
}

} // namespace gd::lab

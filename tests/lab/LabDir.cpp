#include "tests/lab/LabDir.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace gd::lab {

LabDir::LabDir(const QString &purpose)
    : m_dir(QDir::tempPath() + QStringLiteral("/gd-lab-") + purpose + QStringLiteral("-XXXXXX"))
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory for %1: %2")
                      .arg(purpose, m_dir.errorString());
        return;
    }
    if (::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) != 0)
        m_error = QStringLiteral("chmod 0755 %1: %2")
                      .arg(m_dir.path(), QString::fromLocal8Bit(std::strerror(errno)));
    if (keepRequested())
        m_keep = true;
}

LabDir::~LabDir()
{
    if (m_keep && m_dir.isValid()) {
        m_dir.setAutoRemove(false);
        qInfo("gd-lab: kept %s", qPrintable(QDir::toNativeSeparators(m_dir.path())));
    }
}

QString LabDir::path() const
{
    return m_dir.path();
}

QString LabDir::filePath(const QString &relative) const
{
    return m_dir.filePath(relative);
}

LabStatus LabDir::makeDir(const QString &relative, int mode) const
{
    const QString full = filePath(relative);
    if (!QDir().mkpath(full))
        return LabStatus::failure(QStringLiteral("cannot create directory %1").arg(full));
    if (::chmod(QFile::encodeName(full).constData(), static_cast<mode_t>(mode)) != 0)
        return LabStatus::failure(
            QStringLiteral("chmod %1: %2").arg(full, QString::fromLocal8Bit(std::strerror(errno))));
    return LabStatus::success();
}

LabStatus LabDir::writeFile(const QString &relative, const QByteArray &content, int mode) const
{
    const QString full = filePath(relative);
    QFile file(full);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return LabStatus::failure(QStringLiteral("cannot write %1: %2").arg(full, file.errorString()));
    if (file.write(content) != content.size())
        return LabStatus::failure(QStringLiteral("short write to %1: %2").arg(full, file.errorString()));
    file.close();
    if (::chmod(QFile::encodeName(full).constData(), static_cast<mode_t>(mode)) != 0)
        return LabStatus::failure(
            QStringLiteral("chmod %1: %2").arg(full, QString::fromLocal8Bit(std::strerror(errno))));
    return LabStatus::success();
}

QByteArray LabDir::readFile(const QString &relative) const
{
    QFile file(filePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void LabDir::keep()
{
    m_keep = true;
}

bool LabDir::keepRequested()
{
    return qEnvironmentVariableIntValue("GD_LAB_KEEP") == 1;
}

} // namespace gd::lab

#include "app/lab/FileBundle.h"

#include <QFile>

namespace gd {

QByteArray FileBundle::octal(int mode)
{
    return QByteArray::number(mode, 8).rightJustified(4, '0');
}

FileBundle &FileBundle::mkdir(const QString &relative, int mode)
{
    m_data += "MKDIR " + octal(mode) + ' ' + QFile::encodeName(relative) + '\n';
    return *this;
}

FileBundle &FileBundle::file(const QString &relative, const QByteArray &content, int mode)
{
    m_data += "FILE " + octal(mode) + ' ' + QByteArray::number(content.size()) + ' ' +
              QFile::encodeName(relative) + '\n' + content;
    return *this;
}

FileBundle &FileBundle::append(const QString &relative, const QByteArray &content)
{
    m_data +=
        "APPEND " + QByteArray::number(content.size()) + ' ' + QFile::encodeName(relative) + '\n' + content;
    return *this;
}

FileBundle &FileBundle::link(const QString &relative, const QString &target)
{
    m_data += "LINK " + QFile::encodeName(relative) + '\n' + QFile::encodeName(target) + '\n';
    return *this;
}

FileBundle &FileBundle::chmod(const QString &relative, int mode)
{
    m_data += "CHMOD " + octal(mode) + ' ' + QFile::encodeName(relative) + '\n';
    return *this;
}

FileBundle &FileBundle::remove(const QString &relative)
{
    m_data += "REMOVE " + QFile::encodeName(relative) + '\n';
    return *this;
}

} // namespace gd

#pragma once

#include <QByteArray>
#include <QString>

namespace gd {

// A batch of file operations inside the lab directory, in the format that
// `gateway-doctor-lab-supervisor write` reads on stdin (see app/lab/tools/supervisor/
// LabFiles.cpp): one command for a whole batch, on this computer or over SSH. Paths are
// relative to the lab directory; the helper refuses anything that would leave it.
class FileBundle
{
public:
    FileBundle &mkdir(const QString &relative, int mode = 0755);
    FileBundle &file(const QString &relative, const QByteArray &content, int mode = 0644);
    FileBundle &append(const QString &relative, const QByteArray &content);
    FileBundle &link(const QString &relative, const QString &target);
    FileBundle &chmod(const QString &relative, int mode);
    FileBundle &remove(const QString &relative);

    bool isEmpty() const { return m_data.isEmpty(); }
    const QByteArray &data() const { return m_data; }

private:
    static QByteArray octal(int mode);
    QByteArray m_data;
};

} // namespace gd

#pragma once
// Shared by the unit tests of app/fixes: the captured files in tests/data/fixes (see its
// README) and the real nginx as the judge of what it accepts (`nginx -t`, never started).

#include "remote/ByteText.h"
#include "tests/TestConfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>

namespace gd::test {

inline QString fixesDataPath(const QString &name)
{
    return QStringLiteral(GD_TEST_DATA_DIR "/fixes/") + name;
}

inline QByteArray readFixesData(const QString &name)
{
    QFile file(fixesDataPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What `nginx -t` said about a config.
struct NginxVerdict
{
    bool ran = false; // nginx could be started at all
    bool ok = false;  // exit status 0
    QString emerg;    // the [emerg] message without the timestamp and " in FILE:LINE"
    QString output;   // everything it printed, for failure messages
};

// Runs the real nginx -t on configs written into a private prefix. The config may say
// @PREFIX@ for the prefix directory. The error log goes to stderr (-e) and every temp
// path into the prefix, so nothing outside it is touched and no root is needed.
class NginxJudge
{
public:
    static QString binary() { return QStringLiteral("/usr/sbin/nginx"); }
    static bool available() { return QFileInfo(binary()).isExecutable(); }

    NginxJudge()
    {
        if (m_dir.isValid())
            QDir(m_dir.path()).mkpath(QStringLiteral("tmp")); // nginx -t creates the temp paths inside
    }

    bool isValid() const { return m_dir.isValid(); }
    QString prefix() const { return m_dir.path(); }

    // Writes a file under the prefix (parents created), @PREFIX@ replaced.
    bool write(const QString &relative, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        QByteArray text = content;
        text.replace("@PREFIX@", m_dir.path().toUtf8());
        return file.write(text) == text.size();
    }

    // The lines every test config needs inside http {}: temp paths in the prefix.
    static QByteArray httpPreamble()
    {
        return "    client_body_temp_path @PREFIX@/tmp/body;\n    proxy_temp_path @PREFIX@/tmp/proxy;\n"
               "    fastcgi_temp_path @PREFIX@/tmp/fastcgi;\n    uwsgi_temp_path @PREFIX@/tmp/uwsgi;\n"
               "    scgi_temp_path @PREFIX@/tmp/scgi;\n    access_log off;\n";
    }

    NginxVerdict test(const QString &mainRelative = QStringLiteral("nginx.conf")) const
    {
        NginxVerdict verdict;
        QProcess nginx;
        const QString main = m_dir.filePath(mainRelative);
        nginx.start(binary(), {QStringLiteral("-t"), QStringLiteral("-p"), m_dir.path() + QLatin1Char('/'),
                               QStringLiteral("-e"), QStringLiteral("stderr"), QStringLiteral("-c"), main});
        if (!nginx.waitForStarted(5000) || !nginx.waitForFinished(20000))
            return verdict;
        verdict.ran = nginx.exitStatus() == QProcess::NormalExit;
        verdict.ok = verdict.ran && nginx.exitCode() == 0;
        verdict.output = utf8Text(nginx.readAllStandardError() + nginx.readAllStandardOutput());
        static const QRegularExpression emerg(
            QStringLiteral("\\[emerg\\] \\d+#\\d+: (.*?)(?: in \\S+:\\d+)?$"),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = emerg.match(verdict.output);
        if (m.hasMatch())
            verdict.emerg = m.captured(1);
        return verdict;
    }

    // Copies a tree of tests/data/fixes (every file, @PREFIX@ replaced) into the prefix.
    bool copyTree(const QString &tree) const
    {
        const QDir root(fixesDataPath(tree));
        if (!root.exists())
            return false;
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            QFile file(source);
            if (!file.open(QIODevice::ReadOnly) || !write(root.relativeFilePath(source), file.readAll()))
                return false;
        }
        QDir(m_dir.path()).mkpath(QStringLiteral("logs"));
        return true;
    }

    QByteArray read(const QString &absolutePath) const
    {
        QFile file(absolutePath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    bool overwrite(const QString &absolutePath, const QByteArray &bytes) const
    {
        QFile file(absolutePath);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }

    // `nginx -T` of the config in the prefix: what the diagnosis reads on a server.
    QString dump(const QString &mainRelative = QStringLiteral("nginx.conf")) const
    {
        QProcess nginx;
        nginx.start(binary(), {QStringLiteral("-T"), QStringLiteral("-q"), QStringLiteral("-p"),
                               m_dir.path() + QLatin1Char('/'), QStringLiteral("-e"),
                               QStringLiteral("stderr"), QStringLiteral("-c"), m_dir.filePath(mainRelative)});
        if (!nginx.waitForStarted(5000) || !nginx.waitForFinished(20000) || nginx.exitCode() != 0)
            return QString();
        return utf8Text(nginx.readAllStandardOutput());
    }

    NginxVerdict testConfig(const QByteArray &config) const
    {
        if (!write(QStringLiteral("nginx.conf"), config))
            return {};
        return test();
    }

private:
    QTemporaryDir m_dir;
};

} // namespace gd::test

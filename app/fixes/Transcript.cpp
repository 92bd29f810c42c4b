#include "app/fixes/Transcript.h"

#include "remote/ByteText.h"
#include "remote/Machine.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace gd {

namespace {

// Outputs are cut: a transcript is for reading, and a command can print megabytes.
QString excerpt(const QByteArray &data, int max = 4000)
{
    QString text = utf8Text(data.left(max));
    if (data.size() > max)
        text += QStringLiteral("\n[... %1 more bytes]").arg(data.size() - max);
    return text;
}

} // namespace

Transcript::Transcript(QString target, QString directory, QObject *parent)
    : QObject(parent), m_target(std::move(target))
{
    if (directory.isEmpty())
        directory = defaultDirectory();
    m_path = QDir(directory).filePath(fileNameFor(m_target));
}

QString Transcript::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("transcripts"));
}

QString Transcript::fileNameFor(const QString &target)
{
    QString name;
    for (const QChar c : target)
        name +=
            (c.isLetterOrNumber() || c == QLatin1Char('@') || c == QLatin1Char('.') || c == QLatin1Char('-'))
                ? c
                : QLatin1Char('_');
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QLatin1String("target"));
    return name + QStringLiteral(".jsonl");
}

void Transcript::attach(Machine *machine)
{
    if (m_machine)
        disconnect(m_machine, nullptr, this, nullptr);
    m_machine = machine;
    if (machine)
        connect(machine, &Machine::commandFinished, this, &Transcript::recordCommand);
}

void Transcript::recordCommand(const CommandResult &result)
{
    QJsonObject entry;
    entry[QStringLiteral("kind")] = QStringLiteral("command");
    entry[QStringLiteral("command")] = result.commandLine;
    entry[QStringLiteral("exit")] = result.ran() ? result.exitCode : -1;
    entry[QStringLiteral("ms")] = result.durationMs;
    if (result.error.isError())
        entry[QStringLiteral("error")] = result.error.message();
    if (!result.stdOut.isEmpty())
        entry[QStringLiteral("stdout")] = excerpt(result.stdOut);
    if (!result.stdErr.isEmpty())
        entry[QStringLiteral("stderr")] = excerpt(result.stdErr);
    append(entry);
}

void Transcript::recordChange(const QString &action, const QString &status, const QString &message,
                              const QString &diff, const QStringList &backups)
{
    QJsonObject entry;
    entry[QStringLiteral("kind")] = QStringLiteral("change");
    entry[QStringLiteral("action")] = action;
    entry[QStringLiteral("status")] = status;
    if (!message.isEmpty())
        entry[QStringLiteral("message")] = message;
    if (!diff.isEmpty())
        entry[QStringLiteral("diff")] = diff;
    if (!backups.isEmpty())
        entry[QStringLiteral("backups")] = QJsonArray::fromStringList(backups);
    append(entry);
}

void Transcript::append(QJsonObject entry)
{
    entry[QStringLiteral("time")] = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
    entry[QStringLiteral("target")] = m_target;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    // Owner-only: commands and outputs of a server are nobody else's business.
    const bool created = !file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return; // a transcript that cannot be written must not stop a fix
    if (created)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
}

QList<QJsonObject> Transcript::entries() const
{
    QList<QJsonObject> result;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QJsonDocument doc = QJsonDocument::fromJson(file.readLine());
        if (doc.isObject())
            result << doc.object();
    }
    return result;
}

QString Transcript::exportText() const
{
    QString text;
    for (const QJsonObject &e : entries()) {
        const QString time = e.value(QStringLiteral("time")).toString();
        if (e.value(QStringLiteral("kind")).toString() == QLatin1String("command")) {
            text += QStringLiteral("[%1] %2 $ %3  (exit %4, %5 ms)\n")
                        .arg(time, e.value(QStringLiteral("target")).toString(),
                             e.value(QStringLiteral("command")).toString())
                        .arg(e.value(QStringLiteral("exit")).toInt())
                        .arg(e.value(QStringLiteral("ms")).toVariant().toLongLong());
            for (const char *key : {"stdout", "stderr", "error"}) {
                const QString value = e.value(QLatin1String(key)).toString();
                if (!value.isEmpty())
                    text += QStringLiteral("    %1: %2\n")
                                .arg(QLatin1String(key),
                                     QString(value).replace(QLatin1Char('\n'), QStringLiteral("\n      ")));
            }
        } else {
            text += QStringLiteral("[%1] %2 %3: %4 %5\n")
                        .arg(time, e.value(QStringLiteral("target")).toString(),
                             e.value(QStringLiteral("action")).toString(),
                             e.value(QStringLiteral("status")).toString(),
                             e.value(QStringLiteral("message")).toString());
            const QJsonArray backups = e.value(QStringLiteral("backups")).toArray();
            for (const QJsonValue &b : backups)
                text += QStringLiteral("    backup: %1\n").arg(b.toString());
            const QString diff = e.value(QStringLiteral("diff")).toString();
            if (!diff.isEmpty())
                text += diff + (diff.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"));
        }
    }
    return text;
}

} // namespace gd

#pragma once

#include "app/config/NginxMessage.h"

#include <QList>
#include <QString>

namespace gd {

// What `nginx -t` / `nginx -T` print on stderr, as messages with file:line.
// Both shapes nginx uses: "nginx: [emerg] text in /file:12" before the error log is
// open and "2024/05/01 10:00:00 [emerg] 123#123: text in /file:12" after (or with -e).
//
// Whether the config is valid is the exit code's call, never the text's: nginx can
// print "syntax is ok" and still fail.
class NginxTestOutput
{
public:
    static NginxTestOutput parse(const QString &stderrText, int exitCode);

    bool ok() const { return m_exitCode == 0; }
    int exitCode() const { return m_exitCode; }
    const QList<NginxMessage> &messages() const { return m_messages; }
    QList<NginxMessage> errors() const;   // error, crit, alert, emerg
    QList<NginxMessage> warnings() const; // warn
    // The first error: the one that stopped nginx.
    const NginxMessage *firstError() const;
    bool claimsSyntaxOk() const { return m_syntaxOk; }
    bool claimsSuccess() const { return m_successful; }
    // The config file nginx named in its summary lines.
    QString configFile() const { return m_configFile; }

    static NginxMessage parseLine(const QString &line);

private:
    int m_exitCode = -1;
    QList<NginxMessage> m_messages;
    bool m_syntaxOk = false;
    bool m_successful = false;
    QString m_configFile;
};

} // namespace gd

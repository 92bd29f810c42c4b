#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

// The planned edit of one file: its bytes as read and as they will be written, and what
// changed where (for the diff view and the transcript).
struct FileEdit
{
    QString path;      // the file as the config names it (nginx -T path)
    QByteArray before; // the bytes as read
    QByteArray after;  // the edited bytes
    struct Change
    {
        QString directive;
        QString oldValue; // empty when inserted
        QString newValue;
        int line = 0; // 1-based line in `after`
        bool inserted = false;
    };
    QList<Change> changes;
    // When the file is included in more than one place, every other block that includes
    // it gets the new values too ("http > server (example.org) > location /api"). Empty
    // for a file that only the edited block reads.
    QStringList alsoAffects;
};

} // namespace gd

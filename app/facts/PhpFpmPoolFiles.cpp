#include "app/facts/PhpFpmPoolFiles.h"
#include "remote/ByteText.h"

#include <QRegularExpression>
#include <QSet>

namespace gd {

QList<QPair<QString, QString>> phpFpmPoolFiles(const QByteArray &output)
{
    const QString text = utf8Text(output);
    static const QRegularExpression header(QStringLiteral("^==> (.+) <==$"),
                                           QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator it = header.globalMatch(text);
    QList<QRegularExpressionMatch> heads;
    while (it.hasNext())
        heads << it.next();
    QList<QPair<QString, QString>> files;
    QSet<QString> seen;
    for (int i = 0; i < heads.size(); ++i) {
        if (seen.contains(heads[i].captured(1)))
            continue;
        seen.insert(heads[i].captured(1));
        const int start = int(heads[i].capturedEnd()) + 1;
        const int end = i + 1 < heads.size() ? int(heads[i + 1].capturedStart()) : int(text.size());
        files.append({heads[i].captured(1), text.mid(start, qMax(0, end - start))});
    }
    return files;
}

} // namespace gd

#pragma once

#include <QByteArray>
#include <QString>

namespace gd {

// Text from bytes, every byte of them. Qt 5's QString::fromUtf8(const QByteArray &),
// fromLatin1(const QByteArray &) and fromLocal8Bit(const QByteArray &) stop at the
// first NUL byte (Qt 6's do not), and what we read may hold one: nginx accepts a NUL
// in a comment, logs carry binary request lines. Nothing after a NUL may vanish, above
// all not from a file that is edited and written back.
inline QString utf8Text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes.constData(), bytes.size());
}
inline QString utf8Text(const char *text)
{
    return QString::fromUtf8(text);
}
inline QString latin1Text(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.constData(), bytes.size());
}
inline QString latin1Text(const char *text)
{
    return QString::fromLatin1(text);
}
inline QString localText(const QByteArray &bytes)
{
    return QString::fromLocal8Bit(bytes.constData(), bytes.size());
}

} // namespace gd

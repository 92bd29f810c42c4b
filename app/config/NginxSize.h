#pragma once

#include "app/config/ConfigError.h"

#include "remote/Result.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

// An nginx size ("16k", "1m", "4096" bytes, "1g"), as ngx_parse_size() reads it:
// digits and at most one unit k/K, m/M, g/G.
//
// parse() is the validator for sizes typed by users: anything but a clean value is
// refused (see NginxDuration).
class NginxSize
{
    Q_DECLARE_TR_FUNCTIONS(NginxSize)
public:
    NginxSize() = default;
    static NginxSize fromBytes(qint64 bytes);
    static Result<NginxSize, ConfigError> parse(const QString &text);

    qint64 bytes() const { return m_bytes; }
    // "4k", "1m", "1500".
    QString toString() const;

    friend bool operator==(const NginxSize &a, const NginxSize &b) { return a.m_bytes == b.m_bytes; }
    friend bool operator<(const NginxSize &a, const NginxSize &b) { return a.m_bytes < b.m_bytes; }

private:
    qint64 m_bytes = 0;
};

// "8 4k" of proxy_buffers and its twins: how many buffers of which size.
struct NginxBuffers
{
    int count = 0;
    NginxSize size;
    qint64 totalBytes() const { return qint64(count) * size.bytes(); }
    QString toString() const { return QStringLiteral("%1 %2").arg(count).arg(size.toString()); }
    static Result<NginxBuffers, ConfigError> parse(const QString &count, const QString &size);
};

} // namespace gd

#include "app/config/NginxSize.h"

namespace gd {

namespace {
// 1 TiB: larger than any buffer or body limit anyone means, far from overflow.
constexpr qint64 kMaxBytes = 1LL << 40;
} // namespace

NginxSize NginxSize::fromBytes(qint64 bytes)
{
    NginxSize s;
    s.m_bytes = bytes < 0 ? 0 : bytes;
    return s;
}

Result<NginxSize, ConfigError> NginxSize::parse(const QString &text)
{
    auto invalid = [&text](const QString &why) {
        return ConfigError(ConfigErrorKind::InvalidValue,
                           tr("\"%1\" is not a valid nginx size. Use a number of bytes, optionally with k, m "
                              "or g, like 16k or 1m.")
                               .arg(text.left(80)),
                           why);
    };
    const int n = int(text.size());
    if (n == 0)
        return invalid(QStringLiteral("empty"));
    qint64 value = 0;
    int i = 0;
    while (i < n && text.at(i).unicode() >= '0' && text.at(i).unicode() <= '9') {
        value = value * 10 + (text.at(i).unicode() - '0');
        if (value > kMaxBytes)
            return invalid(QStringLiteral("too large"));
        ++i;
    }
    if (i == 0)
        return invalid(QStringLiteral("expected a digit"));
    qint64 unit = 1;
    if (i == n - 1) {
        switch (text.at(i).unicode()) {
        case 'k':
        case 'K':
            unit = 1024;
            break;
        case 'm':
        case 'M':
            unit = 1024 * 1024;
            break;
        case 'g':
        case 'G':
            unit = 1024LL * 1024 * 1024;
            break;
        default:
            return invalid(QStringLiteral("unknown unit"));
        }
    } else if (i != n) {
        return invalid(QStringLiteral("unexpected characters after the number"));
    }
    if (value > kMaxBytes / unit)
        return invalid(QStringLiteral("too large"));
    return fromBytes(value * unit);
}

QString NginxSize::toString() const
{
    if (m_bytes != 0 && m_bytes % (1024LL * 1024 * 1024) == 0)
        return QStringLiteral("%1g").arg(m_bytes / (1024LL * 1024 * 1024));
    if (m_bytes != 0 && m_bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1m").arg(m_bytes / (1024 * 1024));
    if (m_bytes != 0 && m_bytes % 1024 == 0)
        return QStringLiteral("%1k").arg(m_bytes / 1024);
    return QString::number(m_bytes);
}

Result<NginxBuffers, ConfigError> NginxBuffers::parse(const QString &count, const QString &size)
{
    const Result<NginxSize, ConfigError> n = NginxSize::parse(count);
    if (!n.ok() || n->bytes() != count.toLongLong() || n->bytes() < 1 || n->bytes() > 65536)
        return ConfigError(ConfigErrorKind::InvalidValue,
                           NginxSize::tr("\"%1\" is not a valid number of buffers.").arg(count.left(80)));
    const Result<NginxSize, ConfigError> s = NginxSize::parse(size);
    if (!s.ok())
        return s.error();
    return NginxBuffers{int(n->bytes()), *s};
}

} // namespace gd

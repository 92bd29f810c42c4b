#include "app/probes/IpAddress.h"

#include <QStringList>

namespace gd {

namespace {

std::optional<std::array<std::uint8_t, 4>> parseV4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    std::array<std::uint8_t, 4> out{};
    for (int i = 0; i < 4; ++i) {
        const QString &p = parts.at(i);
        if (p.isEmpty() || p.size() > 3)
            return std::nullopt;
        bool ok = false;
        const uint v = p.toUInt(&ok, 10);
        if (!ok || v > 255)
            return std::nullopt;
        out[size_t(i)] = std::uint8_t(v);
    }
    return out;
}

// Appends the hex groups of "a:b:c" (empty: none).
bool appendGroups(const QString &part, QList<quint16> &groups)
{
    if (part.isEmpty())
        return true;
    for (const QString &g : part.split(QLatin1Char(':'))) {
        if (g.isEmpty() || g.size() > 4)
            return false;
        bool ok = false;
        const uint v = g.toUInt(&ok, 16);
        if (!ok)
            return false;
        groups.append(quint16(v));
    }
    return true;
}

// The eight groups of an IPv6 text without an IPv4 tail, "::" filled in.
std::optional<QList<quint16>> v6Groups(const QString &body)
{
    const int dbl = body.indexOf(QStringLiteral("::"));
    if (dbl >= 0 && body.indexOf(QStringLiteral("::"), dbl + 1) >= 0)
        return std::nullopt;
    QList<quint16> head, rest;
    if (dbl < 0) {
        if (!appendGroups(body, head) || head.size() != 8)
            return std::nullopt;
        return head;
    }
    if (!appendGroups(body.left(dbl), head) || !appendGroups(body.mid(dbl + 2), rest))
        return std::nullopt;
    if (head.size() + rest.size() > 7)
        return std::nullopt;
    while (head.size() + rest.size() < 8)
        head.append(0);
    head.append(rest);
    return head;
}

std::optional<std::array<std::uint8_t, 16>> parseV6(const QString &text)
{
    // An embedded IPv4 tail (::ffff:127.0.0.1) counts as two groups.
    QString body = text;
    std::array<std::uint8_t, 4> tail{};
    bool hasTail = false;
    const int lastColon = body.lastIndexOf(QLatin1Char(':'));
    if (body.mid(lastColon + 1).contains(QLatin1Char('.'))) {
        const auto v4 = parseV4(body.mid(lastColon + 1));
        if (!v4)
            return std::nullopt;
        tail = *v4;
        hasTail = true;
        body = body.left(lastColon + 1) + QStringLiteral("0:0");
    }
    const std::optional<QList<quint16>> groups = v6Groups(body);
    if (!groups)
        return std::nullopt;
    std::array<std::uint8_t, 16> out{};
    for (int i = 0; i < 8; ++i) {
        out[size_t(2 * i)] = std::uint8_t(groups->at(i) >> 8);
        out[size_t(2 * i + 1)] = std::uint8_t(groups->at(i) & 0xff);
    }
    if (hasTail)
        std::copy(tail.begin(), tail.end(), out.begin() + 12);
    return out;
}

} // namespace

std::optional<IpAddress> IpAddress::parse(const QString &input)
{
    QString text = input.trimmed();
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    const int percent = text.indexOf(QLatin1Char('%'));
    if (percent >= 0)
        text.truncate(percent); // scope id: not part of the address
    if (text.isEmpty())
        return std::nullopt;

    IpAddress out;
    if (!text.contains(QLatin1Char(':'))) {
        const auto v4 = parseV4(text);
        if (!v4)
            return std::nullopt;
        out.m_family = Family::V4;
        std::copy(v4->begin(), v4->end(), out.m_bytes.begin());
        return out;
    }
    const auto v6 = parseV6(text);
    if (!v6)
        return std::nullopt;
    out.m_family = Family::V6;
    out.m_bytes = *v6;
    return out;
}

std::optional<IpAddress> IpAddress::fromProcHex(const QString &hex)
{
    if (hex.size() != 8 && hex.size() != 32)
        return std::nullopt;
    IpAddress out;
    out.m_family = hex.size() == 8 ? Family::V4 : Family::V6;
    // Each 32-bit word is printed with %08X from a network-order value read as a
    // host-order integer: on little-endian hosts its bytes come out reversed.
    for (int word = 0; word < hex.size() / 8; ++word) {
        bool ok = false;
        const uint v = hex.mid(word * 8, 8).toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        for (int b = 0; b < 4; ++b)
            out.m_bytes[size_t(word * 4 + b)] = std::uint8_t((v >> (8 * b)) & 0xff);
    }
    return out;
}

bool IpAddress::isAny() const
{
    const int n = isV4() ? 4 : 16;
    for (int i = 0; i < n; ++i) {
        if (m_bytes[size_t(i)] != 0)
            return false;
    }
    return true;
}

IpAddress IpAddress::unmapped() const
{
    if (isV4())
        return *this;
    for (int i = 0; i < 10; ++i) {
        if (m_bytes[size_t(i)] != 0)
            return *this;
    }
    if (m_bytes[10] != 0xff || m_bytes[11] != 0xff)
        return *this;
    IpAddress v4;
    v4.m_family = Family::V4;
    std::copy(m_bytes.begin() + 12, m_bytes.end(), v4.m_bytes.begin());
    return v4;
}

QString IpAddress::toString() const
{
    if (isV4()) {
        return QStringLiteral("%1.%2.%3.%4").arg(m_bytes[0]).arg(m_bytes[1]).arg(m_bytes[2]).arg(m_bytes[3]);
    }
    const IpAddress u = unmapped();
    if (u.isV4())
        return QStringLiteral("::ffff:") + u.toString();
    // RFC 5952: compress the longest run (>= 2) of zero groups.
    quint16 g[8];
    for (int i = 0; i < 8; ++i)
        g[i] = quint16((m_bytes[size_t(2 * i)] << 8) | m_bytes[size_t(2 * i + 1)]);
    int bestStart = -1, bestLen = 0;
    for (int i = 0; i < 8;) {
        if (g[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && g[j] == 0)
            ++j;
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(QLatin1Char(':')))
            out += QLatin1Char(':');
        out += QString::number(g[i], 16);
    }
    return out;
}

bool IpAddress::operator==(const IpAddress &other) const
{
    const IpAddress a = unmapped();
    const IpAddress b = other.unmapped();
    if (a.m_family != b.m_family)
        return false;
    const int n = a.isV4() ? 4 : 16;
    return std::equal(a.m_bytes.begin(), a.m_bytes.begin() + n, b.m_bytes.begin());
}

} // namespace gd

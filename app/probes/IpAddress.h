#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace gd {

// A numeric IPv4/IPv6 address, parsed without QtNetwork (gd_app is Qt Core only).
// IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) compare equal to their IPv4 form,
// because that is how the kernel delivers them to a dual-stack listener.
class IpAddress
{
public:
    enum class Family
    {
        V4,
        V6
    };

    static std::optional<IpAddress> parse(const QString &text);
    // The 32-bit word as /proc/net/tcp prints it: hex in host byte order
    // (little-endian on every platform we meet: x86, arm64).
    static std::optional<IpAddress> fromProcHex(const QString &hex);

    Family family() const { return m_family; }
    bool isV4() const { return m_family == Family::V4; }
    bool isAny() const; // 0.0.0.0 or ::
    // For ::ffff:a.b.c.d, the IPv4 address; otherwise itself.
    IpAddress unmapped() const;
    QString toString() const;

    bool operator==(const IpAddress &other) const;
    bool operator!=(const IpAddress &other) const { return !(*this == other); }

private:
    Family m_family = Family::V4;
    std::array<std::uint8_t, 16> m_bytes{}; // V4 uses the first four
};

} // namespace gd

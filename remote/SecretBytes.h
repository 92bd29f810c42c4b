#pragma once

#include <QByteArray>

#include <cstring>

namespace gd {

// A password or passphrase that overwrites its bytes when it is cleared or goes
// away, so the secret does not linger in freed memory. Copies are deep (each owns
// and wipes its own buffer); take a secret by moving a QByteArray in, which keeps
// its one buffer, rather than copying one that stays behind elsewhere.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray &&bytes) : m_bytes(std::move(bytes)) {}
    explicit SecretBytes(const char *data, qsizetype size) : m_bytes(data, size) {}
    SecretBytes(const SecretBytes &other) : m_bytes(other.m_bytes.constData(), other.m_bytes.size()) {}
    SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}
    SecretBytes &operator=(const SecretBytes &other)
    {
        if (this != &other) {
            wipe();
            m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
        }
        return *this;
    }
    SecretBytes &operator=(SecretBytes &&other) noexcept
    {
        if (this != &other) {
            wipe();
            m_bytes = std::move(other.m_bytes);
        }
        return *this;
    }
    ~SecretBytes() { wipe(); }

    const QByteArray &bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    // Drops a trailing newline (a password read as a line).
    void chopLineEnd()
    {
        while (m_bytes.endsWith('\n') || m_bytes.endsWith('\r')) {
            m_bytes[m_bytes.size() - 1] = '\0';
            m_bytes.chop(1);
        }
    }
    void wipe()
    {
        if (!m_bytes.isEmpty())
            std::memset(m_bytes.data(), 0, size_t(m_bytes.size()));
        m_bytes.clear();
    }

private:
    QByteArray m_bytes;
};

} // namespace gd

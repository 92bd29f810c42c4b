#pragma once

#include <QString>

namespace gd {

// The one shape of every error in Gateway Doctor: a kind (an enum of the layer's
// own, whose first value is None), a message for a junior admin (translated), the
// raw detail for the transcript, and, when it is about a place in a file (nginx -t,
// a config line), that file and line. RemoteError, ConfigError, ProbeError and
// FixError are this template with their own kinds; Result<T, E> carries them.
template <typename KindT> class Error
{
public:
    using Kind = KindT;

    Error() = default;
    Error(Kind kind, QString message, QString detail = {})
        : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail))
    {
    }

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    const QString &file() const { return m_file; }
    int line() const { return m_line; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // "message (detail)" for logs and the CLI.
    QString toString() const
    {
        if (m_detail.isEmpty() || m_detail == m_message)
            return m_message;
        return QStringLiteral("%1 (%2)").arg(m_message, m_detail);
    }

protected:
    void setPlace(const QString &file, int line)
    {
        m_file = file;
        m_line = line;
    }

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_detail;
    QString m_file;
    int m_line = 0;
};

} // namespace gd

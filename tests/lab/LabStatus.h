#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace gd::lab {

// Success, or the reason for failure with whatever output explains it (nginx -t
// output, sshd's log tail). The lab reports errors as values so a test can hand the
// message straight to QVERIFY2 / QSKIP instead of catching exceptions.
class LabStatus
{
public:
    static LabStatus success() { return LabStatus(); }
    static LabStatus failure(QString message) { return LabStatus(std::move(message)); }

    bool ok() const { return !m_message.has_value(); }
    explicit operator bool() const { return ok(); }
    // Empty when ok().
    QString message() const { return m_message.value_or(QString()); }

private:
    LabStatus() = default;
    explicit LabStatus(QString message) : m_message(std::move(message)) {}

    std::optional<QString> m_message;
};

// A value, or the reason there is none.
template <typename T> class LabResult
{
public:
    LabResult(T value) : m_value(std::move(value)) {}
    LabResult(LabStatus failure) : m_error(failure.message()) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    QString message() const { return m_error; }
    LabStatus status() const { return ok() ? LabStatus::success() : LabStatus::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace gd::lab

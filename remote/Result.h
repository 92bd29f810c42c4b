#pragma once

#include "remote/RemoteError.h"

#include <utility>
#include <variant>

namespace gd {

// A value or the reason there is none: errors travel as values, never as
// exceptions or out-parameters. E is RemoteError for the transport; the probe
// parsers use their own error type (ProbeResult).
template <typename T, typename E = RemoteError> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

} // namespace gd

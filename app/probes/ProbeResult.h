#pragma once

#include "app/probes/ProbeError.h"
#include "remote/Result.h"

namespace gd {

// A parsed value or the reason there is none: remote/'s Result with the parsers'
// own error vocabulary (what was wrong with the output, not with the transport).
template <typename T> using ProbeResult = Result<T, ProbeError>;

} // namespace gd

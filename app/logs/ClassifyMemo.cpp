#include "ClassifyMemo.h"

#include <cstring>

namespace gd {

namespace {

using sv = std::string_view;

// A 64-bit mix of the bytes, 8 at a time: only picks the slot (entries compare the bytes).
quint64 mixIn(quint64 h, sv text)
{
    constexpr quint64 kMul = 0x9e3779b97f4a7c15ULL;
    const char *p = text.data();
    size_t n = text.size();
    for (; n >= 8; p += 8, n -= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * kMul;
        h ^= h >> 29;
    }
    quint64 last = 0;
    std::memcpy(&last, p, n);
    h = (h ^ last ^ (quint64(text.size()) << 48)) * kMul;
    return h ^ (h >> 32);
}

bool unixPeer(const ErrorLogLine &line) { return line.upstreamPeer().substr(0, 5) == "unix:"; }

} // namespace

ClassifyMemo::ClassifyMemo() : m_entries(kSlots) {}

ClassifyMemo::Answer ClassifyMemo::classify(const ErrorLogLine &line)
{
    const sv message = line.message();
    const sv action = line.action();
    const bool isUnix = unixPeer(line);
    const quint64 hash = mixIn(mixIn(quint64(line.level()) * 2 + quint64(isUnix), message), action);
    Entry &e = m_entries[size_t(hash) & (kSlots - 1)];
    // Where the message starts in this line: spans are kept relative to it.
    const int messageAt = line.spanOf(message).offset;

    if (!(e.used && e.hash == hash && e.level == line.level() && e.unixPeer == isUnix && sv(e.message) == message
          && sv(e.action) == action)) {
        e.used = true;
        e.hash = hash;
        e.level = line.level();
        e.unixPeer = isUnix;
        e.message.assign(message);
        e.action.assign(action);
        e.klass = UpstreamErrorClassifier::classify(line);
        e.hint = -1;
        if (e.klass && e.klass->match.isValid()) {
            const TextSpan m = e.klass->match;
            if (m.offset < messageAt || m.offset + m.length > messageAt + int(message.size())) {
                // Not what classify() does today; should it ever mark text outside the message,
                // that answer depends on more than the key and must not be reused.
                e.used = false;
                return {e.klass, &e.hint};
            }
            e.klass->match.offset -= messageAt;
        }
    }
    Answer answer{e.klass, &e.hint};
    if (answer.klass && answer.klass->match.isValid())
        answer.klass->match.offset += messageAt;
    return answer;
}

} // namespace gd

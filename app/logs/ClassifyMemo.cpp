#include "app/logs/ClassifyMemo.h"

#include <cstring>

namespace gd {

namespace {

using sv = std::string_view;

// Picks the slot: the length and three words of the text (start, middle, end), mixed. Entries
// compare the whole text, so a collision only costs a second classify(); messages that differ
// in the middle (socket paths) still land apart.
quint64 mixIn(quint64 h, sv text)
{
    constexpr quint64 kMul = 0x9e3779b97f4a7c15ULL;
    const size_t n = text.size();
    quint64 a = 0, b = 0, c = 0;
    if (n >= 8) {
        std::memcpy(&a, text.data(), 8);
        std::memcpy(&b, text.data() + n / 2 - 4, 8);
        std::memcpy(&c, text.data() + n - 8, 8);
    } else {
        std::memcpy(&a, text.data(), n);
    }
    h = (h ^ n ^ (a * kMul)) * kMul;
    h ^= (b + (c << 1)) * 0xc2b2ae3d27d4eb4fULL;
    return h ^ (h >> 31);
}

bool unixPeer(const ErrorLogLine &line)
{
    return line.upstreamPeer().substr(0, 5) == "unix:";
}

} // namespace

ClassifyMemo::ClassifyMemo() : m_entries(kSlots)
{
}

ClassifyMemo::Answer ClassifyMemo::classify(const ErrorLogLine &line)
{
    const sv message = line.message();
    const sv action = line.action();
    // The parser leaves "message while action" in one piece of the line; the key is that piece
    // and where the message ends in it (the same bytes split elsewhere are another key).
    const char *textEnd = action.empty() ? message.data() + message.size() : action.data() + action.size();
    if (!action.empty() && action.data() != message.data() + message.size() + sv(" while ").size()) {
        m_uncached = {}; // not that layout: not kept, and no group to remember
        return {UpstreamErrorClassifier::classify(line), &m_uncached};
    }
    const sv text(message.data(), size_t(textEnd - message.data()));
    const bool isUnix = unixPeer(line);
    const quint64 hash =
        mixIn(quint64(line.level()) * 2 + quint64(isUnix) + (quint64(message.size()) << 8), text);
    Entry &e = m_entries[size_t(hash) & (kSlots - 1)];
    // Where the message starts in this line: spans are kept relative to it.
    const int messageAt = line.spanOf(message).offset;

    if (!(e.used && e.hash == hash && e.level == line.level() && e.unixPeer == isUnix &&
          e.messageSize == message.size() && sv(e.text) == text)) {
        e.used = true;
        e.hash = hash;
        e.level = line.level();
        e.unixPeer = isUnix;
        e.text.assign(text);
        e.messageSize = message.size();
        e.klass = UpstreamErrorClassifier::classify(line);
        e.hint = {};
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

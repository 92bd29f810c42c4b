#include "app/fixes/LineDiff.h"
#include "remote/ByteText.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace gd {

namespace {

// One side of the comparison: its lines (each with its '\n', the last maybe without),
// every line as a number that equal lines share, and which lines are not in the other
// side. `changed` has a false sentinel before the first and after the last line, so the
// scans below can look one past either end.
struct Side
{
    QList<QByteArray> lines;
    std::vector<int> ids;
    std::vector<char> changedStore;

    int size() const { return int(ids.size()); }
    char &changed(int i) { return changedStore[size_t(i + 1)]; }
    char changed(int i) const { return changedStore[size_t(i + 1)]; }
};

QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype from = 0;
    while (from < bytes.size()) {
        qsizetype nl = bytes.indexOf('\n', from);
        nl = nl < 0 ? bytes.size() : nl + 1;
        lines.append(bytes.mid(from, nl - from));
        from = nl;
    }
    return lines;
}

// Myers' O(ND) difference algorithm in linear space ("An O(ND) Difference Algorithm and
// Its Variations", 1986, section 4b): find the middle snake of an optimal path, split
// there, recurse on both halves. Marks the lines that are not part of the longest
// common subsequence.
class Myers
{
public:
    Myers(Side &a, Side &b) : m_a(a), m_b(b)
    {
        // Diagonals from -(n + m) - 2 to n + m + 2, room for one step beyond either end.
        const size_t size = size_t(a.size() + b.size()) * 2 + 5;
        m_forward.resize(size);
        m_backward.resize(size);
        m_offset = a.size() + b.size() + 2;
    }

    void run() { compare(0, m_a.size(), 0, m_b.size()); }

private:
    bool same(int x, int y) const { return m_a.ids[size_t(x)] == m_b.ids[size_t(y)]; }
    int &fwd(int k) { return m_forward[size_t(k + m_offset)]; }
    int &bwd(int k) { return m_backward[size_t(k + m_offset)]; }

    void compare(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && same(aLo, bLo)) {
            ++aLo;
            ++bLo;
        }
        while (aLo < aHi && bLo < bHi && same(aHi - 1, bHi - 1)) {
            --aHi;
            --bHi;
        }
        if (aLo == aHi) {
            for (int y = bLo; y < bHi; ++y)
                m_b.changed(y) = 1;
            return;
        }
        if (bLo == bHi) {
            for (int x = aLo; x < aHi; ++x)
                m_a.changed(x) = 1;
            return;
        }
        const auto [x, y] = split(aLo, aHi, bLo, bHi);
        compare(aLo, x, bLo, y);
        compare(x, aHi, y, bHi);
    }

    // A point on an optimal path through [aLo, aHi) × [bLo, bHi), where the forward
    // search from the top left meets the backward search from the bottom right.
    // Coordinates are relative to (aLo, bLo); diagonal k = x - y. Both searches stay
    // inside the rectangle (-m <= k <= n); the diagonals just outside hold values the
    // choices below never take. Among equally good paths the one diff takes: the
    // diagonals are searched from the highest down, and the split is where the two
    // searches first meet.
    std::pair<int, int> split(int aLo, int aHi, int bLo, int bHi)
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int delta = n - m;
        const bool odd = (delta & 1) != 0;
        constexpr int kNever = std::numeric_limits<int>::max() / 2;
        for (int k = -m - 1; k <= n + 1; ++k) {
            fwd(k) = -1;
            bwd(k) = kNever;
        }
        // Slide along equal lines from the starting points.
        {
            int x = 0;
            while (x < n && x < m && same(aLo + x, bLo + x))
                ++x;
            fwd(0) = x;
            int xb = n;
            while (xb > 0 && xb - delta > 0 && same(aLo + xb - 1, bLo + xb - delta - 1))
                --xb;
            bwd(delta) = xb;
            if (!odd && bwd(0) <= fwd(0))
                return {aLo + fwd(0), bLo + fwd(0)};
        }
        int fLo = 0, fHi = 0, bLoK = delta, bHiK = delta; // diagonals searched so far
        for (int d = 1;; ++d) {
            // Forward: one more difference, diagonals from the highest down. A deletion
            // (from k - 1) wins a tie: it reaches one line further in `a`.
            fLo = fLo > -m ? fLo - 1 : fLo + 1;
            fHi = fHi < n ? fHi + 1 : fHi - 1;
            for (int k = fHi; k >= fLo; k -= 2) {
                const int fromDeletion = fwd(k - 1);
                const int fromInsertion = fwd(k + 1);
                int x = fromDeletion >= fromInsertion ? fromDeletion + 1 : fromInsertion;
                int y = x - k;
                while (x < n && y < m && same(aLo + x, bLo + y)) {
                    ++x;
                    ++y;
                }
                fwd(k) = x;
                if (odd && k >= bLoK && k <= bHiK && bwd(k) <= x)
                    return {aLo + x, bLo + y};
            }
            // Backward, the same from the bottom right: an insertion (from k - 1, same
            // x) wins unless a deletion reaches further back.
            bLoK = bLoK > -m ? bLoK - 1 : bLoK + 1;
            bHiK = bHiK < n ? bHiK + 1 : bHiK - 1;
            for (int k = bHiK; k >= bLoK; k -= 2) {
                const int fromInsertion = bwd(k - 1);
                const int fromDeletion = bwd(k + 1);
                int x = fromInsertion < fromDeletion ? fromInsertion : fromDeletion - 1;
                int y = x - k;
                while (x > 0 && y > 0 && same(aLo + x - 1, bLo + y - 1)) {
                    --x;
                    --y;
                }
                bwd(k) = x;
                if (!odd && k >= fLo && k <= fHi && x <= fwd(k))
                    return {aLo + x, bLo + y};
            }
        }
    }

    Side &m_a;
    Side &m_b;
    std::vector<int> m_forward;
    std::vector<int> m_backward;
    int m_offset = 0;
};

// Among the equally short scripts, the one people (and `diff`) expect: a block of
// changed lines that could sit higher or lower among identical lines is moved as low as
// it goes, joined with neighbouring blocks where sliding makes them touch, and then
// back up to where it meets a change in the other file if it passed one, so that a
// deletion and its replacement stay together. Blocks move within [from, to) of `side`
// only (diff looks no further into the identical start and end of the files than the
// context it prints); `other` is seen from the same `from`.
void slideChanges(Side &side, const Side &other, int from, int to)
{
    const int n = to;
    int i = from; // in side
    int j = from; // in other: the line after the other side's changes at the same place
    while (true) {
        // The next block of changes; j follows along the unchanged lines they share.
        while (i < n && !side.changed(i)) {
            while (other.changed(j))
                ++j;
            ++j;
            ++i;
        }
        if (i == n)
            break;
        int start = i;
        while (side.changed(i))
            ++i;
        while (other.changed(j))
            ++j;
        int end = i;
        int length;
        int meets; // the lowest end at which the block sits next to a change in `other`
        do {
            length = end - start;
            // Up while the line above equals the block's last line.
            while (start > from && side.ids[size_t(start - 1)] == side.ids[size_t(end - 1)]) {
                side.changed(--start) = 1;
                side.changed(--end) = 0;
                while (side.changed(start - 1))
                    --start;
                do
                    --j;
                while (other.changed(j));
            }
            meets = other.changed(j - 1) ? end : n;
            // Down while the block's first line equals the line below it.
            while (end < n && side.ids[size_t(start)] == side.ids[size_t(end)]) {
                side.changed(start++) = 0;
                side.changed(end++) = 1;
                while (side.changed(end))
                    ++end;
                ++j;
                while (other.changed(j)) {
                    ++j;
                    meets = end;
                }
            }
        } while (length != end - start);
        // Back up to the change in the other file it slid past, if any.
        while (meets < end) {
            side.changed(--start) = 1;
            side.changed(--end) = 0;
            do
                --j;
            while (other.changed(j));
        }
        i = end;
    }
}

Side makeSide(const QByteArray &bytes, QHash<QByteArray, int> &ids)
{
    Side side;
    side.lines = splitLines(bytes);
    side.ids.reserve(size_t(side.lines.size()));
    for (const QByteArray &line : std::as_const(side.lines)) {
        auto it = ids.constFind(line);
        if (it == ids.constEnd())
            it = ids.insert(line, int(ids.size()));
        side.ids.push_back(it.value());
    }
    side.changedStore.assign(size_t(side.lines.size()) + 2, 0);
    return side;
}

// diff's way of writing a range: "3" for one line, "3,4" for four, "2,0" for none
// (after line 2).
QByteArray range(int start, int count)
{
    if (count == 1)
        return QByteArray::number(start + 1);
    return QByteArray::number(count == 0 ? start : start + 1) + ',' + QByteArray::number(count);
}

void appendLine(QByteArray &out, char mark, const QByteArray &line)
{
    out += mark;
    out += line;
    if (!line.endsWith('\n'))
        out += "\n\\ No newline at end of file\n";
}

// Slides the changes of both sides (slideChanges) within the stretch diff works on:
// the lines between the identical start and end of the files, and `context` lines of
// each. An identical end only counts when both files end the same way (with or
// without a final line break).
void slideWithinContext(Side &a, Side &b, bool sameEnding, int context)
{
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.ids[size_t(prefix)] == b.ids[size_t(prefix)])
        ++prefix;
    int suffix = 0;
    if (sameEnding) {
        while (suffix < std::min(a.size(), b.size()) - prefix &&
               a.ids[size_t(a.size() - 1 - suffix)] == b.ids[size_t(b.size() - 1 - suffix)])
            ++suffix;
    }
    const int from = prefix - std::min(prefix, context);
    const int keep = std::min(suffix, context);
    slideChanges(a, b, from, a.size() - suffix + keep);
    slideChanges(b, a, from, b.size() - suffix + keep);
}

// One run of changed lines: (old start, old count, new start, new count).
struct Change
{
    int a, aCount, b, bCount;
};

// The changes, in order.
QList<Change> changesOf(const Side &a, const Side &b)
{
    QList<Change> changes;
    for (int i = 0, j = 0; i < a.size() || j < b.size();) {
        if (a.changed(i) || b.changed(j)) {
            Change c{i, 0, j, 0};
            while (i < a.size() && a.changed(i)) {
                ++i;
                ++c.aCount;
            }
            while (j < b.size() && b.changed(j)) {
                ++j;
                ++c.bCount;
            }
            changes.append(c);
        } else {
            ++i;
            ++j;
        }
    }
    return changes;
}

// One hunk: the changes [first, last] with `context` lines around them.
void appendHunk(QByteArray &out, const Side &a, const Side &b, const QList<Change> &changes, qsizetype first,
                qsizetype last, int context)
{
    const Change &f = changes.at(first);
    const Change &l = changes.at(last);
    const int aStart = std::max(0, f.a - context);
    const int bStart = std::max(0, f.b - context);
    const int aEnd = std::min(a.size(), l.a + l.aCount + context);
    const int bEnd = std::min(b.size(), l.b + l.bCount + context);
    out += "@@ -" + range(aStart, aEnd - aStart) + " +" + range(bStart, bEnd - bStart) + " @@\n";
    int i = aStart;
    for (qsizetype c = first; c <= last; ++c) {
        const Change &ch = changes.at(c);
        for (; i < ch.a; ++i)
            appendLine(out, ' ', a.lines.at(i));
        for (int k = 0; k < ch.aCount; ++k)
            appendLine(out, '-', a.lines.at(ch.a + k));
        for (int k = 0; k < ch.bCount; ++k)
            appendLine(out, '+', b.lines.at(ch.b + k));
        i = ch.a + ch.aCount;
    }
    for (; i < aEnd; ++i)
        appendLine(out, ' ', a.lines.at(i));
}

} // namespace

QByteArray LineDiff::unifiedBytes(const QString &oldPath, const QByteArray &oldBytes, const QString &newPath,
                                  const QByteArray &newBytes, int context)
{
    if (oldBytes == newBytes)
        return QByteArray();
    context = std::max(context, 0);
    QHash<QByteArray, int> ids;
    Side a = makeSide(oldBytes, ids);
    Side b = makeSide(newBytes, ids);
    Myers(a, b).run();
    slideWithinContext(a, b, oldBytes.endsWith('\n') == newBytes.endsWith('\n'), context);
    const QList<Change> changes = changesOf(a, b);

    QByteArray out = "--- " + oldPath.toUtf8() + "\n+++ " + newPath.toUtf8() + '\n';
    for (qsizetype first = 0; first < changes.size();) {
        // Changes closer than twice the context share a hunk.
        qsizetype last = first;
        while (last + 1 < changes.size() &&
               changes.at(last + 1).a - (changes.at(last).a + changes.at(last).aCount) <= 2 * context)
            ++last;
        appendHunk(out, a, b, changes, first, last, context);
        first = last + 1;
    }
    return out;
}

QString LineDiff::unified(const QString &oldPath, const QByteArray &oldBytes, const QString &newPath,
                          const QByteArray &newBytes, int context)
{
    return utf8Text(unifiedBytes(oldPath, oldBytes, newPath, newBytes, context));
}

} // namespace gd

// The fast paths of the error-log classifier against the plain code they stand in for, on every
// line a real nginx wrote in tests/data and on thousands of mutations of them:
//  - ErrorLogLine::parse (fast path for nginx's usual shape) against parseGeneral(), field by
//    field, with and without bytes readable past the line;
//  - ClassifyMemo against UpstreamErrorClassifier::classify();
//  - LineScanner against memchr and a plain substring search, across its 4 KiB windows;
//  - ErrorLogSummary against a summary built line by line from the general parser, whole and fed
//    in chunks of many sizes: the same lines, levels, unparsed lines, groups, counts, first and
//    last seen, samples and spans.

#include "app/logs/ClassifyMemo.h"
#include "app/logs/ErrorLogLine.h"
#include "app/logs/ErrorLogSummary.h"
#include "app/logs/LineScanner.h"
#include "app/logs/SubstringFinder.h"
#include "app/logs/UpstreamErrorClassifier.h"

#include "tests/TestConfig.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <map>
#include <random>

using namespace gd;

namespace {

using sv = std::string_view;

// Every line of every captured nginx error log.
QList<QByteArray> capturedLines()
{
    QList<QByteArray> lines;
    const QDir data(QStringLiteral(GD_TEST_DATA_DIR));
    for (const QString &dir : {QStringLiteral("nginx-upstream-errors"), QStringLiteral("nginx-error-log")}) {
        const QDir folder(data.filePath(dir));
        for (const QString &name : folder.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name)) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(file.fileName()));
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (!line.isEmpty())
                    lines << line;
            }
        }
    }
    return lines;
}

// Lines that stress the places where the fast parser hands over to the general one: quotes,
// commas and field markers inserted anywhere, cut lines, CRs, long digit runs, repeated fields.
QList<QByteArray> mutatedLines(const QList<QByteArray> &real, int count)
{
    static const QByteArray inserts[] = {"\"",
                                         ",",
                                         ", ",
                                         ", client: ",
                                         ", server: ",
                                         ", request: \"",
                                         ", upstream: \"",
                                         ", host: \"",
                                         ", referrer: \"",
                                         ", subrequest: \"",
                                         " while ",
                                         " while  while ",
                                         "\", upstream: \"",
                                         "\", host: \"",
                                         " (",
                                         ")",
                                         "(111: x)",
                                         "w",
                                         "\"\"",
                                         ", resolver: "};
    QRandomGenerator random(20261124);
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i) {
        QByteArray line = real[int(random.bounded(int(real.size())))];
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(int(line.size()) + 1));
            switch (random.bounded(7)) {
            case 0:
            case 1:
            case 2:
                line.insert(at, inserts[random.bounded(int(std::size(inserts)))]);
                break;
            case 3:
                line.truncate(at);
                break;
            case 4:
                line.remove(at, int(random.bounded(20)));
                break;
            case 5:
                line.append(random.bounded(2) ? "\r" : "\r\r");
                break;
            case 6:
                line.replace("#", QByteArray(int(16 + random.bounded(4)), '9') + '#');
                break;
            }
        }
        out << line;
    }
    return out;
}

// Where a view lies in its line, so that two parses of one buffer compare exactly.
QString where(sv view, const char *line)
{
    if (!view.data())
        return QStringLiteral("null");
    return QStringLiteral("%1+%2").arg(view.data() - line).arg(view.size());
}

QString describe(const std::optional<ErrorLogLine> &l, const char *line)
{
    if (!l)
        return QStringLiteral("nullopt");
    return QStringLiteral(
               "time %1 level %2 pid %3 tid %4 cid %5 message %6 errno %7 %8 action %9 client %10 "
               "server %11 %12 request %13 upstream %14 host %15 referrer %16 truncated %17 peer %18")
        .arg(l->naiveTime())
        .arg(int(l->level()))
        .arg(l->pid())
        .arg(l->tid())
        .arg(l->connection())
        .arg(where(l->message(), line))
        .arg(l->errnoValue())
        .arg(where(l->errnoText(), line))
        .arg(where(l->action(), line))
        .arg(where(l->client(), line))
        .arg(where(l->server(), line))
        .arg(l->hasServer())
        .arg(where(l->request(), line))
        .arg(where(l->upstream(), line))
        .arg(where(l->host(), line))
        .arg(where(l->referrer(), line))
        .arg(l->truncated())
        .arg(where(l->upstreamPeer(), line));
}

QString describe(const std::optional<UpstreamErrorClass> &c)
{
    if (!c)
        return QStringLiteral("none");
    auto cause = [](const std::optional<Cause> &x) { return x ? causeCode(*x) : QStringLiteral("-"); };
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9+%10")
        .arg(QString::fromLatin1(c->rule))
        .arg(int(c->verdict))
        .arg(cause(c->cause), cause(c->secondaryCause), cause(c->alternativeCause))
        .arg(c->needsConfirmation)
        .arg(c->httpStatus)
        .arg(int(c->phase))
        .arg(c->match.offset)
        .arg(c->match.length);
}

// The summary's contract, written the plain way: one line at a time, the general parser, a map.
struct ReferenceSummary
{
    qint64 lines = 0;
    qint64 levels[logLevelCount] = {};
    qint64 classified = 0;
    qint64 unparsed = 0;
    QList<ErrorLogSample> unparsedSamples;
    struct Group
    {
        QString upstream;
        UpstreamErrorClass first;
        qint64 count = 0;
        qint64 firstSeen = 0;
        qint64 lastSeen = 0;
        QList<ErrorLogSample> samples;
    };
    QList<Group> groups; // in order of their first line
    std::map<std::pair<QByteArray, QByteArray>, qsizetype> index;

    // "YYYY/MM/DD HH:MM:SS [level]": the level from its first letters, -1 without that shape.
    static int levelOf(const QByteArray &line)
    {
        if (line.size() < 24 || line[20] != '[' || line[4] != '/' || line[13] != ':')
            return -1;
        switch (line[21]) {
        case 'd':
            return int(LogLevel::Debug);
        case 'i':
            return int(LogLevel::Info);
        case 'n':
            return int(LogLevel::Notice);
        case 'w':
            return int(LogLevel::Warn);
        case 'e':
            return line[22] == 'r' ? int(LogLevel::Error) : line[22] == 'm' ? int(LogLevel::Emerg) : -1;
        case 'c':
            return int(LogLevel::Crit);
        case 'a':
            return int(LogLevel::Alert);
        default:
            return -1;
        }
    }

    // What lines are grouped under: the upstream peer, or the name a resolver line is about.
    static QByteArray upstreamOf(const ErrorLogLine &line, const UpstreamErrorClass &klass)
    {
        const sv peer = line.upstreamPeer();
        if (!peer.empty())
            return QByteArray(peer.data(), qsizetype(peer.size()));
        const QByteArray message(line.message().data(), qsizetype(line.message().size()));
        const QByteArray rule(klass.rule);
        if (rule == "no_resolver")
            return message.mid(qsizetype(strlen("no resolver defined to resolve ")));
        if (rule == "could_not_be_resolved")
            return message.left(message.indexOf(" could not be resolved ("));
        if (rule == "emerg_host_not_found") {
            const qsizetype open = message.indexOf('"');
            const qsizetype close = open < 0 ? -1 : message.indexOf('"', open + 1);
            return close < 0 ? QByteArray() : message.mid(open + 1, close - open - 1);
        }
        return {};
    }

    void unparsedLine(const QByteArray &line, qint64 offset)
    {
        ++unparsed;
        if (unparsedSamples.size() < 3)
            unparsedSamples.append({line.left(4096), offset, {}});
    }

    explicit ReferenceSummary(const QByteArray &data)
    {
        qsizetype p = 0;
        while (p < data.size()) {
            const qsizetype nl = data.indexOf('\n', p);
            const qsizetype lineEnd = nl < 0 ? data.size() : nl;
            QByteArray line = data.mid(p, lineEnd - p);
            const bool hasNeedle = line.contains("upstream");
            if (line.endsWith('\r'))
                line.chop(1);
            if (nl < 0 && !ErrorLogLine::parseGeneral(line.constData(), line.size()))
                break;
            if (!line.isEmpty()) {
                ++lines;
                const int level = levelOf(line);
                if (level >= 0)
                    ++levels[level];
                else
                    unparsedLine(line, p);
                const bool candidate =
                    hasNeedle ||
                    (level >= int(LogLevel::Warn) &&
                     UpstreamErrorClassifier::mayMatchRare(LogLevel(level), line.constData(), line.size()));
                if (candidate && level >= 0)
                    add(line, p);
            }
            p = nl < 0 ? data.size() : nl + 1;
        }
    }

    void add(const QByteArray &bytes, qint64 offset)
    {
        const auto line = ErrorLogLine::parseGeneral(bytes.constData(), bytes.size());
        if (!line) {
            unparsedLine(bytes, offset);
            return;
        }
        const auto klass = UpstreamErrorClassifier::classify(*line);
        if (!klass)
            return;
        ++classified;
        const QByteArray upstream = upstreamOf(*line, *klass);
        const QByteArray kind =
            klass->cause ? "cause " + causeCode(*klass->cause).toLatin1() : "rule " + QByteArray(klass->rule);
        auto it = index.find({upstream, kind});
        if (it == index.end()) {
            it = index.insert({{upstream, kind}, groups.size()}).first;
            Group g;
            g.upstream = QString::fromUtf8(upstream);
            g.first = *klass;
            g.firstSeen = line->naiveTime();
            groups.append(g);
        }
        Group &g = groups[it->second];
        ++g.count;
        g.firstSeen = std::min(g.firstSeen, line->naiveTime());
        g.lastSeen = std::max(g.lastSeen, line->naiveTime());
        if (g.samples.size() < 3)
            g.samples.append({bytes, offset, klass->match});
    }
};

QString describe(const ErrorLogSample &s)
{
    return QStringLiteral("@%1 %2+%3 %4")
        .arg(s.offset)
        .arg(s.match.offset)
        .arg(s.match.length)
        .arg(QString::fromLatin1(s.line.toHex()));
}

// Both summaries as text, so that a difference shows where it is.
QStringList describe(const ErrorLogSummary &s)
{
    QStringList out;
    out << QStringLiteral("lines %1 classified %2 unparsed %3")
               .arg(s.lineCount())
               .arg(s.classifiedCount())
               .arg(s.unparsedCount());
    for (int l = 0; l < logLevelCount; ++l)
        out << QStringLiteral("level %1: %2").arg(l).arg(s.levelCount(LogLevel(l)));
    for (const ErrorLogSample &u : s.unparsedSamples())
        out << QStringLiteral("unparsed ") + describe(u);
    for (const ErrorLogGroup &g : s.groups()) {
        out << QStringLiteral("group %1 %2 %3 count %4 %5 .. %6")
                   .arg(g.upstream, g.rule, g.cause ? causeCode(*g.cause) : QStringLiteral("-"))
                   .arg(g.count)
                   .arg(g.firstSeen.toString(Qt::ISODate), g.lastSeen.toString(Qt::ISODate));
        for (const ErrorLogSample &x : g.samples)
            out << QStringLiteral("  sample ") + describe(x);
    }
    return out;
}

QStringList describe(ReferenceSummary r)
{
    QStringList out;
    out << QStringLiteral("lines %1 classified %2 unparsed %3")
               .arg(r.lines)
               .arg(r.classified)
               .arg(r.unparsed);
    for (int l = 0; l < logLevelCount; ++l)
        out << QStringLiteral("level %1: %2").arg(l).arg(r.levels[l]);
    for (const ErrorLogSample &u : r.unparsedSamples)
        out << QStringLiteral("unparsed ") + describe(u);
    std::stable_sort(r.groups.begin(), r.groups.end(),
                     [](const auto &a, const auto &b) { return a.count > b.count; });
    for (const ReferenceSummary::Group &g : r.groups) {
        out << QStringLiteral("group %1 %2 %3 count %4 %5 .. %6")
                   .arg(g.upstream, QString::fromLatin1(g.first.rule),
                        g.first.cause ? causeCode(*g.first.cause) : QStringLiteral("-"))
                   .arg(g.count)
                   .arg(ErrorLogLine::dateTimeOfNaive(g.firstSeen).toString(Qt::ISODate),
                        ErrorLogLine::dateTimeOfNaive(g.lastSeen).toString(Qt::ISODate));
        for (const ErrorLogSample &x : g.samples)
            out << QStringLiteral("  sample ") + describe(x);
    }
    return out;
}

// Feeds `data` in chunks of about `size` bytes cut after a line break; each chunk after the
// first starts one byte early, on the break before, so that the line the summary drops at a
// chunk's start is that empty piece and offsets stay file offsets.
void addInChunks(ErrorLogSummary &summary, const QByteArray &data, qsizetype size)
{
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype stop = data.indexOf('\n', std::min<qsizetype>(start + size, data.size()) - 1);
        stop = stop < 0 ? data.size() : stop + 1;
        if (start == 0)
            summary.addChunk(data.constData(), stop, 0);
        else
            summary.addChunk(data.constData() + start - 1, stop - start + 1, start - 1);
        start = stop;
    }
}

} // namespace

class TestLogsFastPath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseMatchesGeneral();
    void memoMatchesClassifier();
    void scannerMatchesPlainSearch();
    void summaryMatchesReference_data();
    void summaryMatchesReference();

private:
    QList<QByteArray> m_real;
    QList<QByteArray> m_mutated;
};

void TestLogsFastPath::initTestCase()
{
    m_real = capturedLines();
    QVERIFY(m_real.size() > 300);
    m_mutated = mutatedLines(m_real, 20000);
}

void TestLogsFastPath::parseMatchesGeneral()
{
    QRandomGenerator random(7);
    int parsed = 0;
    for (const QList<QByteArray> *set : {&m_real, &m_mutated}) {
        for (const QByteArray &line : *set) {
            const auto general = ErrorLogLine::parseGeneral(line.constData(), line.size());
            const QString expected = describe(general, line.constData());
            QCOMPARE(describe(ErrorLogLine::parse(line.constData(), line.size()), line.constData()),
                     expected);
            // The same line in a bigger buffer: what follows may be read, never taken in.
            QByteArray buffer = line + '\n';
            for (int i = int(random.bounded(40)); i > 0; --i)
                buffer += "\",w ("[random.bounded(5)];
            const auto inBuffer =
                ErrorLogLine::parse(buffer.constData(), line.size(), buffer.constData() + buffer.size());
            QCOMPARE(describe(inBuffer, buffer.constData()), expected);
            parsed += general.has_value();
        }
    }
    QVERIFY(parsed > 8000);
}

void TestLogsFastPath::memoMatchesClassifier()
{
    ClassifyMemo memo;
    QList<QByteArray> lines = m_real + m_mutated;
    int hits = 0;
    // Twice, the second time in another order: answers come from the memo at other offsets.
    for (int round = 0; round < 2; ++round) {
        if (round == 1)
            std::shuffle(lines.begin(), lines.end(), std::mt19937(3));
        for (const QByteArray &bytes : lines) {
            const auto line = ErrorLogLine::parse(bytes.constData(), bytes.size());
            if (!line)
                continue;
            const ClassifyMemo::Answer answer = memo.classify(*line);
            QCOMPARE(describe(answer.klass), describe(UpstreamErrorClassifier::classify(*line)));
            QVERIFY(answer.hint);
            hits += answer.hint->groups[0] >= 0; // set on an earlier line with the same inputs
            answer.hint->groups[0] = 1;
        }
    }
    QVERIFY(hits > 1000);
}

void TestLogsFastPath::scannerMatchesPlainSearch()
{
    QRandomGenerator random(11);
    const QByteArray alphabet = "upstreamUPS\n\n \"x";
    for (const QByteArray &needle : {QByteArray("upstream"), QByteArray("u"), QByteArray("ab"),
                                     QByteArray("open files"), QByteArray("\nup")}) {
        const SubstringFinder finder(sv(needle.constData(), size_t(needle.size())));
        for (int round = 0; round < 300; ++round) {
            // Sizes around the 4 KiB windows and the 64-byte blocks, needles at the very end.
            const int size = round < 40 ? round : int(random.bounded(round % 3 ? 9000 : 200));
            QByteArray data(size, 'a');
            for (char &c : data)
                c = random.bounded(4) ? char('a' + random.bounded(3))
                                      : alphabet[random.bounded(int(alphabet.size()))];
            for (int i = int(random.bounded(6)); i > 0 && size > needle.size(); --i)
                data.replace(random.bounded(size - int(needle.size()) + 1), needle.size(), needle);
            if (round % 5 == 0 && size >= needle.size())
                data.replace(size - needle.size(), needle.size(), needle);

            const char *begin = data.constData();
            const char *end = begin + data.size();
            LineScanner scanner(begin, end, finder);
            const char *p = begin;
            const char *from =
                begin; // the break before the line: a needle starting there counts for this line
            while (p < end) {
                const char *expected = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
                const char *got = scanner.nextBreak();
                QCOMPARE(got, expected);
                const char *lineEnd = got ? got : end;
                bool has = false;
                for (const char *q = from; q < lineEnd && !has; ++q)
                    has =
                        end - q >= needle.size() && memcmp(q, needle.constData(), size_t(needle.size())) == 0;
                QCOMPARE(scanner.needleBefore(lineEnd), has);
                from = lineEnd;
                p = got ? got + 1 : end;
            }
        }
    }
}

void TestLogsFastPath::summaryMatchesReference_data()
{
    QTest::addColumn<QByteArray>("data");
    QByteArray real;
    for (const QByteArray &line : m_real)
        real += line + '\n';
    QByteArray mixed;
    for (qsizetype i = 0; i < m_mutated.size(); ++i)
        mixed += m_real[i % m_real.size()] + '\n' + m_mutated[i] + (i % 7 ? "\n" : "\r\n");
    QByteArray crlf = real;
    crlf.replace("\n", "\r\n");
    QTest::newRow("captured logs") << real;
    QTest::newRow("captured, CRLF") << crlf;
    QTest::newRow("with mutated lines") << mixed;
    QTest::newRow("cut last line") << real + m_real.first().left(150);
    QTest::newRow("garbage last line") << real + "upstream garbage";
}

void TestLogsFastPath::summaryMatchesReference()
{
    QFETCH(QByteArray, data);
    const QStringList expected = describe(ReferenceSummary(data));
    ErrorLogSummary whole;
    whole.addChunk(data, 0);
    QCOMPARE(describe(whole), expected);
    for (qsizetype size : {1, 63, 64, 65, 700, 4095, 4096, 4097, 20000, 300000}) {
        ErrorLogSummary chunked;
        addInChunks(chunked, data, size);
        QCOMPARE(describe(chunked), expected);
    }
}

QTEST_GUILESS_MAIN(TestLogsFastPath)
#include "tst_logs_fastpath.moc"

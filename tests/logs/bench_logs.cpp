// bench_logs: ErrorLogSummary over a 1 GiB error log vs `grep -c upstream` on the same file.
//
// The log is synthetic but built only from line shapes a real nginx wrote (tests/data/
// nginx-upstream-errors, nginx-error-log): ~70% lines without an upstream failure (notices,
// keepalive closes, client-side lines), ~30% upstream failures of every captured kind, with
// increasing timestamps and varying pids, connection ids and URIs. It is written once to
// $TMPDIR/gd-bench-logs/ and reused. Both sides run once to warm the page cache, then the median
// of three runs counts. Target: ours <= 2 x grep.

#include "app/logs/ErrorLogSummary.h"
#include "app/logs/UpstreamErrorClassifier.h"
#include "tests/TestConfig.h"
#include "tests/bench/BenchTable.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>

#include <sys/mman.h>

#include <cstdio>
#include <memory>

using namespace gd;

namespace {

constexpr qint64 kTargetBytes = qint64(1) << 30;

struct Templates
{
    QList<QByteArray> upstream; // classified lines
    QList<QByteArray> other;    // everything else
};

Templates loadTemplates()
{
    Templates t;
    const QDir data(QStringLiteral(GD_TEST_DATA_DIR));
    QStringList files;
    for (const QString &dir : {QStringLiteral("nginx-upstream-errors"), QStringLiteral("nginx-error-log")}) {
        for (const QString &name : QDir(data.filePath(dir)).entryList({QStringLiteral("*.log")}, QDir::Files))
            files << data.filePath(dir + QLatin1Char('/') + name);
    }
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const auto parsed = ErrorLogLine::parse(line.constData(), line.size());
            if (!parsed)
                continue;
            if (UpstreamErrorClassifier::classify(*parsed))
                t.upstream << line;
            else
                t.other << line;
        }
    }
    return t;
}

// A template line with a new time, pid and connection id, and a varied URI.
void emitLine(QByteArray &out, const QByteArray &line, qint64 second, qint64 pid, qint64 cid, quint32 uri)
{
    const QDateTime time = QDateTime(QDate(2026, 1, 1), QTime(0, 0)).addSecs(second);
    out += time.toString(QStringLiteral("yyyy/MM/dd HH:mm:ss")).toLatin1();
    // "... [level] PID#TID: *CID rest"
    const qsizetype levelEnd = line.indexOf("] ", 20);
    const qsizetype colon = line.indexOf(": ", levelEnd);
    out += line.mid(19, levelEnd + 2 - 19);
    out += QByteArray::number(pid) + '#' + QByteArray::number(pid) + ": ";
    qsizetype rest = colon + 2;
    if (rest < line.size() && line.at(int(rest)) == '*') {
        rest = line.indexOf(' ', rest) + 1;
        out += '*' + QByteArray::number(cid) + ' ';
    }
    QByteArray tail = line.mid(rest);
    const qsizetype http = tail.indexOf(" HTTP/1.1\"");
    if (http > 0)
        tail.insert(http, "?v=" + QByteArray::number(uri));
    out += tail;
    out += '\n';
}

QString buildLog(const QString &path, const Templates &t)
{
    QFile file(path + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write %1").arg(file.fileName());
    QRandomGenerator random(42);
    QByteArray block;
    block.reserve(9 << 20);
    qint64 written = 0, second = 0, cid = 1;
    qint64 pid = 20000;
    while (written < kTargetBytes) {
        block.clear();
        while (block.size() < (8 << 20)) {
            const bool upstream = random.bounded(100) < 30;
            const QList<QByteArray> &pool = upstream ? t.upstream : t.other;
            const QByteArray &line = pool[int(random.bounded(int(pool.size())))];
            if (random.bounded(2000) == 0)
                pid = 20000 + random.bounded(40000); // a reload: new workers
            if (random.bounded(4) == 0)
                ++second;
            emitLine(block, line, second, pid, cid++, random.generate());
        }
        if (file.write(block) != block.size())
            return QStringLiteral("short write to %1").arg(file.fileName());
        written += block.size();
    }
    file.close();
    QFile::remove(path);
    if (!QFile::rename(file.fileName(), path))
        return QStringLiteral("cannot rename to %1").arg(path);
    return QString();
}

double timeOurs(const char *data, qint64 size, ErrorLogSummary *keep)
{
    QElapsedTimer timer;
    timer.start();
    ErrorLogSummary summary;
    summary.addChunk(data, size, 0);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (keep)
        *keep = summary;
    return ms;
}

double timeGrep(const QString &path, QByteArray *output)
{
    QProcess grep;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // grep's fastest mode: the stricter target
    grep.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    grep.start(QStringLiteral("grep"), {QStringLiteral("-c"), QStringLiteral("upstream"), path});
    grep.waitForFinished(-1);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (output)
        *output = grep.readAllStandardOutput().trimmed();
    return ms;
}

} // namespace

int main()
{
    QTextStream out(stdout);
    const QString dir = QDir::temp().filePath(QStringLiteral("gd-bench-logs"));
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/error.log");
    if (QFileInfo(path).size() < kTargetBytes) {
        const Templates templates = loadTemplates();
        if (templates.upstream.isEmpty() || templates.other.isEmpty()) {
            std::fprintf(stderr, "bench_logs: no captured lines under %s\n", GD_TEST_DATA_DIR);
            return 2;
        }
        out << "writing " << path << " (" << templates.upstream.size() << " upstream and "
            << templates.other.size() << " other real line shapes)...\n";
        out.flush();
        const QString error = buildLog(path, templates);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_logs: %s\n", qPrintable(error));
            return 2;
        }
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_logs: cannot open %s\n", qPrintable(path));
        return 2;
    }
    const qint64 size = file.size();
    void *map = mmap(nullptr, size_t(size), PROT_READ, MAP_PRIVATE, file.handle(), 0);
    if (map == MAP_FAILED) {
        std::fprintf(stderr, "bench_logs: mmap failed\n");
        return 2;
    }
    madvise(map, size_t(size), MADV_SEQUENTIAL);
    const char *data = static_cast<const char *>(map);

    // Warm the cache for both, then three timed runs each.
    ErrorLogSummary result;
    timeOurs(data, size, &result);
    QByteArray grepCount;
    timeGrep(path, &grepCount);
    QList<double> ours, grep;
    for (int i = 0; i < 3; ++i) {
        ours << timeOurs(data, size, nullptr);
        grep << timeGrep(path, nullptr);
    }
    munmap(map, size_t(size));

    const double oursMs = bench::median(ours);
    const double grepMs = bench::median(grep);
    const double ratio = oursMs / grepMs;
    const double mib = double(size) / (1 << 20);
    bench::BenchTable table(
        QStringLiteral("Error-log classifier (%1 MiB, %2 lines, %3 classified in %4 groups)")
            .arg(qint64(mib))
            .arg(result.lineCount())
            .arg(result.classifiedCount())
            .arg(result.groups().size()));
    table.row(QStringLiteral("ErrorLogSummary (median of 3)"),
              QStringLiteral("%1 ms (%2 MiB/s)").arg(oursMs, 0, 'f', 0).arg(mib / oursMs * 1000, 0, 'f', 0));
    table.row(QStringLiteral("grep -c upstream (median of 3)"),
              QStringLiteral("%1 ms (%2 lines)").arg(grepMs, 0, 'f', 0).arg(QString::fromLatin1(grepCount)));
    table.row(QStringLiteral("ours / grep"), QStringLiteral("%1 x").arg(ratio, 0, 'f', 2),
              QStringLiteral("<= 2.00 x"), ratio <= 2.0 ? 1 : 0);
    return table.print() == 0 ? 0 : 1;
}

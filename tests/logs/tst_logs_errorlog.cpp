// ErrorLogLine, UpstreamErrorClassifier and ErrorLogSummary against error-log lines that a real
// nginx 1.22 wrote (tests/data/nginx-upstream-errors, tests/data/nginx-error-log).

#include "app/logs/ErrorLogLine.h"
#include "app/logs/ErrorLogSummary.h"
#include "app/logs/UpstreamErrorClassifier.h"

#include "tests/TestConfig.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace gd;

namespace {

QByteArray readData(const QString &relative)
{
    QFile file(QStringLiteral(GD_TEST_DATA_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The first line of the file that contains `needle`.
QByteArray lineWith(const QString &relative, const QByteArray &needle)
{
    const QList<QByteArray> lines = readData(relative).split('\n');
    for (const QByteArray &line : lines) {
        if (line.contains(needle))
            return line;
    }
    qFatal("no line with '%s' in %s", needle.constData(), qPrintable(relative));
    return {};
}

QString text(std::string_view view)
{
    return QString::fromLatin1(view.data(), qsizetype(view.size()));
}

QString spanText(const QByteArray &line, TextSpan span)
{
    if (!span.isValid())
        return QString();
    return QString::fromLatin1(line.mid(span.offset, span.length));
}

QString causeText(const std::optional<Cause> &cause)
{
    return cause ? causeCode(*cause) : QString();
}

const ErrorLogGroup *findGroup(const QList<ErrorLogGroup> &groups, const QString &upstream,
                               const QString &ruleOrCause)
{
    for (const ErrorLogGroup &g : groups) {
        if (g.upstream == upstream && (g.rule == ruleOrCause || causeText(g.cause) == ruleOrCause))
            return &g;
    }
    return nullptr;
}

} // namespace

class TestLogsErrorLog : public QObject
{
    Q_OBJECT

private slots:
    void catalogue_data();
    void catalogue();
    void notClassified_data();
    void notClassified();
    void failureWithoutCause();
    void parsesFields();
    void upstreamPeer_data();
    void upstreamPeer();
    void requestContainingFieldMarkers();
    void binaryBytesInRequest();
    void garbageNeverCrashes();
    void longLine();
    void summaryGroupsFullSession();
    void summaryFirstAndLastSeen();
    void summaryLevelsAndUnparsed();
    void summaryCrlfSameAsLf();
    void summaryChunkStartingMidLine();
    void summaryTruncatedLastLine();
    void summaryTimeCutOff();
};

void TestLogsErrorLog::catalogue_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("span");
    QTest::addColumn<bool>("confirm");

    const QString d = QStringLiteral("nginx-upstream-errors/");
    const QString o = QStringLiteral("nginx-error-log/");
    auto row = [](const char *name, const QString &file, const char *needle, const char *rule,
                  const char *cause, int status, const char *phase, const char *span, bool confirm = false) {
        QTest::newRow(name) << file << QByteArray(needle) << QString::fromLatin1(rule)
                            << QString::fromLatin1(cause) << status << QString::fromLatin1(phase)
                            << QString::fromLatin1(span) << confirm;
    };
    // connect phase
    row("111 refused", d + QStringLiteral("refused.log"), "connect()", "connect_refused", "upstream_down",
        502, "connect", "connect() failed (111: Connection refused)", true);
    row("111 refused (lab)", o + QStringLiteral("refused.log"), "connect()", "connect_refused",
        "upstream_down", 502, "connect", "connect() failed (111: Connection refused)", true);
    row("2 unix socket missing", d + QStringLiteral("unix-socket-missing.log"), "connect()",
        "unix_socket_missing", "upstream_down", 502, "connect",
        "connect() to unix:/tmp/gdcap/run/missing.sock failed (2: No such file or directory)", true);
    row("2 unix socket missing (lab)", o + QStringLiteral("unix-missing.log"), "connect()",
        "unix_socket_missing", "upstream_down", 502, "connect", "", true);
    row("13 unix socket", d + QStringLiteral("unix-socket-permission.log"), "connect()",
        "unix_socket_permission", "socket_permission", 502, "connect",
        "connect() to unix:/tmp/gdcap/run/perm.sock failed (13: Permission denied)");
    row("13 unix socket (lab)", o + QStringLiteral("unix-permission.log"), "connect()",
        "unix_socket_permission", "socket_permission", 502, "connect", "");
    row("13 php-fpm socket", d + QStringLiteral("fastcgi-socket-permission.log"), "connect()",
        "unix_socket_permission", "socket_permission", 502, "connect", "");
    row("11 unix socket", d + QStringLiteral("unix-socket-backlog-full.log"), "connect()",
        "unix_socket_backlog_full", "php_fpm_saturated", 502, "connect",
        "connect() to unix:/tmp/gdcap/run/busy.sock failed (11: Resource temporarily unavailable)");
    row("11 unix socket (lab)", o + QStringLiteral("unix-backlog-full.log"), "connect()",
        "unix_socket_backlog_full", "php_fpm_saturated", 502, "connect", "");
    row("connect timeout", d + QStringLiteral("connect-timeout.log"), "timed out", "connect_timeout",
        "firewall_blocked", 504, "connect", "upstream timed out (110: Connection timed out)", true);
    row("connect timeout (lab)", o + QStringLiteral("connect-timeout.log"), "timed out", "connect_timeout",
        "firewall_blocked", 504, "connect", "upstream timed out (110: Connection timed out)", true);
    row("99 cannot assign", d + QStringLiteral("bind-cannot-assign.log"), "bind(", "cannot_assign_address",
        "resource_exhaustion", 502, "connect",
        "bind(192.0.2.5) failed (99: Cannot assign requested address)");
    row("temporarily disabled", d + QStringLiteral("no-live-upstreams.log"), "temporarily disabled",
        "server_temporarily_disabled", "", 0, "connect", "upstream server temporarily disabled");
    row("no live upstreams", d + QStringLiteral("no-live-upstreams.log"), "no live upstreams",
        "no_live_upstreams", "no_live_upstreams", 502, "connect", "no live upstreams");
    row("24 too many open files", d + QStringLiteral("too-many-open-files.log"), "socket() failed",
        "too_many_open_files", "resource_exhaustion", 500, "limits", "Too many open files");
    row("worker_connections", d + QStringLiteral("worker-connections-not-enough.log"), "[alert]",
        "worker_connections", "resource_exhaustion", 500, "limits", "worker_connections are not enough");
    // DNS
    row("no resolver", d + QStringLiteral("no-resolver.log"), "no resolver", "no_resolver", "dns_failure",
        502, "resolve", "no resolver defined to resolve");
    row("could not be resolved (3)", d + QStringLiteral("resolve-not-found.log"), "could not be resolved",
        "could_not_be_resolved", "dns_failure", 502, "resolve", "could not be resolved (3: Host not found)");
    row("could not be resolved (110)", d + QStringLiteral("resolve-timeout.log"), "could not be resolved",
        "could_not_be_resolved", "dns_failure", 502, "resolve",
        "could not be resolved (110: Operation timed out)");
    row("resolver refused", d + QStringLiteral("resolve-timeout.log"), "while resolving",
        "resolver_unreachable", "dns_failure", 0, "resolve", "send() failed (111: Connection refused)");
    row("[emerg] host not found", d + QStringLiteral("emerg-host-not-found.log"), "[emerg]",
        "emerg_host_not_found", "dns_failure", 0, "config", "host not found in upstream");
    // TLS
    row("tls wrong version", d + QStringLiteral("tls-wrong-version.log"), "SSL_do_handshake",
        "tls_wrong_version", "tls_to_upstream", 502, "tls_handshake", "wrong version number");
    row("tls verify", d + QStringLiteral("tls-verify-error.log"), "verify error", "tls_verify_error",
        "tls_to_upstream", 502, "tls_handshake",
        "upstream SSL certificate verify error: (18:self-signed certificate)");
    row("tls name", d + QStringLiteral("tls-name-mismatch.log"), "does not match", "tls_name_mismatch",
        "tls_to_upstream", 502, "tls_handshake", "upstream SSL certificate does not match \"other.test\"");
    row("tls handshake timeout", d + QStringLiteral("tls-handshake-timeout.log"), "timed out",
        "tls_handshake_timeout", "upstream_timeout", 504, "tls_handshake",
        "upstream timed out (110: Connection timed out)");
    row("tls peer closed", d + QStringLiteral("tls-peer-closed.log"), "peer closed", "tls_peer_closed",
        "tls_to_upstream", 502, "tls_handshake", "peer closed connection in SSL handshake");
    // sending
    row("send 104", d + QStringLiteral("send-reset-writev.log"), "writev()", "send_reset", "upstream_crashed",
        502, "send_request", "writev() failed (104: Connection reset by peer)");
    row("send timeout", d + QStringLiteral("send-timeout.log"), "timed out", "send_timeout",
        "upstream_timeout", 504, "send_request", "upstream timed out (110: Connection timed out)");
    // response header
    row("prematurely closed", d + QStringLiteral("prematurely-closed.log"), "prematurely closed",
        "prematurely_closed", "upstream_crashed", 502, "read_header",
        "upstream prematurely closed connection");
    row("prematurely closed (lab)", o + QStringLiteral("prematurely-closed.log"), "prematurely closed",
        "prematurely_closed", "upstream_crashed", 502, "read_header",
        "upstream prematurely closed connection");
    row("recv 104", d + QStringLiteral("reset-reading-header.log"), "recv()", "read_header_reset",
        "upstream_crashed", 502, "read_header", "recv() failed (104: Connection reset by peer)");
    row("recv 104 (lab)", o + QStringLiteral("reset.log"), "recv()", "read_header_reset", "upstream_crashed",
        502, "read_header", "recv() failed (104: Connection reset by peer)");
    row("recv 104 php-fpm terminated", d + QStringLiteral("fpm-terminated.log"), "recv()",
        "read_header_reset", "upstream_crashed", 502, "read_header", "");
    row("recv 104 php-fpm segv", d + QStringLiteral("fpm-segv.log"), "recv()", "read_header_reset",
        "upstream_crashed", 502, "read_header", "");
    row("recv 104 http to fastcgi", d + QStringLiteral("http-to-fastcgi-server.log"), "recv()",
        "read_header_reset", "upstream_crashed", 502, "read_header", "");
    row("read timeout", d + QStringLiteral("read-timeout.log"), "timed out", "read_header_timeout",
        "upstream_timeout", 504, "read_header", "upstream timed out (110: Connection timed out)");
    row("read timeout (lab)", o + QStringLiteral("timeout.log"), "timed out", "read_header_timeout",
        "upstream_timeout", 504, "read_header", "");
    row("too big header", d + QStringLiteral("too-big-header.log"), "too big", "too_big_header",
        "header_too_big", 502, "read_header", "upstream sent too big header");
    row("too big header (lab)", o + QStringLiteral("too-big-header.log"), "too big", "too_big_header",
        "header_too_big", 502, "read_header", "upstream sent too big header");
    row("no valid HTTP/1.0 header", d + QStringLiteral("no-valid-http-header.log"), "no valid",
        "no_valid_http_header", "protocol_mismatch", 200, "read_header",
        "upstream sent no valid HTTP/1.0 header");
    row("FastCGI protocol version", d + QStringLiteral("fastcgi-to-http-server.log"), "FastCGI protocol",
        "fastcgi_protocol", "protocol_mismatch", 502, "read_header",
        "upstream sent unsupported FastCGI protocol version");
    row("FastCGI record type", d + QStringLiteral("fastcgi-invalid-record-type.log"), "record type",
        "fastcgi_protocol", "protocol_mismatch", 502, "read_header",
        "upstream sent invalid FastCGI record type");
    row("FastCGI request id", d + QStringLiteral("fastcgi-unexpected-request-id.log"), "request id",
        "fastcgi_protocol", "protocol_mismatch", 502, "read_header",
        "upstream sent unexpected FastCGI request id");
    row("FastCGI unexpected record", d + QStringLiteral("fastcgi-unexpected-record.log"),
        "unexpected FastCGI record", "fastcgi_protocol", "protocol_mismatch", 502, "read_header",
        "upstream sent unexpected FastCGI record");
    row("SCGI invalid status", d + QStringLiteral("scgi-invalid-status.log"), "invalid status",
        "invalid_response", "protocol_mismatch", 502, "read_header", "upstream sent invalid status");
    row("gRPC to an HTTP/1 server", d + QStringLiteral("grpc-to-http1-server.log"), "http2 frame",
        "http2_protocol", "protocol_mismatch", 502, "read_header", "upstream sent too large http2 frame");
    row("gRPC settings on a stream", d + QStringLiteral("grpc-settings-stream-id.log"), "settings frame",
        "http2_protocol", "protocol_mismatch", 502, "read_header", "upstream sent settings frame with");
    row("invalid header (NUL)", d + QStringLiteral("invalid-header-nul.log"), "invalid header",
        "invalid_header", "protocol_mismatch", 502, "read_header", "upstream sent invalid header");
    // body phase
    row("body closed", d + QStringLiteral("body-prematurely-closed.log"), "prematurely closed",
        "body_prematurely_closed", "upstream_crashed", 200, "read_body",
        "upstream prematurely closed connection");
    row("body readv 104", d + QStringLiteral("body-reset.log"), "readv()", "read_body_reset",
        "upstream_crashed", 200, "read_body", "readv() failed (104: Connection reset by peer)");
    // hints and confounders
    row("buffered to temp file", d + QStringLiteral("buffered-to-temp-file.log"), "buffered",
        "buffered_to_temp_file", "", 200, "read_body",
        "an upstream response is buffered to a temporary file");
    row("499 client closed", d + QStringLiteral("client-closed.log"), "prematurely closed", "client_closed",
        "", 499, "send_request", "client prematurely closed connection");
    row("499 client closed (sending to client)", d + QStringLiteral("buffered-to-temp-file.log"),
        "client prematurely closed", "client_closed", "", 499, "unknown",
        "client prematurely closed connection");
    row("primary script unknown", d + QStringLiteral("primary-script-unknown.log"), "Primary script",
        "primary_script_unknown", "", 404, "read_header", "Primary script unknown");
}

void TestLogsErrorLog::catalogue()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, needle);
    QFETCH(QString, rule);
    QFETCH(QString, cause);
    QFETCH(int, status);
    QFETCH(QString, phase);
    QFETCH(QString, span);
    QFETCH(bool, confirm);

    const QByteArray raw = lineWith(file, needle);
    const std::optional<ErrorLogLine> line = ErrorLogLine::parse(raw.constData(), raw.size());
    QVERIFY(line);
    QVERIFY(UpstreamErrorClassifier::mayMatch(raw.constData(), raw.size()));
    const std::optional<UpstreamErrorClass> klass = UpstreamErrorClassifier::classify(*line);
    QVERIFY2(klass, raw.constData());
    QCOMPARE(QString::fromLatin1(klass->rule), rule);
    QCOMPARE(causeText(klass->cause), cause);
    QCOMPARE(klass->httpStatus, status);
    QCOMPARE(QString::fromLatin1(upstreamPhaseName(klass->phase)), phase);
    QCOMPARE(klass->needsConfirmation, confirm);
    QCOMPARE(klass->verdict == LineVerdict::Failure, !cause.isEmpty());
    QVERIFY(klass->match.isValid());
    if (!span.isEmpty())
        QCOMPARE(spanText(raw, klass->match), span);
    if (rule == QLatin1String("emerg_host_not_found"))
        QCOMPARE(causeText(klass->secondaryCause), QStringLiteral("config_invalid"));
}

void TestLogsErrorLog::notClassified_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("needle");
    const QString d = QStringLiteral("nginx-upstream-errors/");
    QTest::newRow("keepalive close") << d + QStringLiteral("refused.log") << QByteArray("closed keepalive");
    QTest::newRow("notice start worker")
        << d + QStringLiteral("full-session.log") << QByteArray("start worker process");
    QTest::newRow("notice reconfiguring")
        << d + QStringLiteral("emerg-host-not-found.log") << QByteArray("reconfiguring");
    QTest::newRow("request body buffered")
        << d + QStringLiteral("send-timeout.log") << QByteArray("client request body");
    QTest::newRow("binary request line")
        << d + QStringLiteral("tls-wrong-version.log") << QByteArray("invalid method");
    QTest::newRow("waiting for request")
        << d + QStringLiteral("tls-verify-error.log") << QByteArray("waiting for request");
    QTest::newRow("notice using epoll")
        << QStringLiteral("nginx-error-log/session-reload.log") << QByteArray("epoll");
}

void TestLogsErrorLog::notClassified()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, needle);
    const QByteArray raw = lineWith(file, needle);
    const std::optional<ErrorLogLine> line = ErrorLogLine::parse(raw.constData(), raw.size());
    QVERIFY(line);
    QVERIFY(!UpstreamErrorClassifier::classify(*line));
}

// A failure no cause code names (an HTTP/2 upstream's RST_STREAM): recognised with its status,
// never given a cause it does not have.
void TestLogsErrorLog::failureWithoutCause()
{
    const QByteArray raw = lineWith(QStringLiteral("nginx-upstream-errors/grpc-rst-stream.log"), "rejected");
    const std::optional<ErrorLogLine> line = ErrorLogLine::parse(raw.constData(), raw.size());
    QVERIFY(line);
    QVERIFY(UpstreamErrorClassifier::mayMatch(raw.constData(), raw.size()));
    const std::optional<UpstreamErrorClass> klass = UpstreamErrorClassifier::classify(*line);
    QVERIFY(klass);
    QCOMPARE(QString::fromLatin1(klass->rule), QStringLiteral("http2_rst_stream"));
    QCOMPARE(klass->verdict, LineVerdict::Failure);
    QVERIFY(!klass->cause);
    QCOMPARE(klass->httpStatus, 502);
    QCOMPARE(QString::fromLatin1(upstreamPhaseName(klass->phase)), QStringLiteral("read_header"));
    QCOMPARE(spanText(raw, klass->match), QStringLiteral("upstream rejected request with error"));
}

void TestLogsErrorLog::parsesFields()
{
    const QByteArray raw = lineWith(QStringLiteral("nginx-upstream-errors/refused.log"), "connect()");
    const auto line = ErrorLogLine::parse(raw.constData(), raw.size());
    QVERIFY(line);
    QCOMPARE(line->dateTime().toString(Qt::ISODate), QString::fromLatin1(raw.left(19))
                                                         .replace(QLatin1Char('/'), QLatin1Char('-'))
                                                         .replace(QLatin1Char(' '), QLatin1Char('T')));
    QCOMPARE(line->level(), LogLevel::Error);
    QVERIFY(line->pid() > 0);
    QCOMPARE(line->tid(), line->pid());
    QCOMPARE(line->connection(), 1);
    QCOMPARE(text(line->message()), QStringLiteral("connect() failed (111: Connection refused)"));
    QCOMPARE(line->errnoValue(), 111);
    QCOMPARE(text(line->errnoText()), QStringLiteral("Connection refused"));
    QCOMPARE(text(line->action()), QStringLiteral("connecting to upstream"));
    QCOMPARE(text(line->client()), QStringLiteral("127.0.0.1"));
    QCOMPARE(text(line->server()), QStringLiteral("lab.test"));
    QCOMPARE(text(line->request()), QStringLiteral("GET /refused/x?id=7 HTTP/1.1"));
    QCOMPARE(text(line->upstream()), QStringLiteral("http://127.0.0.1:38487/refused/x?id=7"));
    QCOMPARE(text(line->host()), QStringLiteral("127.0.0.1:38480"));
    QVERIFY(line->referrer().empty());
    QVERIFY(!line->truncated());
    QCOMPARE(text(line->upstreamPeer()), QStringLiteral("127.0.0.1:38487"));

    // No connection id, no fields: a master line.
    const QByteArray emerg =
        lineWith(QStringLiteral("nginx-upstream-errors/emerg-host-not-found.log"), "[emerg]");
    const auto master = ErrorLogLine::parse(emerg.constData(), emerg.size());
    QVERIFY(master);
    QCOMPARE(master->level(), LogLevel::Emerg);
    QCOMPARE(master->connection(), -1);
    QVERIFY(master->message().substr(0, 27) == "host not found in upstream ");
    QVERIFY(!master->hasServer());

    // "server: ," (empty server name) on the line with the raw ClientHello.
    const QByteArray binary =
        lineWith(QStringLiteral("nginx-upstream-errors/tls-wrong-version.log"), "invalid method");
    const auto empty = ErrorLogLine::parse(binary.constData(), binary.size());
    QVERIFY(empty);
    QVERIFY(empty->hasServer());
    QVERIFY(empty->server().empty());
}

void TestLogsErrorLog::upstreamPeer_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<QString>("peer");
    const QString d = QStringLiteral("nginx-upstream-errors/");
    QTest::newRow("http unix") << d + QStringLiteral("unix-socket-missing.log") << QByteArray("connect()")
                               << QStringLiteral("unix:/tmp/gdcap/run/missing.sock");
    QTest::newRow("fastcgi unix") << d + QStringLiteral("primary-script-unknown.log") << QByteArray("Primary")
                                  << QStringLiteral("unix:/tmp/gdcap/run/php.sock");
    QTest::newRow("fastcgi tcp") << d + QStringLiteral("fastcgi-to-http-server.log")
                                 << QByteArray("FastCGI protocol") << QStringLiteral("127.0.0.1:38486");
    QTest::newRow("upstream block") << d + QStringLiteral("no-live-upstreams.log") << QByteArray("no live")
                                    << QStringLiteral("pool2");
    QTest::newRow("https") << d + QStringLiteral("tls-name-mismatch.log") << QByteArray("does not match")
                           << QStringLiteral("127.0.0.1:38472");
}

void TestLogsErrorLog::upstreamPeer()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, needle);
    QFETCH(QString, peer);
    const QByteArray raw = lineWith(file, needle);
    const auto line = ErrorLogLine::parse(raw.constData(), raw.size());
    QVERIFY(line);
    QCOMPARE(text(line->upstreamPeer()), peer);
}

void TestLogsErrorLog::requestContainingFieldMarkers()
{
    // A real line whose request is replaced by one that carries the field markers themselves.
    QByteArray raw = lineWith(QStringLiteral("nginx-upstream-errors/refused.log"), "connect()");
    const QByteArray evil = "GET /x\", upstream: \"http://evil/\", host: \"evil HTTP/1.1";
    raw.replace("GET /refused/x?id=7 HTTP/1.1", evil);
    const auto line = ErrorLogLine::parse(raw.constData(), raw.size());
    QVERIFY(line);
    QCOMPARE(text(line->request()), QString::fromLatin1(evil));
    QCOMPARE(text(line->upstream()), QStringLiteral("http://127.0.0.1:38487/refused/x?id=7"));
    QCOMPARE(text(line->host()), QStringLiteral("127.0.0.1:38480"));

    // A referrer after the host, quoting markers too.
    QByteArray withReferrer = lineWith(QStringLiteral("nginx-upstream-errors/refused.log"), "connect()");
    withReferrer.append(", referrer: \"http://a/\", upstream: \"x\"");
    const auto ref = ErrorLogLine::parse(withReferrer.constData(), withReferrer.size());
    QVERIFY(ref);
    QCOMPARE(text(ref->upstream()), QStringLiteral("http://127.0.0.1:38487/refused/x?id=7"));
    QCOMPARE(text(ref->referrer()), QStringLiteral("http://a/\", upstream: \"x"));
}

void TestLogsErrorLog::binaryBytesInRequest()
{
    // nginx logged a TLS ClientHello as the request: NULs, high bytes, quotes.
    const QByteArray raw =
        lineWith(QStringLiteral("nginx-upstream-errors/tls-wrong-version.log"), "invalid method");
    QVERIFY(raw.contains('\0') || raw.contains('\x16'));
    const auto line = ErrorLogLine::parse(raw.constData(), raw.size());
    QVERIFY(line);
    QCOMPARE(text(line->action()), QStringLiteral("reading client request line"));
    QVERIFY(!line->request().empty());
    QVERIFY(line->request().data() + line->request().size() <= raw.constData() + raw.size());
}

void TestLogsErrorLog::garbageNeverCrashes()
{
    QRandomGenerator random(20261123);
    const QByteArray real = readData(QStringLiteral("nginx-upstream-errors/full-session.log"));
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes;
        if (round % 2) {
            // random binary and invalid UTF-8
            bytes.resize(int(random.bounded(600)));
            for (char &c : bytes)
                c = char(random.bounded(256));
        } else {
            // a real line, cut and with bytes flipped
            const qsizetype at = qsizetype(random.bounded(int(real.size() - 400)));
            bytes = real.mid(at, int(random.bounded(400)));
            for (int i = 0; i < 5 && !bytes.isEmpty(); ++i)
                bytes[int(random.bounded(int(bytes.size())))] = char(random.bounded(256));
        }
        if (const auto line = ErrorLogLine::parse(bytes.constData(), bytes.size())) {
            const auto end = bytes.constData() + bytes.size();
            for (std::string_view v :
                 {line->message(), line->action(), line->request(), line->upstream(), line->host()})
                QVERIFY(v.empty() || (v.data() >= bytes.constData() && v.data() + v.size() <= end));
            UpstreamErrorClassifier::classify(*line);
        }
        ErrorLogSummary summary;
        summary.addChunk(bytes, round % 3 ? 0 : 17);
    }
    // invalid UTF-8 in a real line's fields
    QByteArray invalid = lineWith(QStringLiteral("nginx-upstream-errors/refused.log"), "connect()");
    invalid.replace("/refused/x", "/\xc3\x28\xff\xfe/x");
    const auto line = ErrorLogLine::parse(invalid.constData(), invalid.size());
    QVERIFY(line);
    QCOMPARE(line->request().substr(0, 6), std::string_view("GET /\xc3"));
    QCOMPARE(QString::fromLatin1(UpstreamErrorClassifier::classify(*line)->rule),
             QStringLiteral("connect_refused"));
}

void TestLogsErrorLog::longLine()
{
    QByteArray raw = lineWith(QStringLiteral("nginx-upstream-errors/refused.log"), "connect()");
    const QByteArray longUri = "/refused/" + QByteArray(70000, 'a');
    raw.replace("/refused/x?id=7", longUri);
    QVERIFY(raw.size() > 2 * 65536);
    const auto line = ErrorLogLine::parse(raw.constData(), raw.size());
    QVERIFY(line);
    QCOMPARE(line->request().size(), size_t(longUri.size()) + 13);
    QCOMPARE(text(line->upstreamPeer()), QStringLiteral("127.0.0.1:38487"));
    ErrorLogSummary summary;
    summary.addChunk(raw + '\n' + raw + '\n', 0);
    QCOMPARE(summary.groups().size(), 1);
    QCOMPARE(summary.groups().first().count, 2);
}

void TestLogsErrorLog::summaryGroupsFullSession()
{
    const QByteArray data = readData(QStringLiteral("nginx-upstream-errors/full-session.log"));
    ErrorLogSummary summary(2);
    summary.addChunk(data, 0);
    const QList<ErrorLogGroup> groups = summary.groups();

    // Independent count straight from the bytes.
    qint64 refused = 0;
    for (const QByteArray &l : data.split('\n'))
        refused +=
            l.contains("(111: Connection refused) while connecting") && l.contains("http://127.0.0.1:38487/");
    const ErrorLogGroup *down =
        findGroup(groups, QStringLiteral("127.0.0.1:38487"), QStringLiteral("upstream_down"));
    QVERIFY(down);
    QCOMPARE(down->count, refused);
    QCOMPARE(down->samples.size(), 2);
    QCOMPARE(down->httpStatus, 502);
    QVERIFY(down->needsConfirmation);
    QCOMPARE(down->alternativeCause, std::optional<Cause>(Cause::WrongUpstreamAddress));
    // every sample is the line at its offset, and its span is the matched text
    for (const ErrorLogSample &s : down->samples) {
        QCOMPARE(data.mid(s.offset, s.line.size()), s.line);
        QCOMPARE(spanText(s.line, s.match), QStringLiteral("connect() failed (111: Connection refused)"));
    }

    const ErrorLogGroup *noLive =
        findGroup(groups, QStringLiteral("pool2"), QStringLiteral("no_live_upstreams"));
    QVERIFY(noLive);
    QCOMPARE(noLive->count, qint64(data.count("no live upstreams")));
    const ErrorLogGroup *php =
        findGroup(groups, QStringLiteral("unix:/tmp/gdcap/run/php.sock"), QStringLiteral("upstream_crashed"));
    QVERIFY(php);
    QVERIFY(php->count >= 3); // SIGKILL, request_terminate_timeout, SIGSEGV, and the HTTP-to-FastCGI line
    QVERIFY(findGroup(groups, QStringLiteral("app.invalid"), QStringLiteral("dns_failure")));
    QVERIFY(findGroup(groups, QStringLiteral("app"), QStringLiteral("dns_failure")));
    QVERIFY(findGroup(groups, QStringLiteral("127.0.0.1:38484"), QStringLiteral("client_closed")));
    QVERIFY(summary.classifiedCount() > 30);
    qint64 total = 0;
    for (const ErrorLogGroup &g : groups)
        total += g.count;
    QCOMPARE(total, summary.classifiedCount());
    // most lines first
    for (qsizetype i = 1; i < groups.size(); ++i)
        QVERIFY(groups[i - 1].count >= groups[i].count);
}

void TestLogsErrorLog::summaryFirstAndLastSeen()
{
    const QByteArray data = readData(QStringLiteral("nginx-upstream-errors/connect-timeout.log"));
    ErrorLogSummary summary;
    summary.addChunk(data, 0);
    const QList<ErrorLogGroup> groups = summary.groups();
    QCOMPARE(groups.size(), 1);
    const QList<QByteArray> lines = data.trimmed().split('\n');
    QByteArray first, last;
    for (const QByteArray &l : lines) {
        if (!l.contains("upstream timed out"))
            continue;
        if (first.isEmpty())
            first = l;
        last = l;
    }
    QCOMPARE(groups[0].count, qint64(data.count("upstream timed out")));
    QCOMPARE(groups[0].firstSeen.toString(QStringLiteral("yyyy/MM/dd HH:mm:ss")),
             QString::fromLatin1(first.left(19)));
    QCOMPARE(groups[0].lastSeen.toString(QStringLiteral("yyyy/MM/dd HH:mm:ss")),
             QString::fromLatin1(last.left(19)));
    QVERIFY(groups[0].firstSeen <= groups[0].lastSeen);
}

void TestLogsErrorLog::summaryLevelsAndUnparsed()
{
    QByteArray data = readData(QStringLiteral("nginx-upstream-errors/full-session.log"));
    ErrorLogSummary summary;
    summary.addChunk(data, 0);
    QCOMPARE(summary.lineCount(), qint64(data.count('\n')));
    QCOMPARE(summary.levelCount(LogLevel::Error), qint64(data.count(" [error] ")));
    QCOMPARE(summary.levelCount(LogLevel::Notice), qint64(data.count(" [notice] ")));
    QCOMPARE(summary.levelCount(LogLevel::Warn), qint64(data.count(" [warn] ")));
    QCOMPARE(summary.levelCount(LogLevel::Crit), qint64(data.count(" [crit] ")));
    QCOMPARE(summary.levelCount(LogLevel::Emerg), qint64(data.count(" [emerg] ")));
    QCOMPARE(summary.unparsedCount(), 0);

    // Lines of something else mixed in are counted and kept as samples, not classified.
    ErrorLogSummary mixed;
    mixed.addChunk(QByteArray("upstream garbage without a time\n\x01\x02\xff upstream\n") + data, 0);
    QCOMPARE(mixed.unparsedCount(), 2);
    QCOMPARE(mixed.unparsedSamples().size(), 2);
    QCOMPARE(mixed.unparsedSamples()[0].offset, 0);
    QCOMPARE(mixed.classifiedCount(), summary.classifiedCount());
}

void TestLogsErrorLog::summaryCrlfSameAsLf()
{
    const QByteArray lf = readData(QStringLiteral("nginx-upstream-errors/full-session.log"));
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    ErrorLogSummary a, b;
    a.addChunk(lf, 0);
    b.addChunk(crlf, 0);
    const auto ga = a.groups(), gb = b.groups();
    QCOMPARE(ga.size(), gb.size());
    for (qsizetype i = 0; i < ga.size(); ++i) {
        QCOMPARE(ga[i].upstream, gb[i].upstream);
        QCOMPARE(ga[i].rule, gb[i].rule);
        QCOMPARE(ga[i].count, gb[i].count);
        QCOMPARE(ga[i].samples.first().line, gb[i].samples.first().line); // no '\r' kept
    }
}

void TestLogsErrorLog::summaryChunkStartingMidLine()
{
    const QByteArray data = readData(QStringLiteral("nginx-upstream-errors/no-live-upstreams.log"));
    // From the middle of the first line: it must be dropped, the rest counted.
    ErrorLogSummary summary;
    summary.addChunk(data.mid(40), 1000 + 40);
    QCOMPARE(summary.lineCount(), qint64(data.count('\n') - 1));
    const QList<ErrorLogGroup> groups = summary.groups();
    const ErrorLogGroup *first =
        findGroup(groups, QStringLiteral("127.0.0.1:38487"), QStringLiteral("server_temporarily_disabled"));
    QVERIFY(first);
    QVERIFY(!findGroup(groups, QStringLiteral("127.0.0.1:38487"), QStringLiteral("upstream_down")));
    // offsets are chunkOffset-based
    const qsizetype secondLine = data.indexOf('\n') + 1;
    QCOMPARE(first->samples.first().offset, 1000 + secondLine);
}

void TestLogsErrorLog::summaryTruncatedLastLine()
{
    const QByteArray data = readData(QStringLiteral("nginx-upstream-errors/refused.log"));
    const QByteArray first = data.left(data.indexOf('\n'));
    // Cut inside the upstream field: still a line that parses -> kept.
    const QByteArray cut = first.left(first.indexOf("upstream: \"") + 32);
    ErrorLogSummary kept;
    kept.addChunk(cut, 0);
    QCOMPARE(kept.lineCount(), 1);
    QCOMPARE(kept.groups().size(), 1);
    const auto line = ErrorLogLine::parse(cut.constData(), cut.size());
    QVERIFY(line && line->truncated());
    QCOMPARE(text(line->upstreamPeer()), QStringLiteral("127.0.0.1:3848"));
    // Cut inside the time: dropped.
    ErrorLogSummary dropped;
    dropped.addChunk(data + first.left(12), 0);
    QCOMPARE(dropped.lineCount(), qint64(data.count('\n')));
    QCOMPARE(dropped.unparsedCount(), 0);
}

void TestLogsErrorLog::summaryTimeCutOff()
{
    // A chronological log long enough for the bisection: real lines, one second apart.
    const QList<QByteArray> real =
        readData(QStringLiteral("nginx-upstream-errors/full-session.log")).trimmed().split('\n');
    const QDateTime base(QDate(2026, 11, 23), QTime(8, 0, 0));
    QByteArray log;
    const int lines = 6000;
    for (int i = 0; i < lines; ++i) {
        const QByteArray &line = real[i % real.size()];
        log +=
            base.addSecs(i).toString(QStringLiteral("yyyy/MM/dd HH:mm:ss")).toLatin1() + line.mid(19) + '\n';
    }
    ErrorLogSummary all;
    all.addChunk(log, 0);
    QCOMPARE(all.lineCount(), lines);

    for (int cut : {0, 1, 2500, 5999, 6000}) {
        ErrorLogSummary recent;
        recent.setNotBefore(base.addSecs(cut));
        recent.addChunk(log, 0);
        QCOMPARE(recent.lineCount(), qint64(lines - cut));
        for (const ErrorLogGroup &g : recent.groups())
            QVERIFY(g.firstSeen >= base.addSecs(cut));
    }
}

QTEST_GUILESS_MAIN(TestLogsErrorLog)
#include "tst_logs_errorlog.moc"

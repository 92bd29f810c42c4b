#pragma once
// Loading the captured nginx outputs in tests/data/nginx-config (see its README).

#include "app/config/NginxConfig.h"
#include "tests/TestConfig.h"

#include <QFile>
#include <QString>

namespace gd::test {

inline QString configDataPath(const QString &name)
{
    return QStringLiteral(GD_TEST_DATA_DIR "/nginx-config/") + name;
}

inline QString readConfigData(const QString &name)
{
    QFile file(configDataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// A captured `nginx -T` stdout, parsed.
inline NginxConfig loadDump(const QString &name)
{
    const Result<NginxConfig, ConfigError> config =
        NginxConfig::fromDump(readConfigData(name + QStringLiteral(".dump")));
    return config.ok() ? config.value() : NginxConfig();
}

// Where the capture script put the lab configs (paths inside the dumps).
inline QString capturePath(const QString &name, const QString &file)
{
    return QStringLiteral("/tmp/gd-capture/%1/%2").arg(name, file);
}

} // namespace gd::test

#include <QList>

namespace gd::test {

// The routing table for lab/routing/http-body.conf: host, path and the body the
// location nginx picks returns. tst_locationmatcher checks LocationMatcher against
// it, tst_configlab checks a running nginx against the very same rows.
struct RoutingRow
{
    const char *tag;
    const char *host;
    const char *path;
    const char *expected;
};

inline QList<RoutingRow> routingTable()
{
    return {
        {"exact /", "docs.example.org", "/", "A"},
        {"prefix /", "docs.example.org", "/index.html", "B"},
        {"longer prefix", "docs.example.org", "/documents/document.html", "C"},
        {"^~ stops regex", "docs.example.org", "/images/1.gif", "D"},
        {"regex beats prefix", "docs.example.org", "/documents/1.jpg", "E"},
        {"~* is caseless, prefix is not", "docs.example.org", "/IMAGES/1.GIF", "E"},
        {"outer regex after nested prefix", "docs.example.org", "/api/x", "G"},
        {"nested regex", "docs.example.org", "/api/x.json", "F2"},
        {"outer regex after nested nested", "docs.example.org", "/api/v1/x", "G"},
        {"nested regex from deeper prefix", "docs.example.org", "/api/v1/x.json", "F2"},
        {"first regex in order", "docs.example.org", "/order/first", "R1"},
        {"second regex", "docs.example.org", "/order/second", "R2"},
        {"exact beats prefix of same name", "docs.example.org", "/exact", "X"},
        {"prefix of exact name", "docs.example.org", "/exactly", "P"},
        {"quoted regex with braces", "docs.example.org", "/digits/123", "N"},
        {"quoted regex no match", "docs.example.org", "/digits/1234", "B"},
        {"dot segments", "docs.example.org", "/a/../images/x.png", "D"},
        {"merged slashes", "docs.example.org", "//documents///doc", "C"},
        {"percent decoded", "docs.example.org", "/%64ocuments/x", "C"},
        {"host is caseless", "DOCS.Example.org", "/", "A"},
        {"leading wildcard", "a.wild.example.org", "/", "lead"},
        {"longest leading wildcard", "x.deep.wild.example.org", "/", "lead-longer"},
        {"exact name beats wildcard", "exact.wild.example.org", "/", "exact"},
        {"trailing wildcard", "www.wild.com", "/", "trail"},
        {"leading wildcard beats trailing", "www.wild.example.org", "/", "lead"},
        {"regex server_name", "re-42.example.org", "/", "regex"},
        {"dot name: bare domain", "dot.example.org", "/", "dot"},
        {"dot name: subdomain", "a.dot.example.org", "/", "dot"},
        {"wildcard needs a label", "wild.example.org", "/", "default"},
        {"default_server, not first", "unknown.example", "/", "default"},
    };
}

} // namespace gd::test

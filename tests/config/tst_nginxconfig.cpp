// NginxConfig + NginxTokenizer: real `nginx -T` dumps (Debian's default, the lab's
// multi-site config, 200 includes) and tokenizer rules taken from ngx_conf_file.c.
#include "app/config/NginxConfig.h"
#include "app/config/NginxTokenizer.h"
#include "tests/config/ConfigTestData.h"

#include <QtTest>

using namespace gd;
using gd::test::capturePath;
using gd::test::loadDump;
using gd::test::readConfigData;

class TestNginxConfig : public QObject
{
    Q_OBJECT
private slots:
    void includeCycleIsReadOnce();
    void everyDirectiveSitsOnItsLine_data();
    void everyDirectiveSitsOnItsLine();
    void debianDefault();
    void multisiteSpotChecks_data();
    void multisiteSpotChecks();
    void includeOrderFollowsNginx();
    void hierarchy();
    void twoHundredIncludes();
    void globSemantics();
    void relativeIncludeUsesMainDirectory();
    void tokenizer_data();
    void tokenizer();
    void luaBlockIsRaw();
    void lineNumbersAcrossMultilineTokens();
    void brokenConfigsGivePartialTreeAndIssues_data();
    void brokenConfigsGivePartialTreeAndIssues();
    void dumpWithoutSections();
    void dumpHeaderLookalikeInComment();
    void singleFile();
    void lineText();
};

void TestNginxConfig::everyDirectiveSitsOnItsLine_data()
{
    QTest::addColumn<QString>("dump");
    QTest::newRow("debian default") << QStringLiteral("debian-default");
    QTest::newRow("multisite") << QStringLiteral("multisite");
    QTest::newRow("routing") << QStringLiteral("routing");
    QTest::newRow("200 includes") << QStringLiteral("many-includes");
    QTest::newRow("warn conflict") << QStringLiteral("warn-conflict");
}

// For every directive of a real dump: the line it claims holds its name, and the
// file it claims is one nginx dumped. Catches any drift in line counting.
void TestNginxConfig::everyDirectiveSitsOnItsLine()
{
    QFETCH(QString, dump);
    const NginxConfig config = loadDump(dump);
    QVERIFY(config.size() > 0);
    QVERIFY2(config.issues().isEmpty(), qPrintable(config.issues().value(0).message));
    for (int i = 0; i < config.size(); ++i) {
        const NginxDirective &d = config.directive(i);
        QVERIFY2(config.hasFile(d.file), qPrintable(d.location()));
        if (d.name.isEmpty())
            continue; // map key ''
        const QString line = config.lineText(d.file, d.line);
        QVERIFY2(line.contains(d.name),
                 qPrintable(QStringLiteral("%1: \"%2\" not in \"%3\"").arg(d.location(), d.name, line)));
        QVERIFY(d.endLine >= d.line);
    }
}

void TestNginxConfig::debianDefault()
{
    const NginxConfig config = loadDump(QStringLiteral("debian-default"));
    QCOMPARE(config.mainFile(), QStringLiteral("/etc/nginx/nginx.conf"));
    QCOMPARE(config.confPrefix(), QStringLiteral("/etc/nginx/"));
    QVERIFY(config.files().contains(QStringLiteral("/etc/nginx/sites-enabled/default")));
    QVERIFY(config.files().contains(QStringLiteral("/etc/nginx/mime.types")));
    const NginxDirective *user = config.firstChild(nullptr, QStringLiteral("user"));
    QVERIFY(user);
    QCOMPARE(user->args, QStringList{QStringLiteral("www-data")});
    QCOMPARE(user->location(), QStringLiteral("/etc/nginx/nginx.conf:1"));
    // load_module comes from modules-enabled through the top-level include.
    const QList<const NginxDirective *> modules = config.find(QStringLiteral("load_module"));
    QCOMPARE(modules.size(), 1);
    QCOMPARE(modules.first()->file, QStringLiteral("/etc/nginx/modules-enabled/50-mod-http-echo.conf"));
    QVERIFY(config.includedBy(*modules.first()));
    QCOMPARE(config.includedBy(*modules.first())->arg(0),
             QStringLiteral("/etc/nginx/modules-enabled/*.conf"));
    QCOMPARE(config.servers().size(), 1);
    const NginxDirective *server = config.servers().first();
    QCOMPARE(server->file, QStringLiteral("/etc/nginx/sites-enabled/default"));
    const QList<const NginxDirective *> listens = config.children(server, QStringLiteral("listen"));
    QCOMPARE(listens.size(), 2);
    QCOMPARE(listens.at(1)->args, (QStringList{QStringLiteral("[::]:80"), QStringLiteral("default_server")}));
    QCOMPARE(config.locations(*server).size(), 1);
    // types {} from mime.types: key-value children kept as directives.
    const NginxDirective *types = config.find(QStringLiteral("types")).value(0);
    QVERIFY(types && types->block);
    QVERIFY(config.children(types).size() > 50);
    QCOMPARE(config.firstChild(types, QStringLiteral("text/html"))->args,
             (QStringList{QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("shtml")}));
    QVERIFY(config.includeGlobs().contains(QStringLiteral("/etc/nginx/sites-enabled/*")));
    QVERIFY(config.includeGlobs().contains(QStringLiteral("/etc/nginx/conf.d/*.conf")));
}

void TestNginxConfig::multisiteSpotChecks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("args");
    auto row = [](const char *tag, const char *name, int occurrence, const char *file, int line,
                  QStringList args) {
        QTest::newRow(tag) << QString::fromLatin1(name) << occurrence
                           << capturePath(QStringLiteral("multisite"), QString::fromLatin1(file)) << line
                           << args;
    };
    row("user", "user", 0, "nginx.conf", 2, {QStringLiteral("www-data")});
    row("keepalive_timeout", "keepalive_timeout", 0, "nginx.conf", 18, {QStringLiteral("65")});
    row("log_format single quotes", "log_format", 0, "nginx.conf", 15,
        {QStringLiteral("upstreams"),
         QStringLiteral(
             "$remote_addr \"$request\" $status us=$upstream_status urt=$upstream_response_time")});
    row("map", "map", 0, "nginx.conf", 25,
        {QStringLiteral("$http_upgrade"), QStringLiteral("$connection_upgrade")});
    row("map empty key", "", 0, "nginx.conf", 27, {QStringLiteral("close")});
    row("map regex key", "~^t-(?<tid>\\d+)\\.", 0, "nginx.conf", 34, {QStringLiteral("app_pool")});
    row("split_clients ${}", "split_clients", 0, "nginx.conf", 43,
        {QStringLiteral("${remote_addr}AAA"), QStringLiteral("$variant")});
    row("geo cidr", "10.0.0.0/8", 0, "nginx.conf", 39, {QStringLiteral("1")});
    row("upstream", "upstream", 0, "conf.d/upstreams.conf", 1, {QStringLiteral("app_pool")});
    row("upstream ipv6 server", "server", 2, "conf.d/upstreams.conf", 6,
        {QStringLiteral("[::1]:8003"), QStringLiteral("backup")});
    row("timeouts", "proxy_connect_timeout", 0, "conf.d/timeouts.conf", 2, {QStringLiteral("5s")});
    row("ipv6 listen", "listen", 1, "sites-enabled/00-default", 3,
        {QStringLiteral("[::]:80"), QStringLiteral("default_server"), QStringLiteral("ipv6only=on")});
    row("ipv6 loopback listen", "listen", 4, "sites-enabled/api.example.org.conf", 4,
        {QStringLiteral("[::1]:8080"), QStringLiteral("ipv6only=on")});
    row("nested location", "location", 2, "sites-enabled/api.example.org.conf", 18,
        {QStringLiteral("/v2/admin/")});
    row("variable proxy_pass", "proxy_pass", 4, "sites-enabled/api.example.org.conf", 38,
        {QStringLiteral("http://$backend:8080")});
    row("quoted server_name", "server_name", 3, "sites-enabled/tricky.conf", 4,
        {QStringLiteral("quoted.example.org"), QStringLiteral("single.example.org")});
    row("semicolon and braces in quotes", "set", 2, "sites-enabled/tricky.conf", 5,
        {QStringLiteral("$a"), QStringLiteral("value with spaces; and { braces }")});
    row("escaped single quote", "set", 3, "sites-enabled/tricky.conf", 6,
        {QStringLiteral("$b"), QStringLiteral("it's")});
    row("hash inside word", "set", 4, "sites-enabled/tricky.conf", 7,
        {QStringLiteral("$c"), QStringLiteral("a#b")});
    row("multi-line string", "set", 5, "sites-enabled/tricky.conf", 8,
        {QStringLiteral("$d"), QStringLiteral("multi\nline")});
    row("escaped quotes and backslash", "add_header", 0, "sites-enabled/tricky.conf", 10,
        {QStringLiteral("X-Test"), QStringLiteral("\"quoted\" \\ back")});
    row("line after multi-line string", "add_header", 1, "sites-enabled/tricky.conf", 11,
        {QStringLiteral("X-Var"), QStringLiteral("${a}-x")});
    row("if with parens", "if", 0, "sites-enabled/tricky.conf", 14,
        {QStringLiteral("($request_method"), QStringLiteral("="), QStringLiteral("POST)")});
    row("if with quoted regex", "if", 1, "sites-enabled/tricky.conf", 17,
        {QStringLiteral("($http_user_agent"), QStringLiteral("~*"), QStringLiteral("(curl|wget)"),
         QStringLiteral(")")});
    row("quoted regex location", "location", 20, "sites-enabled/tricky.conf", 25,
        {QStringLiteral("~"), QStringLiteral("^/quoted/\\d{2,3}$")});
    row("snippet in location", "fastcgi_split_path_info", 0, "snippets/fastcgi-php.conf", 2,
        {QStringLiteral("^(.+?\\.php)(/.*)$")});
}

void TestNginxConfig::multisiteSpotChecks()
{
    QFETCH(QString, name);
    QFETCH(int, occurrence);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QStringList, args);
    const NginxConfig config = loadDump(QStringLiteral("multisite"));
    const QList<const NginxDirective *> found = config.find(name);
    QVERIFY2(occurrence < found.size(), qPrintable(QStringLiteral("only %1 found").arg(found.size())));
    const NginxDirective *d = found.at(occurrence);
    QCOMPARE(d->file, file);
    QCOMPARE(d->line, line);
    QCOMPARE(d->args, args);
}

void TestNginxConfig::includeOrderFollowsNginx()
{
    // The dump lists files in the order nginx opened them; our tree, read in
    // order, must meet the files in that same order (first appearance).
    for (const QString &dump :
         {QStringLiteral("multisite"), QStringLiteral("debian-default"), QStringLiteral("many-includes")}) {
        const NginxConfig config = loadDump(dump);
        QStringList seen;
        for (int i = 0; i < config.size(); ++i) {
            const QString &file = config.directive(i).file;
            if (!seen.contains(file))
                seen.append(file);
        }
        QStringList dumped = config.files();
        // Files without directives (empty) never show up in the tree.
        dumped.erase(
            std::remove_if(dumped.begin(), dumped.end(), [&](const QString &f) { return !seen.contains(f); }),
            dumped.end());
        QCOMPARE(seen, dumped);
    }
    // Included directives sit right after their include, in the include's block.
    const NginxConfig config = loadDump(QStringLiteral("multisite"));
    const NginxDirective *http = config.http();
    const QList<const NginxDirective *> children = config.children(http);
    int sitesInclude = -1;
    for (int i = 0; i < children.size(); ++i) {
        if (children.at(i)->name == QLatin1String("include") &&
            children.at(i)->arg(0) == QLatin1String("sites-enabled/*"))
            sitesInclude = i;
    }
    QVERIFY(sitesInclude > 0);
    QCOMPARE(children.at(sitesInclude + 1)->file,
             capturePath(QStringLiteral("multisite"), QStringLiteral("sites-enabled/00-default")));
    QCOMPARE(children.at(sitesInclude + 1)->includedBy, children.at(sitesInclude)->index);
    QStringList serverFiles;
    for (const NginxDirective *s : config.servers())
        serverFiles.append(s->file.section(QLatin1Char('/'), -1));
    QCOMPARE(serverFiles, (QStringList{QStringLiteral("00-default"), QStringLiteral("api.example.org.conf"),
                                       QStringLiteral("shop.example.org.conf"), QStringLiteral("tricky.conf"),
                                       QStringLiteral("wildcards.conf"), QStringLiteral("wildcards.conf"),
                                       QStringLiteral("wildcards.conf"), QStringLiteral("wildcards.conf")}));
}

void TestNginxConfig::hierarchy()
{
    const NginxConfig config = loadDump(QStringLiteral("multisite"));
    const QList<const NginxDirective *> passes = config.find(QStringLiteral("proxy_pass"));
    const NginxDirective *admin = nullptr;
    for (const NginxDirective *p : passes) {
        if (p->arg(0) == QLatin1String("http://127.0.0.1:9001"))
            admin = p;
    }
    QVERIFY(admin);
    const QList<const NginxDirective *> chain = config.ancestors(*admin);
    QCOMPARE(chain.size(), 4);
    QCOMPARE(chain.at(0)->args, QStringList{QStringLiteral("/v2/admin/")});
    QCOMPARE(chain.at(1)->args, QStringList{QStringLiteral("/v2/")});
    QCOMPARE(chain.at(2)->name, QStringLiteral("server"));
    QCOMPARE(chain.at(3)->name, QStringLiteral("http"));
    QCOMPARE(config.enclosing(*admin, QStringLiteral("server")), chain.at(2));
    QCOMPARE(config.contextPath(*admin),
             QStringLiteral(
                 "http > server (api.example.org *.api.example.org) > location /v2/ > location /v2/admin/"));
    // fastcgi_param from fastcgi.conf, included by the snippet, included in a location.
    const NginxDirective *param = config.find(QStringLiteral("fastcgi_param")).value(1);
    QVERIFY(param);
    QCOMPARE(param->file, capturePath(QStringLiteral("multisite"), QStringLiteral("fastcgi.conf")));
    QCOMPARE(config.enclosing(*param, QStringLiteral("location"))->args,
             (QStringList{QStringLiteral("~"), QStringLiteral("\\.php$")}));
    QCOMPARE(config.includedBy(*param)->file,
             capturePath(QStringLiteral("multisite"), QStringLiteral("snippets/fastcgi-php.conf")));
}

void TestNginxConfig::twoHundredIncludes()
{
    const NginxConfig config = loadDump(QStringLiteral("many-includes"));
    QCOMPARE(config.files().size(), 201);
    QCOMPARE(config.servers().size(), 200);
    QCOMPARE(config.find(QStringLiteral("proxy_pass")).size(), 200);
    const NginxDirective *last = config.servers().last();
    QCOMPARE(last->file,
             capturePath(QStringLiteral("many-includes"), QStringLiteral("conf.d/site-200.conf")));
    QCOMPARE(last->line, 1);
    QCOMPARE(config.firstChild(last, QStringLiteral("server_name"))->args,
             QStringList{QStringLiteral("site-200.example.org")});
    QCOMPARE(config.firstChild(last, QStringLiteral("server_name"))->line, 3);
}

// glob(3) as nginx uses it: '*' stops at '/', skips dot files, results sorted.
void TestNginxConfig::globSemantics()
{
    const QString main = QStringLiteral("http {\n"
                                        "    include conf.d/*.conf;\n"
                                        "    include /etc/x/sites/site-?;\n"
                                        "    include /etc/x/sites/[ab]*;\n"
                                        "}\n");
    const QList<NginxConfig::File> files{
        {QStringLiteral("/etc/x/nginx.conf"), main},
        {QStringLiteral("/etc/x/conf.d/b.conf"), QStringLiteral("b_directive;\n")},
        {QStringLiteral("/etc/x/conf.d/a.conf"), QStringLiteral("a_directive;\n")},
        {QStringLiteral("/etc/x/conf.d/.hidden.conf"), QStringLiteral("hidden;\n")},
        {QStringLiteral("/etc/x/conf.d/sub/nested.conf"), QStringLiteral("nested;\n")},
        {QStringLiteral("/etc/x/conf.d/notes.txt"), QStringLiteral("notes;\n")},
        {QStringLiteral("/etc/x/conf.d/x.conf~"), QStringLiteral("backup;\n")},
        {QStringLiteral("/etc/x/sites/site-1"), QStringLiteral("site1;\n")},
        {QStringLiteral("/etc/x/sites/site-10"), QStringLiteral("site10;\n")},
        {QStringLiteral("/etc/x/sites/alpha"), QStringLiteral("alpha;\n")},
        {QStringLiteral("/etc/x/sites/charlie"), QStringLiteral("charlie;\n")},
    };
    const NginxConfig config = NginxConfig::fromFiles(files);
    QStringList names;
    for (const NginxDirective *d : config.children(config.http())) {
        if (d->name != QLatin1String("include"))
            names.append(d->name);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("a_directive"), QStringLiteral("b_directive"),
                                 QStringLiteral("site1"), QStringLiteral("alpha")}));
    QCOMPARE(config.includeGlobs(),
             (QStringList{QStringLiteral("/etc/x/conf.d/*.conf"), QStringLiteral("/etc/x/sites/site-?"),
                          QStringLiteral("/etc/x/sites/[ab]*")}));
}

void TestNginxConfig::relativeIncludeUsesMainDirectory()
{
    const QList<NginxConfig::File> files{
        {QStringLiteral("/opt/app/etc/main.conf"),
         QStringLiteral("include extra.conf;\ninclude missing.conf;\n")},
        {QStringLiteral("/opt/app/etc/extra.conf"), QStringLiteral("worker_processes 2;\n")},
    };
    const NginxConfig config = NginxConfig::fromFiles(files);
    QCOMPARE(config.find(QStringLiteral("worker_processes")).size(), 1);
    // A plain path that is not there: nginx would fail; we say so and go on.
    QCOMPARE(config.issues().size(), 1);
    QCOMPARE(config.issues().first().line, 2);
}

void TestNginxConfig::tokenizer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "name|arg|arg" per directive, pre-order
    QTest::newRow("comment after directive")
        << QStringLiteral("a b; # c d;\ne;") << QStringList{QStringLiteral("a|b"), QStringLiteral("e")};
    QTest::newRow("hash in word") << QStringLiteral("a b#c;") << QStringList{QStringLiteral("a|b#c")};
    QTest::newRow("hash in quotes") << QStringLiteral("a \"#not a comment\";")
                                    << QStringList{QStringLiteral("a|#not a comment")};
    QTest::newRow("semicolon in quotes")
        << QStringLiteral("a 'x;y';") << QStringList{QStringLiteral("a|x;y")};
    QTest::newRow("escaped semicolon")
        << QStringLiteral("a x\\;y;") << QStringList{QStringLiteral("a|x\\;y")};
    QTest::newRow("escapes") << QStringLiteral("a \"\\\"\\'\\\\\\t\\n\\x\";")
                             << QStringList{QStringLiteral("a|\"'\\\t\n\\x")};
    QTest::newRow("variable braces") << QStringLiteral("set $x ${host}z;")
                                     << QStringList{QStringLiteral("set|$x|${host}z")};
    QTest::newRow("variable brace starts word")
        << QStringLiteral("return 200 ${a};") << QStringList{QStringLiteral("return|200|${a}")};
    QTest::newRow("closing brace inside word")
        << QStringLiteral("a b}c;") << QStringList{QStringLiteral("a|b}c")};
    QTest::newRow("block") << QStringLiteral("http { server { listen 80; } }")
                           << QStringList{QStringLiteral("http"), QStringLiteral("server"),
                                          QStringLiteral("listen|80")};
    QTest::newRow("block brace glued") << QStringLiteral("location /x{ a; }")
                                       << QStringList{QStringLiteral("location|/x"), QStringLiteral("a")};
    QTest::newRow("if parens after quote")
        << QStringLiteral("if ($a = \"b\") { }") << QStringList{QStringLiteral("if|($a|=|b|)")};
    QTest::newRow("empty quoted") << QStringLiteral("map $a $b { '' x; \"\" y; }")
                                  << QStringList{QStringLiteral("map|$a|$b"), QStringLiteral("|x"),
                                                 QStringLiteral("|y")};
    QTest::newRow("crlf") << QStringLiteral("a b;\r\nc d;\r\n")
                          << QStringList{QStringLiteral("a|b"), QStringLiteral("c|d")};
    QTest::newRow("tabs and newlines between args")
        << QStringLiteral("a\tb\n  c ;") << QStringList{QStringLiteral("a|b|c")};
    QTest::newRow("no final newline") << QStringLiteral("a b;") << QStringList{QStringLiteral("a|b")};
    QTest::newRow("unicode") << QStringLiteral("add_header X \"café ✓\";")
                             << QStringList{QStringLiteral("add_header|X|café ✓")};
    QTest::newRow("ipv6 listen") << QStringLiteral("listen [::1]:8080 ipv6only=on;")
                                 << QStringList{QStringLiteral("listen|[::1]:8080|ipv6only=on")};
    QTest::newRow("regex with braces quoted")
        << QStringLiteral("location ~ \"^/a{2}$\" { }") << QStringList{QStringLiteral("location|~|^/a{2}$")};
}

void TestNginxConfig::tokenizer()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const NginxFileSyntax syntax = NginxTokenizer::parse(QStringLiteral("/t.conf"), text);
    QVERIFY2(syntax.issues.isEmpty(), qPrintable(syntax.issues.value(0).message));
    QStringList got;
    for (const NginxDirective &d : syntax.directives)
        got.append((QStringList{d.name} + d.args).join(QLatin1Char('|')));
    QCOMPARE(got, expected);
}

void TestNginxConfig::luaBlockIsRaw()
{
    const QString text = QStringLiteral("location /lua {\n"
                                        "    content_by_lua_block {\n"
                                        "        local t = { a = \"}\", b = '{' } -- a comment with }\n"
                                        "        --[[ a long comment { ]]\n"
                                        "        local s = [==[ raw } ]==]\n"
                                        "        ngx.say(\"hi\")\n"
                                        "    }\n"
                                        "    access_log off;\n"
                                        "}\n");
    const NginxFileSyntax syntax = NginxTokenizer::parse(QStringLiteral("/t.conf"), text);
    QVERIFY2(syntax.issues.isEmpty(), qPrintable(syntax.issues.value(0).message));
    QCOMPARE(syntax.directives.size(), size_t(3));
    const NginxDirective &lua = syntax.directives[1];
    QCOMPARE(lua.name, QStringLiteral("content_by_lua_block"));
    QVERIFY(lua.rawBlock.contains(QStringLiteral("ngx.say(\"hi\")")));
    QVERIFY(lua.children.isEmpty());
    QCOMPARE(lua.line, 2);
    QCOMPARE(lua.endLine, 7);
    QCOMPARE(syntax.directives[2].name, QStringLiteral("access_log"));
    QCOMPARE(syntax.directives[2].line, 8);
    QCOMPARE(syntax.directives[2].parent, 0);
}

void TestNginxConfig::lineNumbersAcrossMultilineTokens()
{
    const QString text = QStringLiteral("a \"x\ny\nz\";\n\n  b\n   c\n   d;\n# e;\nf;");
    const NginxFileSyntax syntax = NginxTokenizer::parse(QStringLiteral("/t.conf"), text);
    QCOMPARE(syntax.directives.size(), size_t(3));
    QCOMPARE(syntax.directives[0].line, 1);
    QCOMPARE(syntax.directives[0].endLine, 3);
    QCOMPARE(syntax.directives[1].line, 5);
    QCOMPARE(syntax.directives[1].args, (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
    QCOMPARE(syntax.directives[1].endLine, 7);
    QCOMPARE(syntax.directives[2].line, 9);
}

void TestNginxConfig::brokenConfigsGivePartialTreeAndIssues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("issueLine"); // 0: no structural issue (nginx's complaint is about meaning)
    QTest::addColumn<int>("proxyPasses");
    QTest::newRow("unknown directive") << QStringLiteral("broken-unknown-directive") << 0 << 0;
    QTest::newRow("missing semicolon") << QStringLiteral("broken-missing-semicolon") << 0 << 0;
    QTest::newRow("host not found") << QStringLiteral("broken-host-not-found") << 0 << 1;
    QTest::newRow("unexpected brace") << QStringLiteral("broken-unexpected-brace") << 7 << 1;
    QTest::newRow("duplicate location") << QStringLiteral("broken-duplicate-location") << 0 << 2;
    QTest::newRow("unexpected eof") << QStringLiteral("broken-unexpected-eof") << 1 << 1;
    QTest::newRow("bad timeout") << QStringLiteral("broken-bad-timeout") << 0 << 1;
}

void TestNginxConfig::brokenConfigsGivePartialTreeAndIssues()
{
    QFETCH(QString, name);
    QFETCH(int, issueLine);
    QFETCH(int, proxyPasses);
    const QString path = capturePath(name, QStringLiteral("sites/app"));
    const NginxConfig config =
        NginxConfig::fromText(path, readConfigData(QStringLiteral("broken/%1.app").arg(name)));
    QVERIFY(config.size() > 0);
    QCOMPARE(config.find(QStringLiteral("proxy_pass")).size(), proxyPasses);
    if (issueLine == 0) {
        QVERIFY2(config.issues().isEmpty(), qPrintable(config.issues().value(0).message));
    } else {
        QVERIFY(!config.issues().isEmpty());
        QCOMPARE(config.issues().first().line, issueLine);
        QCOMPARE(config.issues().first().file, path);
        QCOMPARE(config.issues().first().severity, ConfigIssue::Severity::Error);
    }
}

void TestNginxConfig::dumpWithoutSections()
{
    const Result<NginxConfig, ConfigError> config =
        NginxConfig::fromDump(readConfigData(QStringLiteral("broken/broken-unknown-directive.t.stderr")));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().kind(), ConfigError::Kind::NotADump);
    QVERIFY(!config.error().message().isEmpty());
    QVERIFY(!NginxConfig::fromDump(QString()).ok());
}

void TestNginxConfig::dumpHeaderLookalikeInComment()
{
    // A comment that starts like a header but is no absolute path with ':' stays text.
    const QString dump = QStringLiteral("# configuration file /etc/nginx/nginx.conf:\n"
                                        "# configuration file for the app\n"
                                        "events { }\n"
                                        "\n");
    const Result<NginxConfig, ConfigError> config = NginxConfig::fromDump(dump);
    QVERIFY(config.ok());
    QCOMPARE(config->files().size(), 1);
    QCOMPARE(config->firstChild(nullptr, QStringLiteral("events"))->line, 2);
    QCOMPARE(config->fileText(QStringLiteral("/etc/nginx/nginx.conf")),
             QStringLiteral("# configuration file for the app\nevents { }\n"));
}

void TestNginxConfig::singleFile()
{
    const QString path = QStringLiteral("/etc/nginx/sites-enabled/app");
    const NginxConfig config = NginxConfig::fromText(
        path, QStringLiteral("server {\n  include snippets/x.conf;\n  listen 80;\n}\n"));
    QCOMPARE(config.mainFile(), path);
    QCOMPARE(config.includeGlobs(), QStringList{QStringLiteral("/etc/nginx/sites-enabled/snippets/x.conf")});
    QCOMPARE(config.rootDirectives().size(), 1);
    QCOMPARE(config.children(config.rootDirectives().first()).size(), 2);
    QVERIFY(config.issues().isEmpty());
}

void TestNginxConfig::lineText()
{
    const NginxConfig config = loadDump(QStringLiteral("multisite"));
    const QString api =
        capturePath(QStringLiteral("multisite"), QStringLiteral("sites-enabled/api.example.org.conf"));
    QCOMPARE(config.lineText(api, 9), QStringLiteral("        proxy_pass http://app_pool;"));
    QCOMPARE(config.lineText(api, 0), QString());
    QCOMPARE(config.lineText(api, config.lineCount(api) + 1), QString());
    QCOMPARE(config.lineText(QStringLiteral("/nope"), 1), QString());
    QCOMPARE(config.lineText(api, config.lineCount(api)), QStringLiteral("}"));
    // fileText is verbatim: the file on disk and the dump section agree.
    QFile source(
        QStringLiteral(GD_TEST_DATA_DIR "/nginx-config/lab/multisite/sites-enabled/api.example.org.conf"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(config.fileText(api), QString::fromUtf8(source.readAll()));
}

// Files that include each other (found by the nginx_config_dump fuzz target, which ran
// out of memory expanding them): each is read once, and the cycle is an issue.
void TestNginxConfig::includeCycleIsReadOnce()
{
    const QList<NginxConfig::File> files{
        {QStringLiteral("/etc/x/nginx.conf"), QStringLiteral("http {\n    include conf.d/*.conf;\n}\n")},
        {QStringLiteral("/etc/x/conf.d/a.conf"), QStringLiteral("a_directive;\ninclude conf.d/*.conf;\n")},
        {QStringLiteral("/etc/x/conf.d/b.conf"), QStringLiteral("b_directive;\ninclude conf.d/*.conf;\n")},
    };
    const NginxConfig config = NginxConfig::fromFiles(files);
    QCOMPARE(config.find(QStringLiteral("a_directive")).size(), 2); // top, and once inside b
    QCOMPARE(config.find(QStringLiteral("b_directive")).size(), 2); // inside a, and top
    QVERIFY(config.size() < 20);
    const bool said = std::any_of(config.issues().begin(), config.issues().end(), [](const ConfigIssue &i) {
        return i.message.startsWith(QLatin1String("Include cycle: /etc/x/conf.d/"));
    });
    QVERIFY(said);
}

QTEST_GUILESS_MAIN(TestNginxConfig)
#include "tst_nginxconfig.moc"

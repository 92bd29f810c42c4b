// Benchmark (not a test): parse a 10,000-line `nginx -T` dump. The dump is made by
// the real nginx from generated files (server blocks in included files), then
// parsed N times; prints the median against the target (<= 50 ms).
#include "app/config/NginxConfig.h"
#include "app/config/UpstreamTargets.h"
#include "tests/bench/BenchTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace gd;

static bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 2;
    // 20 included files, each with 25 servers of 20 lines: 10,000 lines + main.
    QDir(dir.path()).mkpath(QStringLiteral("sites"));
    QDir(dir.path()).mkpath(QStringLiteral("logs"));
    writeFile(dir.filePath(QStringLiteral("nginx.conf")),
              QStringLiteral("events { worker_connections 4096; }\nhttp {\n    proxy_read_timeout 90s;\n    "
                             "include sites/*.conf;\n}\n"));
    int site = 0;
    for (int f = 0; f < 20; ++f) {
        QString text;
        for (int s = 0; s < 25; ++s, ++site) {
            text +=
                QStringLiteral("# site %1\n"
                               "server {\n"
                               "    listen 127.0.0.1:%2;\n"
                               "    listen [::1]:%2;\n"
                               "    server_name site-%1.example.org \"www.site-%1.example.org\";\n"
                               "    set $backend \"app-%1\";\n"
                               "    location / {\n"
                               "        proxy_pass http://127.0.0.1:%3;\n"
                               "        proxy_set_header Host $host;\n"
                               "        proxy_read_timeout 30s;\n"
                               "    }\n"
                               "    location ~ \\.php$ {\n"
                               "        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n"
                               "        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n"
                               "    }\n"
                               "    location = /healthz { return 200 'ok'; }\n"
                               "    location ^~ /static/ { expires 7d; }\n"
                               "    if ($http_user_agent ~* \"(bot|crawler)\") { return 403; }\n"
                               "    access_log off; # bench\n"
                               "}\n")
                    .arg(site)
                    .arg(10000 + site)
                    .arg(20000 + site);
        }
        writeFile(dir.filePath(QStringLiteral("sites/%1.conf").arg(f, 2, 10, QLatin1Char('0'))), text);
    }
    QProcess nginx;
    nginx.start(QStringLiteral("/usr/sbin/nginx"),
                {QStringLiteral("-T"), QStringLiteral("-q"), QStringLiteral("-p"),
                 dir.path() + QLatin1Char('/'), QStringLiteral("-e"), QStringLiteral("stderr"),
                 QStringLiteral("-c"), dir.filePath(QStringLiteral("nginx.conf"))});
    if (!nginx.waitForFinished(30000) || nginx.exitCode() != 0) {
        fprintf(stderr, "nginx -T failed: %s\n", nginx.readAllStandardError().constData());
        return 2;
    }
    const QString dump = QString::fromUtf8(nginx.readAllStandardOutput());
    const int lines = int(dump.count(QLatin1Char('\n')));

    constexpr int kRuns = 21;
    QList<double> parseMs, fullMs;
    int directives = 0;
    int targetCount = 0;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<NginxConfig, ConfigError> config = NginxConfig::fromDump(dump);
        parseMs.append(double(timer.nsecsElapsed()) / 1e6);
        const UpstreamTargets targets = UpstreamTargets::collect(*config);
        fullMs.append(double(timer.nsecsElapsed()) / 1e6);
        directives = config->size();
        targetCount = int(targets.targets().size());
    }
    const double median = gd::bench::median(parseMs);
    gd::bench::BenchTable table(
        QStringLiteral("nginx config model (%1-line nginx -T dump, %2 directives, median of %3)")
            .arg(lines)
            .arg(directives)
            .arg(kRuns));
    table.row(QStringLiteral("parse nginx -T dump"), QStringLiteral("%1 ms").arg(median, 0, 'f', 2),
              QStringLiteral("<= 50 ms"), median <= 50.0 ? 1 : 0);
    table.row(QStringLiteral("parse + %1 upstream targets").arg(targetCount),
              QStringLiteral("%1 ms").arg(gd::bench::median(fullMs), 0, 'f', 2));
    return table.print() == 0 ? 0 : 1;
}

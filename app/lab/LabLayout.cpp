#include "app/lab/LabLayout.h"

namespace gd {

QString LabLayout::sitesAvailable(const QString &site)
{
    return site.isEmpty() ? QStringLiteral("etc/nginx/sites-available")
                          : QStringLiteral("etc/nginx/sites-available/") + site;
}

QString LabLayout::sitesEnabled(const QString &site)
{
    return site.isEmpty() ? QStringLiteral("etc/nginx/sites-enabled")
                          : QStringLiteral("etc/nginx/sites-enabled/") + site;
}

QStringList LabLayout::directories()
{
    return {QStringLiteral("etc/nginx/conf.d"),
            sitesAvailable(),
            sitesEnabled(),
            QStringLiteral("var/log/nginx"),
            QStringLiteral("var/lib/nginx"),
            QStringLiteral("run/php"),
            QStringLiteral("srv"),
            QStringLiteral("practice")};
}

QStringList LabLayout::nginxArguments(const QString &labDir)
{
    return {QStringLiteral("-p"), labDir + QLatin1Char('/'),
            QStringLiteral("-e"), labDir + QLatin1Char('/') + errorLog(),
            QStringLiteral("-c"), labDir + QLatin1Char('/') + nginxConf()};
}

QByteArray LabLayout::nginxConfText(const QString &labDir, const QString &workerUser)
{
    QString text;
    if (!workerUser.isEmpty())
        text += QStringLiteral("user %1;\n").arg(workerUser);
    text += QStringLiteral("worker_processes 1;\n"
                           "pid @LAB@/run/nginx.pid;\n"
                           "error_log @LAB@/var/log/nginx/error.log notice;\n"
                           "\n"
                           "events {\n"
                           "    worker_connections 512;\n"
                           "}\n"
                           "\n"
                           "http {\n"
                           "    ##\n"
                           "    # Basic Settings\n"
                           "    ##\n"
                           "\n"
                           "    sendfile on;\n"
                           "    tcp_nopush on;\n"
                           "    types_hash_max_size 2048;\n"
                           "    default_type text/plain;\n"
                           "\n"
                           "    ##\n"
                           "    # Logging Settings\n"
                           "    ##\n"
                           "\n"
                           "    access_log @LAB@/var/log/nginx/access.log;\n"
                           "\n"
                           "    # Temporary files stay inside the lab.\n"
                           "    client_body_temp_path @LAB@/var/lib/nginx/body;\n"
                           "    proxy_temp_path @LAB@/var/lib/nginx/proxy;\n"
                           "    fastcgi_temp_path @LAB@/var/lib/nginx/fastcgi;\n"
                           "    uwsgi_temp_path @LAB@/var/lib/nginx/uwsgi;\n"
                           "    scgi_temp_path @LAB@/var/lib/nginx/scgi;\n"
                           "\n"
                           "    ##\n"
                           "    # Virtual Host Configs\n"
                           "    ##\n"
                           "\n"
                           "    include @LAB@/etc/nginx/conf.d/*.conf;\n"
                           "    include @LAB@/etc/nginx/sites-enabled/*;\n"
                           "}\n");
    text.replace(QStringLiteral("@LAB@"), labDir);
    return text.toUtf8();
}

QByteArray LabLayout::fastcgiParamsText()
{
    // The parameters nginx's own fastcgi_params defines (the list is nginx's protocol
    // contract with FastCGI servers, written out here rather than read from /etc/nginx).
    static const char *const names[][2] = {
        {"QUERY_STRING", "$query_string"},
        {"REQUEST_METHOD", "$request_method"},
        {"CONTENT_TYPE", "$content_type"},
        {"CONTENT_LENGTH", "$content_length"},
        {"SCRIPT_NAME", "$fastcgi_script_name"},
        {"REQUEST_URI", "$request_uri"},
        {"DOCUMENT_URI", "$document_uri"},
        {"DOCUMENT_ROOT", "$document_root"},
        {"SERVER_PROTOCOL", "$server_protocol"},
        {"REQUEST_SCHEME", "$scheme"},
        {"HTTPS", "$https if_not_empty"},
        {"GATEWAY_INTERFACE", "CGI/1.1"},
        {"SERVER_SOFTWARE", "nginx/$nginx_version"},
        {"REMOTE_ADDR", "$remote_addr"},
        {"REMOTE_PORT", "$remote_port"},
        {"SERVER_ADDR", "$server_addr"},
        {"SERVER_PORT", "$server_port"},
        {"SERVER_NAME", "$server_name"},
        {"REDIRECT_STATUS", "200"},
    };
    QByteArray text;
    for (const auto &entry : names)
        text += QByteArray("fastcgi_param  ") + QByteArray(entry[0]).leftJustified(18, ' ') + ' ' + entry[1] +
                ";\n";
    return text;
}

QByteArray LabLayout::phpFpmConfText(const QString &labDir, const QString &version)
{
    return QStringLiteral("[global]\n"
                          "pid = %1/run/php/php%2-fpm.pid\n"
                          "error_log = %1/var/log/php%2-fpm.log\n"
                          "log_level = notice\n"
                          "\n"
                          "include = %1/etc/php/%2/fpm/pool.d/*.conf\n")
        .arg(labDir, version)
        .toUtf8();
}

} // namespace gd

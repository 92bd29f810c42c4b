#include "app/probes/AppServerSettings.h"
#include "remote/ByteText.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace gd {

namespace {

const char *const kCommandLine = QT_TRANSLATE_NOOP("gd::AppServerSettings", "command line");
const char *const kDefault = QT_TRANSLATE_NOOP("gd::AppServerSettings", "built-in default");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gd::AppServerSettings)
};

QString baseName(const QString &word)
{
    return QFileInfo(word).fileName();
}

// The value of the last "--name VALUE" / "--name=VALUE" / "-n VALUE" in argv: the
// last one wins, as in every argument parser these servers use.
std::optional<QString> optionValue(const QStringList &argv, const QStringList &names)
{
    std::optional<QString> out;
    for (int i = 0; i < argv.size(); ++i) {
        for (const QString &n : names) {
            if (argv.at(i) == n && i + 1 < argv.size())
                out = argv.at(i + 1);
            else if (n.startsWith(QLatin1String("--")) && argv.at(i).startsWith(n + QLatin1Char('=')))
                out = argv.at(i).mid(n.size() + 1);
        }
    }
    return out;
}

// "timeout = 120", "errorlog = '/var/log/x.log'" and uwsgi's "harakiri = 30" (in its
// [uwsgi] section); the last assignment wins. Python expressions beyond a literal are
// left alone: we say what we can read, never guess.
struct ConfigValue
{
    QString value;
    int line = 0;
};

std::optional<ConfigValue> configValue(const QByteArray &text, const QStringList &keys, bool ini,
                                       const QString &section = QStringLiteral("[uwsgi]"))
{
    std::optional<ConfigValue> out;
    bool inSection = !ini;
    int number = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++number;
        const QString line = utf8Text(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (ini && line.startsWith(QLatin1Char('['))) {
            inSection = line == section;
            continue;
        }
        if (!inSection)
            continue;
        const int eq = int(line.indexOf(QLatin1Char('=')));
        if (eq <= 0)
            continue;
        QString key = line.left(eq).trimmed();
        key.replace(QLatin1Char('_'), QLatin1Char('-'));
        bool match = false;
        for (const QString &k : keys)
            match = match || key == QString(k).replace(QLatin1Char('_'), QLatin1Char('-'));
        if (!match)
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (!ini) {
            const int hash = int(value.indexOf(QLatin1Char('#')));
            if (hash >= 0)
                value = value.left(hash).trimmed();
            if (value.size() >= 2 &&
                (value.startsWith(QLatin1Char('\'')) || value.startsWith(QLatin1Char('"'))) &&
                value.endsWith(value.front()))
                value = value.mid(1, value.size() - 2);
            else if (!value.isEmpty() && !value.front().isDigit())
                continue; // an expression (os.environ[...], a name): not a literal we can read
        }
        out = ConfigValue{value, number};
    }
    return out;
}

QMap<QString, QString> environVariables(const QByteArray &environ)
{
    QMap<QString, QString> vars;
    for (const QByteArray &record : environ.split('\0')) {
        const int eq = int(record.indexOf('='));
        if (eq > 0)
            vars.insert(utf8Text(record.left(eq)), utf8Text(record.mid(eq + 1)).trimmed());
    }
    return vars;
}

using Value = AppServerSettings::Value;

// One setting looked up where the server reads it, in its own order of precedence:
// the command line over the environment over the config file over the default.
struct Lookup
{
    const QStringList &argv;
    const QStringList &envArgv; // GUNICORN_CMD_ARGS split
    const QString &envName;
    const QMap<QString, QString> &env;
    const QString &configFile;
    const QByteArray *config;
    bool ini;

    std::optional<Value> find(const QStringList &options, const QStringList &configKeys,
                              const QString &envVariable = QString()) const
    {
        if (const std::optional<QString> v = optionValue(argv, options))
            return Value{*v, Text::tr(kCommandLine)};
        if (const std::optional<QString> v = optionValue(envArgv, options))
            return Value{*v, envName};
        if (!envVariable.isEmpty() && env.contains(envVariable))
            return Value{env.value(envVariable), envVariable};
        if (config && !configKeys.isEmpty()) {
            if (const std::optional<ConfigValue> v = configValue(*config, configKeys, ini))
                return Value{v->value, QStringLiteral("%1:%2").arg(configFile).arg(v->line)};
        }
        return std::nullopt;
    }
};

Value defaultValue(const QString &text)
{
    return Value{text, Text::tr(kDefault), true};
}

} // namespace

std::optional<double> AppServerSettings::Value::seconds() const
{
    bool ok = false;
    const double s = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(s) : std::nullopt;
}

QStringList AppServerSettings::cmdlineCommand(qint64 pid)
{
    return {QStringLiteral("cat"), QStringLiteral("--"), QStringLiteral("/proc/%1/cmdline").arg(pid)};
}

QStringList AppServerSettings::environCommand(qint64 pid)
{
    return {QStringLiteral("grep"),
            QStringLiteral("-a"),
            QStringLiteral("-z"),
            QStringLiteral("-E"),
            QStringLiteral("^(GUNICORN_CMD_ARGS|UVICORN_[A-Z_]+|UWSGI_[A-Z0-9_]+)="),
            QStringLiteral("/proc/%1/environ").arg(pid)};
}

AppServerSettings::Kind AppServerSettings::kindOf(const QStringList &argv)
{
    const QString first = baseName(argv.value(0));
    const QString second = baseName(argv.value(1));
    const qsizetype m = argv.indexOf(QStringLiteral("-m"));
    const QString module = m >= 0 ? argv.value(m + 1) : QString();
    auto runs = [&](const QString &name) {
        return first.startsWith(name) || second.startsWith(name) || module == name;
    };
    if (first.startsWith(QLatin1String("php-fpm")) || argv.value(0).startsWith(QLatin1String("php-fpm")))
        return Kind::PhpFpm;
    if (runs(QStringLiteral("gunicorn")))
        return Kind::Gunicorn;
    if (runs(QStringLiteral("uvicorn")))
        return Kind::Uvicorn;
    if (runs(QStringLiteral("uwsgi")))
        return Kind::Uwsgi;
    if (first == QLatin1String("node") || first == QLatin1String("nodejs"))
        return Kind::Node;
    if (runs(QStringLiteral("puma")) || argv.value(0).startsWith(QLatin1String("puma ")))
        return Kind::Puma;
    if (runs(QStringLiteral("unicorn")))
        return Kind::Unicorn;
    return Kind::Other;
}

QString AppServerSettings::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Gunicorn:
        return QStringLiteral("gunicorn");
    case Kind::Uvicorn:
        return QStringLiteral("uvicorn");
    case Kind::Uwsgi:
        return QStringLiteral("uwsgi");
    case Kind::PhpFpm:
        return QStringLiteral("php-fpm");
    case Kind::Node:
        return QStringLiteral("node");
    case Kind::Puma:
        return QStringLiteral("puma");
    case Kind::Unicorn:
        return QStringLiteral("unicorn");
    case Kind::Other:
        break;
    }
    return QString();
}

QStringList AppServerSettings::argvFromCmdline(const QByteArray &cmdline)
{
    QStringList argv;
    QByteArray bytes = cmdline;
    if (bytes.endsWith('\0'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return argv;
    for (const QByteArray &word : bytes.split('\0'))
        argv << utf8Text(word);
    // A process that rewrote its title into one string ("gunicorn: master [app]").
    if (argv.size() == 1 && argv.first().contains(QLatin1Char(' ')))
        argv = argv.first().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return argv;
}

AppServerSettings AppServerSettings::read(const QStringList &argv, const QByteArray &environ,
                                          const QMap<QString, QByteArray> &configs)
{
    AppServerSettings s;
    s.argv = argv;
    s.kind = kindOf(argv);
    s.name = s.kind == Kind::Other ? baseName(argv.value(0)) : kindName(s.kind);
    const QMap<QString, QString> env = environVariables(environ);
    QStringList envArgv;
    QString envName;

    switch (s.kind) {
    case Kind::Gunicorn: {
        envName = QStringLiteral("GUNICORN_CMD_ARGS");
        envArgv = env.value(envName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        s.configFile = optionValue(argv, {QStringLiteral("-c"), QStringLiteral("--config")})
                           .value_or(optionValue(envArgv, {QStringLiteral("-c"), QStringLiteral("--config")})
                                         .value_or(QString()));
        if (s.configFile.startsWith(QLatin1String("python:")))
            s.configFile.clear(); // a module, not a file we can read
        const auto found = configs.constFind(s.configFile);
        const QByteArray *config = found != configs.constEnd() ? &found.value() : nullptr;
        const Lookup look{argv, envArgv, envName, env, s.configFile, config, false};
        s.requestTimeout =
            look.find({QStringLiteral("-t"), QStringLiteral("--timeout")}, {QStringLiteral("timeout")})
                .value_or(defaultValue(QStringLiteral("30")));
        s.keepAlive = look.find({QStringLiteral("--keep-alive")}, {QStringLiteral("keepalive")})
                          .value_or(defaultValue(QStringLiteral("2")));
        s.workerClass = look.find({QStringLiteral("-k"), QStringLiteral("--worker-class")},
                                  {QStringLiteral("worker_class")})
                            .value_or(defaultValue(QStringLiteral("sync")))
                            .text;
        if (std::optional<Value> log =
                look.find({QStringLiteral("--error-logfile"), QStringLiteral("--log-file")},
                          {QStringLiteral("errorlog")}))
            s.logFile = log;
        break;
    }
    case Kind::Uvicorn: {
        const Lookup look{argv, envArgv, envName, env, s.configFile, nullptr, false};
        s.keepAlive = look.find({QStringLiteral("--timeout-keep-alive")}, {},
                                QStringLiteral("UVICORN_TIMEOUT_KEEP_ALIVE"))
                          .value_or(defaultValue(QStringLiteral("5")));
        break;
    }
    case Kind::Uwsgi: {
        s.configFile = optionValue(argv, {QStringLiteral("--ini")}).value_or(QString());
        if (s.configFile.isEmpty()) {
            for (const QString &a : argv.mid(1)) {
                if (!a.startsWith(QLatin1Char('-')) && a.endsWith(QLatin1String(".ini")))
                    s.configFile = a;
            }
        }
        const auto found = configs.constFind(s.configFile);
        const QByteArray *config = found != configs.constEnd() ? &found.value() : nullptr;
        const Lookup look{argv, envArgv, envName, env, s.configFile, config, true};
        if (std::optional<Value> h =
                look.find({QStringLiteral("--harakiri"), QStringLiteral("-t")}, {QStringLiteral("harakiri")},
                          QStringLiteral("UWSGI_HARAKIRI")))
            s.requestTimeout = h;
        if (std::optional<Value> k =
                look.find({QStringLiteral("--http-keepalive")}, {QStringLiteral("http-keepalive")},
                          QStringLiteral("UWSGI_HTTP_KEEPALIVE")))
            s.keepAlive = k;
        for (const QString &option :
             {QStringLiteral("logto"), QStringLiteral("logto2"), QStringLiteral("daemonize")}) {
            if (std::optional<Value> log = look.find({QStringLiteral("--") + option}, {option},
                                                     QStringLiteral("UWSGI_") + option.toUpper())) {
                s.logFile = log;
                break;
            }
        }
        break;
    }
    case Kind::Node:
        for (const QString &a : argv.mid(1)) {
            if (!a.startsWith(QLatin1Char('-'))) {
                s.script = a;
                break;
            }
        }
        // Set in the code (server.keepAliveTimeout), which we do not read: node's default.
        s.keepAlive = defaultValue(QStringLiteral("5"));
        break;
    case Kind::PhpFpm: {
        // "php-fpm: master process (/etc/php/8.2/fpm/php-fpm.conf)": its global config names
        // its log (error_log); the pools carry its limits (PhpFpmPoolConfig).
        for (const QString &a : argv) {
            if (a.startsWith(QLatin1Char('(')) && a.endsWith(QLatin1Char(')')))
                s.configFile = a.mid(1, a.size() - 2);
        }
        if (s.configFile.isEmpty()) // its argv as started (-y / --fpm-config)
            s.configFile =
                optionValue(argv, {QStringLiteral("-y"), QStringLiteral("--fpm-config")}).value_or(QString());
        const auto found = configs.constFind(s.configFile);
        if (found != configs.constEnd()) {
            if (const std::optional<ConfigValue> v = configValue(found.value(), {QStringLiteral("error_log")},
                                                                 true, QStringLiteral("[global]")))
                s.logFile = Value{v->value, QStringLiteral("%1:%2").arg(s.configFile).arg(v->line)};
        }
        // Written to where its stderr goes, or to syslog: not a file of its own.
        if (s.logFile && (s.logFile->text.startsWith(QLatin1String("/proc/self/fd/")) ||
                          s.logFile->text.startsWith(QLatin1String("/dev/")) ||
                          s.logFile->text == QLatin1String("syslog")))
            s.logFile.reset();
        break;
    }
    case Kind::Puma:
    case Kind::Unicorn:
    case Kind::Other:
        break;
    }
    if (s.logFile && (s.logFile->text == QLatin1String("-") || s.logFile->text.isEmpty()))
        s.logFile.reset(); // stderr: found through /proc/PID/fd/2
    return s;
}

QString AppServerSettings::timeoutOption() const
{
    switch (kind) {
    case Kind::Gunicorn:
        return QStringLiteral("--timeout");
    case Kind::Uwsgi:
        return QStringLiteral("harakiri");
    case Kind::PhpFpm:
        return QStringLiteral("request_terminate_timeout");
    default:
        return QString();
    }
}

QString AppServerSettings::keepAliveOption() const
{
    switch (kind) {
    case Kind::Gunicorn:
        return QStringLiteral("--keep-alive");
    case Kind::Uvicorn:
        return QStringLiteral("--timeout-keep-alive");
    case Kind::Uwsgi:
        return QStringLiteral("http-keepalive");
    case Kind::Node:
        return QStringLiteral("server.keepAliveTimeout");
    default:
        return QString();
    }
}

QString AppServerSettings::logOption() const
{
    switch (kind) {
    case Kind::Gunicorn:
        return QStringLiteral("--error-logfile /var/log/gunicorn/error.log");
    case Kind::Uwsgi:
        return QStringLiteral("--logto /var/log/uwsgi/app.log");
    case Kind::PhpFpm:
        return QStringLiteral("error_log = /var/log/php-fpm.log; catch_workers_output = yes");
    case Kind::Node:
        return QStringLiteral("node app.js 2>>/var/log/app.log");
    case Kind::Uvicorn:
        return QStringLiteral("uvicorn ... 2>>/var/log/uvicorn.log");
    default:
        return QString();
    }
}

bool AppServerSettings::keepsIdleConnections() const
{
    switch (kind) {
    case Kind::Gunicorn:
        return workerClass != QLatin1String("sync");
    case Kind::Uwsgi:
        return keepAlive.has_value();
    case Kind::Node:
    case Kind::Uvicorn:
        return true;
    default:
        return false;
    }
}

} // namespace gd

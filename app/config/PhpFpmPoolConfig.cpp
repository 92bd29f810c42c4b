#include "app/config/PhpFpmPoolConfig.h"

namespace gd {

std::optional<PhpFpmValue> PhpFpmPool::value(const QString &key) const
{
    for (auto it = values.crbegin(); it != values.crend(); ++it) {
        if (it->key == key) {
            PhpFpmValue v = *it;
            v.value.replace(QLatin1String("$pool"), name);
            return v;
        }
    }
    return std::nullopt;
}

QString PhpFpmPool::get(const QString &key, const QString &fallback) const
{
    const std::optional<PhpFpmValue> v = value(key);
    return v ? v->value : fallback;
}

namespace {

// The value after '=': quotes removed, or for unquoted INI values, up to an inline
// ';' comment.
QString iniValue(const QString &raw)
{
    QString value = raw.trimmed();
    if (value.startsWith(QLatin1Char('"'))) {
        const qsizetype close = value.indexOf(QLatin1Char('"'), 1);
        return close < 0 ? value.mid(1) : value.mid(1, close - 1);
    }
    if (value.startsWith(QLatin1Char('\''))) {
        const qsizetype close = value.indexOf(QLatin1Char('\''), 1);
        return close < 0 ? value.mid(1) : value.mid(1, close - 1);
    }
    const qsizetype semicolon = value.indexOf(QLatin1Char(';'));
    return semicolon >= 0 ? value.left(semicolon).trimmed() : value;
}

} // namespace

PhpFpmPoolConfig PhpFpmPoolConfig::parse(const QString &path, const QString &text)
{
    PhpFpmPoolConfig config;
    config.addFile(path, text);
    return config;
}

void PhpFpmPoolConfig::addFile(const QString &path, const QString &text)
{
    int current = -1; // index: m_pools may reallocate as pools are added
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype close = line.indexOf(QLatin1Char(']'));
            if (close < 0)
                m_issues.append(
                    {ConfigIssue::Severity::Warning, path, lineNo, tr("A section header without \"]\".")});
            else
                current = openSection(line.mid(1, close - 1).trimmed(), path, lineNo);
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0) {
            m_issues.append({ConfigIssue::Severity::Warning, path, lineNo,
                             tr("A line that is neither a section nor \"key = value\".")});
            continue;
        }
        PhpFpmValue v;
        v.key = line.left(eq).trimmed();
        v.file = path;
        v.line = lineNo;
        v.raw = lines.at(i);
        if (v.raw.endsWith(QLatin1Char('\r')))
            v.raw.chop(1);
        v.value = iniValue(line.mid(eq + 1));
        if (v.key == QLatin1String("include"))
            m_includes.append(v.value);
        else if (current >= 0)
            m_pools[current].values.append(v);
        else
            m_globals.append(v); // [global], or before any section
    }
}

// The pool a "[name]" header opens (one already read under that name goes on);
// -1 for [global].
namespace {
// The directory a master's config tree hangs from: /etc/php/8.2/fpm for its php-fpm.conf
// and its pool.d/*.conf alike.
QString configRoot(const QString &path)
{
    for (const QLatin1String dir : {QLatin1String("/pool.d/"), QLatin1String("/php-fpm.d/")}) {
        if (const qsizetype at = path.lastIndexOf(dir); at >= 0)
            return path.left(at);
    }
    return path.left(path.lastIndexOf(QLatin1Char('/')));
}
} // namespace

int PhpFpmPoolConfig::openSection(const QString &name, const QString &path, int lineNo)
{
    if (name == QLatin1String("global"))
        return -1;
    // A header continues the pool of that name in the same master's files only: two
    // masters (php7.4-fpm and php8.2-fpm) may each run a [www] of their own.
    int found = -1;
    for (int p = 0; p < m_pools.size(); ++p) {
        if (m_pools.at(p).name == name && configRoot(m_pools.at(p).file) == configRoot(path))
            found = p;
    }
    if (found >= 0)
        return found;
    m_pools.append(PhpFpmPool{name, path, lineNo, {}});
    return int(m_pools.size()) - 1;
}

const PhpFpmPool *PhpFpmPoolConfig::pool(const QString &name) const
{
    for (const PhpFpmPool &p : m_pools) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const PhpFpmPool *PhpFpmPoolConfig::poolOfLog(const QString &name, const QString &logPath) const
{
    QList<const PhpFpmPool *> named;
    for (const PhpFpmPool &p : m_pools) {
        if (p.name == name)
            named << &p;
    }
    if (named.size() <= 1)
        return named.value(0, nullptr);
    for (const PhpFpmValue &g : m_globals) {
        if (g.key != QLatin1String("error_log") || g.value != logPath)
            continue;
        for (const PhpFpmPool *p : std::as_const(named)) {
            if (configRoot(p->file) == configRoot(g.file))
                return p;
        }
    }
    return nullptr;
}

const PhpFpmPool *PhpFpmPoolConfig::poolListeningOn(const QString &listen) const
{
    QString wanted = listen;
    if (wanted.startsWith(QLatin1String("unix:")))
        wanted = wanted.mid(5);
    for (const PhpFpmPool &p : m_pools) {
        if (p.listen() == wanted)
            return &p;
    }
    return nullptr;
}

} // namespace gd

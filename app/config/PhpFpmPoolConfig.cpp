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

PhpFpmPoolConfig PhpFpmPoolConfig::parse(const QString &path, const QString &text)
{
    PhpFpmPoolConfig config;
    config.addFile(path, text);
    return config;
}

void PhpFpmPoolConfig::addFile(const QString &path, const QString &text)
{
    int current = -1; // index: m_pools may reallocate as pools are added
    bool inGlobal = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype close = line.indexOf(QLatin1Char(']'));
            if (close < 0) {
                m_issues.append(
                    {ConfigIssue::Severity::Warning, path, lineNo, tr("A section header without \"]\".")});
                continue;
            }
            const QString name = line.mid(1, close - 1).trimmed();
            inGlobal = name == QLatin1String("global");
            current = -1;
            if (!inGlobal) {
                for (int p = 0; p < m_pools.size(); ++p) {
                    if (m_pools.at(p).name == name)
                        current = p;
                }
                if (current < 0) {
                    m_pools.append(PhpFpmPool{name, path, lineNo, {}});
                    current = int(m_pools.size()) - 1;
                }
            }
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
        QString value = line.mid(eq + 1).trimmed();
        if (value.startsWith(QLatin1Char('"'))) {
            const qsizetype close = value.indexOf(QLatin1Char('"'), 1);
            value = close < 0 ? value.mid(1) : value.mid(1, close - 1);
        } else if (value.startsWith(QLatin1Char('\''))) {
            const qsizetype close = value.indexOf(QLatin1Char('\''), 1);
            value = close < 0 ? value.mid(1) : value.mid(1, close - 1);
        } else {
            // Unquoted INI values end at an inline ';' comment.
            const qsizetype semicolon = value.indexOf(QLatin1Char(';'));
            if (semicolon >= 0)
                value = value.left(semicolon).trimmed();
        }
        v.value = value;
        if (v.key == QLatin1String("include")) {
            m_includes.append(v.value);
            continue;
        }
        if (current >= 0)
            m_pools[current].values.append(v);
        else
            m_globals.append(v); // [global], or before any section
    }
}

const PhpFpmPool *PhpFpmPoolConfig::pool(const QString &name) const
{
    for (const PhpFpmPool &p : m_pools) {
        if (p.name == name)
            return &p;
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

#pragma once

#include "app/config/ConfigError.h"

#include "app/config/ConfigIssue.h"
#include "app/config/NginxDirective.h"
#include "app/config/NginxFileSyntax.h"
#include "remote/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace gd {

// The whole nginx configuration as one tree: every file parsed (NginxTokenizer),
// `include`s resolved against the files we have, every directive keeping its own
// file:line. Included directives become siblings right after their `include`
// (which stays in the tree), exactly where nginx reads them.
//
// Never rejects: structural problems are issues() and the tree holds whatever
// could be parsed. Whether nginx accepts the config is nginx's call (`nginx -t`).
class NginxConfig
{
    Q_DECLARE_TR_FUNCTIONS(NginxConfig)
public:
    struct File
    {
        QString path; // absolute
        QString text;
    };

    NginxConfig() = default;

    // From the stdout of `nginx -T`: "# configuration file PATH:" + text, per file,
    // the main file first. Fails only when there is no such section at all.
    static Result<NginxConfig, ConfigError> fromDump(const QString &dump);
    // Files read one by one; the first is the main file. Includes resolve against
    // the files given; patterns that match none of them are listed in issues().
    static NginxConfig fromFiles(const QList<File> &files);
    // One file on its own: its includes stay unresolved.
    static NginxConfig fromText(const QString &path, const QString &text);

    QString mainFile() const { return m_files.isEmpty() ? QString() : m_files.first().path; }
    // Where relative include paths start: the directory of the main file, as in nginx.
    QString confPrefix() const;

    // Files in the order nginx read them (the dump's order).
    QStringList files() const;
    bool hasFile(const QString &path) const { return m_fileIndex.contains(path); }
    QString fileText(const QString &path) const;
    int lineCount(const QString &path) const;
    // The text of a 1-based line, without its line break; empty when out of range.
    QString lineText(const QString &path, int line) const;
    // Every include pattern, made absolute, in config order (duplicates removed).
    QStringList includeGlobs() const { return m_includeGlobs; }
    const QList<ConfigIssue> &issues() const { return m_issues; }

    int size() const { return int(m_directives.size()); }
    const NginxDirective &directive(int index) const { return m_directives[size_t(index)]; }
    QList<const NginxDirective *> rootDirectives() const { return children(nullptr); }
    // Direct children of a block (nullptr: the top level), included ones in place.
    QList<const NginxDirective *> children(const NginxDirective *block) const;
    QList<const NginxDirective *> children(const NginxDirective *block, const QString &name) const;
    const NginxDirective *firstChild(const NginxDirective *block, const QString &name) const;
    // The last one wins in nginx when a directive is repeated where that is allowed.
    const NginxDirective *lastChild(const NginxDirective *block, const QString &name) const;
    // Every directive with this name anywhere in the tree, in config order.
    QList<const NginxDirective *> find(const QString &name) const;

    const NginxDirective *parent(const NginxDirective &directive) const;
    // Innermost first: location, (location,) server, http.
    QList<const NginxDirective *> ancestors(const NginxDirective &directive) const;
    // The nearest enclosing block with that name ("server", "location", "http", ...).
    const NginxDirective *enclosing(const NginxDirective &directive, const QString &blockName) const;
    const NginxDirective *includedBy(const NginxDirective &directive) const;
    // "http > server (example.org) > location /api", for people.
    QString contextPath(const NginxDirective &directive) const;

    const NginxDirective *http() const;
    // The server blocks of http {} (not upstream's server lines, not stream's).
    QList<const NginxDirective *> servers() const;
    // Direct location children of a server or location block.
    QList<const NginxDirective *> locations(const NginxDirective &block) const;

private:
    struct Builder;
    void addIssue(const QString &file, int line, const QString &message,
                  ConfigIssue::Severity severity = ConfigIssue::Severity::Warning);

    QList<NginxFileSyntax> m_files;
    QHash<QString, int> m_fileIndex;
    std::vector<NginxDirective> m_directives;
    QList<int> m_topLevel;
    QStringList m_includeGlobs;
    QList<ConfigIssue> m_issues;
};

} // namespace gd

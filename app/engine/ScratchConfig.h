#pragma once

#include "app/model/FixAction.h"
#include "remote/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gd {

class NginxConfig;

// A copy of the config nginx runs, with a finding's edits applied, laid out in an
// empty directory on the same machine so that `nginx -t -c <copy>` tests exactly
// what nginx would load after the edits, and nothing of the live config changes.
//
// Why a copied tree with rewritten includes, not one flattened file: every
// directive keeps its own file and line, so nginx's message names the place the
// way the real `nginx -t` would (mapped back by toLivePaths), and no directive
// needs to be understood. Relative paths in nginx resolve against two roots: the
// prefix (-p: logs, pid, temp paths, load_module; kept, since the test runs with
// the running master's -p) and the conf prefix, the directory of the -c file
// (include, ssl_certificate, auth_basic_user_file, ...). So:
//   - the main file's directory D is mirrored as ROOT/conf (files outside D go to
//     ROOT/abs/<their absolute path>), every file nginx -T read is written there
//     from the diagnosis's own copy of its text, edited where the finding says;
//   - every `include` argument becomes the absolute scratch path of what it named
//     (globs too: `sites-enabled/*` matches the same names in the mirror), on the
//     same line, so line numbers stay nginx's;
//   - every other entry of a mirrored directory (certificates, htpasswd files,
//     directories no include reads) is a symlink to the live one (linksFor), so
//     relative file arguments resolve to the very files the live config uses.
class ScratchConfig
{
    Q_DECLARE_TR_FUNCTIONS(gd::ScratchConfig)
public:
    // `edits`: Edit actions on the config's files by their real paths (realPaths maps
    // each file as nginx -T names it to the real one). `root`: an empty directory.
    // Fails when an edit does not fit the text the diagnosis read.
    static Result<ScratchConfig, QString> build(const NginxConfig &config,
                                                const QMap<QString, QString> &realPaths,
                                                const QList<FixAction> &edits, const QString &root);

    const QString &root() const { return m_root; }
    const QString &mainFile() const { return m_mainFile; }
    // Scratch path -> the bytes to write there.
    const QMap<QString, QByteArray> &files() const { return m_files; }
    // Every directory to create, parents first.
    const QStringList &directories() const { return m_directories; }
    // The live directories whose entries are listed for linksFor().
    QStringList mirroredLiveDirectories() const { return m_mirrored.values(); }
    // From the live entries of those directories (absolute paths): per scratch
    // directory, the live paths to symlink into it (the ones the copy does not hold).
    QMap<QString, QStringList> linksFor(const QStringList &liveEntries) const;
    // nginx's words about the copy, with its paths turned back into the live ones.
    QString toLivePaths(const QString &text) const;

    // Edits on one file's text, bottom up so that an edit that adds lines moves none
    // of the others. Line N must read exactly the edit's old text; a "\r\n" file keeps
    // its endings (the edit cycle does the same on the live bytes: app/fixes/LineEdits).
    // Empty on success (`text` edited), else why the edits do not fit.
    static QString applyEdits(const QString &file, QString &text, QList<FixAction> edits);

    // The scratch path of a live path (a file or an include pattern).
    QString scratchPathOf(const QString &livePath) const;

private:
    QString m_root;
    QString m_confDir; // D, with its trailing '/'
    QString m_mainFile;
    QMap<QString, QByteArray> m_files;
    QStringList m_directories;
    QMap<QString, QString> m_mirrored; // scratch dir -> live dir
};

} // namespace gd

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

// One directive of an nginx config as nginx tokenizes it, with the place it was
// written. Instances live inside an NginxConfig, which links them into a tree by
// index (indexes stay valid for the config's lifetime; pointers from NginxConfig's
// accessors too, as long as the config is neither moved nor copied).
struct NginxDirective
{
    // Where a token is in its file's text: [begin, end) in characters, quotes included.
    struct Span
    {
        int begin = -1;
        int end = -1;
    };

    QString name;        // first token, unescaped ("proxy_pass", or a map key)
    QStringList args;    // the other tokens, unescaped and without their quotes
    QString file;        // absolute path of the file it is written in
    int line = 0;        // 1-based line of the first token
    int endLine = 0;     // line of the terminating ';' or of the block's '}'
    bool block = false;  // has a { } body
    QString rawBlock;    // body of *_by_lua_block, verbatim (not tokenized)
    int index = -1;      // position in NginxConfig::directive(i)
    int parent = -1;     // enclosing block directive, -1 at the top level
    int includedBy = -1; // the `include` that brought it in, -1 if written in place
    QList<int> children; // in config order; included directives follow their include
    // Character offsets in the file's text, for tools that rewrite the file (the fixes):
    // decode the bytes as Latin-1 and they are byte offsets. -1 when unknown.
    int begin = -1;       // first character of the name token (its quote, if quoted)
    int end = -1;         // just past the ';' or the block's '}'; -1 when not terminated
    int bodyBegin = -1;   // blocks: just past the '{'
    QList<Span> argSpans; // one per arg, the token as written (quotes included)

    QString arg(int i) const { return i >= 0 && i < args.size() ? args.at(i) : QString(); }
    // "file:line", the way nginx -t reports places.
    QString location() const { return QStringLiteral("%1:%2").arg(file).arg(line); }
    // "name arg1 arg2" (unquoted), for messages.
    QString text() const
    {
        return args.isEmpty() ? name : name + QLatin1Char(' ') + args.join(QLatin1Char(' '));
    }
};

} // namespace gd

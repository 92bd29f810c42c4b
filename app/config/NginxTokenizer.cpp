#include "app/config/NginxTokenizer.h"

#include <utility>

namespace gd {

namespace {

bool isSpace(ushort c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// nginx unescapes every word, quoted or not: \" \' \\ lose the backslash, \t \r \n
// become control characters, any other backslash stays.
QString unescape(const QChar *begin, const QChar *end)
{
    QString word;
    word.reserve(int(end - begin));
    for (const QChar *s = begin; s < end;) {
        if (s->unicode() == '\\' && s + 1 < end) {
            const ushort n = s[1].unicode();
            if (n == '"' || n == '\'' || n == '\\') {
                ++s;
            } else if (n == 't' || n == 'r' || n == 'n') {
                word.append(QLatin1Char(n == 't' ? '\t' : n == 'r' ? '\r' : '\n'));
                s += 2;
                continue;
            }
        }
        word.append(*s++);
    }
    return word;
}

class Tokenizer
{
public:
    Tokenizer(NginxFileSyntax &out) : m_out(out), m_p(out.text.constData()), m_end(m_p + out.text.size()) {}

    void run();

private:
    void issue(ConfigIssue::Severity severity, int line, const QString &message)
    {
        m_out.issues.append({severity, m_out.path, line, message});
    }
    // Called with m_p just past the ';' or '{' that ends the directive's head, or
    // with terminated = false when it has none (end of file, '}').
    int addDirective(bool block, int endLine, bool terminated = true);
    int pos() const { return int(m_p - m_out.text.constData()); }
    void appendWord(const QChar *begin, const QChar *end, int rawBegin, int rawEnd)
    {
        m_args.append(unescape(begin, end));
        m_spans.append({rawBegin, rawEnd});
    }
    void newline()
    {
        ++m_line;
        m_out.lineStarts.append(int(m_p - m_out.text.constData()));
    }

    // The states of ngx_conf_read_token(), one character `ch` at a time (m_p just past it).
    bool afterQuotedWord(ushort ch);
    void betweenWords(ushort ch);
    void headWithoutWord(ushort ch);
    void closeBlock();
    void inWord(ushort ch);
    void endWord(ushort ch);
    void atEndOfFile();
    void startBlock(int line);

    void skipLuaBlock(int directiveIndex);
    int longBracketLevel(const QChar *q) const;
    void skipLongBracket(int level);
    void skipLuaComment();
    void skipLuaString(ushort quote);

    NginxFileSyntax &m_out;
    const QChar *m_p;
    const QChar *m_end;
    int m_line = 1;
    QStringList m_args;
    QList<NginxDirective::Span> m_spans; // the raw extent of each of m_args
    int m_argsLine = 0;
    QList<int> m_stack; // open blocks

    // Where run() is (nginx's own flags).
    bool m_lastSpace = true, m_needSpace = false, m_sharpComment = false;
    bool m_quoted = false, m_dQuoted = false, m_sQuoted = false, m_variable = false;
    // The word being read.
    const QChar *m_wordStart = nullptr; // after its opening quote
    int m_wordRawStart = 0;             // the word's first character, its opening quote included
    int m_wordLine = 1;
};

int Tokenizer::addDirective(bool block, int endLine, bool terminated)
{
    NginxDirective d;
    d.name = m_args.isEmpty() ? QString() : m_args.takeFirst();
    d.args = m_args;
    if (!m_spans.isEmpty()) {
        d.begin = m_spans.takeFirst().begin;
        d.argSpans = m_spans;
    }
    if (block)
        d.bodyBegin = terminated ? pos() : -1;
    else if (terminated)
        d.end = pos();
    d.file = m_out.path;
    d.line = m_argsLine;
    d.endLine = endLine;
    d.block = block;
    d.index = int(m_out.directives.size());
    d.parent = m_stack.isEmpty() ? -1 : m_stack.last();
    if (d.parent < 0)
        m_out.topLevel.append(d.index);
    else
        m_out.directives[size_t(d.parent)].children.append(d.index);
    m_out.directives.push_back(std::move(d));
    m_args.clear();
    m_spans.clear();
    return int(m_out.directives.size()) - 1;
}

// The lua module reads the body of *_by_lua_block itself (Lua, not nginx syntax):
// skip balanced braces, minding Lua strings and comments, and keep the text.
void Tokenizer::skipLuaBlock(int directiveIndex)
{
    const QChar *start = m_p;
    const int startLine = m_line;
    int depth = 1;
    while (m_p < m_end) {
        const ushort c = m_p->unicode();
        if (c == '\n') {
            ++m_p;
            newline();
        } else if (c == '{') {
            ++depth;
            ++m_p;
        } else if (c == '}') {
            if (--depth == 0) {
                NginxDirective &d = m_out.directives[size_t(directiveIndex)];
                d.rawBlock = QString(start, int(m_p - start));
                d.endLine = m_line;
                ++m_p;
                d.end = pos();
                return;
            }
            ++m_p;
        } else if (c == '-' && m_p + 1 < m_end && m_p[1].unicode() == '-') {
            m_p += 2;
            skipLuaComment();
        } else if (c == '[' && longBracketLevel(m_p) >= 0) {
            const int level = longBracketLevel(m_p);
            m_p += level + 2;
            skipLongBracket(level);
        } else if (c == '"' || c == '\'') {
            ++m_p;
            skipLuaString(c);
        } else {
            ++m_p;
        }
    }
    m_p = m_end;
    issue(ConfigIssue::Severity::Error, startLine,
          NginxTokenizer::tr("The Lua block that starts here is not closed before the end of the file."));
}

// q at '[': "[[" → 0, "[==[" → 2; -1 when it opens no long bracket.
int Tokenizer::longBracketLevel(const QChar *q) const
{
    int level = 0;
    ++q;
    while (q < m_end && q->unicode() == '=') {
        ++level;
        ++q;
    }
    return q < m_end && q->unicode() == '[' ? level : -1;
}

// m_p just after the opening bracket: on past the closing one of the same level.
void Tokenizer::skipLongBracket(int level)
{
    const QString close = QLatin1Char(']') + QString(level, QLatin1Char('=')) + QLatin1Char(']');
    while (m_p < m_end) {
        if (m_p->unicode() == '\n') {
            ++m_p;
            newline();
            continue;
        }
        if (m_p->unicode() == ']' && m_end - m_p >= close.size() &&
            QString::fromRawData(m_p, int(close.size())) == close) {
            m_p += close.size();
            return;
        }
        ++m_p;
    }
}

// m_p just after "--": a long comment ("--[[ ... ]]") or one to the end of the line.
void Tokenizer::skipLuaComment()
{
    const int level = m_p < m_end && m_p->unicode() == '[' ? longBracketLevel(m_p) : -1;
    if (level >= 0) {
        m_p += level + 2;
        skipLongBracket(level);
    } else {
        while (m_p < m_end && m_p->unicode() != '\n')
            ++m_p;
    }
}

// m_p just after the opening quote.
void Tokenizer::skipLuaString(ushort quote)
{
    // Lua strings do not span lines (unless escaped): a stray quote in
    // the code must not swallow the rest of the file.
    while (m_p < m_end && m_p->unicode() != quote && m_p->unicode() != '\n') {
        if (m_p->unicode() == '\\' && m_p + 1 < m_end && m_p[1].unicode() != '\n')
            ++m_p;
        ++m_p;
    }
    if (m_p < m_end && m_p->unicode() == quote)
        ++m_p;
}

void Tokenizer::startBlock(int line)
{
    const bool lua = m_args.first().endsWith(QLatin1String("_by_lua_block"));
    const int index = addDirective(true, line);
    if (lua)
        skipLuaBlock(index);
    else
        m_stack.append(index);
}

void Tokenizer::run()
{
    m_out.lineStarts.append(0);
    m_wordStart = m_p;
    while (m_p < m_end) {
        const ushort ch = (m_p++)->unicode();
        if (ch == '\n') {
            newline();
            m_sharpComment = false;
        }
        if (m_sharpComment)
            continue;
        if (m_quoted) {
            m_quoted = false;
            continue;
        }
        if (m_needSpace && afterQuotedWord(ch))
            continue;
        if (m_lastSpace)
            betweenWords(ch);
        else
            inWord(ch);
    }
    atEndOfFile();
}

// Right after a closing quote only a space, ';', '{' or ')' may follow. True when
// `ch` is dealt with.
bool Tokenizer::afterQuotedWord(ushort ch)
{
    m_needSpace = false;
    m_lastSpace = true;
    if (isSpace(ch))
        return true;
    if (ch == ';') {
        addDirective(false, m_line);
        return true;
    }
    if (ch == '{') {
        startBlock(m_line);
        return true;
    }
    if (ch != ')') {
        // nginx: unexpected "x". Take it as the start of the next word.
        issue(ConfigIssue::Severity::Error, m_line,
              NginxTokenizer::tr("Unexpected \"%1\" right after a quoted string.").arg(QChar(ch)));
    }
    return false;
}

void Tokenizer::betweenWords(ushort ch)
{
    m_wordStart = m_p - 1;
    m_wordRawStart = pos() - 1;
    m_wordLine = m_line;
    if (isSpace(ch))
        return;
    switch (ch) {
    case ';':
    case '{':
        headWithoutWord(ch);
        return;
    case '}':
        closeBlock();
        return;
    case '#':
        m_sharpComment = true;
        return;
    case '\\':
        m_quoted = true;
        m_lastSpace = false;
        return;
    case '"':
        ++m_wordStart;
        m_dQuoted = true;
        m_lastSpace = false;
        return;
    case '\'':
        ++m_wordStart;
        m_sQuoted = true;
        m_lastSpace = false;
        return;
    case '$':
        m_variable = true;
        m_lastSpace = false;
        return;
    default:
        m_lastSpace = false;
    }
}

// A ';' or '{' after a space (or a quoted word): it ends the directive's head.
void Tokenizer::headWithoutWord(ushort ch)
{
    if (m_args.isEmpty()) {
        issue(ConfigIssue::Severity::Error, m_line,
              NginxTokenizer::tr("Unexpected \"%1\" without a directive name.").arg(QChar(ch)));
        if (ch == '{') { // keep the body's structure: an anonymous block
            m_argsLine = m_line;
            m_args.append(QString());
            m_spans.append({pos() - 1, pos() - 1});
            startBlock(m_line);
        }
        return;
    }
    if (ch == '{')
        startBlock(m_line);
    else
        addDirective(false, m_line);
}

void Tokenizer::closeBlock()
{
    if (!m_args.isEmpty()) {
        issue(ConfigIssue::Severity::Error, m_argsLine,
              NginxTokenizer::tr("The directive \"%1\" is not terminated by \";\".").arg(m_args.first()));
        addDirective(false, m_line, false);
    }
    if (m_stack.isEmpty()) {
        issue(ConfigIssue::Severity::Error, m_line, NginxTokenizer::tr("Unexpected \"}\"."));
    } else {
        m_out.directives[size_t(m_stack.last())].endLine = m_line;
        m_out.directives[size_t(m_stack.last())].end = pos();
        m_stack.removeLast();
    }
}

void Tokenizer::inWord(ushort ch)
{
    if (ch == '{' && m_variable)
        return; // "${name}": the brace belongs to the word
    m_variable = false;
    if (ch == '\\') {
        m_quoted = true;
        return;
    }
    if (ch == '$') {
        m_variable = true;
        return;
    }
    bool found = false;
    if (m_dQuoted) {
        if (ch == '"') {
            m_dQuoted = false;
            m_needSpace = true;
            found = true;
        }
    } else if (m_sQuoted) {
        if (ch == '\'') {
            m_sQuoted = false;
            m_needSpace = true;
            found = true;
        }
    } else if (isSpace(ch) || ch == ';' || ch == '{') {
        m_lastSpace = true;
        found = true;
    }
    if (found)
        endWord(ch);
}

// The word ends with `ch`: a closing quote, a space, ';' or '{'.
void Tokenizer::endWord(ushort ch)
{
    if (m_args.isEmpty())
        m_argsLine = m_wordLine;
    // A quoted word ends with its closing quote (consumed), a bare one
    // just before the space, ';' or '{' that ended it.
    appendWord(m_wordStart, m_p - 1, m_wordRawStart, m_needSpace ? pos() : pos() - 1);
    if (ch == ';')
        addDirective(false, m_line);
    else if (ch == '{')
        startBlock(m_line);
}

void Tokenizer::atEndOfFile()
{
    // A word still open (no trailing newline) ends here, as in nginx.
    if (!m_lastSpace && !m_dQuoted && !m_sQuoted) {
        if (m_args.isEmpty())
            m_argsLine = m_wordLine;
        appendWord(m_wordStart, m_p, m_wordRawStart, pos());
    } else if (m_dQuoted || m_sQuoted) {
        issue(ConfigIssue::Severity::Error, m_wordLine,
              NginxTokenizer::tr("A quoted string is not closed before the end of the file."));
        if (m_args.isEmpty())
            m_argsLine = m_wordLine;
        appendWord(m_wordStart, m_p, m_wordRawStart, pos());
    }
    if (!m_args.isEmpty()) {
        issue(
            ConfigIssue::Severity::Error, m_argsLine,
            NginxTokenizer::tr("The directive \"%1\" is not terminated by \";\" before the end of the file.")
                .arg(m_args.first()));
        addDirective(false, m_line, false);
    }
    for (int open : std::as_const(m_stack)) {
        issue(
            ConfigIssue::Severity::Error, m_out.directives[size_t(open)].line,
            NginxTokenizer::tr(
                "The block \"%1\" that starts here is not closed before the end of the file (missing \"}\").")
                .arg(m_out.directives[size_t(open)].name));
        m_out.directives[size_t(open)].endLine = m_line;
    }
}

} // namespace

NginxFileSyntax NginxTokenizer::parse(const QString &path, const QString &text)
{
    NginxFileSyntax out;
    out.path = path;
    out.text = text;
    Tokenizer(out).run();
    return out;
}

} // namespace gd

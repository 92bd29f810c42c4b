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
    void skipLuaBlock(int directiveIndex);
    void newline()
    {
        ++m_line;
        m_out.lineStarts.append(int(m_p - m_out.text.constData()));
    }

    NginxFileSyntax &m_out;
    const QChar *m_p;
    const QChar *m_end;
    int m_line = 1;
    QStringList m_args;
    QList<NginxDirective::Span> m_spans; // the raw extent of each of m_args
    int m_argsLine = 0;
    QList<int> m_stack; // open blocks
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
    auto longBracketLevel = [this](const QChar *q) -> int { // q at '[': "[[" → 0, "[==[" → 2
        int level = 0;
        ++q;
        while (q < m_end && q->unicode() == '=') {
            ++level;
            ++q;
        }
        return q < m_end && q->unicode() == '[' ? level : -1;
    };
    auto skipLongBracket = [this](int level) { // m_p just after the opening bracket
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
    };
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
            const int level = m_p < m_end && m_p->unicode() == '[' ? longBracketLevel(m_p) : -1;
            if (level >= 0) {
                m_p += level + 2;
                skipLongBracket(level);
            } else {
                while (m_p < m_end && m_p->unicode() != '\n')
                    ++m_p;
            }
        } else if (c == '[' && longBracketLevel(m_p) >= 0) {
            const int level = longBracketLevel(m_p);
            m_p += level + 2;
            skipLongBracket(level);
        } else if (c == '"' || c == '\'') {
            ++m_p;
            // Lua strings do not span lines (unless escaped): a stray quote in
            // the code must not swallow the rest of the file.
            while (m_p < m_end && m_p->unicode() != c && m_p->unicode() != '\n') {
                if (m_p->unicode() == '\\' && m_p + 1 < m_end && m_p[1].unicode() != '\n')
                    ++m_p;
                ++m_p;
            }
            if (m_p < m_end && m_p->unicode() == c)
                ++m_p;
        } else {
            ++m_p;
        }
    }
    m_p = m_end;
    issue(ConfigIssue::Severity::Error, startLine,
          NginxTokenizer::tr("The Lua block that starts here is not closed before the end of the file."));
}

void Tokenizer::run()
{
    m_out.lineStarts.append(0);
    bool lastSpace = true, needSpace = false, sharpComment = false;
    bool quoted = false, dQuoted = false, sQuoted = false, variable = false;
    const QChar *start = m_p;
    int rawStart = 0; // the word's first character, its opening quote included
    int startLine = 1;

    auto startBlock = [&](int line) {
        const bool lua = m_args.first().endsWith(QLatin1String("_by_lua_block"));
        const int index = addDirective(true, line);
        if (lua)
            skipLuaBlock(index);
        else
            m_stack.append(index);
    };

    while (m_p < m_end) {
        const ushort ch = (m_p++)->unicode();
        if (ch == '\n') {
            newline();
            sharpComment = false;
        }
        if (sharpComment)
            continue;
        if (quoted) {
            quoted = false;
            continue;
        }
        if (needSpace) {
            if (isSpace(ch)) {
                lastSpace = true;
                needSpace = false;
                continue;
            }
            if (ch == ';') {
                addDirective(false, m_line);
                needSpace = false;
                lastSpace = true;
                continue;
            }
            if (ch == '{') {
                startBlock(m_line);
                needSpace = false;
                lastSpace = true;
                continue;
            }
            if (ch == ')') {
                lastSpace = true;
                needSpace = false;
            } else {
                // nginx: unexpected "x". Take it as the start of the next word.
                issue(ConfigIssue::Severity::Error, m_line,
                      NginxTokenizer::tr("Unexpected \"%1\" right after a quoted string.").arg(QChar(ch)));
                needSpace = false;
                lastSpace = true;
            }
        }
        if (lastSpace) {
            start = m_p - 1;
            rawStart = pos() - 1;
            startLine = m_line;
            if (isSpace(ch))
                continue;
            switch (ch) {
            case ';':
            case '{':
                if (m_args.isEmpty()) {
                    issue(ConfigIssue::Severity::Error, m_line,
                          NginxTokenizer::tr("Unexpected \"%1\" without a directive name.").arg(QChar(ch)));
                    if (ch == '{') { // keep the body's structure: an anonymous block
                        m_argsLine = m_line;
                        m_args.append(QString());
                        m_spans.append({pos() - 1, pos() - 1});
                        startBlock(m_line);
                    }
                    continue;
                }
                if (ch == '{')
                    startBlock(m_line);
                else
                    addDirective(false, m_line);
                continue;
            case '}':
                if (!m_args.isEmpty()) {
                    issue(ConfigIssue::Severity::Error, m_argsLine,
                          NginxTokenizer::tr("The directive \"%1\" is not terminated by \";\".")
                              .arg(m_args.first()));
                    addDirective(false, m_line, false);
                }
                if (m_stack.isEmpty()) {
                    issue(ConfigIssue::Severity::Error, m_line, NginxTokenizer::tr("Unexpected \"}\"."));
                } else {
                    m_out.directives[size_t(m_stack.last())].endLine = m_line;
                    m_out.directives[size_t(m_stack.last())].end = pos();
                    m_stack.removeLast();
                }
                continue;
            case '#':
                sharpComment = true;
                continue;
            case '\\':
                quoted = true;
                lastSpace = false;
                continue;
            case '"':
                ++start;
                dQuoted = true;
                lastSpace = false;
                continue;
            case '\'':
                ++start;
                sQuoted = true;
                lastSpace = false;
                continue;
            case '$':
                variable = true;
                lastSpace = false;
                continue;
            default:
                lastSpace = false;
            }
        } else {
            if (ch == '{' && variable)
                continue; // "${name}": the brace belongs to the word
            variable = false;
            if (ch == '\\') {
                quoted = true;
                continue;
            }
            if (ch == '$') {
                variable = true;
                continue;
            }
            bool found = false;
            if (dQuoted) {
                if (ch == '"') {
                    dQuoted = false;
                    needSpace = true;
                    found = true;
                }
            } else if (sQuoted) {
                if (ch == '\'') {
                    sQuoted = false;
                    needSpace = true;
                    found = true;
                }
            } else if (isSpace(ch) || ch == ';' || ch == '{') {
                lastSpace = true;
                found = true;
            }
            if (found) {
                if (m_args.isEmpty())
                    m_argsLine = startLine;
                // A quoted word ends with its closing quote (consumed), a bare one
                // just before the space, ';' or '{' that ended it.
                appendWord(start, m_p - 1, rawStart, needSpace ? pos() : pos() - 1);
                if (ch == ';')
                    addDirective(false, m_line);
                else if (ch == '{')
                    startBlock(m_line);
            }
        }
    }

    // End of file: a word still open (no trailing newline) ends here, as in nginx.
    if (!lastSpace && !dQuoted && !sQuoted) {
        if (m_args.isEmpty())
            m_argsLine = startLine;
        appendWord(start, m_p, rawStart, pos());
    } else if (dQuoted || sQuoted) {
        issue(ConfigIssue::Severity::Error, startLine,
              NginxTokenizer::tr("A quoted string is not closed before the end of the file."));
        if (m_args.isEmpty())
            m_argsLine = startLine;
        appendWord(start, m_p, rawStart, pos());
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

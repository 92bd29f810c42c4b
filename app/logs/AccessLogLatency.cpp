#include "app/logs/AccessLogLatency.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace gd {

namespace {

using sv = std::string_view;

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Numbers of "0.001, 60.002 : 0.5" or "502, 504"; "-" entries are skipped. Returns how many.
template <typename F> int forEachNumber(sv text, F &&f)
{
    int n = 0;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == ':'))
            ++i;
        const size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != ',' && text[i] != ':')
            ++i;
        const sv item = text.substr(start, i - start);
        if (item.empty() || item == "-")
            continue;
        char buffer[32];
        const size_t len = std::min(item.size(), sizeof buffer - 1);
        std::memcpy(buffer, item.data(), len);
        buffer[len] = '\0';
        char *endp = nullptr;
        const double v = std::strtod(buffer, &endp);
        if (endp == buffer + len) {
            f(v);
            ++n;
        }
    }
    return n;
}

} // namespace

QString AccessLogLatency::combinedFormat()
{
    return QStringLiteral("$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent "
                          "\"$http_referer\" \"$http_user_agent\"");
}

AccessLogLatency::AccessLogLatency(const QString &formatText)
{
    const QString chosen =
        formatText.isEmpty() || formatText == QLatin1String("combined") ? combinedFormat() : formatText;
    const std::string format = chosen.toStdString();
    std::string literal;
    for (size_t i = 0; i < format.size();) {
        if (format[i] == '$') {
            size_t j = i + 1;
            std::string name;
            if (j < format.size() && format[j] == '{') {
                const size_t close = format.find('}', j);
                if (close == std::string::npos)
                    break;
                name = format.substr(j + 1, close - j - 1);
                j = close + 1;
            } else {
                while (j < format.size() && isNameChar(format[j]))
                    ++j;
                name = format.substr(i + 1, j - i - 1);
            }
            if (!literal.empty())
                m_tokens.push_back({false, literal});
            literal.clear();
            m_tokens.push_back({true, name});
            i = j;
        } else {
            literal.push_back(format[i]);
            ++i;
        }
    }
    if (!literal.empty())
        m_tokens.push_back({false, literal});
}

bool AccessLogLatency::hasVariable(const QString &name) const
{
    const std::string wanted = name.toStdString();
    return std::any_of(m_tokens.begin(), m_tokens.end(),
                       [&](const Token &t) { return t.variable && t.text == wanted; });
}

std::optional<AccessLogLatency::Entry> AccessLogLatency::parseLine(const char *data, qsizetype size) const
{
    if (size > 0 && data[size - 1] == '\r')
        --size;
    const sv line(data, size_t(size));
    Entry entry;
    bool haveStatus = false;
    size_t p = 0;
    for (size_t t = 0; t < m_tokens.size(); ++t) {
        const Token &token = m_tokens[t];
        if (!token.variable) {
            if (line.compare(p, token.text.size(), token.text) != 0)
                return std::nullopt;
            p += token.text.size();
            continue;
        }
        // A variable runs to the next literal, or to the next space when another variable
        // follows directly, or to the end of the line.
        size_t end = line.size();
        if (t + 1 < m_tokens.size()) {
            const Token &next = m_tokens[t + 1];
            end = next.variable ? line.find(' ', p) : line.find(next.text, p);
            if (end == sv::npos)
                return std::nullopt;
        }
        const sv value = line.substr(p, end - p);
        p = end;
        if (token.text == "status") {
            int status = 0;
            // An HTTP status has three digits; a longer number is not one (and would overflow).
            if (value.size() > 3)
                return std::nullopt;
            for (char c : value) {
                if (c < '0' || c > '9')
                    return std::nullopt;
                status = status * 10 + (c - '0');
            }
            entry.status = status;
            haveStatus = !value.empty();
        } else if (token.text == "upstream_response_time") {
            double sum = 0;
            if (forEachNumber(value, [&](double v) { sum += v; }) > 0)
                entry.upstreamTime = sum;
        } else if (token.text == "request_time") {
            forEachNumber(value, [&](double v) { entry.requestTime = v; });
        } else if (token.text == "upstream_status") {
            forEachNumber(value, [&](double v) { entry.upstreamStatuses.append(int(v)); });
        } else if (token.text == "upstream_addr") {
            entry.upstreamAddress = QByteArray(value.data(), qsizetype(value.size()));
        }
    }
    if (p != line.size() || (hasVariable(QStringLiteral("status")) && !haveStatus))
        return std::nullopt;
    return entry;
}

void AccessLogLatency::addLine(const char *line, qsizetype size)
{
    ++m_lines;
    const std::optional<Entry> entry = parseLine(line, size);
    if (!entry) {
        ++m_unparsed;
        return;
    }
    if (entry->status == 502)
        ++m_502;
    else if (entry->status == 504)
        ++m_504;
    if (entry->upstreamTime)
        m_times.push_back(*entry->upstreamTime);
}

void AccessLogLatency::addData(const QByteArray &data)
{
    const char *p = data.constData();
    const char *end = p + data.size();
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        if (lineEnd > p)
            addLine(p, lineEnd - p);
        p = nl ? nl + 1 : end;
    }
}

std::optional<double> AccessLogLatency::percentile(double pct) const
{
    if (m_times.empty())
        return std::nullopt;
    std::vector<double> sorted = m_times;
    const size_t rank = size_t(std::max(1.0, std::ceil(pct / 100.0 * double(sorted.size())))) - 1;
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(rank), sorted.end());
    return sorted[rank];
}

std::optional<double> AccessLogLatency::maximum() const
{
    if (m_times.empty())
        return std::nullopt;
    return *std::max_element(m_times.begin(), m_times.end());
}

} // namespace gd

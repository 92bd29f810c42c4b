#include "ui/log/ErrorLogModel.h"

#include "app/logs/ErrorLogLine.h"
#include "remote/ByteText.h"

namespace gd {

namespace {
// Past this a line is cut for display: a view row is not a place for a 1 MB line.
constexpr qsizetype kMaxDisplayBytes = 2000;
} // namespace

ErrorLogModel::ErrorLogModel(QObject *parent) : QAbstractListModel(parent)
{
}

void ErrorLogModel::setLog(const QByteArray &data, ErrorLogIndex index)
{
    beginResetModel();
    m_data = data;
    m_index = std::move(index);
    m_filter.clear();
    m_rows.clear();
    endResetModel();
    emit groupsChanged();
}

void ErrorLogModel::appendData(const QByteArray &more)
{
    if (more.isEmpty())
        return;
    const int oldLines = m_index.lineCount();
    m_data.append(more);
    const int first = m_index.append(m_data);
    const int lines = m_index.lineCount();
    if (lines == oldLines)
        return;
    if (m_filter.isEmpty()) {
        beginInsertRows(QModelIndex(), first, lines - 1);
        endInsertRows();
    } else if (const ErrorLogIndex::Group *g = m_index.group(m_filter)) {
        std::vector<int> added;
        for (auto it = g->rows.rbegin(); it != g->rows.rend() && *it >= first; ++it)
            added.insert(added.begin(), *it);
        if (!added.empty()) {
            beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
            m_rows.insert(m_rows.end(), added.begin(), added.end());
            endInsertRows();
        }
    }
    emit groupsChanged();
}

void ErrorLogModel::setGroupFilter(const QString &key)
{
    beginResetModel();
    m_filter = key;
    m_rows.clear();
    if (!key.isEmpty()) {
        if (const ErrorLogIndex::Group *g = m_index.group(key))
            m_rows = g->rows;
    }
    endResetModel();
}

int ErrorLogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_filter.isEmpty() ? m_index.lineCount() : int(m_rows.size());
}

QVariant ErrorLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int line = lineOf(index.row());
    const QByteArray bytes = m_index.line(m_data, line);
    const QByteArray shown = bytes.left(kMaxDisplayBytes);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return utf8Text(shown);
    case Qt::ToolTipRole:
        return bytes.size() > kMaxDisplayBytes ? tr("Line cut for display (%1 bytes)").arg(bytes.size())
                                               : QVariant();
    case LevelRole: {
        const std::optional<ErrorLogLine> parsed = ErrorLogLine::parse(bytes.constData(), bytes.size());
        return parsed ? int(parsed->level()) : -1;
    }
    case MatchStartRole:
    case MatchLengthRole:
    case FailureRole: {
        ErrorLogIndex::Group describe;
        TextSpan match;
        const QString key =
            ErrorLogIndex::keyOf(m_index.format(), bytes.constData(), bytes.size(), &describe, &match);
        if (role == FailureRole)
            return !key.isEmpty() && describe.verdict == LineVerdict::Failure;
        if (key.isEmpty() || !match.isValid() || match.offset >= shown.size())
            return role == MatchStartRole ? -1 : 0;
        // Byte offsets to QString offsets (the line may hold UTF-8 from clients).
        const int start = int(utf8Text(shown.left(match.offset)).size());
        if (role == MatchStartRole)
            return start;
        return int(utf8Text(shown.mid(match.offset, match.length)).size());
    }
    default:
        return {};
    }
}

} // namespace gd

#pragma once

#include "ui/log/ErrorLogIndex.h"

#include <QAbstractListModel>
#include <QByteArray>

namespace gd {

// The lines of an error-log tail as a list model: a row is decoded only when the
// view asks for it, so a 10 MiB tail costs one index, not 80 000 strings. A group
// filter shows only that group's lines; appended bytes (follow) extend both.
class ErrorLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        LevelRole = Qt::UserRole + 1, // int: LogLevel, -1 when not an nginx line
        MatchStartRole,               // int: start of the part that matters (in the display text), -1 none
        MatchLengthRole,
        FailureRole, // bool: the line is an upstream failure
    };

    explicit ErrorLogModel(QObject *parent = nullptr);

    void setLog(const QByteArray &data, ErrorLogIndex index);
    // Bytes written after what the model has (whole or partial lines).
    void appendData(const QByteArray &more);
    // Empty: every line.
    void setGroupFilter(const QString &key);
    QString groupFilter() const { return m_filter; }
    const ErrorLogIndex &logIndex() const { return m_index; }
    int totalLines() const { return m_index.lineCount(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void groupsChanged();

private:
    int lineOf(int row) const { return m_filter.isEmpty() ? row : m_rows[size_t(row)]; }

    QByteArray m_data;
    ErrorLogIndex m_index;
    QString m_filter;
    std::vector<int> m_rows;
};

} // namespace gd

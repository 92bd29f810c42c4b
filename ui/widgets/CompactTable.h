#pragma once

#include <QTableWidget>

namespace gd {

// A read-only table that is as tall as its rows (up to a limit) instead of
// scrolling inside the page's own scroll area; the last column stretches.
class CompactTable : public QTableWidget
{
    Q_OBJECT
public:
    CompactTable(const QStringList &headers, QWidget *parent = nullptr);
    void fitHeight(int maxHeight);
};

} // namespace gd

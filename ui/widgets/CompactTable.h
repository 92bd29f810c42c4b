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
    // As tall as the rows, at most maxHeight; kept so when columns resize (wrapped
    // cells change height with their column's width).
    void fitHeight(int maxHeight);

private:
    int m_maxHeight = 0;
};

} // namespace gd

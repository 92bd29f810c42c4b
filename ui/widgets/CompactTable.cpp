#include "ui/widgets/CompactTable.h"

#include <QHeaderView>

namespace gd {

CompactTable::CompactTable(const QStringList &headers, QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    for (int c = 0; c + 1 < headers.size(); ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_maxHeight > 0)
            fitHeight(m_maxHeight);
    });
}

void CompactTable::fitHeight(int maxHeight)
{
    m_maxHeight = maxHeight;
    resizeRowsToContents();
    int height = horizontalHeader()->height() + 2 * frameWidth() + 2;
    for (int r = 0; r < rowCount(); ++r)
        height += rowHeight(r);
    setFixedHeight(qMin(height, maxHeight));
}

} // namespace gd

#pragma once

#include <QStyledItemDelegate>

namespace gd {

// Paints one log line: a strip in the colour of its level, the text in a fixed
// font, and our mark on the part the classifier matched. One line a row, so the
// view can use uniform row heights and stay fast however long the log is.
class ErrorLogDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gd

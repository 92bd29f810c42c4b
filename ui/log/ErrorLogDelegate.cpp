#include "ui/log/ErrorLogDelegate.h"

#include "app/logs/ErrorLogLine.h"
#include "ui/highlight/LineMarks.h"
#include "ui/log/ErrorLogModel.h"
#include "ui/widgets/StatusIcon.h"

#include <QApplication>
#include <QPainter>

namespace gd {

void ErrorLogDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const int level = index.data(ErrorLogModel::LevelRole).toInt();
    QColor strip = Qt::transparent;
    if (level >= int(LogLevel::Error))
        strip = StatusIcon::colour(CheckStatus::Fail, opt.palette);
    else if (level == int(LogLevel::Warn))
        strip = StatusIcon::colour(CheckStatus::Warn, opt.palette);
    painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), 4, opt.rect.height()), strip);

    const QRect textRect = opt.rect.adjusted(8, 0, -2, 0);
    const QFontMetrics fm(opt.font);
    const int start = index.data(ErrorLogModel::MatchStartRole).toInt();
    const int length = index.data(ErrorLogModel::MatchLengthRole).toInt();
    if (start >= 0 && length > 0) {
        const int x = textRect.left() + fm.horizontalAdvance(text.left(start));
        const int w = fm.horizontalAdvance(text.mid(start, length));
        painter->fillRect(QRect(x, textRect.top() + 1, w, textRect.height() - 2),
                          LineMarks::spanColour(opt.palette));
    }
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, text);
    painter->restore();
}

QSize ErrorLogDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    // The width of a long line: enough for horizontal scrolling without measuring each row.
    return {fm.horizontalAdvance(QLatin1Char('x')) * 260, fm.height() + 4};
}

} // namespace gd

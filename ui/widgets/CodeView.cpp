#include "ui/widgets/CodeView.h"

#include "ui/highlight/LineMarks.h"
#include "ui/highlight/SyntaxTheme.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QtMath>

namespace gd {

class CodeViewGutter : public QWidget
{
public:
    explicit CodeViewGutter(CodeView *view) : QWidget(view), m_view(view) {}
    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }

private:
    CodeView *m_view;
};

CodeView::CodeView(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new CodeViewGutter(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeView::setCode(const QString &text, int firstLine, const QString &definition)
{
    m_firstLine = qMax(1, firstLine);
    m_definition = definition;
    setPlainText(text);
    delete m_highlighter;
    m_highlighter = SyntaxTheme::attach(document(), definition, palette());
    setViewportMargins(gutterWidth(), 0, 0, 0);
    applyMarks();
}

void CodeView::setMarks(const QList<LineMark> &marks)
{
    m_marks = marks;
    applyMarks();
}

void CodeView::applyMarks()
{
    setExtraSelections(LineMarks::selections(document(), m_marks, m_firstLine, palette()));
}

void CodeView::centerOnLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - m_firstLine);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
}

void CodeView::fitToContent(int maxLines)
{
    m_fitLines = maxLines;
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &CodeView::fit);
    fit();
}

void CodeView::fit()
{
    if (m_fitLines <= 0)
        return;
    // The pixel height of the laid-out blocks (Qt 5 and 6 differ in line leading,
    // so lines * lineSpacing is not exact), up to m_fitLines visual lines.
    qreal height = 0;
    int lines = 0;
    bool more = false;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        const int blockLines = block.layout() ? qMax(1, block.layout()->lineCount()) : 1;
        const qreal blockHeight = blockBoundingRect(block).height();
        if (lines + blockLines > m_fitLines) {
            height += blockHeight * (m_fitLines - lines) / blockLines;
            more = true;
            break;
        }
        height += blockHeight;
        lines += blockLines;
    }
    setVerticalScrollBarPolicy(more ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    setFixedHeight(qCeil(height) + 2 * frameWidth() + int(document()->documentMargin() * 2) + 2);
}

void CodeView::setLineNumbersVisible(bool visible)
{
    m_numbers = visible;
    m_gutter->setVisible(visible);
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int CodeView::gutterWidth() const
{
    if (!m_numbers)
        return 0;
    const int last = m_firstLine + qMax(1, blockCount()) - 1;
    return 12 + fontMetrics().horizontalAdvance(QString::number(last));
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    // Wrapped lines re-flow with the width: keep the height of the content.
    if (m_fitLines > 0)
        QTimer::singleShot(0, this, &CodeView::fit);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Light/dark switch: the highlighting theme and our marks follow the palette.
    if (event->type() == QEvent::PaletteChange) {
        delete m_highlighter;
        m_highlighter = SyntaxTheme::attach(document(), m_definition, palette());
        applyMarks();
    }
}

void CodeView::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QColor numberColour = palette().color(QPalette::Text);
    numberColour.setAlphaF(0.55);
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + m_firstLine;
            const bool marked = std::any_of(m_marks.begin(), m_marks.end(),
                                            [&](const LineMark &m) { return m.line == line && m.strong; });
            QFont f = font();
            f.setBold(marked);
            p.setFont(f);
            p.setPen(marked ? palette().color(QPalette::Text) : numberColour);
            p.drawText(0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight,
                       QString::number(line));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace gd

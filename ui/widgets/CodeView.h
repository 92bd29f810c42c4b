#pragma once

#include <QList>
#include <QPlainTextEdit>

namespace gd {

// A part of the product's own marking: a whole line tinted, and optionally the
// span in it that matters. Lines are 1-based file lines (see CodeView::firstLine).
struct LineMark
{
    int line = 0;
    int spanStart = -1; // offset in the line; -1: the line only
    int spanLength = 0;
    bool strong = true; // the line that matters (vs. context such as its location)
};

// Read-only text of a file or an excerpt: monospaced, with file line numbers in a
// gutter, token colours by KSyntaxHighlighting when a definition is given and the
// library is there, and our marks on top (extra selections, so they never fight
// with the highlighter's formats).
class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);

    // `firstLine`: the file line number of the text's first line (1 for a whole file).
    void setCode(const QString &text, int firstLine = 1, const QString &definition = QString());
    void setMarks(const QList<LineMark> &marks);
    const QList<LineMark> &marks() const { return m_marks; }
    int firstLine() const { return m_firstLine; }
    // Scrolls so that this file line is in the middle.
    void centerOnLine(int line);
    // Short excerpts: wrap long lines and keep the height of the content (up to
    // maxLines visual lines), so there is neither a scroll bar nor empty space.
    void fitToContent(int maxLines);
    // Excerpts that are not file lines (command output, a log sample) show no numbers.
    void setLineNumbersVisible(bool visible);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class CodeViewGutter;
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    void applyMarks();
    void fit();

    QWidget *m_gutter;
    int m_firstLine = 1;
    QString m_definition;
    QObject *m_highlighter = nullptr;
    QList<LineMark> m_marks;
    int m_fitLines = 0;
    bool m_numbers = true;
};

} // namespace gd

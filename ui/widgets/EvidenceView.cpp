#include "ui/widgets/EvidenceView.h"

#include "ui/highlight/SyntaxTheme.h"
#include "ui/widgets/CodeView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gd {

LineMark EvidenceView::markOf(const Evidence &e, int firstLine)
{
    LineMark mark;
    mark.line = firstLine;
    if (e.spanStart < 0 || e.spanLength <= 0) {
        // No span: a one-line excerpt is the line that matters; in a block (a
        // command's whole output) no line is singled out.
        if (e.excerpt.contains(QLatin1Char('\n')))
            mark.line = 0;
        return mark;
    }
    // Offsets are into the whole excerpt; marks are per line.
    const QString before = e.excerpt.left(e.spanStart);
    const int newlines = int(before.count(QLatin1Char('\n')));
    mark.line = firstLine + newlines;
    mark.spanStart = e.spanStart - int(before.lastIndexOf(QLatin1Char('\n'))) - 1;
    mark.spanLength = e.spanLength;
    return mark;
}

EvidenceView::EvidenceView(const Evidence &evidence, QWidget *parent)
    : QWidget(parent), m_evidence(evidence), m_code(new CodeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *header = new QHBoxLayout;
    auto *source = new QLabel(QStringLiteral("<small>%1</small>").arg(evidence.source.toHtmlEscaped()), this);
    header->addWidget(source);
    if (!evidence.file.isEmpty()) {
        // A link, so it is reachable with Tab and opens with Enter as well as a click.
        auto *where = new QLabel(
            QStringLiteral("<small><a href=\"#\">%1</a></small>").arg(evidence.location().toHtmlEscaped()),
            this);
        where->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        where->setToolTip(tr("Open the file around this line"));
        where->setAccessibleName(tr("Open %1").arg(evidence.location()));
        connect(where, &QLabel::linkActivated, this, [this] { emit locationActivated(m_evidence); });
        header->addWidget(where);
    } else if (!evidence.command.isEmpty()) {
        // The whole command is on the check's command list; here it only says where the text comes from.
        auto *cmd = new QLabel(this);
        cmd->setText(
            QStringLiteral("<small><tt>%1</tt></small>").arg(evidence.command.left(300).toHtmlEscaped()));
        cmd->setToolTip(evidence.command);
        cmd->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        source->hide();
        header->addWidget(cmd, 1);
    }
    header->addStretch();
    layout->addLayout(header);

    const int first = evidence.line > 0 ? evidence.line : 1;
    m_code->setCode(evidence.excerpt, first, SyntaxTheme::definitionForSource(evidence.source));
    m_code->setMarks({markOf(evidence, first)});
    m_code->setAccessibleName(
        tr("Evidence from %1").arg(evidence.location().isEmpty() ? evidence.source : evidence.location()));
    // Numbers only where the excerpt is the file's own text: an nginx -t message
    // points at a config line but is not that line.
    m_code->setLineNumbersVisible(evidence.line > 0 && evidence.source == QLatin1String("config"));
    m_code->fitToContent(10);
    layout->addWidget(m_code);
}

} // namespace gd

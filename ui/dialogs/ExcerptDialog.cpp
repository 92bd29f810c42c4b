#include "ui/dialogs/ExcerptDialog.h"

#include "ui/highlight/SyntaxTheme.h"
#include "ui/session/SourceLookup.h"
#include "ui/widgets/CodeView.h"
#include "ui/widgets/EvidenceView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace gd {

ExcerptDialog::ExcerptDialog(const Diagnosis *diagnosis, const Evidence &evidence, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("excerptDialog"));
    setWindowTitle(evidence.location());
    auto *layout = new QVBoxLayout(this);
    auto *code = new CodeView(this);
    code->setObjectName(QStringLiteral("excerpt"));
    const SourceLookup::Source source = SourceLookup::find(diagnosis, evidence.file);
    auto *note = new QLabel(this);
    note->setWordWrap(true);
    int line = evidence.line;
    if (source.known && !source.partial) {
        code->setCode(source.text, 1, SyntaxTheme::definitionForSource(evidence.source));
    } else if (source.known) {
        // A log's tail: find the evidence line in it rather than trusting numbers.
        code->setCode(source.text, 1);
        const int at = int(source.text.indexOf(evidence.excerpt.section(QLatin1Char('\n'), 0, 0)));
        line = at >= 0 ? int(source.text.left(at).count(QLatin1Char('\n'))) + 1 : 0;
        note->setText(
            tr("The end of %1 as read by the diagnosis; line numbers count from there.").arg(evidence.file));
    } else {
        code->setCode(evidence.excerpt, qMax(1, evidence.line),
                      SyntaxTheme::definitionForSource(evidence.source));
        line = qMax(1, evidence.line);
        note->setText(tr("Only this excerpt of %1 was read.").arg(evidence.file));
    }
    if (!note->text().isEmpty())
        layout->addWidget(note);
    if (line > 0) {
        Evidence shifted = evidence;
        LineMark mark = EvidenceView::markOf(shifted, line);
        if (source.known && evidence.excerpt.contains(QLatin1Char('\n')))
            mark = LineMark{line, -1, 0, true};
        code->setMarks({mark});
        QTimer::singleShot(0, code, [code, line] { code->centerOnLine(line); });
    }
    code->setAccessibleName(evidence.location());
    layout->addWidget(code, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace gd

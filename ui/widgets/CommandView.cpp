#include "ui/widgets/CommandView.h"

#include "ui/widgets/CodeView.h"
#include "ui/widgets/Collapsible.h"
#include "ui/widgets/StatusIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace gd {

CommandView::CommandView(const CommandRecord &command, QWidget *parent) : QWidget(parent), m_command(command)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    // A long command line (curl's -w format) has words longer than the page: it
    // wraps anywhere, in a read-only view that keeps the exact text for copying.
    auto *line = new CodeView(this);
    line->setCode(QStringLiteral("$ ") + command.commandLine);
    line->setLineNumbersVisible(false);
    line->fitToContent(6);
    line->setFrameShape(QFrame::NoFrame);
    line->setBackgroundRole(QPalette::Window);
    line->viewport()->setAutoFillBackground(false);
    line->setAccessibleName(tr("Command"));
    row->addWidget(line, 1);

    QString outcome;
    CheckStatus tone = CheckStatus::Pass;
    if (!command.error.isEmpty()) {
        outcome = command.error;
        tone = CheckStatus::Error;
    } else {
        outcome = tr("exit %1 · %2 ms").arg(command.exitCode).arg(command.durationMs);
        tone = command.exitCode == 0 ? CheckStatus::Skipped : CheckStatus::Warn;
    }
    auto *end = new QLabel(QStringLiteral("<small>%1</small>").arg(outcome.toHtmlEscaped()), this);
    QPalette p = end->palette();
    p.setColor(QPalette::WindowText, StatusIcon::colour(tone, palette()));
    end->setPalette(p);
    row->addWidget(end);

    auto *copy = new QToolButton(this);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the command line"));
    copy->setAccessibleName(tr("Copy the command line"));
    copy->setAutoRaise(true);
    connect(copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_command.commandLine); });
    row->addWidget(copy);
    layout->addLayout(row);

    if (!command.output.isEmpty()) {
        auto *output = new QPlainTextEdit;
        output->setReadOnly(true);
        output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        output->setLineWrapMode(QPlainTextEdit::NoWrap);
        output->setPlainText(command.output);
        output->setAccessibleName(tr("Output of %1").arg(command.commandLine.left(60)));
        const int lines = qBound(2, int(command.output.count(QLatin1Char('\n'))) + 1, 14);
        output->setFixedHeight(lines * output->fontMetrics().lineSpacing() + 24);
        auto *section = new Collapsible(
            tr("Output (%n line(s))", nullptr, int(command.output.count(QLatin1Char('\n'))) + 1), output,
            this);
        layout->addWidget(section);
    }
}

} // namespace gd

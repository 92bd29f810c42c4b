#include "ui/widgets/ChangeCard.h"

#include "ui/session/FixJournal.h"
#include "ui/widgets/CodeView.h"
#include "ui/widgets/Collapsible.h"
#include "ui/widgets/StatusBadge.h"
#include "ui/widgets/StatusIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace gd {

ChangeCard::ChangeCard(const ChangeRecord &r, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    auto *head = new QHBoxLayout;
    auto *badge = new StatusBadge(18, false, this);
    const CheckStatus status = r.ok                                      ? CheckStatus::Pass
                               : r.diff.isEmpty() && r.backups.isEmpty() ? CheckStatus::Warn
                                                                         : CheckStatus::Fail;
    badge->setStatus(status);
    head->addWidget(badge, 0, Qt::AlignTop);
    QString title = QStringLiteral("<b>%1</b>").arg(r.action.toHtmlEscaped());
    if (!r.where.isEmpty())
        title += QStringLiteral(" — %1").arg(r.where.toHtmlEscaped());
    title += QStringLiteral(": %1 <small>(%2)</small>")
                 .arg(r.status.toHtmlEscaped(), QLocale().toString(r.when.time(), QLocale::ShortFormat));
    auto *label = new QLabel(title, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    head->addWidget(label, 1);
    layout->addLayout(head);
    setAccessibleName(QStringLiteral("%1: %2 %3").arg(StatusIcon::text(status), r.action, r.status));

    QStringList lines;
    if (!r.message.isEmpty())
        lines << r.message.toHtmlEscaped();
    for (const QString &f : r.files)
        lines << tr("File: <tt>%1</tt>").arg(f.toHtmlEscaped());
    if (!r.probeAfter.isEmpty())
        lines << tr("The URL answered %1 before and %2 after.")
                     .arg(r.probeBefore.toHtmlEscaped(), r.probeAfter.toHtmlEscaped());
    for (const QString &b : r.backups)
        lines << tr("Backup: <tt>%1</tt>").arg(b.toHtmlEscaped());
    if (!lines.isEmpty()) {
        auto *details = new QLabel(lines.join(QLatin1String("<br>")), this);
        details->setWordWrap(true);
        details->setTextFormat(Qt::RichText);
        details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        details->setContentsMargins(26, 0, 0, 0);
        layout->addWidget(details);
    }
    if (!r.diff.isEmpty()) {
        auto *diff = new CodeView;
        diff->setCode(r.diff.endsWith(QLatin1Char('\n')) ? r.diff.chopped(1) : r.diff, 1,
                      QStringLiteral("Diff"));
        diff->setLineNumbersVisible(false);
        diff->setAccessibleName(tr("Diff of %1").arg(r.action));
        diff->fitToContent(20);
        auto *section = new Collapsible(tr("Diff"), diff, this);
        section->setObjectName(QStringLiteral("diffToggle"));
        auto *indent = new QHBoxLayout;
        indent->setContentsMargins(22, 0, 0, 0);
        indent->addWidget(section);
        layout->addLayout(indent);
    }
}

} // namespace gd

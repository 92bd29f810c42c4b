#include "ui/widgets/FixActionsView.h"

#include "remote/ShellQuote.h"
#include "ui/widgets/CodeView.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace gd {

namespace {

QLabel *whyLabel(const QString &why, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<small>%1</small>").arg(why.toHtmlEscaped()), parent);
    label->setObjectName(QStringLiteral("actionWhy"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Read-only, as tall as its text: long lines wrap instead of scrolling sideways.
CodeView *codeBox(const QString &text, const QString &definition, QWidget *parent)
{
    auto *view = new CodeView(parent);
    view->setLineNumbersVisible(false);
    view->setCode(text, 1, definition);
    view->fitToContent(12);
    return view;
}

} // namespace

FixActionsView::FixActionsView(const QList<FixAction> &actions, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fixActions"));
    setAccessibleName(tr("The fix, step by step"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(new QLabel(tr("<b>The fix, as Apply carries it out:</b>"), this));
    int index = 0;
    for (const FixAction &a : actions) {
        layout->addWidget(a.kind == FixAction::Kind::Edit ? editView(a, index) : commandView(a, index));
        ++index;
    }
}

QString FixActionsView::commandLine(const FixAction &action)
{
    QStringList words;
    if (action.asRoot)
        words << QStringLiteral("sudo");
    for (const QString &arg : action.argv)
        words << ShellQuote::quote(arg);
    return words.join(QLatin1Char(' '));
}

QWidget *FixActionsView::editView(const FixAction &action, int index)
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("actionEdit_%1").arg(index));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    Evidence where;
    where.file = action.file;
    where.line = action.line;
    where.excerpt = action.oldText;
    auto *link = new QLabel(tr("Edit <a href=\"#\">%1</a>").arg(where.location().toHtmlEscaped()), box);
    link->setObjectName(QStringLiteral("actionLocation"));
    link->setTextFormat(Qt::RichText);
    // A link, so it is reachable with Tab and opens with Enter as well as a click.
    link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    link->setAccessibleName(tr("Open %1").arg(where.location()));
    connect(link, &QLabel::linkActivated, this, [this, where] { emit locationActivated(where); });
    layout->addWidget(link);

    QStringList diff{QStringLiteral("- ") + action.oldText.trimmed()};
    for (const QString &line : action.newText.split(QLatin1Char('\n')))
        diff << QStringLiteral("+ ") + line.trimmed();
    CodeView *view = codeBox(diff.join(QLatin1Char('\n')), QStringLiteral("Diff"), box);
    view->setObjectName(QStringLiteral("actionDiff"));
    view->setAccessibleName(tr("Change of %1").arg(where.location()));
    layout->addWidget(view);
    layout->addWidget(whyLabel(action.why, box));
    // What nginx -t (or php-fpm -t) said of it on a scratch copy before it was shown.
    if (const QString checked = action.validation.text(); !checked.isEmpty()) {
        auto *label = new QLabel(box);
        label->setObjectName(QStringLiteral("actionValidation"));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setText(action.validation.state == SuggestionCheck::State::Passed
                           ? tr("<small>✓ %1 accepts this change (tested on a scratch copy)</small>")
                                 .arg(checked.toHtmlEscaped())
                           : QStringLiteral("<small>%1</small>").arg(checked.toHtmlEscaped()));
        layout->addWidget(label);
    }
    return box;
}

QWidget *FixActionsView::commandView(const FixAction &action, int index)
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("actionCommand_%1").arg(index));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const QString line = commandLine(action);
    auto *row = new QHBoxLayout;
    CodeView *view = codeBox(QStringLiteral("$ ") + line, QString(), box);
    view->setObjectName(QStringLiteral("actionCommandLine"));
    view->setAccessibleName(tr("Command"));
    row->addWidget(view, 1);
    auto *copy = new QToolButton(box);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the command line"));
    copy->setAccessibleName(tr("Copy the command line"));
    copy->setAutoRaise(true);
    connect(copy, &QToolButton::clicked, this, [line] { QApplication::clipboard()->setText(line); });
    row->addWidget(copy, 0, Qt::AlignTop);
    layout->addLayout(row);
    QString why = action.why;
    if (action.host == FixAction::Host::Upstream)
        why = tr("On the upstream's host: %1").arg(why);
    layout->addWidget(whyLabel(why, box));
    return box;
}

} // namespace gd

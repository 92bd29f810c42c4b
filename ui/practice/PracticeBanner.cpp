#include "ui/practice/PracticeBanner.h"

#include "app/model/Cause.h"
#include "ui/practice/PracticeController.h"
#include "ui/widgets/StatusBadge.h"
#include "ui/widgets/StatusIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gd {

namespace {
QLabel *richLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString modeTitle(const QString &mode)
{
    if (mode == QLatin1String("practice"))
        return PracticeBanner::tr("Practice");
    if (mode == QLatin1String("exam"))
        return PracticeBanner::tr("Exam");
    return PracticeBanner::tr("Guided");
}

QString causeName(const QString &code)
{
    if (code == QLatin1String("none"))
        return PracticeBanner::tr("no gateway fault");
    const std::optional<Cause> cause = causeFromCode(code);
    return cause ? causeTitle(*cause) : code;
}

QString clock(qint64 seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

PracticeBanner::PracticeBanner(PracticeController *controller, QWidget *parent)
    : QFrame(parent), m_controller(controller), m_title(richLabel(QStringLiteral("practiceTitle"), this)),
      m_time(new QLabel(this)), m_ticket(richLabel(QStringLiteral("practiceTicket"), this)),
      m_hintText(richLabel(QStringLiteral("practiceHint"), this)),
      m_answerText(richLabel(QStringLiteral("practiceAnswer"), this)),
      m_checks(richLabel(QStringLiteral("practiceChecks"), this)), m_badge(new StatusBadge(18, false, this)),
      m_status(new QLabel(this)), m_hint(new QPushButton(tr("&Hint"), this)),
      m_answer(new QPushButton(tr("Name the &cause…"), this)),
      m_check(new QPushButton(tr("Chec&k my fix"), this)), m_services(new QToolButton(this)),
      m_finish(new QPushButton(tr("&Finish and debrief"), this)), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("practiceBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    StatusIcon::tint(this, CheckStatus::Warn, 0.10);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildHead());
    layout->addWidget(m_ticket);
    layout->addLayout(buildButtons());
    for (QLabel *label : {m_hintText, m_answerText, m_checks}) {
        label->hide();
        layout->addWidget(label);
    }
    hide();

    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &PracticeBanner::updateTime);
    connect(m_controller, &PracticeController::started, this, &PracticeBanner::onStarted);
    connect(m_controller, &PracticeController::hintShown, this, &PracticeBanner::onHint);
    connect(m_controller, &PracticeController::checked, this, &PracticeBanner::onChecked);
    connect(m_controller, &PracticeController::answered, this, &PracticeBanner::onAnswered);
    connect(m_controller, &PracticeController::stopped, this, &PracticeBanner::onStopped);
    connect(m_controller, &PracticeController::serviceDone, this,
            [this](const QString &verb, const QString &name) {
                showIdle(verb == QLatin1String("start")
                             ? tr("%1 is running; re-run the checks to see the lab now.").arg(name)
                         : verb == QLatin1String("stop") ? tr("%1 was stopped.").arg(name)
                                                         : tr("%1 was restarted.").arg(name));
            });
    connect(m_controller, &PracticeController::solved, this,
            [this] { showIdle(tr("The reference fix was applied (this run scores 0).")); });
    connect(m_controller, &PracticeController::busy, this, [this](const QString &what) {
        if (m_controller->isRunning() || isVisible())
            showBusy(what);
    });
    connect(m_controller, &PracticeController::failed, this, [this](const QString &message) {
        showIdle();
        m_status->setText(message.toHtmlEscaped());
        m_badge->setStatus(CheckStatus::Fail);
    });
    connect(m_hint, &QPushButton::clicked, this, [this] {
        showBusy(tr("Asking for a hint…"));
        m_controller->hint();
    });
    connect(m_answer, &QPushButton::clicked, this, &PracticeBanner::answerRequested);
    connect(m_check, &QPushButton::clicked, m_controller, &PracticeController::check);
    connect(m_finish, &QPushButton::clicked, m_controller, &PracticeController::finish);
}

// The scenario, the mode and the clock, with what the lab is doing right now.
QLayout *PracticeBanner::buildHead()
{
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_badge);
    m_status->setObjectName(QStringLiteral("practiceBusy"));
    head->addWidget(m_status);
    m_time->setObjectName(QStringLiteral("practiceTime"));
    m_time->setToolTip(tr("Time since the lab was handed over"));
    head->addWidget(m_time);
    return head;
}

QLayout *PracticeBanner::buildButtons()
{
    auto *row = new QHBoxLayout;
    m_hint->setObjectName(QStringLiteral("hintButton"));
    m_hint->setToolTip(
        tr("The next rung of the hint ladder: a question, then where to look, then the answer"));
    m_answer->setObjectName(QStringLiteral("nameCauseButton"));
    m_answer->setToolTip(tr("Say what breaks the site and which line of evidence shows it"));
    m_check->setObjectName(QStringLiteral("checkFixButton"));
    m_check->setToolTip(tr("Runs the scenario's success checks and says, check by check, what holds"));
    // The lab's services have no systemd unit: this is the trainee's start/stop button.
    m_services->setObjectName(QStringLiteral("servicesButton"));
    m_services->setText(tr("Lab &services"));
    m_services->setToolTip(tr("Start, stop or restart the lab's app servers and nginx (in a terminal: "
                              "gateway-doctor practice service VERB NAME)"));
    m_services->setPopupMode(QToolButton::InstantPopup);
    m_services->setMenu(new QMenu(m_services));
    connect(m_services->menu(), &QMenu::aboutToShow, this, &PracticeBanner::fillServicesMenu);
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_finish->setToolTip(tr("Stops the lab and shows the debrief: time, hints, habits, score"));
    for (QPushButton *b : {m_hint, m_answer, m_check})
        row->addWidget(b);
    row->addWidget(m_services);
    row->addStretch();
    row->addWidget(m_finish);
    return row;
}

void PracticeBanner::onStarted()
{
    const PracticeStart &start = m_controller->current();
    m_title->setText(tr("<b>Practice lab: %1</b> · %2 mode · %3")
                         .arg(start.title.toHtmlEscaped(), modeTitle(start.mode),
                              QString(qBound(1, start.difficulty, 3), QChar(0x2605))));
    m_ticket->setText(
        tr("<i>The ticket:</i> “%1”<br><small>URL %2 · nginx.conf %3</small>")
            .arg(start.ticket.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                 start.url.toHtmlEscaped(), start.configFile.toHtmlEscaped()));
    for (QLabel *label : {m_hintText, m_answerText, m_checks}) {
        label->clear();
        label->hide();
    }
    m_hintsExhausted = false;
    showIdle();
    m_clock->start();
    updateTime();
    updateButtons();
    show();
}

void PracticeBanner::fillServicesMenu()
{
    QMenu *menu = m_services->menu();
    menu->clear();
    if (!m_controller->hasStarted())
        return;
    for (const QString &name : m_controller->current().services) {
        QMenu *sub = menu->addMenu(name);
        sub->setObjectName(QStringLiteral("service-%1").arg(name));
        for (const auto &[verb, label] :
             {std::pair{QStringLiteral("start"), tr("Start")}, std::pair{QStringLiteral("stop"), tr("Stop")},
              std::pair{QStringLiteral("restart"), tr("Restart")}}) {
            QAction *action = sub->addAction(label);
            action->setObjectName(QStringLiteral("%1-%2").arg(verb, name));
            connect(action, &QAction::triggered, this,
                    [this, verb = verb, name] { m_controller->service(verb, name); });
        }
    }
}

void PracticeBanner::onHint(const PracticeHint &hint)
{
    showIdle();
    const QString kind = hint.kind == QLatin1String("question") ? tr("a question")
                         : hint.kind == QLatin1String("where")  ? tr("where to look")
                                                                : tr("the answer");
    m_hintText->setText(tr("<b>Hint %1 of %2</b> (%3): %4")
                            .arg(hint.step)
                            .arg(hint.total)
                            .arg(kind, hint.text.toHtmlEscaped()));
    m_hintText->show();
    m_hintsExhausted = hint.step >= hint.total;
    updateButtons();
}

void PracticeBanner::onChecked(const PracticeCheckReport &report)
{
    showIdle();
    QStringList lines;
    lines << (report.fixed() ? tr("<b>Fixed:</b> every check holds.")
                             : tr("<b>Not fixed yet:</b> the checks marked ✗ do not hold."));
    for (const PracticeCheck &c : report.checks) {
        const QString mark = c.status == PracticeCheck::Status::Pass   ? QStringLiteral("✓")
                             : c.status == PracticeCheck::Status::Fail ? QStringLiteral("✗")
                                                                       : QStringLiteral("–");
        lines << QStringLiteral("%1 %2%3").arg(
            mark, c.title.toHtmlEscaped(),
            c.detail.isEmpty() ? QString() : QStringLiteral(": ") + c.detail.toHtmlEscaped());
    }
    m_checks->setText(lines.join(QStringLiteral("<br>")));
    m_checks->show();
}

void PracticeBanner::onAnswered(const PracticeAnswer &answer)
{
    showIdle();
    QString text;
    if (!answer.revealed)
        text = tr("Noted: <b>%1</b>. Whether it is right is in the debrief.")
                   .arg(causeName(answer.named).toHtmlEscaped());
    else if (answer.correct)
        text = tr("<b>Right:</b> %1%2. The doctor's verdicts are open now.")
                   .arg(causeName(answer.expected).toHtmlEscaped(),
                        answer.beforeFirstChange ? tr(", named before any change") : QString());
    else
        text = tr("<b>Not it:</b> you named %1; the cause is <b>%2</b>. The doctor's verdicts are open now: "
                  "follow its evidence.")
                   .arg(causeName(answer.named).toHtmlEscaped(), causeName(answer.expected).toHtmlEscaped());
    m_answerText->setText(text);
    m_answerText->show();
    updateButtons();
}

void PracticeBanner::onStopped(bool clean, const QString &detail)
{
    m_clock->stop();
    updateTime();
    showIdle(clean ? tr("The lab was stopped; nothing of it is left.")
                   : tr("The lab was stopped, but not cleanly: %1").arg(detail));
    updateButtons();
}

void PracticeBanner::showBusy(const QString &what)
{
    m_badge->setRunning();
    m_status->setText(what.toHtmlEscaped());
    for (QPushButton *b : {m_hint, m_answer, m_check, m_finish})
        b->setEnabled(false);
    m_services->setEnabled(false);
}

void PracticeBanner::showIdle(const QString &text)
{
    m_badge->setIdle();
    m_status->setText(text.toHtmlEscaped());
    updateButtons();
}

void PracticeBanner::updateTime()
{
    if (!m_controller->hasStarted())
        return;
    const qint64 seconds = m_controller->elapsedSeconds();
    m_time->setText(m_controller->mode() == QLatin1String("exam") ? tr("⏱ %1").arg(clock(seconds))
                                                                  : tr("Time %1").arg(clock(seconds)));
}

void PracticeBanner::updateButtons()
{
    const bool running = m_controller->isRunning();
    // After the end only what was said stays; the buttons go.
    m_hint->setVisible(running && m_controller->hintsAllowed());
    for (QPushButton *b : {m_answer, m_check, m_finish})
        b->setVisible(running);
    m_hint->setEnabled(running && !m_hintsExhausted);
    m_answer->setEnabled(running);
    m_check->setEnabled(running);
    m_finish->setEnabled(running);
    m_services->setVisible(running);
    m_services->setEnabled(running);
}

QString PracticeBanner::checkText() const
{
    return m_checks->text();
}

QString PracticeBanner::hintText() const
{
    return m_hintText->text();
}

} // namespace gd

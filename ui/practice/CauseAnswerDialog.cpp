#include "ui/practice/CauseAnswerDialog.h"

#include "app/model/Cause.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace gd {

CauseAnswerDialog::CauseAnswerDialog(const QStringList &evidence, const QString &preselected, QWidget *parent)
    : QDialog(parent), m_cause(new QComboBox(this)), m_evidence(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("causeAnswerDialog"));
    setWindowTitle(tr("Name the cause"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What breaks the site, and which line of evidence tells you? The doctor's "
                                "verdicts open once you have answered."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_cause->setObjectName(QStringLiteral("causeCombo"));
    m_cause->setAccessibleName(tr("Cause"));
    m_cause->addItem(tr("Choose a cause…"), QString());
    // Sorted by title, so the list gives away nothing by its order.
    QList<QPair<QString, QString>> causes;
    for (const CauseInfo &info : causeTable())
        causes.append({causeTitle(info.cause), causeCode(info.cause)});
    std::sort(causes.begin(), causes.end());
    for (const auto &[title, code] : causes)
        m_cause->addItem(QStringLiteral("%1 (%2)").arg(title, code), code);
    m_cause->addItem(tr("None: the site has no gateway fault"), QStringLiteral("none"));
    form->addRow(tr("&Cause:"), m_cause);

    m_evidence->setObjectName(QStringLiteral("evidenceCombo"));
    m_evidence->setAccessibleName(tr("Evidence line"));
    m_evidence->setEditable(true);
    m_evidence->setInsertPolicy(QComboBox::NoInsert);
    m_evidence->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_evidence->setMinimumContentsLength(60);
    m_evidence->addItems(evidence);
    m_evidence->setEditText(preselected);
    // A long log line shows from its start (time, level), not its end.
    const auto showStart = [this] { m_evidence->lineEdit()->setCursorPosition(0); };
    showStart();
    // Queued: the combo box sets its line edit's text after it announces the new index.
    connect(m_evidence, qOverload<int>(&QComboBox::currentIndexChanged), this, showStart,
            Qt::QueuedConnection);
    m_evidence->lineEdit()->setPlaceholderText(
        tr("a line from the error log (step 2), or type what you saw"));
    form->addRow(tr("&Evidence:"), m_evidence);
    layout->addLayout(form);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Answer"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("answerButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cause, qOverload<int>(&QComboBox::currentIndexChanged), this, &CauseAnswerDialog::updateOk);
    updateOk();
}

QString CauseAnswerDialog::cause() const
{
    return m_cause->currentData().toString();
}

QString CauseAnswerDialog::evidence() const
{
    return m_evidence->currentText().trimmed();
}

bool CauseAnswerDialog::chooseCause(const QString &code)
{
    const int index = m_cause->findData(code);
    if (index < 0)
        return false;
    m_cause->setCurrentIndex(index);
    return true;
}

void CauseAnswerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Laid out and shown only now: the line edit scrolls to its cursor after this.
    QTimer::singleShot(0, this, [this] { m_evidence->lineEdit()->setCursorPosition(0); });
}

void CauseAnswerDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!cause().isEmpty());
}

} // namespace gd

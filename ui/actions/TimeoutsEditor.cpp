#include "ui/actions/TimeoutsEditor.h"

#include "app/config/EffectiveSettings.h"
#include "app/config/NginxConfig.h"
#include "app/engine/Diagnosis.h"
#include "app/fixes/ChangeValidator.h"
#include "app/fixes/TunableDirectives.h"
#include "ui/actions/ApplyFlow.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/StatusIcon.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace gd {

namespace {
const char *const kSuffixes[] = {"connect_timeout", "send_timeout", "read_timeout",
                                 "buffer_size",     "buffers",      "busy_buffers_size"};

void colourAsError(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, StatusIcon::colour(CheckStatus::Fail, p));
    label->setPalette(p);
}
} // namespace

TimeoutsEditor::TimeoutsEditor(WizardSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_status(new QLabel(this)), m_block(new QComboBox(this)),
      m_form(new QWidget(this)), m_formLayout(new QFormLayout(m_form)), m_source(new QLabel(this)),
      m_problem(new QLabel(this)), m_preview(new QPushButton(tr("Pre&view the change"), this)),
      m_apply(new QPushButton(tr("&Apply…"), this)), m_recheck(new QPushButton(tr("C&heck again"), this)),
      m_flow(new ApplyFlow(session, this))
{
    setObjectName(QStringLiteral("timeoutsEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *title = new QLabel(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(tr("Change them").toHtmlEscaped(), WizardTexts::text("apply.intro").toHtmlEscaped()),
        this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("applyStatus"));
    layout->addWidget(m_status);

    layout->addLayout(buildBlockRow());
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText); // may quote nginx's own message
    layout->addWidget(m_source);
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    layout->addWidget(m_form);
    m_problem->setObjectName(QStringLiteral("applyProblem"));
    m_problem->setWordWrap(true);
    colourAsError(m_problem);
    layout->addWidget(m_problem);
    layout->addLayout(buildButtons());
    layout->addWidget(m_flow);
    m_recheck->hide();
    m_problem->hide();

    connect(m_block, qOverload<int>(&QComboBox::currentIndexChanged), this, &TimeoutsEditor::selectBlock);
    connect(m_preview, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_apply, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_recheck, &QPushButton::clicked, this, [this] { m_session->startDiagnosis(); });
    connect(m_flow, &ApplyFlow::runningChanged, this, &TimeoutsEditor::updateButtons);
    connect(m_flow, &ApplyFlow::finished, this, [this](const EditOutcome &o) {
        // The config changed under the diagnosis: the next change must start from a new one.
        if (o.status == EditOutcome::Status::Applied || o.status == EditOutcome::Status::RolledBack) {
            m_recheck->show();
            m_recheck->setFocus();
        }
    });
    showRunning();
}

// Which block the values are written into (filled by showDiagnosis).
QLayout *TimeoutsEditor::buildBlockRow()
{
    auto *blockRow = new QHBoxLayout;
    auto *blockLabel = new QLabel(tr("B&lock:"), this);
    blockLabel->setBuddy(m_block);
    m_block->setObjectName(QStringLiteral("blockCombo"));
    m_block->setAccessibleName(tr("The block to change"));
    m_block->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    blockRow->addWidget(blockLabel);
    blockRow->addWidget(m_block);
    blockRow->addStretch();
    return blockRow;
}

QLayout *TimeoutsEditor::buildButtons()
{
    auto *buttons = new QHBoxLayout;
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_preview->setToolTip(tr("Show the diff; nothing is written"));
    m_apply->setToolTip(tr("Show the diff and ask; then back up, write, test, reload and check"));
    m_recheck->setToolTip(tr("Run the diagnosis again to see the values nginx uses now"));
    buttons->addWidget(m_preview);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_recheck);
    buttons->addStretch();
    return buttons;
}

QLineEdit *TimeoutsEditor::field(const QString &directive) const
{
    for (const Field &f : m_fields) {
        if (f.directive == directive)
            return f.edit;
    }
    return nullptr;
}

void TimeoutsEditor::showRunning()
{
    m_context.reset();
    m_recheck->hide();
    m_status->setText(WizardTexts::text("step.running"));
    m_status->show();
    updateButtons();
}

void TimeoutsEditor::showDiagnosis()
{
    const QSignalBlocker block(m_block);
    m_block->clear();
    m_context.reset();
    const Diagnosis *diagnosis = m_session->diagnosis();
    if (!diagnosis) {
        updateButtons();
        return;
    }
    Result<FixContext, FixError> context = *m_session->fixContext();
    if (!context) {
        m_status->setText(context.error().message());
        m_status->show();
        selectBlock(-1);
        return;
    }
    m_context = *context;
    // The block that serves the failing URL first, then every other place that
    // hands requests to an upstream.
    QList<int> blocks;
    const QString url = m_session->options().url;
    if (!url.isEmpty()) {
        if (const Result<int, FixError> b = m_context->blockForUrl(url))
            blocks << *b;
    }
    for (const UpstreamTarget &t : diagnosis->targets().targets()) {
        const int index = t.locationIndex >= 0 ? t.locationIndex : t.serverIndex;
        if (index >= 0 && !blocks.contains(index))
            blocks << index;
    }
    for (int index : std::as_const(blocks)) {
        QString label = m_context->describeBlock(index);
        if (index == blocks.first() && !url.isEmpty())
            label = tr("%1 — serves the failing URL").arg(label);
        m_block->addItem(label, index);
    }
    m_status->setVisible(blocks.isEmpty());
    m_status->setText(tr("No block here hands requests to an upstream: there is nothing to change."));
    selectBlock(blocks.isEmpty() ? -1 : 0);
}

void TimeoutsEditor::selectBlock(int comboIndex)
{
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_fields.clear();
    m_source->clear();
    if (!m_context || comboIndex < 0) {
        revalidate();
        return;
    }
    const int block = m_block->itemData(comboIndex).toInt();
    const QString prefix = m_context->modulePrefixOf(block);
    QList<SettingChange> prefill = m_context->recommended(block);
    m_source->setText(prefill.isEmpty() ? WizardTexts::text("apply.guide")
                                        : WizardTexts::text("apply.recommended"));
    // A recommendation nginx -t refused on a scratch copy is not prefilled: say why.
    if (const QStringList refused = m_context->refusedSuggestions(block);
        !refused.isEmpty() && prefill.isEmpty())
        m_source->setText(tr("The diagnosis's recommendation for this block is not prefilled: %1. Prefilled "
                             "with the guide's values instead (75 s timeouts, 8 16k buffers).")
                              .arg(refused.join(QStringLiteral("; "))));
    if (prefill.isEmpty())
        prefill = FixContext::guideDefaults(prefix);
    const EffectiveSettings current =
        EffectiveSettings::of(*m_context->config(), &m_context->config()->directive(block));
    for (const char *suffix : kSuffixes) {
        const QString name = prefix + QLatin1String(suffix);
        if (!TunableDirectives::find(name))
            continue; // grpc_ has no response buffers
        Field f{name, new QLineEdit(m_form), new QLabel(m_form)};
        f.edit->setObjectName(QStringLiteral("value_") + name);
        f.edit->setAccessibleName(name);
        const EffectiveSetting s = current.value(name);
        f.edit->setPlaceholderText(tr("keep %1").arg(s.value()));
        f.edit->setToolTip(tr("Now: %1 (%2). Leave empty to keep it.").arg(s.value(), s.where()));
        f.edit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("keep 8 16k (default)")) + 16);
        for (const SettingChange &c : std::as_const(prefill)) {
            if (c.directive == name)
                f.edit->setText(c.value);
        }
        f.error->setObjectName(QStringLiteral("error_") + name);
        colourAsError(f.error);
        auto *row = new QWidget(m_form);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(f.edit);
        rowLayout->addWidget(f.error, 1);
        auto *label = new QLabel(QStringLiteral("<tt>%1</tt>").arg(name), m_form);
        label->setBuddy(f.edit);
        m_formLayout->addRow(label, row);
        connect(f.edit, &QLineEdit::textChanged, this, &TimeoutsEditor::revalidate);
        connect(f.edit, &QLineEdit::returnPressed, this, [this] {
            if (m_preview->isEnabled())
                start(true);
        });
        m_fields << f;
    }
    revalidate();
}

QList<SettingChange> TimeoutsEditor::changes(QString *problem) const
{
    QList<SettingChange> out;
    for (const Field &f : m_fields) {
        if (!f.edit->text().trimmed().isEmpty())
            out.append({f.directive, f.edit->text()});
    }
    if (out.isEmpty()) {
        *problem = tr("Type at least one value to change.");
        return {};
    }
    const int block = m_block->currentData().toInt();
    const Result<QList<SettingChange>, FixError> valid =
        ChangeValidator::validate(out, *m_context->config(), &m_context->config()->directive(block));
    if (!valid) {
        *problem = valid.error().message();
        return {};
    }
    return *valid;
}

void TimeoutsEditor::revalidate()
{
    // Each value on its own first (next to its field), then the values together
    // (nginx's buffer rules), so the message points at what to fix.
    bool each = true;
    for (const Field &f : std::as_const(m_fields)) {
        const QString text = f.edit->text();
        QString error;
        if (!text.trimmed().isEmpty()) {
            const Result<QString, FixError> v = ChangeValidator::validateValue(f.directive, text);
            if (!v)
                error = v.error().message();
        }
        f.error->setText(error);
        f.error->setToolTip(error);
        f.edit->setAccessibleDescription(error);
        each = each && error.isEmpty();
    }
    QString problem;
    if (m_context && !m_fields.isEmpty() && each)
        changes(&problem);
    m_valid = m_context && !m_fields.isEmpty() && each && problem.isEmpty();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    updateButtons();
}

void TimeoutsEditor::updateButtons()
{
    const bool idle = !m_flow->isRunning() && !m_session->isDiagnosing();
    m_preview->setEnabled(idle && m_valid);
    m_apply->setEnabled(idle && m_valid);
    m_block->setEnabled(idle && m_context.has_value());
    m_recheck->setEnabled(idle);
}

void TimeoutsEditor::start(bool dryRun)
{
    QString problem;
    const QList<SettingChange> list = m_context ? changes(&problem) : QList<SettingChange>();
    if (list.isEmpty())
        return;
    const int block = m_block->currentData().toInt();
    EditRequest request;
    request.runtime = m_context->runtime();
    request.config = m_context->config();
    request.blockIndex = block;
    request.changes = list;
    // A preview does not need the URL's answer (it may take the whole timeout).
    if (!dryRun)
        request.url = m_session->options().url;
    request.dryRun = dryRun;
    m_flow->run(request, tr("Timeouts and buffers"), m_context->describeBlock(block));
}

} // namespace gd

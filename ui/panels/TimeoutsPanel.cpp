#include "ui/panels/TimeoutsPanel.h"

#include "app/config/EffectiveSettings.h"
#include "app/engine/Diagnosis.h"
#include "ui/actions/MaxChildrenAction.h"
#include "ui/actions/TimeoutsEditor.h"
#include "ui/panels/ActionsArea.h"
#include "ui/panels/PhpFpmAdvice.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/CompactTable.h"
#include "ui/widgets/StatusIcon.h"

#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace gd {

namespace {
constexpr int kFileRole = Qt::UserRole;
constexpr int kLineRole = Qt::UserRole + 1;

// The finding that speaks about this directive for this upstream, if any.
const Finding *findingFor(const DiagnosisReport &report, const QString &endpoint, const QString &name)
{
    for (const Finding &f : report.findings) {
        if (f.step != 5 || (!f.upstream.isEmpty() && f.upstream != endpoint))
            continue;
        // A timeout the app's own limit fired (fixInApp) is no advice about nginx's directive.
        const bool timeout =
            f.cause == Cause::UpstreamTimeout && !f.fixInApp && name.endsWith(QLatin1String("read_timeout"));
        const bool buffers = f.cause == Cause::HeaderTooBig && (name.endsWith(QLatin1String("buffer_size")) ||
                                                                name.endsWith(QLatin1String("_buffers")));
        if (timeout || buffers)
            return &f;
    }
    return nullptr;
}
} // namespace

TimeoutsPanel::TimeoutsPanel(WizardSession *session, QWidget *parent)
    : StepPanel(parent), m_intro(new QLabel(this)), m_places(new QWidget(this)),
      m_placesLayout(new QVBoxLayout(m_places)), m_phpFpm(new PhpFpmAdvice(this)),
      m_actions(new ActionsArea(this)), m_editor(new TimeoutsEditor(session, m_actions)),
      m_maxChildren(new MaxChildrenAction(session, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(tr("Effective values").toHtmlEscaped(), WizardTexts::text("step.5.valuesIntro")));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_places->setObjectName(QStringLiteral("effectiveValues"));
    m_placesLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_places);
    layout->addWidget(m_phpFpm);
    // Right under the advice: the pool's memory and the raise it allows.
    layout->addWidget(m_maxChildren);
    layout->addWidget(m_actions);
    m_actions->layout()->addWidget(m_editor);
}

QList<CompactTable *> TimeoutsPanel::tables() const
{
    return m_places->findChildren<CompactTable *>();
}

void TimeoutsPanel::clearPlaces()
{
    while (QLayoutItem *item = m_placesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void TimeoutsPanel::showRunning()
{
    clearPlaces();
    m_phpFpm->hide();
    m_editor->showRunning();
    m_maxChildren->showRunning();
}

void TimeoutsPanel::openWhere(CompactTable *table, QTableWidgetItem *item)
{
    const QTableWidgetItem *where = table->item(item->row(), 2);
    if (!where || where->data(kFileRole).toString().isEmpty())
        return;
    Evidence e;
    e.source = QStringLiteral("config");
    e.file = where->data(kFileRole).toString();
    e.line = where->data(kLineRole).toInt();
    e.excerpt = table->item(item->row(), 0)->text() + QLatin1Char(' ') + table->item(item->row(), 1)->text();
    emit locationActivated(e);
}

void TimeoutsPanel::showDiagnosis(const WizardSession &session)
{
    clearPlaces();
    const Diagnosis *diagnosis = session.diagnosis();
    m_phpFpm->showFor(diagnosis);
    m_editor->showDiagnosis();
    m_maxChildren->showDiagnosis();
    if (!diagnosis || !diagnosis->config())
        return;
    // One table per place (location, else server) that passes to an upstream.
    QSet<int> seen;
    for (const UpstreamTarget &target : diagnosis->targets().targets()) {
        const int index = target.locationIndex >= 0 ? target.locationIndex : target.serverIndex;
        if (index < 0 || seen.contains(index))
            continue;
        seen.insert(index);
        addPlace(*diagnosis->config(), session.report(), target, index, session.verdictsHidden());
    }
}

// The place's title, then its effective timeouts and buffers, each with where it
// is set and what the findings advise.
void TimeoutsPanel::addPlace(const NginxConfig &config, const DiagnosisReport &report,
                             const UpstreamTarget &target, int index, bool hidden)
{
    const QString prefix = EffectiveSettings::modulePrefix(target.directive);
    const EffectiveSettings settings = EffectiveSettings::of(config, &config.directive(index));
    const QString place = target.location.toString().isEmpty()
                              ? tr("server")
                              : tr("location %1").arg(target.location.toString());
    auto *title = new QLabel(
        QStringLiteral("<b>%1 → %2</b> <small>(%3)</small>")
            .arg(place.toHtmlEscaped(), target.endpoint().toHtmlEscaped(), target.where().toHtmlEscaped()),
        m_places);
    title->setWordWrap(true);
    m_placesLayout->addWidget(title);
    auto *table =
        new CompactTable({tr("Directive"), tr("Value"), tr("Set in"), tr("Recommendation")}, m_places);
    table->setAccessibleName(tr("Effective timeouts and buffers for %1").arg(place));
    connect(table, &QTableWidget::itemActivated, this,
            [this, table](QTableWidgetItem *item) { openWhere(table, item); });
    for (const QString &suffix :
         {QStringLiteral("connect_timeout"), QStringLiteral("send_timeout"), QStringLiteral("read_timeout"),
          QStringLiteral("buffer_size"), QStringLiteral("buffers"), QStringLiteral("busy_buffers_size")}) {
        const QString name = prefix + suffix;
        const EffectiveSetting s = settings.value(name);
        if (s.args.isEmpty() && s.isDefault && EffectiveSettings::defaultValue(name).isEmpty())
            continue;
        // Practice on a lab: the advice would give the cause away until the trainee names it.
        addSettingRow(table, name, s, hidden ? nullptr : findingFor(report, target.endpoint(), name), hidden);
    }
    m_placesLayout->addWidget(table);
    table->fitHeight(420);
}

void TimeoutsPanel::addSettingRow(CompactTable *table, const QString &name, const EffectiveSetting &s,
                                  const Finding *finding, bool hidden)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(name));
    table->setItem(row, 1, new QTableWidgetItem(s.value()));
    auto *where = new QTableWidgetItem(s.where());
    if (!s.isDefault) {
        // Set in a file: the cell opens it there (openWhere).
        where->setData(kFileRole, s.file);
        where->setData(kLineRole, s.line);
        where->setToolTip(tr("Enter or double-click to open %1").arg(s.where()));
        QFont link = where->font();
        link.setUnderline(true);
        where->setFont(link);
    }
    table->setItem(row, 2, where);
    auto *advice = new QTableWidgetItem(finding  ? finding->remedy
                                        : hidden ? WizardTexts::text("practice.adviceHidden")
                                                 : tr("No change suggested"));
    if (finding) {
        advice->setForeground(StatusIcon::colour(CheckStatus::Fail, palette()));
        advice->setIcon(StatusIcon::icon(CheckStatus::Fail, palette()));
    }
    table->setItem(row, 3, advice);
}

} // namespace gd

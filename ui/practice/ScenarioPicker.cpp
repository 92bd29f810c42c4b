#include "ui/practice/ScenarioPicker.h"

#include "ui/widgets/StatusBadge.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gd {

namespace {
enum Column
{
    TitleColumn,
    DifficultyColumn,
    NeedsColumn,
    BestColumn,
    ColumnCount
};

QString stars(int difficulty)
{
    return QString(qBound(1, difficulty, 3), QChar(0x2605)) +
           QString(3 - qBound(1, difficulty, 3), QChar(0x2606));
}
} // namespace

ScenarioPicker::ScenarioPicker(PracticeController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_list(new QTreeWidget(this)), m_mode(new QComboBox(this)),
      m_modeHelp(new QLabel(this)), m_seed(new QLineEdit(this)), m_badge(new StatusBadge(18, false, this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("scenarioPicker"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 0, 0, 0);

    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setAccessibleName(tr("Practice scenarios"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Scenario"), tr("Difficulty"), tr("Needs"), tr("Your best")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setMinimumHeight(220);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int c : {DifficultyColumn, NeedsColumn, BestColumn})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    layout->addWidget(buildOptions());

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_badge);
    m_status->setObjectName(QStringLiteral("practiceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    connect(m_controller, &PracticeController::scenariosLoaded, this, &ScenarioPicker::fill);
    connect(m_controller, &PracticeController::busy, this, [this](const QString &what) {
        if (!m_controller->isRunning())
            showStatus(what, 0);
    });
    connect(m_controller, &PracticeController::startFailed, this,
            [this](const QString &message) { showStatus(message, 3); });
    connect(m_controller, &PracticeController::failed, this, [this](const QString &message) {
        if (!m_controller->isRunning())
            showStatus(message, 3);
    });
    connect(m_controller, &PracticeController::started, this, [this] {
        showStatus(tr("The lab is ready: %1 answers as the ticket says.").arg(m_controller->current().url),
                   1);
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { startSelected(); });
}

// The mode and the seed, each with a line on what it means.
QWidget *ScenarioPicker::buildOptions()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->setAccessibleName(tr("Mode"));
    m_mode->addItem(tr("Guided"), QStringLiteral("guided"));
    m_mode->addItem(tr("Practice"), QStringLiteral("practice"));
    m_mode->addItem(tr("Exam"), QStringLiteral("exam"));
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_mode);
    m_modeHelp->setWordWrap(true);
    modeRow->addWidget(m_modeHelp, 1);
    auto *modeLabel = new QLabel(tr("&Mode:"), box);
    modeLabel->setBuddy(m_mode);
    form->addRow(modeLabel, modeRow);
    m_seed->setObjectName(QStringLiteral("seedEdit"));
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setPlaceholderText(tr("random; the same number draws the same lab again"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_seed));
    form->addRow(tr("S&eed:"), m_seed);
    connect(m_mode, qOverload<int>(&QComboBox::currentIndexChanged), this, &ScenarioPicker::updateModeHelp);
    updateModeHelp();
    return box;
}

void ScenarioPicker::updateModeHelp()
{
    const QString mode = this->mode();
    m_modeHelp->setText(mode == QLatin1String("guided")
                            ? tr("The wizard as usual, the ticket on top, hints on request.")
                        : mode == QLatin1String("practice")
                            ? tr("The doctor's verdicts stay hidden until you name the cause.")
                            : tr("A timer, no hints, no verdicts until the end, and a score."));
}

void ScenarioPicker::load()
{
    if (m_loaded || m_loading)
        return;
    m_loading = true;
    m_controller->loadScenarios();
}

void ScenarioPicker::fill(const QList<ScenarioRow> &rows)
{
    m_loading = false;
    m_loaded = true;
    m_list->clear();
    int firstAvailable = -1;
    for (const ScenarioRow &row : rows) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(TitleColumn, Qt::UserRole, row.id);
        item->setText(TitleColumn, row.title);
        item->setToolTip(TitleColumn, tr("%1 · par %2 min").arg(row.id).arg(row.parMinutes));
        item->setText(DifficultyColumn, stars(row.difficulty));
        item->setToolTip(DifficultyColumn, row.difficulty <= 1   ? tr("easy")
                                           : row.difficulty == 2 ? tr("medium")
                                                                 : tr("hard"));
        item->setText(NeedsColumn, row.needs.isEmpty() ? tr("—") : row.needs.join(QStringLiteral(", ")));
        item->setText(BestColumn, row.best >= 0 ? QString::number(row.best) : QString());
        if (!row.missing.isEmpty()) {
            // Listed, greyed out, with the reason: nothing is faked where it cannot run.
            const QString why = tr("Cannot run here: %1").arg(row.missing.join(QStringLiteral("; ")));
            item->setFlags(Qt::NoItemFlags);
            item->setText(NeedsColumn, tr("%1 — cannot run here").arg(item->text(NeedsColumn)));
            for (int c = 0; c < ColumnCount; ++c)
                item->setToolTip(c, why);
        } else if (firstAvailable < 0) {
            firstAvailable = m_list->indexOfTopLevelItem(item);
        }
    }
    if (firstAvailable >= 0)
        m_list->setCurrentItem(m_list->topLevelItem(firstAvailable));
    const int available = int(
        std::count_if(rows.begin(), rows.end(), [](const ScenarioRow &r) { return r.missing.isEmpty(); }));
    showStatus(tr("%1 of %2 scenarios can run on this computer.").arg(available).arg(rows.size()), 1);
}

QString ScenarioPicker::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return {};
    return item->data(TitleColumn, Qt::UserRole).toString();
}

bool ScenarioPicker::selectScenario(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(TitleColumn, Qt::UserRole).toString() == id && (item->flags() & Qt::ItemIsEnabled)) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void ScenarioPicker::setMode(const QString &mode)
{
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(mode)));
}

QString ScenarioPicker::mode() const
{
    return m_mode->currentData().toString();
}

void ScenarioPicker::setSeed(quint64 seed)
{
    m_seed->setText(QString::number(seed));
}

bool ScenarioPicker::startSelected()
{
    if (m_controller->isRunning()) {
        showStatus(tr("A lab runs already: finish it first (Finish and debrief)."), 3);
        return false;
    }
    const QString id = selectedId();
    if (id.isEmpty()) {
        showStatus(m_loaded ? tr("Choose a scenario that can run here.")
                            : tr("The scenarios are still loading…"),
                   m_loaded ? 3 : 0);
        return false;
    }
    std::optional<quint64> seed;
    if (!m_seed->text().isEmpty())
        seed = m_seed->text().toULongLong();
    m_controller->start(id, mode(), seed);
    return true;
}

void ScenarioPicker::showStatus(const QString &text, int tone)
{
    m_status->setText(text);
    if (tone == 0)
        m_badge->setRunning();
    else
        m_badge->setStatus(tone == 1 ? CheckStatus::Pass : CheckStatus::Fail);
}

} // namespace gd

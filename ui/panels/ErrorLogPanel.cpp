#include "ui/panels/ErrorLogPanel.h"

#include "app/engine/Diagnosis.h"
#include "ui/log/ErrorLogDelegate.h"
#include "ui/log/ErrorLogIndex.h"
#include "ui/log/ErrorLogModel.h"
#include "ui/log/LogFollower.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/StatusIcon.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPointer>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gd {

namespace {
constexpr int kKeyRole = Qt::UserRole;

QByteArray wholeLines(const FileTail &tail)
{
    // A tail that does not start at the file's start begins mid-line: drop that part.
    if (tail.offset == 0)
        return tail.data;
    const int nl = int(tail.data.indexOf('\n'));
    return nl >= 0 ? tail.data.mid(nl + 1) : QByteArray();
}
} // namespace

ErrorLogPanel::ErrorLogPanel(WizardSession *session, QWidget *parent)
    : StepPanel(parent), m_session(session), m_model(new ErrorLogModel(this)), m_info(new QLabel(this)),
      m_logs(new QComboBox(this)), m_follow(new QCheckBox(tr("&Follow new lines"), this)),
      m_groups(new QTreeWidget(this)), m_view(new QListView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro =
        new QLabel(QStringLiteral("<b>%1</b><br>%2")
                       .arg(tr("The error log").toHtmlEscaped(), WizardTexts::text("step.2.logIntro")),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addLayout(buildChooserRow());
    layout->addWidget(buildSplitter());

    connect(m_logs, qOverload<int>(&QComboBox::activated), this, &ErrorLogPanel::showLog);
    connect(m_groups, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        m_model->setGroupFilter(item->data(0, kKeyRole).toString());
        m_view->scrollToBottom();
    });
    connect(m_model, &ErrorLogModel::groupsChanged, this, &ErrorLogPanel::fillGroups);
    connect(m_session, &WizardSession::verdictsHiddenChanged, this, &ErrorLogPanel::fillGroups);
    connect(m_follow, &QCheckBox::toggled, this, &ErrorLogPanel::setFollowing);
}

// Which log, how much of it was read, and "Follow".
QLayout *ErrorLogPanel::buildChooserRow()
{
    auto *row = new QHBoxLayout;
    m_logs->setObjectName(QStringLiteral("logChooser"));
    m_logs->setAccessibleName(tr("Log file"));
    row->addWidget(m_logs, 1);
    m_info->setObjectName(QStringLiteral("logInfo"));
    row->addWidget(m_info);
    m_follow->setObjectName(QStringLiteral("followToggle"));
    m_follow->setToolTip(tr("Show new lines as nginx writes them"));
    row->addWidget(m_follow);
    return row;
}

// The groups (cause and upstream) on the left, the lines of the chosen group on the right.
QWidget *ErrorLogPanel::buildSplitter()
{
    auto *split = new QSplitter(this);
    m_groups->setObjectName(QStringLiteral("logGroups"));
    m_groups->setAccessibleName(tr("Groups of log lines by cause and upstream"));
    m_groups->setHeaderLabels({tr("Cause and upstream"), tr("Lines")});
    m_groups->setRootIsDecorated(false);
    m_groups->header()->setStretchLastSection(false);
    m_groups->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groups->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    split->addWidget(m_groups);
    setUpLineView();
    split->addWidget(m_view);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({340, 680});
    split->setMinimumHeight(380);
    return split;
}

void ErrorLogPanel::setUpLineView()
{
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(tr("Error log lines"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ErrorLogDelegate(m_view));
    m_view->setUniformItemSizes(true); // one height for all rows: no per-row layout on huge logs
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(500);

    // Ctrl+C copies the selected lines, exactly as logged.
    auto *copy = new QShortcut(QKeySequence::Copy, m_view, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(copy, &QShortcut::activated, this, [this] {
        QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        QStringList lines;
        for (const QModelIndex &index : rows)
            lines << index.data().toString();
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    m_view->setToolTip(tr("Select lines and press %1 to copy them")
                           .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
}

void ErrorLogPanel::showRunning()
{
    ++m_generation;
    m_follow->setChecked(false);
    m_follow->setEnabled(false);
    m_logs->clear();
    m_groups->clear();
    m_model->setLog({}, {});
    m_info->clear();
}

void ErrorLogPanel::showDiagnosis(const WizardSession &session)
{
    m_logs->clear();
    const Diagnosis *diagnosis = session.diagnosis();
    if (!diagnosis)
        return;
    for (const LogTail &log : diagnosis->errorLogs())
        m_logs->addItem(log.path);
    // The app servers' own logs beside nginx's, in the same grouped view.
    for (const Diagnosis::AppLogText &log : diagnosis->appLogs())
        m_logs->addItem(log.title);
    m_logs->setVisible(m_logs->count() > 0);
    int first = 0;
    for (int i = 0; i < diagnosis->errorLogs().size(); ++i) {
        if (diagnosis->errorLogs().at(i).tail) {
            first = i;
            break;
        }
    }
    m_logs->setCurrentIndex(first);
    showLog(first);
}

void ErrorLogPanel::showLog(int which)
{
    setFollowing(false);
    m_follow->setChecked(false);
    const Diagnosis *diagnosis = m_session->diagnosis();
    const int nginxLogs = diagnosis ? int(diagnosis->errorLogs().size()) : 0;
    const QList<Diagnosis::AppLogText> appLogs =
        diagnosis ? diagnosis->appLogs() : QList<Diagnosis::AppLogText>();
    if (!diagnosis || which < 0 || which >= nginxLogs + appLogs.size()) {
        m_info->setText(tr("No error log file was read."));
        m_follow->setEnabled(false);
        return;
    }
    // nginx's logs first, then the app servers' (a journal cannot be followed as a file).
    LogTail log;
    ErrorLogIndex::Format format = ErrorLogIndex::Format::Nginx;
    bool followable = true;
    if (which < nginxLogs) {
        log = diagnosis->errorLogs().at(which);
    } else {
        const Diagnosis::AppLogText &app = appLogs.at(which - nginxLogs);
        format = ErrorLogIndex::Format::App;
        followable = !app.journal;
        log.path = app.path;
        log.tail = app.tail;
        log.neededRoot = app.neededRoot;
        if (!app.tail)
            log.error =
                RemoteError(RemoteError::Kind::ProtocolError,
                            app.problem.isEmpty() ? tr("%1 could not be read.").arg(app.path) : app.problem);
    }
    if (!log.tail) {
        m_info->setText(log.error.message());
        m_follow->setEnabled(false);
        m_model->setLog({}, {});
        return;
    }
    const QByteArray data = wholeLines(*log.tail);
    const qint64 fileSize = log.tail->fileSize;
    m_info->setText(tr("Building the index…"));
    const int generation = ++m_generation;
    QPointer<ErrorLogPanel> self(this);
    // Reading every byte of a 10 MiB tail takes tens of milliseconds: not on the GUI thread.
    QThreadPool::globalInstance()->start([self, data, generation, fileSize, log, format, followable] {
        auto index = std::make_shared<ErrorLogIndex>(ErrorLogIndex::build(data, format));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, data, index, generation, fileSize, log, followable] {
                if (!self || self->m_generation != generation)
                    return;
                self->m_model->setLog(data, std::move(*index));
                self->m_view->scrollToBottom();
                const qint64 shown = log.tail->data.size();
                self->m_info->setText(fileSize > shown ? tr("Last %1 of %2")
                                                             .arg(QLocale().formattedDataSize(shown),
                                                                  QLocale().formattedDataSize(fileSize))
                                                       : QLocale().formattedDataSize(fileSize));
                self->m_follow->setEnabled(followable);
                if (self->m_follower)
                    self->m_follower->deleteLater();
                if (followable) {
                    self->m_follower = new LogFollower(self->m_session->machine(), log.path,
                                                       log.neededRoot ? Privilege::Root : Privilege::User,
                                                       fileSize, log.tail->identity, self);
                    connect(self->m_follower, &LogFollower::appended, self, [self](const QByteArray &more) {
                        const QScrollBar *bar = self->m_view->verticalScrollBar();
                        const bool atEnd = bar->value() >= bar->maximum() - 2;
                        self->m_model->appendData(more);
                        if (atEnd)
                            self->m_view->scrollToBottom();
                    });
                    connect(self->m_follower, &LogFollower::restarted, self, [self] {
                        self->m_info->setText(tr("The log was rotated; following the new file"));
                    });
                    connect(self->m_follower, &LogFollower::failed, self, [self](const QString &message) {
                        self->m_info->setText(message);
                        self->m_follow->setChecked(false);
                    });
                }
                emit self->logShown();
            },
            Qt::QueuedConnection);
    });
}

void ErrorLogPanel::fillGroups()
{
    const QString current = m_model->groupFilter();
    const QSignalBlocker block(m_groups);
    m_groups->clear();
    const ErrorLogIndex &index = m_model->logIndex();
    auto *all = new QTreeWidgetItem(m_groups, {tr("All lines"), QLocale().toString(index.lineCount())});
    all->setData(0, kKeyRole, QString());
    QTreeWidgetItem *select = all;
    // Practice on a lab: a group named by its cause (or by the catalogue row, whose id is
    // close to it) would give the answer away; nginx's own words are evidence, and stay.
    const bool hidden = m_session->verdictsHidden();
    for (const ErrorLogIndex::Group *g : index.groups()) {
        QString title = hidden && !g->matched.isEmpty() ? g->matched
                        : g->cause && !hidden           ? causeTitle(*g->cause)
                                                        : g->rule;
        if (!g->upstream.isEmpty())
            title += QStringLiteral(" — ") + g->upstream;
        auto *item = new QTreeWidgetItem(m_groups, {title, QLocale().toString(qulonglong(g->rows.size()))});
        item->setData(0, kKeyRole, g->key);
        const CheckStatus tone = hidden                               ? CheckStatus::Skipped
                                 : g->verdict == LineVerdict::Failure ? CheckStatus::Fail
                                 : g->verdict == LineVerdict::Hint    ? CheckStatus::Warn
                                                                      : CheckStatus::Skipped;
        item->setIcon(0, StatusIcon::icon(tone, palette()));
        item->setToolTip(0,
                         g->httpStatus > 0 ? tr("%1 (clients got %2)").arg(title).arg(g->httpStatus) : title);
        if (g->key == current)
            select = item;
    }
    m_groups->setCurrentItem(select);
}

void ErrorLogPanel::setFollowing(bool on)
{
    if (!m_follower)
        return;
    if (on)
        m_follower->start();
    else
        m_follower->stop();
}

} // namespace gd

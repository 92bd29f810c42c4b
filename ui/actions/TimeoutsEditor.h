#pragma once

#include "app/fixes/FixContext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;

namespace gd {

class ApplyFlow;
class WizardSession;

// Step 5's Apply: the timeouts and buffers of the block nginx uses for the failing
// URL (or a block the user picks), prefilled with the diagnosis's recommendation
// (else the guide's values), each checked by ChangeValidator as it is typed; Preview
// shows the diff without writing; Apply runs the change through ApplyFlow.
class TimeoutsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TimeoutsEditor(WizardSession *session, QWidget *parent = nullptr);

    void showRunning();
    void showDiagnosis();
    ApplyFlow *flow() const { return m_flow; }
    // The value field for a directive ("proxy_read_timeout"), or nullptr.
    QLineEdit *field(const QString &directive) const;

private:
    struct Field
    {
        QString directive;
        QLineEdit *edit;
        QLabel *error;
    };

    QLayout *buildBlockRow();
    QLayout *buildButtons();
    void selectBlock(int comboIndex);
    // The changes typed, validated; the first problem in `problem` when invalid.
    QList<SettingChange> changes(QString *problem) const;
    void revalidate();
    void start(bool dryRun);
    void updateButtons();

    WizardSession *m_session;
    std::optional<FixContext> m_context;
    QLabel *m_status;
    QComboBox *m_block;
    QWidget *m_form;
    QFormLayout *m_formLayout;
    QLabel *m_source;
    QLabel *m_problem;
    QPushButton *m_preview;
    QPushButton *m_apply;
    QPushButton *m_recheck;
    ApplyFlow *m_flow;
    QList<Field> m_fields;
    bool m_valid = false;
};

} // namespace gd

#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;

namespace gd {

// The trainee names the cause (one of the cause codes, or "not a gateway fault") and
// the evidence line they rely on: picked from the lines the step-2 log view offers, or
// typed. Nothing here says whether it is right.
class CauseAnswerDialog : public QDialog
{
    Q_OBJECT
public:
    // `evidence`: candidate lines (the error log's, as step 2 shows them); `preselected`:
    // the line chosen in the step-2 view, if any.
    CauseAnswerDialog(const QStringList &evidence, const QString &preselected, QWidget *parent = nullptr);

    // A cause code, or "none".
    QString cause() const;
    QString evidence() const;
    // For tests: choose a cause by its code.
    bool chooseCause(const QString &code);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateOk();

    QComboBox *m_cause;
    QComboBox *m_evidence;
    QDialogButtonBox *m_buttons;
};

} // namespace gd

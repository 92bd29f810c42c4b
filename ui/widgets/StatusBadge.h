#pragma once

#include "app/model/CheckResult.h"

#include <QWidget>

class QLabel;

namespace gd {

class Spinner;

// Spinner while a check runs, then ✓ / ⚠ / ✗ with an optional word. Its
// "verdict" property ("running", "pass", "fail", ...) is what tests and
// accessibility tools read.
class StatusBadge : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString verdict READ verdict)
public:
    explicit StatusBadge(int iconSize = 18, bool withText = false, QWidget *parent = nullptr);

    void setRunning();
    void setIdle();
    // A practice run hides the doctor's verdict ("hidden").
    void setConcealed();
    void setStatus(CheckStatus status);
    QString verdict() const { return m_verdict; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void repaintIcon();

    Spinner *m_spinner;
    QLabel *m_icon;
    QLabel *m_text = nullptr;
    int m_iconSize;
    CheckStatus m_status = CheckStatus::Skipped;
    QString m_verdict = QStringLiteral("idle");
};

} // namespace gd

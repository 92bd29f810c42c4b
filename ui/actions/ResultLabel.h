#pragma once

#include "app/model/CheckResult.h"

#include <QLabel>

namespace gd {

// How an action ended, in plain words, on a background tinted by its status
// (green done, amber refused, red failed) so it reads at a glance in either palette.
class ResultLabel : public QLabel
{
    Q_OBJECT
    Q_PROPERTY(QString verdict READ verdict)
public:
    explicit ResultLabel(QWidget *parent = nullptr);
    void showResult(CheckStatus status, const QString &html);
    void clearResult();
    QString verdict() const { return m_verdict; }

private:
    QString m_verdict;
};

} // namespace gd

#pragma once

#include <QWidget>

namespace gd {

// The monitor's answers as bars, one per probe (about one a second), newest on the
// right: good answers short and green, gateway errors and no answer tall and red,
// so the difference shows in shape as well as colour. Painted by hand: no chart
// library for a row of bars.
class MonitorChart : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorChart(QWidget *parent = nullptr);

    void clear();
    void addSample(const QString &status, bool good);
    int sampleCount() const { return int(m_samples.size()); }
    int badCount() const { return m_bad; }

    QSize sizeHint() const override { return {480, 96}; }
    QSize minimumSizeHint() const override { return {160, 72}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Sample
    {
        QString status;
        bool good;
    };
    QList<Sample> m_samples;
    int m_bad = 0;
};

} // namespace gd

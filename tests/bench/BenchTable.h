#pragma once

// Prints benchmark figures as an aligned table, with each figure's target.

#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace gd::bench {

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

class BenchTable
{
public:
    explicit BenchTable(QString title) : m_title(std::move(title)) {}

    void row(const QString &what, const QString &figure, const QString &target = QString(), int verdict = -1)
    {
        m_rows.append({what, figure, target, verdict});
    }

    // Returns how many targets were missed.
    int print() const
    {
        QTextStream out(stdout);
        int wWhat = 10, wFigure = 8;
        for (const Row &r : m_rows) {
            wWhat = std::max(wWhat, int(r.what.size()));
            wFigure = std::max(wFigure, int(r.figure.size()));
        }
        out << "\n" << m_title << "\n" << QString(m_title.size(), QLatin1Char('=')) << "\n";
        int missed = 0;
        for (const Row &r : m_rows) {
            out << r.what.leftJustified(wWhat + 2) << r.figure.rightJustified(wFigure);
            if (!r.target.isEmpty())
                out << "   target " << r.target;
            if (r.verdict == 1)
                out << "   MET";
            else if (r.verdict == 0) {
                out << "   MISSED";
                ++missed;
            }
            out << "\n";
        }
        out.flush();
        return missed;
    }

private:
    struct Row
    {
        QString what, figure, target;
        int verdict;
    };
    QString m_title;
    QList<Row> m_rows;
};

} // namespace gd::bench

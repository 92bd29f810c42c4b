#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gd {

// Plain words for the jargon that nginx's log lines and our findings carry: the
// errno texts ("111: Connection refused"), FastCGI, TLS. One table (Glossary.cpp);
// the CLI prints a line for each term its output used, the wizard may show them
// as tooltips.
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(gd::Glossary)
public:
    struct Entry
    {
        const char *term;    // as it appears in text, matched without regard to case
        const char *meaning; // translated with tr()
    };

    static const QList<Entry> &table();
    // "term: meaning" for every entry whose term occurs in `text`, in table order.
    static QStringList explain(const QString &text);
};

} // namespace gd

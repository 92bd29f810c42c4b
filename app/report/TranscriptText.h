#pragma once

#include "remote/CommandResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gd {

// Every command the diagnosis ran, in order, with how it ended and its output
// (cut to a readable size), as plain text for the clipboard or a ticket.
class TranscriptText
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptText)
public:
    static QString render(const QList<CommandResult> &commands, int maxOutputChars = 4000);
};

} // namespace gd

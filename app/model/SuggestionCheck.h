#pragma once

#include <QCoreApplication>
#include <QString>

namespace gd {

// Whether a suggested config edit passed `nginx -t` before anyone saw it: the
// diagnosis applies a finding's edits to a scratch copy of the config nginx runs
// and tests that copy (app/engine/SuggestionValidator). A refused suggestion is
// shown with nginx's own message and never carried out; one that could not be
// tested (replayed facts, no sudo, nginx not running) says why and stays offered.
struct SuggestionCheck
{
    Q_DECLARE_TR_FUNCTIONS(gd::SuggestionCheck)
public:
    enum class State
    {
        None,       // not a config edit, or never looked at
        Passed,     // the tool accepted the edited scratch copy
        Refused,    // the tool refused it: message is its own words
        NotChecked, // could not be tested: message says why
    };

    State state = State::None;
    QString tool;    // "nginx -t"
    QString message; // Refused: the tool's message; NotChecked: why

    static SuggestionCheck passed(const QString &tool) { return {State::Passed, tool, {}}; }
    static SuggestionCheck refused(const QString &tool, const QString &message)
    {
        return {State::Refused, tool, message};
    }
    static SuggestionCheck notChecked(const QString &why) { return {State::NotChecked, {}, why}; }

    bool isRefused() const { return state == State::Refused; }
    // The JSON "validated" value and the human line: "nginx -t", "nginx -t refuses
    // this suggestion: <message>", "not checked: <why>"; empty for None.
    QString text() const
    {
        switch (state) {
        case State::None:
            return {};
        case State::Passed:
            return tool;
        case State::Refused:
            return tr("%1 refuses this suggestion: %2").arg(tool, message);
        case State::NotChecked:
            return tr("not checked: %1").arg(message);
        }
        return {};
    }
};

} // namespace gd

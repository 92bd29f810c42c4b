#pragma once

#include <QList>
#include <QString>

namespace gd {

// One row of the table of the guide's six steps (Step.cpp): the engine, the
// wizard, the CLI and the reports take every step's texts from it.
struct StepInfo
{
    int number;             // 1..6
    const char *title;      // the step's question: "Is the nginx configuration right?"
    const char *shortTitle; // for navigation: "4. Configuration"
    const char *intro;      // one sentence: what the step checks and why
    const char *next;       // what to do next when the step found nothing
};

// The six steps, in order.
const QList<StepInfo> &stepTable();
constexpr int kStepCount = 6;

// Translated texts of step `number` (1..6); an empty string for any other number.
QString stepTitle(int number);
QString stepShortTitle(int number);
QString stepIntro(int number);
QString stepNext(int number);

} // namespace gd

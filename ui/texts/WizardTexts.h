#pragma once

#include <QString>

namespace gd {

// The wizard's explanatory texts. They live here, in resources/, and not in widget
// code, so that a writer can reword them without touching a widget; each goes
// through Qt's translation system (context "WizardTexts", extracted by lupdate from
// WizardTexts.cpp).
class WizardTexts
{
public:
    // Keys are stable identifiers ("step.2.intro"); an unknown key returns the key
    // itself, so a typo shows up on screen instead of an empty label.
    static QString text(const char *key);

    // Shorthands for the per-step texts.
    static QString stepTitle(int step); // "Is the upstream running?"
    static QString stepIntro(int step); // one sentence: what the step checks and why
    static QString stepNext(int step);  // what to do next when the step found nothing
};

} // namespace gd

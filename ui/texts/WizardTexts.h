#pragma once

#include "app/model/DiagnosisReport.h"

#include <QString>

namespace gd {

// The wizard's explanatory texts, kept out of widget code so that a writer can
// reword them without touching a widget; each goes through Qt's translation system
// (context "WizardTexts"). The steps' own texts are in app/model/Step.
class WizardTexts
{
public:
    // Keys are stable identifiers ("start.intro"); an unknown key returns the key
    // itself, so a typo shows up on screen instead of an empty label.
    static QString text(const char *key);
    // The symptom as the diagnosis measured it: "nginx answers 504 to URL now, after
    // 1.0 s." (empty without a failing URL).
    static QString symptom(const TargetInfo &target);
};

} // namespace gd

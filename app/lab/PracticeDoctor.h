#pragma once

#include "app/lab/LabError.h"
#include "app/model/DiagnosisReport.h"
#include "remote/Result.h"

#include <QJsonObject>
#include <QString>

namespace gd {

class Machine;

// The doctor on a lab: the real DiagnosisEngine against the lab's nginx (its config file
// and the failing URL), exactly as `gateway-doctor diagnose --conf ... --url ...` runs it.
// Its report is what the practice mode hides until the trainee names a cause, and its
// condensed path (each step's verdict and key evidence, the root cause) is what the
// debrief puts beside the trainee's.
class PracticeDoctor
{
public:
    static Result<DiagnosisReport, LabError> diagnose(Machine *machine, const QString &configFile,
                                                      const QString &url);
    // {"cause": code or "", "summary", "evidence", "steps": [{"step", "title", "status",
    //  "evidence"}], "findings": [codes...]}
    static QJsonObject path(const DiagnosisReport &report);
    // The top finding's cause code, "" when the doctor found nothing.
    static QString topCause(const DiagnosisReport &report);
};

} // namespace gd

#include "ui/panels/PhpFpmAdvice.h"

#include "app/engine/Diagnosis.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/StatusIcon.h"

namespace gd {

PhpFpmAdvice::PhpFpmAdvice(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("phpFpmAdvice"));
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(8);
    setText(WizardTexts::text("phpfpm.advice"));
    hide();
}

bool PhpFpmAdvice::appliesTo(const Diagnosis *diagnosis)
{
    if (!diagnosis)
        return false;
    for (const UpstreamTarget &t : diagnosis->targets().targets()) {
        if (t.directive == QLatin1String("fastcgi_pass") || !t.phpVersion.isEmpty() ||
            t.unixPath.contains(QLatin1String("php")))
            return true;
    }
    return false;
}

void PhpFpmAdvice::showFor(const Diagnosis *diagnosis)
{
    setVisible(appliesTo(diagnosis));
}

} // namespace gd

#pragma once

#include "app/model/Evidence.h"

#include <QWidget>

namespace gd {

struct LineMark;

class CodeView;

// One piece of evidence: where it comes from (a file:line link that opens the
// excerpt around it) and the exact text, token-coloured where a syntax definition
// fits and with our mark on the span that matters.
class EvidenceView : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceView(const Evidence &evidence, QWidget *parent = nullptr);
    const Evidence &evidence() const { return m_evidence; }
    CodeView *codeView() const { return m_code; }

    // The span of `evidence` as a mark on its excerpt's line numbers.
    static LineMark markOf(const Evidence &evidence, int firstLine);

signals:
    void locationActivated(const gd::Evidence &evidence);

private:
    Evidence m_evidence;
    CodeView *m_code;
};

} // namespace gd

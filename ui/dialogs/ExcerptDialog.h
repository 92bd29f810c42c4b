#pragma once

#include "app/model/Evidence.h"

#include <QDialog>

namespace gd {

class Diagnosis;

// Opens a file at a line: the whole config file (or the log's tail) with the line
// marked and centred, from what the diagnosis already read.
class ExcerptDialog : public QDialog
{
    Q_OBJECT
public:
    ExcerptDialog(const Diagnosis *diagnosis, const Evidence &evidence, QWidget *parent = nullptr);
};

} // namespace gd

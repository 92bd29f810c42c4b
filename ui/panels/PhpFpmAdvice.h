#pragma once

#include <QLabel>

namespace gd {

class Diagnosis;

// The PHP-FPM advice, shown on steps 5 and 6 only where an upstream is PHP-FPM
// (a fastcgi_pass, or a socket named after php-fpm).
class PhpFpmAdvice : public QLabel
{
    Q_OBJECT
public:
    explicit PhpFpmAdvice(QWidget *parent = nullptr);
    void showFor(const Diagnosis *diagnosis);
    static bool appliesTo(const Diagnosis *diagnosis);
};

} // namespace gd

#include "app/model/UiLanguage.h"

namespace gd {

namespace {
QString &language()
{
    static QString value;
    return value;
}
} // namespace

QString UiLanguage::current()
{
    return language();
}

void UiLanguage::set(const QString &value)
{
    language() = value;
}

} // namespace gd

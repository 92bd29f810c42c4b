#include "app/model/FailingUrl.h"

#include <QRegularExpression>
#include <QUrl>

namespace gd {

namespace {

// The first space or control character (a pasted line break, a tab), or -1.
qsizetype firstBreak(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return i;
    }
    return -1;
}

// The text as an error message may show it: user name and password, if any, left out.
QString shown(const QString &text)
{
    static const QRegularExpression userInfo(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)?[^/@]*@"));
    QString out = text;
    return out.replace(userInfo, QStringLiteral("\\1…@"));
}

} // namespace

Result<QString, FailingUrl::Problem> FailingUrl::from(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return QString();
    if (const qsizetype at = firstBreak(text); at >= 0) {
        const QChar c = text.at(at);
        const QString what =
            c == QLatin1Char(' ')    ? tr("a space")
            : c == QLatin1Char('\n') ? tr("a line break")
            : c == QLatin1Char('\t')
                ? tr("a tab")
                : tr("a control character (U+%1)")
                      .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        return Problem{tr("The URL has %1 at character %2; a URL has none (a space in a path is written %3).")
                           .arg(what, QString::number(at + 1), QStringLiteral("%20"))};
    }
    QString url = text;
    if (!url.contains(QLatin1String("://")))
        url.prepend(QStringLiteral("http://"));
    const QUrl parsed(url);
    if (!parsed.isValid())
        // QUrl's message goes on with "; source was "…"; userinfo = …": the reason only.
        return Problem{
            tr("\"%1\" is not a URL: %2")
                .arg(shown(text), parsed.errorString().section(QLatin1String("; source was"), 0, 0))};
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Problem{tr("Gateway Doctor asks nginx for http:// and https:// URLs; \"%1\" is a %2:// URL.")
                           .arg(shown(text), parsed.scheme())};
    // A password in the URL would be in curl's argv, the transcript and the report.
    if (!parsed.userInfo().isEmpty())
        return Problem{tr("Leave the user name and password out of the URL (\"%1@\"): the URL goes into "
                          "commands and the report, and whether nginx answers does not depend on them.")
                           .arg(parsed.userName())};
    if (parsed.host().isEmpty())
        return Problem{tr("The URL \"%1\" names no host: write it as your browser shows it, such as "
                          "https://example.org/api.")
                           .arg(shown(text))};
    return url;
}

} // namespace gd

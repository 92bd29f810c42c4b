#include "ui/panels/ConfigBlockPanel.h"

#include "app/config/LocationMatcher.h"
#include "app/config/NginxTestOutput.h"
#include "app/engine/Diagnosis.h"
#include "remote/ByteText.h"
#include "ui/session/WizardSession.h"
#include "ui/texts/WizardTexts.h"
#include "ui/widgets/CodeView.h"
#include "ui/widgets/StatusIcon.h"

#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace gd {

ConfigBlockPanel::ConfigBlockPanel(QWidget *parent)
    : StepPanel(parent), m_blockTitle(new QLabel(this)), m_block(new CodeView(this)), m_test(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_blockTitle->setWordWrap(true);
    m_blockTitle->setTextFormat(Qt::RichText);
    layout->addWidget(m_blockTitle);
    m_block->setObjectName(QStringLiteral("serverBlock"));
    m_block->setAccessibleName(tr("The server block for the failing URL"));
    layout->addWidget(m_block);
    m_test->setObjectName(QStringLiteral("nginxTestOutput"));
    m_test->setWordWrap(true);
    m_test->setTextFormat(Qt::RichText);
    m_test->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                    Qt::LinksAccessibleByKeyboard);
    layout->addWidget(m_test);
    connect(m_test, &QLabel::linkActivated, this, [this](const QString &link) {
        // "loc:LINE:PATH" (the path may contain colons).
        const QString line = link.section(QLatin1Char(':'), 1, 1);
        Evidence e;
        e.source = QStringLiteral("config");
        e.file = link.section(QLatin1Char(':'), 2);
        e.line = line.toInt();
        if (m_diagnosis && m_diagnosis->config())
            e.excerpt = m_diagnosis->config()->lineText(e.file, e.line);
        emit locationActivated(e);
    });
    showRunning();
}

void ConfigBlockPanel::showRunning()
{
    m_diagnosis = nullptr;
    m_blockTitle->clear();
    m_block->hide();
    m_test->clear();
}

void ConfigBlockPanel::showDiagnosis(const WizardSession &session)
{
    m_diagnosis = session.diagnosis();
    if (!m_diagnosis)
        return;
    showBlock(*m_diagnosis, session.options().url);
    showTestOutput(*m_diagnosis);
}

void ConfigBlockPanel::showBlock(const Diagnosis &diagnosis, const QString &url)
{
    m_block->hide();
    if (url.isEmpty()) {
        m_blockTitle->setText(WizardTexts::text("step.4.noUrl"));
        return;
    }
    if (!diagnosis.config()) {
        // nginx -T prints nothing for a config it refuses: its messages below say why.
        m_blockTitle->setText(
            diagnosis.configCommand().exitCode != 0 && diagnosis.configCommand().ran()
                ? tr("nginx refuses its configuration (see below), so the route of %1 cannot be worked out.")
                      .arg(url.toHtmlEscaped())
                : tr("The configuration could not be read (%1), so the route of %2 cannot be worked out.")
                      .arg(diagnosis.configError().message().toHtmlEscaped(), url.toHtmlEscaped()));
        return;
    }
    const NginxConfig &config = *diagnosis.config();
    const LocationMatcher matcher(config);
    const Result<LocationMatch, ConfigError> match = matcher.match(QUrl(url));
    if (!match || !match->found()) {
        m_blockTitle->setText(
            tr("No server block of this configuration handles %1%2")
                .arg(url.toHtmlEscaped(),
                     match ? QString() : QStringLiteral(": ") + match.error().message().toHtmlEscaped()));
        return;
    }
    const NginxDirective &server = *match->server;
    QStringList lines;
    for (int l = server.line; l <= qMax(server.line, server.endLine); ++l)
        lines << config.lineText(server.file, l);
    QList<LineMark> marks;
    for (const NginxDirective *location : match->locationChain)
        marks << LineMark{location->line, -1, 0, location == match->location};
    if (match->target) {
        LineMark pass{match->target->line, -1, 0, true};
        const QString text = config.lineText(server.file, match->target->line);
        const int at = int(text.indexOf(match->target->value));
        if (at >= 0) {
            pass.spanStart = at;
            pass.spanLength = int(match->target->value.size());
        }
        marks << pass;
    }
    QString title = tr("<b>%1</b> is handled by the server block at <tt>%2</tt>")
                        .arg(url.toHtmlEscaped(), server.location().toHtmlEscaped());
    if (match->location)
        title += tr(", location <tt>%1</tt> (%2)")
                     .arg(match->location->args.join(QLatin1Char(' ')).toHtmlEscaped(),
                          match->locationReason.toHtmlEscaped());
    if (match->target)
        title += tr(", which passes it to <tt>%1</tt>").arg(match->target->endpoint().toHtmlEscaped());
    m_blockTitle->setText(title + QLatin1Char('.'));
    m_block->setCode(lines.join(QLatin1Char('\n')), server.line, QStringLiteral("nginx"));
    m_block->setMarks(marks);
    m_block->fitToContent(24);
    m_block->show();
}

void ConfigBlockPanel::showTestOutput(const Diagnosis &diagnosis)
{
    const CommandResult &dump = diagnosis.configCommand();
    if (dump.commandLine.isEmpty()) {
        m_test->clear();
        return;
    }
    const NginxTestOutput test = NginxTestOutput::parse(utf8Text(dump.stdErr), dump.exitCode);
    QString html = QStringLiteral("<b>%1</b> <tt>%2</tt>")
                       .arg(tr("nginx says").toHtmlEscaped(), dump.commandLine.toHtmlEscaped());
    if (diagnosis.configNeedsRoot())
        html +=
            tr("nginx could not test its configuration as this user (it needs root to open its log and pid "
               "files); the files were read one by one instead.")
                .toHtmlEscaped()
                .prepend(QStringLiteral("<br>"));
    const QColor bad = StatusIcon::colour(CheckStatus::Fail, palette());
    const QColor warn = StatusIcon::colour(CheckStatus::Warn, palette());
    html += QStringLiteral("<pre>");
    for (const NginxMessage &m : test.messages()) {
        QString line = m.raw.toHtmlEscaped();
        if (m.line > 0 && !m.file.isEmpty()) {
            const QString where = m.location().toHtmlEscaped();
            line.replace(where, QStringLiteral("<a href=\"loc:%1:%2\">%3</a>")
                                    .arg(m.line)
                                    .arg(m.file.toHtmlEscaped(), where));
        }
        if (m.isError())
            line = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(bad.name(), line);
        else if (m.isWarning())
            line = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(warn.name(), line);
        html += line + QLatin1Char('\n');
    }
    html += QStringLiteral("</pre>");
    m_test->setText(html);
}

} // namespace gd

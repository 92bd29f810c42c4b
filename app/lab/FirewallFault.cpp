#include "app/lab/FirewallFault.h"

#include "app/lab/LabRuntime.h"
#include "remote/ByteText.h"

#include <QRegularExpression>

namespace gd {

QString FirewallFault::table(const LabRuntime &lab) const
{
    return lab.params().value(QStringLiteral("nft_table"));
}

QJsonObject FirewallFault::record() const
{
    return {{QStringLiteral("nft_handle"), m_handle}};
}

void FirewallFault::restore(const QJsonObject &record)
{
    m_handle = record.value(QStringLiteral("nft_handle")).toString();
}

LabError FirewallFault::nft(LabRuntime &lab, const QStringList &arguments, QByteArray *output) const
{
    const CommandResult result = lab.host().run(QStringList{lab.host().info().nft} + arguments, 10000, true);
    if (output)
        *output = result.stdOut;
    if (result.error.isError())
        return LabError::fromRemote(result.error);
    if (result.exitCode != 0)
        return LabError(LabError::Kind::Failed, tr("nft %1 failed").arg(arguments.first()),
                        localText(result.stdErr));
    return {};
}

LabError FirewallFault::apply(LabRuntime &lab)
{
    const QString name = table(lab);
    static const QRegularExpression shape(QStringLiteral("^gd_lab_[a-z0-9_]{1,40}$"));
    if (!shape.match(name).hasMatch())
        return LabError(LabError::Kind::Failed, tr("not a lab table name: %1").arg(name));
    // The record first: whatever ends the lab from here on finds the table by it.
    if (LabError e =
            lab.host().write(FileBundle().file(QStringLiteral("run/nft-table"), name.toUtf8() + '\n')))
        return e;
    if (LabError e = nft(lab, {QStringLiteral("add"), QStringLiteral("table"), QStringLiteral("inet"), name}))
        return e;
    if (LabError e = nft(lab, {QStringLiteral("add"), QStringLiteral("chain"), QStringLiteral("inet"), name,
                               QStringLiteral("output"), QStringLiteral("{"), QStringLiteral("type"),
                               QStringLiteral("filter"), QStringLiteral("hook"), QStringLiteral("output"),
                               QStringLiteral("priority"), QStringLiteral("0"), QStringLiteral(";"),
                               QStringLiteral("policy"), QStringLiteral("accept"), QStringLiteral(";"),
                               QStringLiteral("}")}))
        return e;
    QStringList rule{QStringLiteral("--echo"),
                     QStringLiteral("--handle"),
                     QStringLiteral("add"),
                     QStringLiteral("rule"),
                     QStringLiteral("inet"),
                     name,
                     QStringLiteral("output"),
                     QStringLiteral("ip"),
                     QStringLiteral("daddr"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("tcp"),
                     QStringLiteral("dport"),
                     string("port")};
    if (string("action") == QLatin1String("drop"))
        rule << QStringLiteral("drop");
    else
        rule << QStringLiteral("reject") << QStringLiteral("with") << QStringLiteral("icmp")
             << QStringLiteral("type") << QStringLiteral("host-unreachable");
    QByteArray echoed;
    if (LabError e = nft(lab, rule, &echoed))
        return e;
    const QRegularExpressionMatch handle =
        QRegularExpression(QStringLiteral("# handle (\\d+)")).match(utf8Text(echoed));
    m_handle = handle.captured(1);
    lab.params().insert(QStringLiteral("nft_handle"), m_handle);
    return {};
}

LabError FirewallFault::verify(LabRuntime &lab, const LabTree &)
{
    QByteArray listed;
    if (LabError e = nft(lab,
                         {QStringLiteral("--handle"), QStringLiteral("list"), QStringLiteral("chain"),
                          QStringLiteral("inet"), table(lab), QStringLiteral("output")},
                         &listed))
        return e;
    if (m_handle.isEmpty() || !listed.contains("# handle " + m_handle.toUtf8()))
        return LabError(LabError::Kind::SymptomNotReal, tr("the firewall rule is not in place"));
    return {};
}

LabError FirewallFault::undo(LabRuntime &lab)
{
    nft(lab, {QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"), table(lab)});
    return lab.host().write(FileBundle().remove(QStringLiteral("run/nft-table")));
}

PracticeCheck FirewallFault::check(LabRuntime &lab, const LabTree &)
{
    const QString id = QStringLiteral("fault:") + type();
    const QString title = tr("no firewall rule blocks port %1").arg(string("port"));
    QByteArray listed;
    if (nft(lab,
            {QStringLiteral("--handle"), QStringLiteral("list"), QStringLiteral("chain"),
             QStringLiteral("inet"), table(lab), QStringLiteral("output")},
            &listed))
        return PracticeCheck::pass(id, title, tr("the lab's firewall chain is gone"));
    // In order, as nft applies them: an accept for the port before the blocking rule
    // lets the traffic through as surely as deleting the rule does.
    const QByteArray port = "dport " + string("port").toUtf8();
    for (const QByteArray &line : listed.split('\n')) {
        if (!line.contains(port))
            continue;
        if (line.contains(" accept"))
            return PracticeCheck::pass(id, title,
                                       tr("an accept rule comes first: %1").arg(utf8Text(line.trimmed())));
        if (line.contains(" reject") || line.contains(" drop"))
            return PracticeCheck::fail(id, title, tr("nft still has: %1").arg(utf8Text(line.trimmed())));
    }
    return PracticeCheck::pass(id, title);
}

} // namespace gd

#include "app/lab/FixApplier.h"

#include "app/lab/LabRuntime.h"
#include "app/lab/LabTree.h"
#include "app/lab/TextLines.h"
#include "remote/ByteText.h"

namespace gd {

QString FixApplier::relative(const QString &absolute) const
{
    const QString prefix = m_lab.host().labDir() + QLatin1Char('/');
    if (!absolute.startsWith(prefix) || absolute.contains(QLatin1String("/../")))
        return {};
    return absolute.mid(prefix.size());
}

LabError FixApplier::locate(QList<LabFixAction> &actions) const
{
    QStringList files;
    for (const LabFixAction &a : std::as_const(actions)) {
        if (a.kind == LabFixAction::Kind::Edit && !relative(a.file).isEmpty())
            files << relative(a.file);
    }
    if (files.isEmpty())
        return {};
    const Result<LabTree, LabError> tree = m_lab.host().read(files);
    if (!tree)
        return tree.error();
    for (LabFixAction &a : actions) {
        if (a.kind != LabFixAction::Kind::Edit)
            continue;
        const LabEntry *entry = tree->entry(relative(a.file));
        const QList<int> found = entry ? TextLines::find(utf8Text(entry->content), a.oldLine) : QList<int>();
        a.line = found.size() == 1 ? found.first() : 0;
    }
    return {};
}

QString FixApplier::refusal(const LabFixAction &a) const
{
    const QStringList &v = a.argv;
    if (v.size() == 5 && v.at(0) == QLatin1String("gateway-doctor") && v.at(1) == QLatin1String("practice") &&
        v.at(2) == QLatin1String("service"))
        return m_lab.service(v.at(4)) ? QString() : tr("the lab has no service %1").arg(v.at(4));
    if (v.size() == 3 && v.at(0) == QLatin1String("chmod"))
        return relative(v.at(2)).isEmpty() ? tr("chmod outside the lab") : QString();
    if (v == QStringList{QStringLiteral("setsebool"), QStringLiteral("httpd_can_network_connect"),
                         QStringLiteral("on")})
        return {};
    const QString table = m_lab.params().value(QStringLiteral("nft_table"));
    if (v.size() >= 5 && v.at(0) == QLatin1String("nft") && v.at(1) == QLatin1String("delete") &&
        v.at(3) == QLatin1String("inet") && v.at(4) == table && !table.isEmpty())
        return {};
    return tr("not a command the lab runs: %1").arg(v.join(QLatin1Char(' ')));
}

LabError FixApplier::runCommand(const LabFixAction &a)
{
    if (const QString why = refusal(a); !why.isEmpty())
        return LabError(LabError::Kind::Refused, why);
    const QStringList &v = a.argv;
    if (v.at(0) == QLatin1String("gateway-doctor")) {
        const QString verb = v.at(3);
        const QString name = v.at(4);
        if (verb == QLatin1String("start"))
            return m_lab.isRunning(name) ? LabError() : m_lab.start(name);
        if (verb == QLatin1String("stop"))
            return m_lab.stop(name);
        if (verb == QLatin1String("restart")) {
            if (LabError e = m_lab.stop(name))
                return e;
            return m_lab.start(name);
        }
        if (verb == QLatin1String("reload"))
            return m_lab.reload(name);
        return LabError(LabError::Kind::Refused, tr("unknown service command %1").arg(verb));
    }
    if (v.at(0) == QLatin1String("chmod"))
        return m_lab.host().write(FileBundle().chmod(relative(v.at(2)), v.at(1).toInt(nullptr, 8)));
    // nft on the lab's own table
    const CommandResult result =
        m_lab.host().run(QStringList{m_lab.host().info().nft} + v.mid(1), 10000, true);
    if (!result.succeeded())
        return LabError(LabError::Kind::Failed, tr("%1 failed").arg(v.join(QLatin1Char(' '))),
                        localText(result.stdErr));
    return {};
}

LabError FixApplier::apply(QList<LabFixAction> &actions)
{
    if (LabError e = locate(actions))
        return e;
    bool nginxChanged = false;
    for (LabFixAction &a : actions) {
        if (a.kind == LabFixAction::Kind::Command) {
            if (LabError e = runCommand(a))
                return e;
            m_log << a.describe();
            continue;
        }
        const QString rel = relative(a.file);
        if (rel.isEmpty())
            return LabError(LabError::Kind::Refused, tr("%1 is not a file of the lab").arg(a.file));
        const Result<LabTree, LabError> tree = m_lab.host().read({rel});
        if (!tree)
            return tree.error();
        const LabEntry *entry = tree->entry(rel);
        if (!entry || entry->type != LabEntry::Type::File)
            return LabError(LabError::Kind::Failed, tr("%1 is missing").arg(a.file));
        QString text = utf8Text(entry->content);
        const QList<int> found = TextLines::find(text, a.oldLine);
        if (found.size() != 1)
            return LabError(LabError::Kind::Failed,
                            tr("%1 no longer has the line \"%2\" exactly once (changed by hand?)")
                                .arg(a.file, a.oldLine.trimmed()));
        a.line = found.first();
        TextLines::replaceLine(text, a.oldLine, a.newText);
        if (LabError e = m_lab.host().write(FileBundle().file(rel, text.toUtf8(), entry->mode)))
            return e;
        m_log << a.describe();
        nginxChanged = nginxChanged || rel.startsWith(QLatin1String("etc/nginx/"));
    }
    if (nginxChanged && m_lab.isRunning(QStringLiteral("nginx"))) {
        const Result<LabRuntime::NginxTest, LabError> test = m_lab.testNginx();
        if (!test)
            return test.error();
        if (!test->ok)
            return LabError(LabError::Kind::Failed, tr("nginx -t fails after the fix"), test->output);
        m_log << QStringLiteral("nginx -t: ok");
        if (LabError e = m_lab.reloadNginx())
            return e;
        m_log << tr("nginx reloaded");
    }
    return {};
}

} // namespace gd

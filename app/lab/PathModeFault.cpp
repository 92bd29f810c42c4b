#include "app/lab/PathModeFault.h"

#include "app/lab/LabRuntime.h"
#include "app/lab/LabTree.h"

namespace gd {

int PathModeFault::wantedMode(const LabRuntime &lab) const
{
    const QString text = lab.host().info().root || string("mode_unprivileged").isEmpty()
                             ? string("mode")
                             : string("mode_unprivileged");
    return text.toInt(nullptr, 8);
}

void PathModeFault::restore(const QJsonObject &record)
{
    m_originalMode = record.value(QStringLiteral("original_mode")).toInt(-1);
}

LabError PathModeFault::apply(LabRuntime &lab)
{
    const QString path = string("path");
    const Result<LabTree, LabError> tree = lab.host().read({path});
    if (!tree)
        return tree.error();
    const LabEntry *entry = tree->entry(path);
    if (!entry || entry->type == LabEntry::Type::Missing)
        return LabError(LabError::Kind::BadScenario, tr("%1: the lab has no %2").arg(type(), path));
    m_originalMode = entry->mode;
    return lab.host().write(FileBundle().chmod(path, wantedMode(lab)));
}

LabError PathModeFault::verify(LabRuntime &lab, const LabTree &tree)
{
    const LabEntry *entry = tree.entry(string("path"));
    if (!entry || entry->mode != wantedMode(lab))
        return LabError(LabError::Kind::SymptomNotReal,
                        tr("%1 does not have the mode it was given.").arg(string("path")));
    return {};
}

LabError PathModeFault::undo(LabRuntime &lab)
{
    if (m_originalMode < 0)
        return {};
    return lab.host().write(FileBundle().chmod(string("path"), m_originalMode));
}

PracticeCheck PathModeFault::check(LabRuntime &lab, const LabTree &tree)
{
    const QString path = string("path");
    const QString id = QStringLiteral("fault:") + type();
    const LabHostInfo &info = lab.host().info();
    const QString title = tr("nginx's workers (%1) may pass %2").arg(info.workerUser, path);
    const LabEntry *entry = tree.entry(path);
    if (!entry || entry->type == LabEntry::Type::Missing)
        return PracticeCheck::fail(id, title, tr("%1 is missing").arg(path));
    // Which of the three permission triples applies to the workers' user.
    int bits = entry->mode & 07;
    if (info.workerUid == 0)
        bits = 07;
    else if (entry->uid == info.workerUid)
        bits = (entry->mode >> 6) & 07;
    else if (entry->gid == info.workerGid)
        bits = (entry->mode >> 3) & 07;
    const bool directory = entry->type == LabEntry::Type::Directory;
    const int needed = directory ? 01 : 02; // search a directory, write (connect to) a socket
    const QString mode = QString::number(entry->mode, 8).rightJustified(4, QLatin1Char('0'));
    if (bits & needed)
        return PracticeCheck::pass(id, title, tr("mode %1").arg(mode));
    return PracticeCheck::fail(id, title,
                               tr("mode %1, owner uid %2, group gid %3: %4 may not %5 it")
                                   .arg(mode)
                                   .arg(entry->uid)
                                   .arg(entry->gid)
                                   .arg(info.workerUser, directory ? tr("enter") : tr("connect to")));
}

} // namespace gd

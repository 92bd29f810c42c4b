#include "app/engine/PoolScratchCheck.h"

#include "app/checks/PhpFpmMasters.h"
#include "app/config/PhpFpmPoolConfig.h"
#include "app/engine/Diagnosis.h"
#include "app/engine/ScratchConfig.h"
#include "app/facts/Facts.h"
#include "app/facts/ParsedFacts.h"
#include "app/facts/PhpFpmPoolFiles.h"
#include "remote/ByteText.h"
#include "remote/Machine.h"

#include <QRegularExpression>

#include <algorithm>

namespace gd {

namespace {

const QString kTool = QStringLiteral("php-fpm -t");

} // namespace

PoolScratchCheck::PoolScratchCheck(Machine *machine, std::shared_ptr<const Diagnosis> diagnosis,
                                   QObject *parent)
    : QObject(parent), m_machine(machine), m_diagnosis(std::move(diagnosis))
{
}

PoolScratchCheck::Copy PoolScratchCheck::build(const Diagnosis &diagnosis, const QList<FixAction> &edits,
                                               const QString &root, bool applied)
{
    Copy copy;
    const ParsedFacts &parsed = diagnosis.parsed();
    const PhpFpmPool *pool = nullptr;
    for (const PhpFpmPool &p : parsed.pools.pools()) {
        for (const PhpFpmValue &v : p.values) {
            if (std::any_of(edits.begin(), edits.end(), [&](const FixAction &a) { return a.file == v.file; }))
                pool = &p;
        }
    }
    const QList<PhpFpmInstance> masters =
        parsed.processes ? parsed.processes->phpFpm() : QList<PhpFpmInstance>();
    const PhpFpmInstance *master = pool ? PhpFpmMasters::masterOf(*pool, masters, parsed) : nullptr;
    if (!master) {
        copy.error = tr("no running php-fpm master of this pool was found to test it with");
        return copy;
    }
    QMap<QString, QString> texts;
    for (const auto &[path, text] : phpFpmPoolFiles(diagnosis.facts().phpFpmPools.stdOut))
        texts.insert(path, text);
    if (!texts.contains(master->configPath)) {
        copy.error = tr("php-fpm's main config %1 was not read").arg(master->configPath);
        return copy;
    }
    copy.binary = PhpFpmMasters::binary(diagnosis.facts(), *master);
    copy.mainFile = root + QStringLiteral("/php-fpm.conf");
    // Its include= lines now name the copy's pool directory (one glob for all of them,
    // in php-fpm's order: the files are numbered as the live globs sorted them).
    QStringList includes =
        PhpFpmPoolConfig::parse(master->configPath, texts.value(master->configPath)).includes();
    QStringList included;
    for (QString pattern : includes) {
        if (!pattern.startsWith(QLatin1Char('/')))
            pattern.prepend(QStringLiteral("/usr/")); // php-fpm's default prefix, as ProbeCommands reads them
        const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(pattern));
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            if (glob.match(it.key()).hasMatch() && !included.contains(it.key()))
                included << it.key();
        }
    }
    QString main;
    bool includeWritten = false;
    static const QRegularExpression includeLine(QStringLiteral("^\\s*include\\s*="));
    for (const QString &line : texts.value(master->configPath).split(QLatin1Char('\n'))) {
        if (includeLine.match(line).hasMatch()) {
            if (!includeWritten)
                main += QStringLiteral("include=%1/pool.d/*.conf\n").arg(root);
            includeWritten = true;
            continue;
        }
        main += line + QLatin1Char('\n');
    }
    copy.files.insert(copy.mainFile, main);
    copy.livePathOf.insert(copy.mainFile, master->configPath);
    int n = 0;
    for (const QString &live : std::as_const(included)) {
        QString text = texts.value(live);
        QList<FixAction> mine;
        for (const FixAction &a : edits) {
            if (a.file == live && applied)
                mine << a;
        }
        if (const QString error = ScratchConfig::applyEdits(live, text, mine); !error.isEmpty()) {
            copy.error = error;
            return copy;
        }
        const QString scratch = QStringLiteral("%1/pool.d/%2-%3.conf")
                                    .arg(root)
                                    .arg(++n, 3, 10, QLatin1Char('0'))
                                    .arg(live.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0));
        copy.files.insert(scratch, text);
        copy.livePathOf.insert(scratch, live);
    }
    for (const FixAction &a : edits) {
        if (!included.contains(a.file)) {
            copy.error = tr("%1 is not among the files php-fpm's main config includes").arg(a.file);
            return copy;
        }
    }
    return copy;
}

void PoolScratchCheck::check(const QList<FixAction> &edits, std::function<void(const SuggestionCheck &)> done)
{
    if (!m_machine || !m_machine->isReady()) {
        done(SuggestionCheck::notChecked(tr("the connection to the machine is gone")));
        return;
    }
    m_machine->run(
        CommandSpec::of({QStringLiteral("mktemp"), QStringLiteral("-d"), QStringLiteral("-t"),
                         QStringLiteral("gd-php-fpm-t.XXXXXXXXXX")}),
        this, [this, edits, done](const CommandResult &made) {
            const QString root = utf8Text(made.stdOut).trimmed();
            static const QRegularExpression shape(QStringLiteral("^/\\S*/gd-php-fpm-t\\.[A-Za-z0-9]+$"));
            if (!made.succeeded() || !shape.match(root).hasMatch()) {
                done(SuggestionCheck::notChecked(
                    tr("no scratch directory: %1")
                        .arg(localText(made.stdErr).trimmed() + made.error.message())));
                return;
            }
            const Copy bare = build(*m_diagnosis, edits, root, false);
            const Copy edited = build(*m_diagnosis, edits, root, true);
            auto cleanUp = [this, root](std::function<void()> then) {
                m_machine->run(CommandSpec::of(
                                   {QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), root}),
                               this, [then](const CommandResult &) { then(); });
            };
            if (!edited.error.isEmpty() || !bare.error.isEmpty()) {
                const QString why = edited.error.isEmpty() ? bare.error : edited.error;
                cleanUp([done, why] { done(SuggestionCheck::notChecked(why)); });
                return;
            }
            // With the edits first; only a refusal needs the copy without them.
            test(root, edited, [this, root, bare, done, cleanUp](const QString &failure, bool ran) {
                if (!ran || failure.isEmpty()) {
                    const SuggestionCheck verdict =
                        ran ? SuggestionCheck::passed(kTool)
                            : SuggestionCheck::notChecked(tr("php-fpm -t could not run: %1").arg(failure));
                    cleanUp([done, verdict] { done(verdict); });
                    return;
                }
                test(root, bare, [failure, done, cleanUp](const QString &without, bool) {
                    const SuggestionCheck verdict =
                        without.isEmpty() ? SuggestionCheck::refused(kTool, failure)
                                          : SuggestionCheck::notChecked(
                                                tr("php-fpm -t refuses the pool without this change too (%1)")
                                                    .arg(without));
                    cleanUp([done, verdict] { done(verdict); });
                });
            });
        });
}

// Writes the copy and runs php-fpm -t on it; `done` gets "" when it passed, else
// php-fpm's first ERROR line with the live paths in it; `ran` is false when nothing
// was tested (the copy could not be written, no root, no binary).
void PoolScratchCheck::test(const QString &root, const Copy &copy,
                            std::function<void(const QString &, bool)> done)
{
    auto pending = std::make_shared<int>(int(copy.files.size()));
    auto failed = std::make_shared<QString>();
    auto runTest = [this, copy, done, failed]() {
        if (!failed->isEmpty()) {
            done(*failed, false);
            return;
        }
        CommandSpec t =
            CommandSpec::of({copy.binary, QStringLiteral("-t"), QStringLiteral("-y"), copy.mainFile});
        t.asRoot();
        m_machine->run(t, this, [copy, done](const CommandResult &r) {
            if (r.succeeded()) {
                done(QString(), true);
                return;
            }
            if (!r.ran() || r.exitCode == 127) { // no sudo, no such binary: nothing was tested
                done(r.error.isError() ? r.error.message() : localText(r.stdErr).trimmed(), false);
                return;
            }
            QString said = localText(r.stdErr + r.stdOut) + r.error.message();
            for (auto it = copy.livePathOf.begin(); it != copy.livePathOf.end(); ++it)
                said.replace(it.key(), it.value());
            QString first;
            for (const QString &line : said.split(QLatin1Char('\n'))) {
                if (line.contains(QLatin1String("ERROR:"))) {
                    first = line.section(QLatin1String("ERROR: "), 1).trimmed();
                    break;
                }
            }
            done(first.isEmpty() ? said.trimmed().left(300) : first, true);
        });
    };
    m_machine->run(
        CommandSpec::of({QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("--"),
                         root + QStringLiteral("/pool.d")}),
        this, [this, copy, pending, failed, runTest](const CommandResult &made) {
            if (!made.succeeded())
                *failed = tr("could not make the scratch copy: %1").arg(localText(made.stdErr).trimmed());
            for (auto it = copy.files.begin(); it != copy.files.end(); ++it) {
                CommandSpec write = CommandSpec::of(
                    {QStringLiteral("cp"), QStringLiteral("--"), QStringLiteral("/dev/stdin"), it.key()});
                write.withStdin(it.value().toUtf8());
                m_machine->run(write, this, [pending, failed, runTest](const CommandResult &r) {
                    if (!r.succeeded() && failed->isEmpty())
                        *failed = localText(r.stdErr).trimmed() + r.error.message();
                    if (--*pending == 0)
                        runTest();
                });
            }
        });
}

} // namespace gd

#include "app/engine/SuggestionValidator.h"

#include "app/config/NginxTestOutput.h"
#include "app/engine/Diagnosis.h"
#include "app/engine/PoolScratchCheck.h"
#include "app/engine/ScratchConfig.h"
#include "app/facts/Facts.h"
#include "app/facts/ParsedFacts.h"
#include "app/model/Log.h"
#include "remote/ByteText.h"
#include "remote/Machine.h"

#include <QEventLoop>
#include <QSet>

namespace gd {

namespace {

const QString kTool = QStringLiteral("nginx -t");

QSet<QString> configFilesOf(const Facts &facts)
{
    QSet<QString> files;
    if (facts.config) {
        for (const QString &file : facts.config->files())
            files << file << facts.realPaths.value(file, file);
    }
    return files;
}

QList<FixAction> configEdits(const Finding &finding, const QSet<QString> &configFiles)
{
    QList<FixAction> edits;
    for (const FixAction &a : finding.actions) {
        if (a.kind == FixAction::Kind::Edit && configFiles.contains(a.file))
            edits << a;
    }
    return edits;
}

QString keyOf(const QList<FixAction> &edits)
{
    QStringList parts;
    for (const FixAction &a : edits)
        parts << a.file << QString::number(a.line) << a.oldText << a.newText;
    return parts.join(QChar(0));
}

void mark(Finding &finding, const QSet<QString> &configFiles, const SuggestionCheck &check)
{
    for (FixAction &a : finding.actions) {
        if (a.kind == FixAction::Kind::Edit && configFiles.contains(a.file))
            a.validation = check;
    }
}

} // namespace

struct SuggestionValidator::Job
{
    QList<FixAction> edits;
    QList<int> findings;
    SuggestionCheck verdict;
};

SuggestionValidator::SuggestionValidator(Machine *machine, std::shared_ptr<const Diagnosis> diagnosis,
                                         QObject *parent)
    : QObject(parent), m_machine(machine), m_diagnosis(std::move(diagnosis))
{
}

SuggestionValidator::~SuggestionValidator() = default;

void SuggestionValidator::markConfigEdits(QList<Finding> &findings, const Facts &facts,
                                          const SuggestionCheck &check)
{
    const QSet<QString> files = configFilesOf(facts);
    for (Finding &f : findings)
        mark(f, files, check);
}

void SuggestionValidator::validate(QList<Finding> findings, std::function<void(const QList<Finding> &)> done)
{
    m_clock.start();
    m_findings = std::move(findings);
    m_done = std::move(done);
    m_jobs.clear();
    m_nextPoolJob = 0;
    m_runs = 0;
    m_scratchRoots.clear();
    m_cancelled = false;
    const Facts &facts = m_diagnosis->facts();
    const QSet<QString> files = configFilesOf(facts);
    QHash<QString, int> byKey;
    for (int i = 0; i < m_findings.size(); ++i) {
        const QList<FixAction> edits = configEdits(m_findings[i], files);
        if (edits.isEmpty())
            continue;
        const QString key = keyOf(edits);
        if (!byKey.contains(key)) {
            byKey.insert(key, int(m_jobs.size()));
            m_jobs.append(Job{edits, {}, {}});
        }
        m_jobs[byKey.value(key)].findings << i;
    }
    // PHP-FPM pool edits (pm.max_children, listen.backlog, listen.group/mode) are
    // tested by their master's php-fpm -t on a copy of its config (PoolScratchCheck).
    QSet<QString> poolFiles;
    for (const PhpFpmPool &pool : m_diagnosis->parsed().pools.pools())
        for (const PhpFpmValue &v : pool.values)
            poolFiles << v.file;
    m_poolJobs.clear();
    for (int i = 0; i < m_findings.size(); ++i) {
        QList<FixAction> edits;
        for (const FixAction &a : m_findings[i].actions) {
            if (a.kind == FixAction::Kind::Edit && !files.contains(a.file) && poolFiles.contains(a.file))
                edits << a;
        }
        if (!edits.isEmpty())
            m_poolJobs.append(Job{edits, {i}, {}});
    }
    if (m_jobs.isEmpty()) {
        finish();
        return;
    }
    const Result<NginxRuntime, QString> runtime = NginxRuntime::from(facts, m_diagnosis->parsed());
    QString unable;
    if (!runtime)
        unable = runtime.error();
    else if (!runtime->isRunning())
        unable = tr("nginx is not running, so there is no nginx -t of the running master to test it with");
    else if (!m_machine || !m_machine->isReady())
        unable = tr("the connection to the machine is gone");
    if (!unable.isEmpty()) {
        for (Job &job : m_jobs)
            job.verdict = SuggestionCheck::notChecked(unable);
        finish();
        return;
    }
    m_runtime = *runtime;
    runJob(0);
}

QList<Finding> SuggestionValidator::validateAndWait(QList<Finding> findings)
{
    QList<Finding> out;
    bool finished = false;
    QEventLoop loop;
    validate(std::move(findings), [&](const QList<Finding> &marked) {
        out = marked;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return out;
}

void SuggestionValidator::cancel()
{
    m_cancelled = true;
}

void SuggestionValidator::runJob(int index)
{
    if (index >= m_jobs.size()) {
        finish();
        return;
    }
    if (m_cancelled || !m_machine) {
        for (qsizetype i = index; i < m_jobs.size(); ++i)
            m_jobs[i].verdict = SuggestionCheck::notChecked(
                m_cancelled ? tr("cancelled") : tr("the connection to the machine is gone"));
        finish();
        return;
    }
    testCopy(m_jobs[index].edits, [this, index](const SuggestionCheck &verdict) {
        m_jobs[index].verdict = verdict;
        qCInfo(lcEngine).noquote() << "suggestion" << (index + 1) << "of" << m_jobs.size() << verdict.text();
        runJob(index + 1);
    });
}

// One scratch directory per finding, removed whatever happened inside it.
void SuggestionValidator::testCopy(const QList<FixAction> &edits,
                                   std::function<void(const SuggestionCheck &)> done)
{
    ++m_runs;
    CommandSpec mktemp = CommandSpec::of({QStringLiteral("mktemp"), QStringLiteral("-d"),
                                          QStringLiteral("-t"), QStringLiteral("gd-nginx-t.XXXXXXXXXX")});
    m_machine->run(mktemp, this, [this, edits, done](const CommandResult &r) {
        const QString root = utf8Text(r.stdOut).trimmed();
        // rm -rf removes it afterwards: only ever a directory mktemp just named.
        if (!r.succeeded() || !root.startsWith(QLatin1Char('/')) || root.contains(QLatin1Char('\n')) ||
            !root.section(QLatin1Char('/'), -1).startsWith(QLatin1String("gd-nginx-t."))) {
            done(SuggestionCheck::notChecked(
                tr("no scratch directory could be made (mktemp -d: %1)")
                    .arg(r.ran() ? localText(r.stdErr).trimmed() : r.error.message())));
            return;
        }
        m_scratchRoots.append(root);
        judge(root, edits, [this, root, done](const SuggestionCheck &verdict) {
            removeDir(root, [done, verdict] { done(verdict); });
        });
    });
}

// The copy under `dir`, written and tested: `problem` says why it could not be.
void SuggestionValidator::tryCopy(const QString &dir, const QList<FixAction> &edits, Tried done)
{
    Result<ScratchConfig, QString> built =
        ScratchConfig::build(*m_diagnosis->facts().config, m_diagnosis->facts().realPaths, edits, dir);
    if (!built) {
        done(built.error(), CommandResult(), nullptr);
        return;
    }
    auto copy = std::make_shared<const ScratchConfig>(std::move(*built));
    writeCopy(*copy, [this, copy, done](const QString &writeError) {
        if (!writeError.isEmpty()) {
            done(tr("the scratch copy could not be written: %1").arg(writeError), CommandResult(), copy);
            return;
        }
        nginxTest(*copy, [copy, done](const CommandResult &r) {
            if (!r.ran()) {
                done(tr("nginx -t could not run: %1").arg(r.error.message()), r, copy);
                return;
            }
            done(QString(), r, copy);
        });
    });
}

QString SuggestionValidator::firstError(const CommandResult &r, const ScratchConfig &copy)
{
    const NginxTestOutput out = NginxTestOutput::parse(localText(r.stdErr), r.exitCode);
    const NginxMessage *first = out.firstError();
    if (!first)
        return copy.toLivePaths(localText(r.stdErr + r.stdOut).trimmed().left(600));
    // nginx's words in the shape of its usual stderr line, whether it printed them so
    // or in the error log's format (time and pid mean nothing here).
    const QString where = first->file.isEmpty() ? QString() : QStringLiteral(" in ") + first->location();
    return copy.toLivePaths(QStringLiteral("nginx: [%1] %2%3").arg(first->levelName, first->text, where));
}

void SuggestionValidator::judge(const QString &root, const QList<FixAction> &edits, Verdict done)
{
    tryCopy(root + QStringLiteral("/edited"), edits,
            [this, root, done](const QString &problem, const CommandResult &r,
                               const std::shared_ptr<const ScratchConfig> &copy) {
                if (!problem.isEmpty()) {
                    done(SuggestionCheck::notChecked(problem));
                    return;
                }
                if (r.exitCode == 0) {
                    done(SuggestionCheck::passed(kTool));
                    return;
                }
                // Only the change may be blamed: the same copy without it must pass.
                const QString message = firstError(r, *copy);
                tryCopy(root + QStringLiteral("/plain"), {},
                        [message, done](const QString &plainProblem, const CommandResult &b,
                                        const std::shared_ptr<const ScratchConfig> &plain) {
                            if (!plainProblem.isEmpty())
                                done(SuggestionCheck::notChecked(plainProblem));
                            else if (b.exitCode == 0)
                                done(SuggestionCheck::refused(kTool, message));
                            else
                                done(SuggestionCheck::notChecked(
                                    tr("nginx -t refuses the configuration without this change too (%1)")
                                        .arg(firstError(b, *plain))));
                        });
            });
}

void SuggestionValidator::writeCopy(const ScratchConfig &copy, std::function<void(const QString &)> done)
{
    const Facts &facts = m_diagnosis->facts();
    CommandSpec mkdir =
        CommandSpec::of(QStringList{QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("--")} +
                        copy.directories());
    // The live directories' other entries (certificates, password files) as the
    // user that read the config: find prints what it may read.
    CommandSpec list = CommandSpec::of(QStringList{QStringLiteral("find")} + copy.mirroredLiveDirectories() +
                                       QStringList{QStringLiteral("-mindepth"), QStringLiteral("1"),
                                                   QStringLiteral("-maxdepth"), QStringLiteral("1"),
                                                   QStringLiteral("-print0")});
    if (facts.dumpNeededRoot)
        list.asRoot();
    const QMap<QString, QByteArray> files = copy.files();
    auto links = std::make_shared<QMap<QString, QStringList>>();
    runAll({mkdir, list}, [this, files, links, &copy, done](const QList<CommandResult> &prep) {
        if (!prep[0].succeeded()) {
            done(localText(prep[0].stdErr).trimmed() + prep[0].error.message());
            return;
        }
        QStringList entries;
        for (const QByteArray &e : prep[1].stdOut.split('\0')) {
            if (!e.isEmpty())
                entries << utf8Text(e);
        }
        QList<CommandSpec> writes;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            writes << CommandSpec::of({QStringLiteral("cp"), QStringLiteral("--"),
                                       QStringLiteral("/dev/stdin"), it.key()})
                          .withStdin(it.value());
        const QMap<QString, QStringList> toLink = copy.linksFor(entries);
        for (auto it = toLink.cbegin(); it != toLink.cend(); ++it)
            writes << CommandSpec::of(QStringList{QStringLiteral("ln"), QStringLiteral("-s"),
                                                  QStringLiteral("-t"), it.key(), QStringLiteral("--")} +
                                      it.value());
        runAll(writes, [done](const QList<CommandResult> &results) {
            for (const CommandResult &r : results) {
                if (!r.succeeded()) {
                    done(r.commandLine + QStringLiteral(": ") +
                         (r.ran() ? localText(r.stdErr).trimmed() : r.error.message()));
                    return;
                }
            }
            done(QString());
        });
    });
}

void SuggestionValidator::nginxTest(const ScratchConfig &copy,
                                    std::function<void(const CommandResult &)> done)
{
    // The running master's binary and -p: relative log, pid and temp paths resolve
    // as they do for the live config.
    QStringList argv{m_runtime->binary};
    if (!m_runtime->prefix.isEmpty())
        argv << QStringLiteral("-p") << m_runtime->prefix;
    argv << QStringLiteral("-c") << copy.mainFile() << QStringLiteral("-t");
    m_machine->run(CommandSpec::of(argv, 30000).asRoot(), this, done);
}

void SuggestionValidator::removeDir(const QString &root, std::function<void()> done)
{
    m_machine->run(CommandSpec::of({QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), root}),
                   this, [root, done](const CommandResult &r) {
                       if (!r.succeeded())
                           qCWarning(lcEngine).noquote() << "could not remove" << root << r.error.message();
                       done();
                   });
}

void SuggestionValidator::runAll(const QList<CommandSpec> &specs,
                                 std::function<void(const QList<CommandResult> &)> done)
{
    if (specs.isEmpty()) {
        done({});
        return;
    }
    auto results = std::make_shared<QList<CommandResult>>();
    for (qsizetype i = 0; i < specs.size(); ++i) // Qt 5's QList has no sized constructor
        results->append(CommandResult());
    auto pending = std::make_shared<int>(int(specs.size()));
    for (qsizetype i = 0; i < specs.size(); ++i) {
        m_machine->run(specs[i], this, [results, pending, i, done](const CommandResult &r) {
            (*results)[i] = r;
            if (--*pending == 0)
                done(*results);
        });
    }
}

// Each pool job in turn, then the marks.
void SuggestionValidator::runPoolJob(int index)
{
    if (m_cancelled || index >= m_poolJobs.size()) {
        finish();
        return;
    }
    if (!m_poolCheck)
        m_poolCheck = new PoolScratchCheck(m_machine, m_diagnosis, this);
    m_poolCheck->check(m_poolJobs[index].edits, [this, index](const SuggestionCheck &verdict) {
        m_poolJobs[index].verdict = verdict;
        ++m_runs;
        runPoolJob(index + 1);
    });
}

void SuggestionValidator::finish()
{
    if (m_nextPoolJob < m_poolJobs.size() && !m_cancelled) {
        const int first = m_nextPoolJob;
        m_nextPoolJob = int(m_poolJobs.size());
        runPoolJob(first);
        return;
    }
    for (const Job &job : std::as_const(m_poolJobs)) {
        for (int i : job.findings) {
            for (FixAction &a : m_findings[i].actions) {
                if (a.kind == FixAction::Kind::Edit && job.edits.contains(a))
                    a.validation = job.verdict;
            }
        }
    }
    const QSet<QString> files = configFilesOf(m_diagnosis->facts());
    for (const Job &job : std::as_const(m_jobs)) {
        for (int i : job.findings)
            mark(m_findings[i], files, job.verdict);
    }
    m_elapsedMs = m_clock.elapsed();
    qCInfo(lcEngine).noquote() << "suggestions tested in" << m_elapsedMs << "ms," << m_runs
                               << "scratch copies";
    if (m_done)
        m_done(m_findings);
}

} // namespace gd

#include "app/fixes/EditCycle.h"

#include "app/config/EffectiveSettings.h"
#include "app/config/NginxConfig.h"
#include "app/fixes/ChangeValidator.h"
#include "app/fixes/ConfigEditPlanner.h"
#include "app/fixes/LineDiff.h"
#include "app/fixes/LineEdits.h"
#include "app/fixes/NginxReloader.h"
#include "app/fixes/PhpFpmPoolEdit.h"
#include "app/fixes/RollbackGuard.h"
#include "app/fixes/UrlProbe.h"
#include "remote/BackupName.h"
#include "remote/FileAccess.h"
#include "remote/Machine.h"

#include "app/model/Log.h"
#include <QCryptographicHash>
#include <QDateTime>

#include "remote/ByteText.h"
#include "remote/WaitFor.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace gd {

QString editStageName(EditStage stage)
{
    switch (stage) {
    case EditStage::Read:
        return QCoreApplication::translate("EditCycle", "read");
    case EditStage::Plan:
        return QCoreApplication::translate("EditCycle", "plan the edit");
    case EditStage::Confirm:
        return QCoreApplication::translate("EditCycle", "confirm");
    case EditStage::Backup:
        return QCoreApplication::translate("EditCycle", "back up");
    case EditStage::Arm:
        return QCoreApplication::translate("EditCycle", "arm the automatic rollback");
    case EditStage::Write:
        return QCoreApplication::translate("EditCycle", "write");
    case EditStage::Test:
        return QCoreApplication::translate("EditCycle", "test the configuration");
    case EditStage::Reload:
        return QCoreApplication::translate("EditCycle", "reload");
    case EditStage::Probe:
        return QCoreApplication::translate("EditCycle", "probe the URL");
    case EditStage::Disarm:
        return QCoreApplication::translate("EditCycle", "disarm the automatic rollback");
    case EditStage::Restore:
        return QCoreApplication::translate("EditCycle", "restore");
    }
    return {};
}

namespace {

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

struct EditCycle::FileState
{
    QString path;     // as the config names it
    QString realPath; // symlinks resolved
    QByteArray before;
    QByteArray sha; // of before, as read
    FileEdit edit;
    QString backupPath;
    bool written = false;
};

EditCycle::EditCycle(Machine *machine, EditRequest request, QObject *parent)
    : QObject(parent), m_machine(machine), m_request(std::move(request))
{
    if (m_request.phpFpm) {
        auto *fpm = new PhpFpmReloader(machine, *m_request.phpFpm, this);
        fpm->setRestart(m_request.listenBacklog > 0);
        m_reloader = fpm;
    } else
        m_reloader = new NginxReloader(machine, m_request.runtime, this);
    if (!m_request.url.isEmpty()) {
        m_probe = new UrlProbe(machine, m_request.url, this);
        m_probe->setMaxTimeSec(m_request.probeMaxTimeSec);
    }
    connect(this, &EditCycle::stageFinished, this, [](EditStage stage, bool ok, const QString &detail) {
        qCDebug(lcFixes).noquote() << "edit cycle:" << editStageName(stage) << (ok ? "ok" : "FAILED")
                                   << detail;
    });
    connect(this, &EditCycle::finished, this, [](const EditOutcome &outcome) {
        qCInfo(lcFixes).noquote() << "edit cycle ended:"
                                  << (outcome.error ? outcome.error.toString() : QStringLiteral("applied"));
    });
}

EditCycle::~EditCycle() = default;

void EditCycle::setReloadConfirmTimeoutMs(int ms)
{
    m_reloader->setConfirmTimeoutMs(ms);
}

void EditCycle::enter(EditStage stage, std::function<void()> body)
{
    emit stageStarted(stage);
    if (m_hook)
        m_hook(stage, std::move(body));
    else
        body();
}

void EditCycle::pass(EditStage stage, const QString &detail)
{
    emit stageFinished(stage, true, detail);
}

void EditCycle::start()
{
    m_running = true;
    m_outcome = EditOutcome();
    m_files.clear();
    enter(EditStage::Read, [this] {
        if (!m_request.restoreFile.isEmpty()) {
            FileState state;
            state.path = m_request.restoreFile;
            m_files.push_back(state);
            readRestoreSource();
            return;
        }
        if (m_request.phpFpm && m_request.lineEdits.isEmpty()) {
            FileState state;
            state.path = m_request.poolFile;
            m_files.push_back(state);
            readFiles(0);
            return;
        }
        if (!m_request.lineEdits.isEmpty()) {
            QStringList files;
            for (const FixAction &a : m_request.lineEdits) {
                if (a.kind == FixAction::Kind::Edit && !files.contains(a.file))
                    files << a.file;
            }
            for (const QString &path : files) {
                FileState state;
                state.path = path;
                m_files.push_back(state);
            }
            readFiles(0);
            return;
        }
        if (!m_request.config) {
            fail(EditStage::Read,
                 FixError(FixError::Kind::NotFound, tr("There is no nginx configuration to edit.")));
            return;
        }
        const NginxConfig &config = *m_request.config;
        const NginxDirective *block =
            m_request.blockIndex >= 0 ? &config.directive(m_request.blockIndex) : nullptr;
        // Refuse bad values before touching anything on the machine.
        const Result<QList<SettingChange>, FixError> valid =
            ChangeValidator::validate(m_request.changes, config, block);
        if (!valid) {
            fail(EditStage::Read, valid.error());
            return;
        }
        m_request.changes = *valid;
        const Result<QStringList, FixError> files =
            ConfigEditPlanner::filesToEdit(config, block, m_request.changes);
        if (!files) {
            fail(EditStage::Read, files.error());
            return;
        }
        for (const QString &path : *files) {
            FileState state;
            state.path = path;
            m_files.push_back(state);
        }
        readFiles(0);
    });
}

void EditCycle::readFiles(int i)
{
    if (i >= int(m_files.size())) {
        pass(EditStage::Read);
        probeBefore();
        return;
    }
    if (!m_machine) {
        fail(EditStage::Read,
             FixError(FixError::Kind::ConnectionLost, tr("The connection to the machine is gone.")));
        return;
    }
    FileAccess(m_machine).read(
        m_files[size_t(i)].path, Privilege::Root, this, [this, i](const Result<FileContent> &r) {
            FileState &state = m_files[size_t(i)];
            if (!r) {
                fail(EditStage::Read,
                     FixError::fromRemote(r.error(), FixError::Kind::ReadFailed, state.path));
                return;
            }
            state.realPath = r->info.realPath.isEmpty() ? state.path : r->info.realPath;
            state.before = r->data;
            state.sha = r->sha256;
            readFiles(i + 1);
        });
}

void EditCycle::readRestoreSource()
{
    FileAccess(m_machine).read(
        m_request.restoreBackup, Privilege::Root, this, [this](const Result<FileContent> &r) {
            if (!r) {
                fail(EditStage::Read,
                     FixError::fromRemote(r.error(), FixError::Kind::ReadFailed, m_request.restoreBackup));
                return;
            }
            m_restoreBytes = r->data;
            readFiles(0);
        });
}

void EditCycle::probeBefore()
{
    if (!m_probe) {
        plan();
        return;
    }
    enter(EditStage::Probe,
          [this] {
              m_probe->probe([this](const Result<HttpProbeResult, FixError> &r) {
                  if (r) {
                      m_before = UrlProbe::badness(*r);
                      m_outcome.probeBefore = UrlProbe::describe(*r);
                      pass(EditStage::Probe, tr("before the change: %1").arg(m_outcome.probeBefore));
                  } else if (r.error().kind() == FixError::Kind::ConnectionLost) {
                      fail(EditStage::Probe, r.error());
                      return;
                  } else {
                      m_outcome.notes
                          << tr("The URL could not be probed before the change: %1").arg(r.error().message());
                      pass(EditStage::Probe, r.error().message());
                  }
                  plan();
              });
          });
}

void EditCycle::plan()
{
    enter(EditStage::Plan, [this] {
        bool changed = false;
        for (FileState &state : m_files) {
            Result<FileEdit, FixError> edit = FixError(FixError::Kind::NotFound, QString());
            if (!m_request.lineEdits.isEmpty()) {
                edit = LineEdits::apply(state.path, state.before, m_request.lineEdits);
            } else if (m_request.phpFpm) {
                edit = PhpFpmPoolEdit::setMaxChildren(state.path, state.before, m_request.pool,
                                                      m_request.maxChildren, m_request.listenBacklog);
            } else if (!m_request.restoreFile.isEmpty()) {
                FileEdit restore;
                restore.path = state.path;
                restore.before = state.before;
                restore.after = m_restoreBytes;
                edit = restore;
            } else {
                const NginxConfig &config = *m_request.config;
                const NginxDirective *block =
                    m_request.blockIndex >= 0 ? &config.directive(m_request.blockIndex) : nullptr;
                edit = ConfigEditPlanner::apply(config, block, m_request.changes, state.path, state.before);
            }
            if (!edit) {
                fail(EditStage::Plan, edit.error());
                return;
            }
            state.edit = *edit;
            m_outcome.edits << *edit;
            // A shared snippet changes every block that includes it: say which.
            for (const QString &other : edit->alsoAffects)
                m_outcome.notes
                    << tr("%1 is also included in %2, which gets the new values too.").arg(state.path, other);
            if (edit->after != edit->before) {
                changed = true;
                m_outcome.diff += LineDiff::unified(state.path, edit->before, state.path, edit->after);
            }
        }
        pass(EditStage::Plan);
        if (!changed) {
            m_outcome.notes << tr("The configuration already has these values: nothing to change.");
            finish(EditOutcome::Status::Unchanged);
            return;
        }
        if (m_request.dryRun) {
            finish(EditOutcome::Status::DryRun);
            return;
        }
        // Nothing is written before the user has seen the diff and said yes.
        emit stageStarted(EditStage::Confirm);
        m_afterConfirm = [this] {
            pass(EditStage::Confirm);
            backup(0);
        };
        emit confirmationNeeded(m_outcome.diff);
    });
}

void EditCycle::confirm()
{
    if (auto next = std::exchange(m_afterConfirm, {}))
        next();
}

void EditCycle::decline()
{
    if (m_afterConfirm) {
        m_afterConfirm = {};
        m_outcome.error =
            FixError(FixError::Kind::NotConfirmed, tr("The change was not confirmed: nothing was written."));
        emit stageFinished(EditStage::Confirm, false, m_outcome.error.message());
        finish(EditOutcome::Status::Declined);
    }
}

void EditCycle::backup(int i)
{
    if (i == 0) {
        enter(EditStage::Backup, [this] { backup(-1); });
        return;
    }
    const int index = i < 0 ? 0 : i;
    // Skip files the plan left as they were.
    int next = index;
    while (next < int(m_files.size()) && m_files[size_t(next)].edit.after == m_files[size_t(next)].before)
        ++next;
    if (next >= int(m_files.size())) {
        pass(EditStage::Backup, m_outcome.backups.join(QLatin1String(", ")));
        arm(0);
        return;
    }
    FileState &state = m_files[size_t(next)];
    // php-fpm includes pool.d/*.conf; nginx's globs come from its config.
    const QStringList globs =
        m_request.phpFpm ? QStringList{QFileInfo(state.realPath).absolutePath() + QStringLiteral("/*.conf")}
                         : m_request.runtime.includeGlobs;
    const Result<QString> name = BackupName::forFile(state.realPath, QDateTime::currentDateTime(), globs);
    if (!name) {
        fail(EditStage::Backup,
             FixError::fromRemote(name.error(), FixError::Kind::WriteFailed, state.realPath));
        return;
    }
    FileAccess(m_machine).backup(
        state.realPath, *name, Privilege::Root, this, [this, next](const Result<QString> &r) {
            FileState &s = m_files[size_t(next)];
            if (!r) {
                fail(EditStage::Backup, FixError::fromRemote(r.error(), FixError::Kind::WriteFailed,
                                                             tr("Could not back up %1").arg(s.realPath)));
                return;
            }
            s.backupPath = *r;
            m_outcome.backups << *r;
            backup(next + 1);
        });
}

void EditCycle::arm(int i)
{
    if (m_request.guardSeconds <= 0) {
        write(0);
        return;
    }
    if (i == 0) {
        enter(EditStage::Arm, [this] { arm(-1); });
        return;
    }
    int next = i < 0 ? 0 : i;
    while (next < int(m_files.size()) && m_files[size_t(next)].backupPath.isEmpty())
        ++next;
    if (next >= int(m_files.size())) {
        pass(EditStage::Arm,
             tr("restores the backup by itself in %1 s unless confirmed").arg(m_request.guardSeconds));
        write(0);
        return;
    }
    auto *guard = new RollbackGuard(m_machine, this);
    m_guards << guard;
    const FileState &state = m_files[size_t(next)];
    guard->arm(state.realPath, state.backupPath, m_request.guardSeconds, m_reloader->reloadArgv(),
               [this, next](const FixError &error) {
                   if (error) {
                       fail(EditStage::Arm, error);
                       return;
                   }
                   arm(next + 1);
               });
}

void EditCycle::write(int i)
{
    if (i == 0) {
        enter(EditStage::Write, [this] { write(-1); });
        return;
    }
    int next = i < 0 ? 0 : i;
    while (next < int(m_files.size()) && m_files[size_t(next)].backupPath.isEmpty())
        ++next;
    if (next >= int(m_files.size())) {
        pass(EditStage::Write);
        test();
        return;
    }
    if (!m_machine) {
        fail(EditStage::Write,
             FixError(FixError::Kind::ConnectionLost, tr("The connection to the machine is gone.")));
        return;
    }
    FileState &state = m_files[size_t(next)];
    FileAccess(m_machine).replace(
        state.realPath, state.edit.after, state.sha, Privilege::Root, this,
        [this, next](const Result<FileInfo> &r) {
            FileState &s = m_files[size_t(next)];
            if (!r) {
                FixError error = FixError::fromRemote(r.error(), FixError::Kind::WriteFailed,
                                                      tr("Could not write %1").arg(s.realPath));
                if (error.kind() == FixError::Kind::FileChanged)
                    error = FixError(FixError::Kind::FileChanged,
                                     tr("%1 changed since it was read (someone else edited "
                                        "it): nothing was written. Run the diagnosis again.")
                                         .arg(s.realPath));
                fail(EditStage::Write, error);
                return;
            }
            s.written = true;
            write(next + 1);
        });
}

void EditCycle::test()
{
    enter(EditStage::Test, [this] {
        m_reloader->test([this](const ConfigReloader::TestOutcome &t) {
            if (t.error) {
                fail(EditStage::Test, t.error);
                return;
            }
            pass(EditStage::Test, utf8Text(t.command.stdErr).trimmed());
            reload();
        });
    });
}

void EditCycle::reload()
{
    enter(EditStage::Reload, [this] {
        if (!m_reloader->isRunning()) {
            m_outcome.notes << tr(
                "The service is not running: the new configuration takes effect when it starts.");
            pass(EditStage::Reload, tr("skipped: not running"));
            probeAfter();
            return;
        }
        m_reloader->snapshotWorkers([this](const Result<QList<qint64>, FixError> &workers) {
            if (!workers) {
                fail(EditStage::Reload, workers.error());
                return;
            }
            m_oldWorkers = *workers;
            m_liveChanged = true; // from here on the new config may be live
            m_reloader->reload(m_oldWorkers, [this](const ConfigReloader::ReloadOutcome &r) {
                if (r.error) {
                    fail(EditStage::Reload, r.error);
                    return;
                }
                m_outcome.reloaded = true;
                if (auto *fpm = qobject_cast<PhpFpmReloader *>(m_reloader); fpm && fpm->needsManualRestart())
                    m_outcome.notes << tr("The new listen.backlog takes effect only when php-fpm restarts: a "
                                          "reload keeps its listening socket, created with the old backlog. "
                                          "Restart php-fpm (stop its master %1, then start it again).")
                                           .arg(m_request.phpFpm->masterPid);
                pass(EditStage::Reload, tr("new workers: %1").arg([&] {
                    QStringList pids;
                    for (qint64 pid : r.newWorkers)
                        pids << QString::number(pid);
                    return pids.join(QLatin1String(", "));
                }()));
                probeAfter();
            });
        });
    });
}

void EditCycle::probeAfter()
{
    if (!m_probe) {
        disarm();
        return;
    }
    enter(EditStage::Probe,
          [this] {
              m_probe->probe([this](const Result<HttpProbeResult, FixError> &r) {
                  if (!r) {
                      if (r.error().kind() == FixError::Kind::ConnectionLost) {
                          fail(EditStage::Probe, r.error());
                          return;
                      }
                      m_outcome.notes
                          << tr("The URL could not be probed after the change: %1").arg(r.error().message());
                      pass(EditStage::Probe, r.error().message());
                      disarm();
                      return;
                  }
                  m_outcome.probeAfter = UrlProbe::describe(*r);
                  const int after = UrlProbe::badness(*r);
                  // The symptom: a gateway error (or no answer) before the change, or what
                  // the diagnosis saw. Still there after it: this change is not the fix.
                  // A restore puts back what was there: it is not meant to fix the URL.
                  const bool symptom = m_request.restoreFile.isEmpty() &&
                                       (m_before >= UrlProbe::kGatewayError ||
                                        m_request.symptomStatus == 502 || m_request.symptomStatus == 504);
                  if (symptom && after >= UrlProbe::kGatewayError) {
                      const QString still = tr("Applied, but %1 still answers %2: the cause is elsewhere.")
                                                .arg(m_request.url, m_outcome.probeAfter);
                      if (!m_request.keepIfUnchanged) {
                          fail(EditStage::Probe,
                               FixError(FixError::Kind::DidNotHelp,
                                        still + QLatin1Char(' ') + tr("The change was undone.")));
                          return;
                      }
                      m_keptNotFixed = true;
                      m_outcome.error = FixError(FixError::Kind::DidNotHelp, still);
                      m_outcome.notes << still + QLatin1Char(' ') + tr("The change was kept, as asked.");
                      pass(EditStage::Probe, tr("after the change: %1").arg(m_outcome.probeAfter));
                      disarm();
                      return;
                  }
                  if (m_before >= 0 && after > m_before) {
                      fail(EditStage::Probe,
                           FixError(FixError::Kind::ProbeWorse,
                                    tr("%1 answered %2 after the change and %3 before it: the change made it "
                                       "worse, so it "
                                       "was undone.")
                                        .arg(m_request.url, m_outcome.probeAfter, m_outcome.probeBefore)));
                      return;
                  }
                  pass(EditStage::Probe, tr("after the change: %1").arg(m_outcome.probeAfter));
                  disarm();
              });
          });
}

void EditCycle::disarm()
{
    if (m_guards.isEmpty()) {
        finish(m_keptNotFixed ? EditOutcome::Status::KeptNotFixed : EditOutcome::Status::Applied);
        return;
    }
    enter(EditStage::Disarm, [this] {
        auto remaining = std::make_shared<int>(int(m_guards.size()));
        auto fired = std::make_shared<bool>(false);
        auto error = std::make_shared<FixError>();
        for (RollbackGuard *guard : m_guards) {
            guard->disarm([=, this](const Result<RollbackGuard::Outcome, FixError> &r) {
                if (!r)
                    *error = r.error();
                else if (*r == RollbackGuard::Outcome::AlreadyFired)
                    *fired = true;
                if (--*remaining > 0)
                    return;
                if (*error) {
                    // Most likely the connection: the guard will restore by itself.
                    m_outcome.error = *error;
                    emit stageFinished(EditStage::Disarm, false, error->message());
                    finish(EditOutcome::Status::Failed);
                } else if (*fired) {
                    m_outcome.guardFired = true;
                    m_outcome.error =
                        FixError(FixError::Kind::ConnectionLost,
                                 tr("The automatic rollback fired before the change was confirmed: the "
                                    "server restored the backup and reloaded nginx by itself."));
                    emit stageFinished(EditStage::Disarm, false, m_outcome.error.message());
                    finish(EditOutcome::Status::RolledBack);
                } else {
                    pass(EditStage::Disarm);
                    finish(m_keptNotFixed ? EditOutcome::Status::KeptNotFixed : EditOutcome::Status::Applied);
                }
            });
        }
    });
}

void EditCycle::fail(EditStage stage, const FixError &error)
{
    emit stageFinished(stage, false, error.message());
    m_outcome.error = error;
    bool anyWritten = false;
    for (const FileState &state : m_files)
        anyWritten = anyWritten || state.written;

    if (error.kind() == FixError::Kind::ConnectionLost) {
        // Nothing can be done from here; the armed guard (if any) restores by itself.
        if (anyWritten && !m_guards.isEmpty())
            m_outcome.notes << tr("The server restores the backup and reloads nginx by itself within %1 s.")
                                   .arg(m_request.guardSeconds);
        finish(EditOutcome::Status::Failed);
        return;
    }
    if (!anyWritten) {
        m_failStatus = EditOutcome::Status::Refused; // nothing on disk changed
        disarmAfterFailure();
        return;
    }
    m_failStatus = EditOutcome::Status::RolledBack;
    enter(EditStage::Restore, [this] { restore(0); });
}

void EditCycle::restore(int i)
{
    while (i < int(m_files.size()) && !m_files[size_t(i)].written)
        ++i;
    if (i >= int(m_files.size())) {
        afterRestore();
        return;
    }
    if (!m_machine) {
        m_restoreFailed = true;
        afterRestore();
        return;
    }
    const FileState &state = m_files[size_t(i)];
    // Byte-identical: the bytes as read, and only over our own version of the file.
    FileAccess(m_machine).replace(state.realPath, state.before, sha256Hex(state.edit.after), Privilege::Root,
                                  this, [this, i](const Result<FileInfo> &r) {
                                      FileState &s = m_files[size_t(i)];
                                      if (r) {
                                          s.written = false;
                                      } else {
                                          m_restoreFailed = true;
                                          m_outcome.notes
                                              << tr("Could not restore %1 from %2: %3")
                                                     .arg(s.realPath, s.backupPath, r.error().message());
                                      }
                                      restore(i + 1);
                                  });
}

void EditCycle::afterRestore()
{
    if (m_restoreFailed) {
        emit stageFinished(EditStage::Restore, false, tr("restore failed"));
        m_failStatus = EditOutcome::Status::Failed;
        disarmAfterFailure();
        return;
    }
    pass(EditStage::Restore, tr("restored byte-identical"));
    if (m_liveChanged && m_reloader->isRunning())
        reloadRestored();
    else
        disarmAfterFailure();
}

void EditCycle::reloadRestored()
{
    // The new config may have gone live (or nginx may have refused it): reload the
    // restored files so that what runs is what is on disk.
    enter(EditStage::Reload,
          [this] {
              m_reloader->snapshotWorkers([this](const Result<QList<qint64>, FixError> &workers) {
                  if (!workers) {
                      m_outcome.notes
                          << tr("Could not reload nginx after restoring: %1").arg(workers.error().message());
                      emit stageFinished(EditStage::Reload, false, workers.error().message());
                      m_failStatus = EditOutcome::Status::Failed;
                      disarmAfterFailure();
                      return;
                  }
                  m_reloader->reload(*workers, [this](const ConfigReloader::ReloadOutcome &r) {
                      if (r.error) {
                          m_outcome.notes
                              << tr("Could not reload nginx after restoring: %1").arg(r.error.message());
                          emit stageFinished(EditStage::Reload, false, r.error.message());
                          m_failStatus = EditOutcome::Status::Failed;
                      } else {
                          pass(EditStage::Reload, tr("the restored configuration is live"));
                      }
                      disarmAfterFailure();
                  });
              });
          });
}

void EditCycle::disarmAfterFailure()
{
    if (m_guards.isEmpty()) {
        finish(m_failStatus);
        return;
    }
    auto remaining = std::make_shared<int>(int(m_guards.size()));
    for (RollbackGuard *guard : m_guards) {
        guard->disarm([=, this](const Result<RollbackGuard::Outcome, FixError> &r) {
            if (r && *r == RollbackGuard::Outcome::AlreadyFired)
                m_outcome.guardFired = true;
            if (--*remaining == 0)
                finish(m_failStatus);
        });
    }
}

void EditCycle::finish(EditOutcome::Status status)
{
    m_running = false;
    m_outcome.status = status;
    emit finished(m_outcome);
}

EditOutcome EditCycle::runAndWait(bool autoConfirm)
{
    const auto answer = connect(this, &EditCycle::confirmationNeeded, this, [this, autoConfirm] {
        // Queued: confirm() must not run inside plan()'s emit.
        QTimer::singleShot(0, this, [this, autoConfirm] { autoConfirm ? confirm() : decline(); });
    });
    waitForSignal(
        this, &EditCycle::finished, [this] { start(); }, [this] { return m_running; });
    disconnect(answer);
    return m_outcome;
}

} // namespace gd
